-- zh_normalize: repairs of PDF damage, folding, and bad input.
SET search_path = zhdoc, public;

-- hard-wrapped lines inside a sentence are joined; blank lines vanish
SELECT zh_normalize(E'近年来，丰台区深刻把握首都发展规律和战略\n\n机遇，顺利完成了金融科技创新、核心产业布局、行\n\n政区划调整、营商环境优化等一系列任务。虽然在区\n\n位、交通、生态和营商环境等有优势，但仍存问题：\n\n一是金融产业 发展助力本地经济的效果未充分 体\n\n现，也未能形成在地场景。');

-- a break after sentence-final punctuation is kept as one newline
SELECT zh_normalize(E'第一句话结束了。\n\n\n第二句话。') = E'第一句话结束了。\n第二句话。' AS kept_once;

-- spaces between Chinese characters go, the padding of two-character names too
SELECT zh_normalize('本 次 招 聘 会，通 过“ 丰 台 人 社 ”发布') AS spaced,
       zh_normalize('区长马 骏出席') AS padded_name;

-- spaces between Latin words stay (collapsed); a Latin word split by a wrap gets its space back
SELECT zh_normalize('PostgreSQL   full text  search') AS latin,
       zh_normalize('用好TOD、EOD等 先进 理念 and more') AS mixed;

-- a headline printed twice in a row is printed once
SELECT zh_normalize('区委常委会召开第68次会议区委常委会召开第68次会议') AS doubled;
SELECT zh_normalize(E'正文结束。\n\n    丰台、石景山、房山三区开展丰台、石景山、房山三区开展\n“京蒙劳务协作”线上招聘会“京蒙劳务协作”线上招聘会\n本报讯 近日，三区联合开展招聘活动。') AS doubled_two_lines;
-- but genuine repetition of short units is text, not layout
SELECT zh_normalize('哈哈哈哈哈哈哈哈') AS laughter, zh_normalize('看看看看') AS look;
SELECT zh_normalize('一九一九年') AS year, zh_normalize('谢谢谢谢') AS thanks,
       zh_normalize('研究研究') AS study, zh_normalize(E'正文。\n\n研究研究问题') AS short_line;
-- nor is a line that continues a wrapped sentence a headline, whatever it repeats
SELECT zh_normalize(E'全区上下要认真学习贯彻会议精神，把握工作重点，狠抓\n落实各项部署要求落实各项部署要求，确保取得实效。') AS mid_paragraph;

-- NFKC: full-width digits and letters to ASCII; Chinese punctuation keeps its form
SELECT zh_normalize('２０２３年５月２４日，ＡＢＣ公司（北京）：７０％！') AS nfkc;

-- traditional to simplified by OpenCC's tables: phrases decide in context
SELECT zh_normalize('臺灣的頭髮與乾淨的乾坤，著名學者') AS simplified;
SELECT zh_normalize('乾隆年間') AS qianlong, zh_normalize('乾燥') AS dry,
       zh_normalize('著名') AS famous, zh_normalize('顯著') AS notable,
       zh_normalize('於是') AS therefore;
-- a phrase cut by a hard line break or a stray space is still a phrase
SELECT zh_normalize(E'會議回顧了清代乾\n隆年間的歷史') AS wrapped, zh_normalize('乾 隆年間') AS spaced,
       zh_normalize(E'財政部長王丙\n乾說') AS wrapped_name;
-- correct simplified text never changes (ICU's transliterator gave 显着, 具, 干隆)
SELECT zh_normalize('显著成效，与时俱进，俱乐部，乾隆年间') AS unchanged;
-- variants Mainland text does not use still fold; compatibility ideographs too (NFKC first)
SELECT zh_normalize('裏面為什麽') AS variants, zh_normalize(U&'\F902\F9C4') AS compat;
-- a person name of the dictionary keeps its character (OpenCC writes 王丙干)
SELECT zh_normalize('财政部长王丙乾说') AS name;
-- a Taiwan/Hong Kong style page reads as a Mainland reader writes it
\set trad `cat test/data/traditional-page.txt`
SELECT zh_normalize(:'trad') AS traditional_page;
SELECT zh_normalize(zh_normalize(:'trad')) = zh_normalize(:'trad') AS trad_idempotent;

-- idempotent on the dev page and on its normal form
\set page `cat test/data/fengtai-page.txt`
SELECT zh_normalize(zh_normalize(:'page')) = zh_normalize(:'page') AS idempotent,
       length(zh_normalize(:'page')) AS normal_length,
       position(E'\n\n' IN zh_normalize(:'page')) = 0 AS no_blank_lines;

-- the dev page's damage, repaired
SELECT position('王少峰主持会议' IN zh_normalize(:'page')) > 0 AS joined_name,
       position('金融产业发展助力' IN zh_normalize(:'page')) > 0 AS stray_space,
       position('树龄长达23年' IN zh_normalize(:'page')) > 0 AS split_number,
       position('区委常委会召开第68次会议区委常委会' IN zh_normalize(:'page')) = 0 AS undoubled;

