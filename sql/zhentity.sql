-- Type zhentity: text form, operators, indexes.
SET search_path = zhdoc, public;

SELECT 'person:王少峰'::zhentity AS e, kind('org:区委'::zhentity), name('place:丰台区'::zhentity),
       zhentity('title', '区长'), 'person:王少峰'::zhentity::text AS as_text;
SELECT 'person:王少峰'::zhentity = 'person:王少峰'::zhentity AS eq,
       'person:王少峰'::zhentity <> 'place:王少峰'::zhentity AS ne,
       'person:b'::zhentity < 'title:a'::zhentity AS kind_first,
       'org:a'::zhentity > 'org:A'::zhentity AS bytes;

-- invalid input is refused clearly
SELECT 'unknown:x'::zhentity;
SELECT 'person:'::zhentity;
SELECT ''::zhentity;
SELECT 'no colon'::zhentity;
SELECT zhentity('person', '');

-- btree, hash, and GIN over zhentity[]
CREATE TABLE ents(id int, e zhentity, es zhentity[]);
INSERT INTO ents SELECT i, zhentity('person', 'p' || i), ARRAY[zhentity('person', 'p' || i), zhentity('place', 'x' || (i % 10))]
FROM generate_series(1, 3000) i;
CREATE INDEX ON ents (e);
CREATE INDEX ents_hash ON ents USING hash (e);
CREATE INDEX ents_gin ON ents USING gin (es);
ANALYZE ents;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM ents WHERE e = 'person:p42';
EXPLAIN (COSTS OFF) SELECT id FROM ents WHERE es @> ARRAY['person:p42'::zhentity];
SELECT count(*) FROM ents WHERE es @> ARRAY['person:p42'::zhentity];
SELECT count(*) FROM ents WHERE es && ARRAY['place:x3'::zhentity, 'place:x4'::zhentity];
SELECT e FROM ents ORDER BY e DESC LIMIT 1;
RESET enable_seqscan;
SELECT e, count(*) FROM (SELECT unnest(es) e FROM ents) s WHERE kind(e) = 'place' GROUP BY e ORDER BY e LIMIT 3;
