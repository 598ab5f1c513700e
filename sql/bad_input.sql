-- Bad input never crashes the server: each case has a defined result.
SET search_path = zhdoc, public;

SELECT zh_normalize(NULL) IS NULL AS null_in_null_out;
SELECT zh_normalize('') = '' AS empty_stays_empty;
SELECT count(*) AS articles_of_null FROM zh_articles(NULL);
SELECT count(*) AS articles_of_empty FROM zh_articles('');
SELECT count(*) AS articles_of_whitespace FROM zh_articles(E' \n\n\t \n');

-- emoji, other scripts, Latin-only text come back unharmed
SELECT zh_normalize('会议圆满成功🎉👍🏽 OK') AS emoji;
SELECT zh_normalize('Москва и 東京 と 서울 시청') AS scripts;
SELECT zh_normalize('Just an English sentence, with punctuation!') AS latin_only;

-- control characters are kept; form feeds and CR LF are line breaks
SELECT zh_normalize(E'a\x01b\x07c') = E'a\x01b\x07c' AS controls_kept,
       zh_normalize(E'第一页。\f第二页。') AS form_feed,
       zh_normalize(E'一行。\r\n二行。\r三行。') AS crlf;

-- combining marks and decomposed forms compose (NFKC)
SELECT zh_normalize(E'Cafe\u0301 e\u0301') AS composed;

-- a lone U+FFFD and noncharacters pass through
SELECT zh_normalize(E'\uFFFD\uFDD0x') = E'\uFFFD\uFDD0x' AS odd_code_points;

-- degenerate shapes: one long line, one character a million times, digits only
SELECT length(zh_normalize(repeat('中', 1000000))) AS one_char_run;
SELECT length(zh_normalize(repeat('1234567890', 100000))) AS digits_run;
SELECT length(zh_normalize(repeat(E'中\n', 200000))) AS short_lines;
SELECT length(zh_normalize(repeat(E'\n', 100000))) AS only_breaks;
SELECT count(*) AS articles_of_one_char_run FROM zh_articles(repeat('中', 1000000));
SELECT count(*) AS articles_of_short_lines FROM zh_articles(repeat(E'标题\n', 100000));

-- a database in another encoding gets a clear error, not garbage
CREATE DATABASE zhdoc_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c zhdoc_latin1
CREATE EXTENSION zhdoc;
\c contrib_regression
DROP DATABASE zhdoc_latin1;
