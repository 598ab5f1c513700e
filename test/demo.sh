#!/usr/bin/env bash
# The main job, end to end: install what is missing, build, install, start a
# throwaway cluster, load the dev page and print what zhdoc makes of it:
# its articles, then, loaded through zhdoc.documents, its meetings and officials.
source "$(dirname "$0")/lib.sh"

zh_deps
zh_build_install
zh_cluster_start

zh_psql <<SQL
CREATE EXTENSION zhdoc;
SET search_path = zhdoc, public;
CREATE TABLE page(body text);
\set page \`cat "$ZH_ROOT/test/data/fengtai-page.txt"\`
INSERT INTO page VALUES (:'page');
\echo
\echo 'Articles of test/data/fengtai-page.txt'
\x auto
SELECT a.article_no AS no, a.headline, a.byline, a.reporters, a.section,
       a.photographers, a.start, a.len, left(a.body, 40) || '…' AS body
FROM page, zh_articles(page.body) a;
\x off

-- The documents pipeline: insert the page as a document; its articles,
-- mentions, meetings and officials are derived in the same transaction.
-- The page prints no date (published NULL): dates take the year it states.
INSERT INTO documents (source, external_id, published, body)
VALUES ('丰台报', 'fengtai-page', NULL, :'page')
ON CONFLICT (source, external_id) DO UPDATE SET published = EXCLUDED.published, body = EXCLUDED.body;
\echo
\echo 'zhdoc.documents: the page loaded as a document'
SELECT id, source, external_id, published, derive_error,
       (SELECT count(*) FROM articles WHERE document_id = d.id) AS articles,
       (SELECT count(*) FROM mentions WHERE document_id = d.id) AS mentions
FROM documents d;
\echo
\echo 'zhdoc.meetings'
\x auto
SELECT meeting_id, organ, name, seq, held_on, part_of_day, chair, chair_titles, attendees, agenda
FROM meetings ORDER BY meeting_id;
\x off
\echo
\echo 'zhdoc.officials'
SELECT name, titles, first_seen, last_seen, documents, meetings_chaired, meetings_attended, roles
FROM officials ORDER BY meetings_chaired DESC, meetings_attended DESC, name;
SQL
