-- zhdoc.user_words: custom words, in this session and in others at once.
SET search_path = zhdoc, public;

SELECT zh_segment('尝鲜正当时的樱桃园');
INSERT INTO user_words(word) VALUES ('尝鲜正当时');
-- this session sees it at its next statement
SELECT zh_segment('尝鲜正当时的樱桃园');
-- user words get a token type the shipped configuration indexes
SELECT alias, token, lexemes FROM ts_debug('zhdoc.chinese', '尝鲜正当时') WHERE alias <> 'blank';
INSERT INTO user_words VALUES ('丽泽金融商务区', 1000, 'ns');
SELECT token, pos FROM zh_tokenize('丽泽金融商务区建设');
SELECT alias, token FROM ts_debug('zhdoc.chinese', '丽泽金融商务区');

-- another session's committed change reaches this session without reconnecting
CREATE EXTENSION IF NOT EXISTS dblink;
SELECT zh_segment('樱桃满枝头');
SELECT dblink_exec(format('dbname=%s host=%s port=%s user=%s', current_database(),
                          split_part(current_setting('unix_socket_directories'), ',', 1),
                          current_setting('port'), current_user),
                   $$INSERT INTO zhdoc.user_words(word) VALUES ('樱桃满枝头')$$);
SELECT zh_segment('樱桃满枝头');
SELECT dblink_exec(format('dbname=%s host=%s port=%s user=%s', current_database(),
                          split_part(current_setting('unix_socket_directories'), ',', 1),
                          current_setting('port'), current_user),
                   $$DELETE FROM zhdoc.user_words WHERE word = '樱桃满枝头'$$);
SELECT zh_segment('樱桃满枝头');

-- invalid rows are refused by the table's checks
INSERT INTO user_words VALUES ('', NULL, NULL);
INSERT INTO user_words VALUES ('有 空格', NULL, NULL);
INSERT INTO user_words VALUES ('负频率', -1, NULL);
INSERT INTO user_words VALUES ('坏词性', NULL, 'NR!');

-- a rolled-back change is forgotten
BEGIN;
INSERT INTO user_words VALUES ('回滚的词', NULL, NULL);
SELECT zh_segment('回滚的词');
ROLLBACK;
SELECT zh_segment('回滚的词');

-- pg_dump keeps user words
SELECT extconfig::regclass[] FROM pg_extension WHERE extname = 'zhdoc';
TRUNCATE user_words;
SELECT zh_segment('尝鲜正当时');

-- A jieba-format user dictionary in one call: word [freq] [pos] a line,
-- spaces or tabs between fields, blank and # lines skipped, a BOM and CRLF
-- line ends tolerated; returns the words added or changed.
SELECT add_user_words(E'\uFEFF# 丰台区的词\n丽泽金融商务区 2000 ns\r\n\n数字人民币应用\n樱桃采摘节\tnz\n金融街论坛 500\n  尝鲜正当时  \n金融街论坛 800 nt\n');
SELECT word, freq, pos FROM user_words ORDER BY word;
-- the words segment at once (nz is a jieba tag; 金融街论坛 took its last line)
SELECT zh_segment('樱桃采摘节上的金融街论坛');
-- a parallel worker, a fresh process, reads the user words too (under the
-- statement's snapshot: a parallel query may not take a newer one)
SET force_parallel_mode = on;
SET parallel_setup_cost = 0;
SELECT zh_segment('樱桃采摘节上的金融街论坛');
SELECT to_tsvector('zhdoc.chinese', '丽泽金融商务区的樱桃采摘节');
RESET force_parallel_mode;
RESET parallel_setup_cost;
-- loading the same file again changes nothing
SELECT add_user_words(E'丽泽金融商务区 2000 ns\n樱桃采摘节 nz');
-- a malformed line is named by its number and nothing is loaded
SELECT add_user_words(E'新词一\n新词二 12 ns extra\n新词三');
SELECT add_user_words(E'新词一\n新词二 ns 12');
SELECT add_user_words(E'新词一 0');
SELECT add_user_words(E'新词一 99999999999999999999999');
SELECT add_user_words(E'新词一 12 NR');
SELECT add_user_words(repeat('长', 65));
SELECT count(*) AS not_loaded FROM user_words WHERE word LIKE '新词%';
-- nothing to load
SELECT add_user_words(E'# only a comment\n\n');
SELECT add_user_words(NULL);

-- owner-only: a role without the owner's rights may not call it, nor get
-- around that by writing the table
CREATE ROLE regress_zh_words_hostile;
GRANT USAGE ON SCHEMA zhdoc TO regress_zh_words_hostile;
SET ROLE regress_zh_words_hostile;
SELECT zhdoc.add_user_words('恶意词');
INSERT INTO zhdoc.user_words(word) VALUES ('恶意词');
RESET ROLE;
-- granted EXECUTE, it still cannot write the table
GRANT EXECUTE ON FUNCTION zhdoc.add_user_words(text) TO regress_zh_words_hostile;
SET ROLE regress_zh_words_hostile;
SELECT zhdoc.add_user_words('恶意词');
RESET ROLE;
SELECT count(*) AS hostile_words FROM user_words WHERE word = '恶意词';
REVOKE ALL ON FUNCTION zhdoc.add_user_words(text) FROM regress_zh_words_hostile;
REVOKE USAGE ON SCHEMA zhdoc FROM regress_zh_words_hostile;
DROP ROLE regress_zh_words_hostile;
TRUNCATE user_words;
