-- User terms: additions to the word lists of data/vocab, read by every
-- session's next statement after a commit, and gone the statement after
-- their removal; the analysis version (documents' derived_with) follows.
SELECT kind, shipped > 0 AS ships_entries, extensible
FROM zhdoc.term_kinds() WHERE kind IN ('title', 'organ', 'meeting', 'news_agency') ORDER BY kind;
SELECT count(*) = count(DISTINCT kind) AND bool_and(about <> '') AS every_list_described
FROM zhdoc.term_kinds();

\set doc '本报讯 5月8日上午，社区召开第3次居民议事会。社区网格长王明主持会议，李强等参加。'
SELECT kind, surface FROM zhdoc.zh_entities(:'doc') WHERE kind = 'title';
SELECT organ, name, chair, chair_titles, attendees FROM zhdoc.zh_meetings(:'doc', '2024-05-10');
SELECT zhdoc.analysis_version() AS v0 \gset

-- a county's own title and meeting noun, normalised like documents (議事會)
INSERT INTO zhdoc.user_terms (kind, term) VALUES ('title', '网格长'), ('meeting', '議事會');
SELECT kind, term FROM zhdoc.user_terms ORDER BY kind, term;
SELECT kind, surface FROM zhdoc.zh_entities(:'doc') WHERE kind = 'title';
SELECT organ, name, chair, chair_titles, attendees FROM zhdoc.zh_meetings(:'doc', '2024-05-10');
SELECT zhdoc.analysis_version() <> :'v0' AS version_changed;

-- removed: the next statement no longer reads them, and the version is the old one
DELETE FROM zhdoc.user_terms WHERE term = '議事會';
SELECT organ, name FROM zhdoc.zh_meetings(:'doc', '2024-05-10');
TRUNCATE zhdoc.user_terms;
SELECT kind, surface FROM zhdoc.zh_entities(:'doc') WHERE kind = 'title';
SELECT zhdoc.analysis_version() = :'v0' AS version_restored;

-- a rolled-back addition never shows
BEGIN;
INSERT INTO zhdoc.user_terms VALUES ('meeting', '议事会');
ROLLBACK;
SELECT organ, name FROM zhdoc.zh_meetings(:'doc', '2024-05-10');

-- kinds are the dictionary's extensible lists; terms have no white space
INSERT INTO zhdoc.user_terms VALUES ('nonsense', '县报');
INSERT INTO zhdoc.user_terms VALUES ('news_agency', '县报');
INSERT INTO zhdoc.user_terms VALUES ('title', '网格 长');
INSERT INTO zhdoc.user_terms VALUES ('title', NULL);
-- zh_articles is IMMUTABLE and reads no user terms
SELECT provolatile FROM pg_proc WHERE oid = 'zhdoc.zh_articles(text)'::regprocedure;
