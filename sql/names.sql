-- Persons, places and organisations in news prose (issue 12): names found
-- without a government title, and the boundaries that used to go wrong.
SET search_path = zhdoc, public;

-- a name followed by 到/赴/和/作 keeps only the name
SELECT kind, surface FROM zh_entities('张革到北京调研，赵明赴上海考察，李华和王平作了发言。') ORDER BY start;
-- two reporters with no separator are two persons
SELECT name, titles, role FROM zh_officials('（记者 刘洋 陈晨）');
-- ... also outside brackets, before 报道; a one-character place after 赴
SELECT kind, surface FROM zh_entities('本报记者 刘洋 陈晨 报道：赵明赴京参加会议。') ORDER BY start;
-- a title after the name; persons without a title are persons, not officials
SELECT kind, surface FROM zh_entities('周敏教授指出，要加强研究。') ORDER BY start;
SELECT count(*) AS officials FROM zh_officials('周敏教授指出，要加强研究。');
-- verbs after a title are not names
SELECT kind, surface FROM zh_entities('负责人强调指出，要抓好落实。干部应亲自参加劳动。') WHERE kind = 'person';
SELECT kind, surface FROM zh_entities('习近平总书记来沪考察。') WHERE kind = 'person';
-- organisations do not swallow the verb after them
SELECT kind, surface FROM zh_entities('区人力资源和社会保障局举办招聘会，市教委主办的活动开幕。') WHERE kind = 'org';
-- a verb tagged as a place is no place
SELECT count(*) AS places FROM zh_entities('坚持治本攻坚。') WHERE kind = 'place';
-- a name inside a longer word, names in a list, foreign names with their dots
SELECT kind, surface FROM zh_entities('毛泽东思想和邓小平理论') WHERE kind = 'person';
SELECT kind, surface FROM zh_entities('美国总统克林顿会见了列夫·托尔斯泰的后人。') WHERE kind = 'person';
-- places side by side are two places, and one nested place when each is of a
-- lower administrative level (辽宁沈阳市); a dateline names a place
SELECT kind, surface FROM zh_entities('前不久，我去辽宁沈阳市参观。本报桂林4月8日电') WHERE kind = 'place';
-- one-character countries
SELECT kind, surface FROM zh_entities('中美关系和日俄首脑会晤，外宾访华') WHERE kind = 'place';
-- 副 kept in a long title the segmenter split inside (自然资源 / 部副 / 部长)
SELECT name, titles, role FROM zh_officials('自然资源部副部长王广华出席会议。');
-- names listed with 、 before an act of attending are officials, no title printed
SELECT name, titles, role FROM zh_officials('孙春兰、胡春华、刘鹤、王勇参加。') ORDER BY name;
-- …but not a list that attends nothing
SELECT count(*) AS officials FROM zh_officials('会议强调，张三、李四等问题要解决。');
-- a title printed after the name, also inside a name the segmenter glued to it
SELECT name, titles, role FROM zh_officials('刘艳常委代表台盟中央发言。赵乐际委员长主持。') ORDER BY name;
-- a title split around the name is joined: 省委骆惠宁书记 -> 省委书记
SELECT name, titles, role FROM zh_officials('全体干部职工观看了省委骆惠宁书记的讲话。');
-- one name that chairs at the start of a sentence is an official
SELECT name, titles, role FROM zh_officials('会议强调，要加强领导。王毅主持会议。');
-- a preposition after a leader's title is no name (关于党的…)
SELECT name, titles FROM zh_officials('要深入学习贯彻习近平总书记关于党的自我革命的重要思想。');
-- issue 14: titles are maximal (副主任委员, not also 副主任) and start a chain
SELECT name, titles, role FROM zh_officials('会议听取了宪法法律委副主任委员张明作的报告。');
-- the organ before a title: a word ending like an organ, the ordinal of a body,
-- an organisation that took the rank as its suffix
SELECT name, titles FROM zh_officials('审计署审计长李华作了报告。第三次全国土地调查领导小组组长王强出席。省林业和草原局党组书记、局长赵刚讲话。') ORDER BY name;
-- only the full form of an office printed twice (县政府副县长, not also 副县长)
SELECT name, titles FROM zh_officials('副县长陈伟带队考察。县政府副县长陈伟率队前往。');
-- a name then its title, names joined by 和 sharing it; no title word taken for a name
SELECT name, titles FROM zh_officials('王志刚和黄卫常委在联合发言中建议。关于副秘书长任命事项的汇报。') ORDER BY name;
-- a leader named in a formula is an official without a title
SELECT name, titles, role FROM zh_officials('坚持以习近平同志为核心的党中央领导，学习贯彻习近平新时代中国特色社会主义思想。');
-- a group role before a list of names; a transliterated name split by the segmenter
SELECT name, titles FROM zh_officials('院领导何明、黄华、许刚出席。应哈萨克斯坦第一副总理斯克利亚尔邀请。') ORDER BY name;
-- a name the dictionary tags as a place (安南 ns, 普京 ns) where a title or
-- cue on both sides vouches; transliterations joined by 和
SELECT kind, surface FROM zh_entities('联合国秘书长安南说，各方应当克制。普京总统表示欢迎。会谈后，希拉克和叶利钦共同会见记者。') WHERE kind <> 'title' ORDER BY start;

-- Two posts held at once are one title (兼); a head that starts on the last
-- character of the organisation before it (外交部 / 长王毅) makes the title
-- with it.
SELECT name, titles, role FROM zh_officials('国务委员兼外交部长王毅出席。外交部长唐家璇今天说。副总理兼外长梅德韦杰夫说。') ORDER BY name;
-- a foreign state the dictionary tags as a person, before a title a name
-- follows, is the title's (吉尔吉斯斯坦总理)
SELECT name, titles FROM zh_officials('吉尔吉斯斯坦总理阿克尔别克出席。') ORDER BY name;
