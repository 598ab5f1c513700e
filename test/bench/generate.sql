-- test/bench/generate.sql — :docs generated documents in table bench_src(i,
-- published, body), made by recombining the dev page (psql variable :page):
-- each document is one of its articles as extracted (line breaks and all),
-- with the persons swapped for names from a pool of 208, the district for
-- one of 16, dates, years and meeting numbers shifted, published dates
-- spread over 2020-2023.  Deterministic: the same :docs gives the same rows.
-- Used by test/bench/pipeline.sh, test/bench/citus.sh and test/citus/.
CREATE TABLE bench_src AS
WITH arts AS (
    SELECT array_agg(substr(:'page', a.start, a.len) ORDER BY a.article_no) AS a, count(*)::int AS n
    FROM zhdoc.zh_articles(:'page') a
), names AS (
    SELECT array_agg(s || g ORDER BY s, g) AS pool, count(*)::int AS n
    FROM unnest('{王,李,张,刘,陈,杨,赵,黄,周,吴,徐,孙,马,朱,胡,郭}'::text[]) s,
         unnest('{少峰,军威,志欣,建国,丽华,海涛,文博,晓明,春燕,国强,立新,红梅,永刚}'::text[]) g
), districts AS (
    SELECT '{丰台,海淀,朝阳,石景山,房山,通州,顺义,昌平,大兴,门头沟,怀柔,平谷,密云,延庆,东城,西城}'::text[] AS pool
), params AS (
    SELECT i, 2020 + i % 4 AS y, 1 + (i / 4) % 12 AS m, 1 + (i / 48) % 26 AS d
    FROM generate_series(1, :docs) i
)
SELECT i, make_date(y, m, d + 2) AS published,
       replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
       replace(replace(replace(replace(
           arts.a[1 + i % arts.n],
           '王少峰', names.pool[1 + (i * 7) % names.n]),
           '初军威', names.pool[1 + (i * 11 + 3) % names.n]),
           '底志欣', names.pool[1 + (i * 13 + 5) % names.n]),
           '薄澜', names.pool[1 + (i * 17 + 7) % names.n]),
           '王蕾蕾', names.pool[1 + (i * 19 + 11) % names.n]),
           '唐诺仪', names.pool[1 + (i * 23 + 13) % names.n]),
           '张馨予', names.pool[1 + (i * 29 + 17) % names.n]),
           '赵智和', names.pool[1 + (i * 31 + 19) % names.n]),
           '丰台', districts.pool[1 + (i / 6) % 16]),
           '5月24日', m || '月' || d || '日'),
           '5月25日', m || '月' || (d + 1) || '日'),
           '第68次', '第' || (1 + i % 120) || '次'),
           '2023年', y || '年'),
           '2022年', (y - 1) || '年') AS body
FROM params, arts, names, districts;
