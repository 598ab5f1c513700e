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

-- Parallel workers load the user words too (with the leader's snapshot)
INSERT INTO user_words (word) VALUES ('樱桃满枝头');
SET force_parallel_mode = regress;
SET parallel_setup_cost = 0;
SELECT zh_segment('樱桃满枝头尝鲜'), to_tsvector('zhdoc.chinese', '樱桃满枝头尝鲜');
RESET parallel_setup_cost;
RESET force_parallel_mode;
DELETE FROM user_words WHERE word = '樱桃满枝头';
