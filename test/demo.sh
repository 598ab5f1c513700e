#!/usr/bin/env bash
# The main job, end to end: install what is missing, build, install, start a
# throwaway cluster, load the dev page and print what zhdoc makes of it.
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
SQL
