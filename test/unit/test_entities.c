/* Entities, officials and meetings of the dev page, without PostgreSQL. */
#include "unit.h"
#include "zh_meetings.h"
#include "zh_text.h"

static ZhDict *
open_dict(void)
{
	ZhDict	   *d = NULL;
	char		err[256];

	if (!unit_dict_path || zh_dict_open(unit_dict_path, &d, err, sizeof(err)) != ZH_OK)
		return NULL;
	return d;
}

static const char *
titles_joined(const ZhStrList *l, char *buf, size_t cap)
{
	buf[0] = 0;
	for (int i = 0; i < l->n; i++)
	{
		if (i)
			strncat(buf, ",", cap - strlen(buf) - 1);
		strncat(buf, l->items[i], cap - strlen(buf) - 1);
	}
	return buf;
}

/* Is `name` found as a person, exactly, in `text`? */
static bool
person_found(const ZhDict *d, const char *text, const char *name)
{
	ZhAnalysis	an;
	ZhEntities	ents;
	bool		found = false;

	if (zh_analyze(&unit_env, d, NULL, text, strlen(text), ZH_SEG_DEFAULT, &an) != ZH_OK)
		return false;
	if (zh_entities(&unit_env, d, &an, &ents) == ZH_OK)
	{
		for (size_t i = 0; i < ents.n && !found; i++)
		{
			char	   *s;
			size_t		n;

			if (ents.ents[i].kind != ZH_ENT_PERSON ||
				zh_text_to_utf8(&unit_env, &an.norm.text, ents.ents[i].start, ents.ents[i].end, &s, &n) != ZH_OK)
				continue;
			found = strcmp(s, name) == 0;
			zh_free(&unit_env, s);
		}
		zh_entities_free(&unit_env, &ents);
	}
	zh_analysis_free(&unit_env, &an);
	return found;
}

/* A sentence, a name in it, and whether the name is found as a person. */
typedef struct
{
	const char *text;
	const char *name;
	bool		person;
} PersonCase;

static void
check_persons(const ZhDict *d, const PersonCase *cases, size_t n)
{
	for (size_t k = 0; k < n; k++)
	{
		bool		found = person_found(d, cases[k].text, cases[k].name);

		if (found != cases[k].person)
			fprintf(stderr, "check_persons: %s %s a person in %s\n", cases[k].name,
					found ? "is" : "is not", cases[k].text);
		CHECK(found == cases[k].person);
	}
}

/* The character offset of UTF-8 string needle in text, or -1. */
static long
char_offset(const char *text, const char *needle)
{
	const char *at = strstr(text, needle);
	long		n = 0;

	if (!at)
		return -1;
	for (const char *p = text; p < at; p++)
		n += ((unsigned char) *p & 0xC0) != 0x80;
	return n;
}

/*
 * Is the first occurrence of `surface` in `text` found as an entity of
 * `kind`, exactly (want true), or is none found exactly there (want false)?
 */
static void
check_kind(ZhDict *d, const char *text, const char *surface, int kind, bool want)
{
	ZhAnalysis	an;
	ZhEntities	ents;
	long		at = char_offset(text, surface),
				len = 0;
	bool		found = false;

	for (const char *p = surface; *p; p++)
		len += ((unsigned char) *p & 0xC0) != 0x80;
	CHECK(at >= 0);
	CHECK(zh_analyze(&unit_env, d, NULL, text, strlen(text), ZH_SEG_DEFAULT, &an) == ZH_OK);
	CHECK(zh_entities(&unit_env, d, &an, &ents) == ZH_OK);
	for (size_t i = 0; i < ents.n; i++)
		found |= (int) ents.ents[i].kind == kind && ents.ents[i].src_start == (uint32_t) at &&
			ents.ents[i].src_end == (uint32_t) (at + len);
	if (found != want)
		fprintf(stderr, "check_kind: %s %s of kind %d in %s\n", surface, want ? "is not" : "is", kind, text);
	CHECK(found == want);
	zh_entities_free(&unit_env, &ents);
	zh_analysis_free(&unit_env, &an);
}

static void
check_place(ZhDict *d, const char *text, const char *surface, bool want)
{
	check_kind(d, text, surface, ZH_ENT_PLACE, want);
}

/* Organisations found inside a word or past a place (zh_entity_orgs.c). */
static void
test_entity_orgs(ZhDict *d)
{
	/* a ministry the dictionary joins to its head, with its country */
	check_kind(d, "德国国防部长昨天抵达华沙。", "德国国防部", ZH_ENT_ORG, true);
	check_kind(d, "新任司法部长宣誓就职。", "司法部", ZH_ENT_ORG, true);
	/* a deputy or acting head names no ministry */
	check_kind(d, "代部长主持了会议。", "代部", ZH_ENT_ORG, false);
	/* a factory after its place; a factory without one is no name */
	check_kind(d, "他在青岛啤酒厂工作了十年。", "青岛啤酒厂", ZH_ENT_ORG, true);
	check_kind(d, "工厂里的工人都放假了。", "工厂", ZH_ENT_ORG, false);
	/* a national side by its country; the sport alone is none */
	check_kind(d, "日本女排昨天抵达北京。", "日本女排", ZH_ENT_ORG, true);
	check_kind(d, "她从小就喜欢看女足比赛。", "女足", ZH_ENT_ORG, false);
	/* a newspaper in book-title marks; a bulletin or communiqué is none */
	check_kind(d, "据《芝加哥论坛报》报道，", "芝加哥论坛报", ZH_ENT_ORG, true);
	check_kind(d, "据《洛杉矶时报》报道，", "洛杉矶时报", ZH_ENT_ORG, true);
	check_kind(d, "中心发布了《气象简报》。", "气象简报", ZH_ENT_ORG, false);
	check_kind(d, "双方签署了《联合公报》。", "联合公报", ZH_ENT_ORG, false);
	/* an organisation the dictionary names across a verb 组织; not the verb */
	check_kind(d, "他们希望早日加入世界贸易组织。", "世界贸易组织", ZH_ENT_ORG, true);
	check_kind(d, "国家组织专家实施了这项工程。", "国家组织", ZH_ENT_ORG, false);
	check_kind(d, "这是一个民间组织。", "民间组织", ZH_ENT_ORG, false);
	check_kind(d, "要加强对安全工作的组织领导。", "组织领导", ZH_ENT_TITLE, false);
	/* a party congress by its ordinal, with its party; not a numbered set */
	check_kind(d, "会议回顾了党的十四大以来的工作。", "十四大", ZH_ENT_ORG, true);
	check_kind(d, "他当选为中共十四大代表。", "中共十四大", ZH_ENT_ORG, true);
	check_kind(d, "读者评选出年度十大新闻。", "十大", ZH_ENT_ORG, false);
	/* a company named after a foreign name the HMM joined (劳 alone a verb) */
	check_kind(d, "法院批准劳拉公司的申请。", "劳拉公司", ZH_ENT_ORG, true);
	check_kind(d, "法院批准加洛公司的申请。", "加洛公司", ZH_ENT_ORG, true);
	/* legislative chambers, with their country; a bare chamber is none */
	check_kind(d, "英国议会下院通过了这项法案。", "英国议会下院", ZH_ENT_ORG, true);
	check_kind(d, "俄罗斯国家杜马通过了法案。", "俄罗斯国家杜马", ZH_ENT_ORG, true);
	check_kind(d, "法案已提交下院审议。", "下院", ZH_ENT_ORG, false);
	/* a side by its place after a word taken for a person; a person's party is none */
	check_kind(d, "东道主泰国队昨晚战胜了对手。", "泰国队", ZH_ENT_ORG, true);
	check_kind(d, "邓小平党的建设理论", "邓小平党", ZH_ENT_ORG, false);
	/* a periodical with its place or its kind, marks and all; a law is none */
	check_kind(d, "据英国《经济学家》周刊报道，", "英国《经济学家》周刊", ZH_ENT_ORG, true);
	check_kind(d, "法国《世界报》发表评论说", "法国《世界报》", ZH_ENT_ORG, true);
	check_kind(d, "他为《读者》杂志撰稿。", "《读者》杂志", ZH_ENT_ORG, true);
	check_kind(d, "据《纽约时报》报道", "纽约时报", ZH_ENT_ORG, true);
	check_kind(d, "中国《婚姻法》规定", "中国《婚姻法》", ZH_ENT_ORG, false);
	/* a body's short name in brackets after its full name; not a meeting's qualifier */
	check_kind(d, "国家发展和改革委员会（国家发展改革委）发布通知。", "国家发展改革委", ZH_ENT_ORG, true);
	check_kind(d, "中国人民银行（以下简称央行）决定降息。", "央行", ZH_ENT_ORG, true);
	check_kind(d, "区委常委会（扩大）会议召开。", "扩大", ZH_ENT_ORG, false);
}

/*
 * Dotted foreign names (zh_person_dotted.c): the parts beside a dot
 * whatever their tags (a place word, a noun, a pronoun in transliteration
 * characters), a part too long for a common word, the pieces the
 * segmenter cut after the dot; two common words around a dot, and a name
 * before a place's or a body's word, are no person; a place inside the
 * name is no place.
 */
static void
test_dotted_names(ZhDict *d)
{
	static const PersonCase cases[] = {
		{"他会见了联合国秘书长科菲·安南。", "科菲·安南", true},
		{"印度前总理拉·甘地曾访问中国。", "拉·甘地", true},
		{"英国副首相约翰·普雷斯科特今天抵达。", "约翰·普雷斯科特", true},
		{"著名作家谢尔盖·米哈尔科夫写了这首诗。", "谢尔盖·米哈尔科夫", true},
		{"研究所马·莱万多夫斯基副教授说，", "马·莱万多夫斯基", true},
		{"社会科学规划·基金资助项目", "规划·基金", false},
		{"他在乔治·华盛顿大学任教。", "乔治·华盛顿", false},
	};

	check_persons(d, cases, sizeof(cases) / sizeof(cases[0]));
	check_place(d, "他会见了联合国秘书长科菲·安南。", "安南", false);
}

/*
 * Rows of names printed with spaces (zh_person_rows.c): each item a name,
 * the segmenter's cut across them none; ordinary words between spaces are
 * no row; a name glued across a space to the dateline before it.
 */
static void
test_name_rows(ZhDict *d)
{
	static const PersonCase cases[] = {
		{"出席会议的有王少峰 初军威等同志。", "初军威", true},
		{"获奖者：张伟 李明 王芳", "李明", true},
		{"获奖者：张伟 李明 王芳", "张伟", true},
		{"获奖者：张伟 李明 王芳", "张伟李", false},
		{"金融产业 发展 规划 正在 制定", "发展", false},
		{"张伟 李明 王芳", "李明", true},
		{"欧阳明华 司马光", "司马光", true},
		{"欧阳明华 司马光", "阳明华", false},
		{"出席的有市长张伟 李明 王芳", "李明", true},
		{"出席的有市长张伟 李明 王芳", "张伟", true},
		{"出席会议的有王少峰 初军威等。", "初军威", true},
		{"主席团成员：王少峰 马  骏 李明", "马骏", true},
		{"新华社北京5月1日电 王毅表示，双方应加强合作。", "王毅", true},
	};

	check_persons(d, cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * What stands around a name says whether it is one: a transliteration
 * before a common noun or a body's word, or in brackets after a body,
 * names a thing or the body, not before a title or a state body; after a
 * demonstrative or a numeral a surname is a measure word; 等同志 closes a
 * name (等 alone does not: 江西等地); a byline's two-character name before
 * 报道; a compound surname's two given characters, the second a word
 * alone; a trophy named after a person, not after a town.
 */
static void
test_name_context(ZhDict *d)
{
	static const PersonCase cases[] = {
		{"投资者关注欧佩克会议的结果。", "欧佩克", false},
		{"他们指责欧佩克组织提高油价。", "欧佩克", false},
		{"石油输出国组织（欧佩克）成员国将开会。", "欧佩克", false},
		{"对话之后，克林顿政府明确表示支持。", "克林顿", true},
		{"那张小巧的门票很精美。", "张小巧", false},
		{"北京雷阵雨转多云。", "雷阵雨", false},
		{"赵刚等同志参加了会议。", "赵刚", true},
		{"本报记者李明报道：", "李明", true},
		{"本报记者李明报道：", "李明报", false},
		{"会见了欧阳明高教授。", "欧阳明高", true},
		{"欧阳明说，要加强合作。", "欧阳明", true},
		{"美国队第三次捧起戴维斯杯。", "戴维斯", true},
		{"中国队参加了土伦杯比赛。", "土伦", false},
	};

	check_persons(d, cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Japanese names (zh_person_japanese.c): a listed family name and a given
 * name of Japanese shape where a person stands, cut or glued as the
 * segmenter left them; a given name that is a common word with a cue; a
 * rarer family name of Japanese shape with a cue; the family name alone as
 * a clause's subject.  Not the Chinese words those names are (中村 a
 * village, 三岛 three islands, 浅井 a shallow well, 清水 clear water).
 */
static void
test_japanese_names(ZhDict *d)
{
	static const PersonCase cases[] = {
		/* a listed family name and a given name of Japanese shape */
		{"中村哲也在比赛中打进一球。", "中村哲也", true},
		{"公司社长宫原贤次表示满意。", "宫原贤次", true},
		{"发言人桥本宏说，", "桥本宏", true},
		/* a given name that is a common word, with a cue */
		{"高桥大树说，双方应加强合作。", "高桥大树", true},
		{"该村孩子说，学校很远。", "该村孩子", false},
		/* a rarer family name of Japanese shape, with a cue */
		{"石村和夫说，经济正在好转。", "石村和夫", true},
		/* the family name alone as a clause's subject */
		{"而小泽则表示反对。", "小泽", true},
		{"而小泽则表示反对。", "小泽则", false},
		{"铃木坦率地承认了错误。", "铃木", true},
		/* a family name whose first character the segmenter read as a locative */
		{"前田太郎说，双方应加强合作。", "前田太郎", true},
		{"上田和夫说，经济正在好转。", "上田和夫", true},
		{"会前田间管理很重要。", "前田", false},
		/* the Chinese words those names are */
		{"他在中村里住了三年。", "中村", false},
		{"他被评为三好学生。", "三好", false},
		{"这口浅井水很甜。", "浅井", false},
		/* nor a frequent word as a subject */
		{"海湾三岛领土之争", "三岛", false},
		{"清水流入了水库。", "清水", false},
		{"而清水则流进了田里。", "清水", false},
	};

	check_persons(d, cases, sizeof(cases) / sizeof(cases[0]));
	check_place(d, "中村哲也在比赛中打进一球。", "中村", false);
}

/* Places found by the shape of the text around them (zh_place_*.c). */
static void
test_entity_places(ZhDict *d)
{
	/* nested by administrative level: the whole and its parts; a list is no nest */
	check_place(d, "他住在北京市丰台区。", "北京市丰台区", true);
	check_place(d, "他住在北京市丰台区。", "北京市", true);
	check_place(d, "他住在北京市丰台区。", "丰台区", true);
	check_place(d, "山东省平度市崔马镇的农民", "山东省平度市崔马镇", true);
	check_place(d, "丰台区北京市", "丰台区北京市", false);
	check_place(d, "中美关系", "中美", false);
	/* a forecast table: the cities before the weather words and temperatures */
	check_place(d, "天气预报：合肥多云转晴21℃／30℃银川小雨8℃／17℃卡拉奇晴29℃／38℃", "合肥", true);
	check_place(d, "天气预报：合肥多云转晴21℃／30℃银川小雨8℃／17℃卡拉奇晴29℃／38℃", "银川", true);
	check_place(d, "天气预报：合肥多云转晴21℃／30℃银川小雨8℃／17℃卡拉奇晴29℃／38℃", "卡拉奇", true);
	check_place(d, "明日天气 海口  雷阵雨  26～33℃", "海口", true);
	check_place(d, "全国各大城市今天的天气预报如下海口雷阵雨26～33℃", "海口", true);
	/* weather words without a temperature make no table */
	check_place(d, "大连小雨不断，市民出行不便。", "大连", false);
	/* countries and cities CLDR names, whatever the dictionary tags them */
	check_place(d, "伊拉克局势和科索沃问题是会谈的主要议题。", "伊拉克", true);
	check_place(d, "伊拉克局势和科索沃问题是会谈的主要议题。", "科索沃", true);
	check_place(d, "基辅街头的行人明显增多。", "基辅", true);
	check_place(d, "查尔斯·达尔文的进化论", "达尔文", false);
	/* bodies of the sky, but not inside a longer word */
	check_place(d, "探测器飞往火星，再返回地球。", "火星", true);
	check_place(d, "探测器飞往火星，再返回地球。", "地球", true);
	check_place(d, "屋顶装上了太阳能热水器。", "太阳", false);
	/* a dateline's country and city are two places */
	check_place(d, "本报法国里昂6月3日电 记者报道：", "法国", true);
	check_place(d, "本报法国里昂6月3日电 记者报道：", "里昂", true);
	/* 中 closing the match before it is no country */
	check_place(d, "主队在这场比赛中以3∶1获胜。", "中", false);
	/* a currency named by its country is money */
	check_place(d, "这笔交易价值300万丹麦克朗。", "丹麦克朗", false);
	/* temples are buildings, places rather than bodies */
	check_place(d, "游客们在灵隐寺和岳王庙前合影。", "岳王庙", true);
}

void
test_entities(void)
{
	ZhDict	   *d = open_dict();
	char		path[512],
				buf[512];
	char	   *page;
	size_t		len;
	ZhAnalysis	an;
	ZhEntities	ents;
	ZhMeeting  *ms;
	size_t		nm;
	static const char *const want[][3] = {
		{"唐诺仪", "通讯员", "reporter"},
		{"王蕾蕾", "记者", "reporter"},
		{"王少峰", "区委书记,区委教育工作领导小组组长", "official"},
		{"习近平", "总书记", "official"},
		{"初军威", "区委副书记,区长,区委教育工作领导小组常务副组长", "official"},
		{"底志欣", "区委副书记", "official"},
		{"赵智和", "", "photographer"},
		{"张馨予", "实习记者", "reporter"},
		{"薄澜", "区领导", "official"},
	};

	if (!d)
	{
		fprintf(stderr, "test_entities: skipped, no dictionary (argv[2] or ZHDOC_DICT)\n");
		return;
	}
	snprintf(path, sizeof(path), "%s/fengtai-page.txt", unit_data_dir);
	page = unit_read_file(path, &len);
	CHECK(zh_analyze(&unit_env, d, NULL, page, len, ZH_SEG_DEFAULT, &an) == ZH_OK);
	CHECK(zh_entities(&unit_env, d, &an, &ents) == ZH_OK);
	CHECK(ents.nofficials == sizeof(want) / sizeof(want[0]));
	for (size_t i = 0; i < ents.nofficials && i < sizeof(want) / sizeof(want[0]); i++)
	{
		CHECK_STR(ents.officials[i].name, want[i][0]);
		CHECK_STR(titles_joined(&ents.officials[i].titles, buf, sizeof(buf)), want[i][1]);
		CHECK_STR(zh_role_name(ents.officials[i].role), want[i][2]);
	}
	/* offsets point into the raw page, where names may be broken over lines */
	for (size_t i = 0; i < ents.n; i++)
		CHECK(ents.ents[i].src_start < ents.ents[i].src_end && ents.ents[i].src_end <= an.norm.text.src_len);

	{
		ZhArticle  *arts;
		size_t		narts;

		CHECK(zh_articles(&unit_env, page, len, &arts, &narts) == ZH_OK);
		CHECK(zh_meetings_with(&unit_env, &an, &ents, arts, narts, page, len, false, 0, &ms, &nm) == ZH_OK);
		zh_articles_free(&unit_env, arts, narts);
	}
	CHECK(nm == 3);
	if (nm == 3)
	{
		CHECK_STR(ms[0].name, "区委常委会第68次会议");
		CHECK(ms[0].seq == 68 && ms[0].has_date && ms[0].held_on == 8544);	/* 2023-05-24 */
		CHECK_STR(ms[0].chair, "王少峰");
		CHECK(ms[0].agenda.n == 2 && ms[0].attendees.n == 0);
		CHECK_STR(ms[1].organ, "区委理论学习中心组");
		CHECK_STR(titles_joined(&ms[1].attendees, buf, sizeof(buf)), "初军威,底志欣");
		CHECK_STR(ms[2].name, "区委教育工作领导小组2023年第二次会议");
		CHECK(ms[2].seq == 2 && ms[2].held_on == 8545 && ms[2].agenda.n == 3);
		CHECK_STR(titles_joined(&ms[2].chair_titles, buf, sizeof(buf)), "区委书记,区委教育工作领导小组组长");
		CHECK_STR(titles_joined(&ms[2].attendees, buf, sizeof(buf)), "初军威,底志欣,薄澜");
	}
	zh_meetings_free(&unit_env, ms, nm);
	zh_entities_free(&unit_env, &ents);
	zh_analysis_free(&unit_env, &an);

	/* a title without a name is nobody; words that look like names are not names */
	CHECK(zh_analyze(&unit_env, d, NULL, "市人大常委会主任、市政协主席列席会议。高速公路方案通过。", strlen("市人大常委会主任、市政协主席列席会议。高速公路方案通过。"), ZH_SEG_DEFAULT, &an) == ZH_OK);
	CHECK(zh_entities(&unit_env, d, &an, &ents) == ZH_OK);
	CHECK(ents.nofficials == 0);
	zh_entities_free(&unit_env, &ents);
	zh_analysis_free(&unit_env, &an);

	/*
	 * Foreign names: whole although the segmenter cut them (科尔尼 /
	 * 延科均), the title's mention widened to the dotted name, a player
	 * after his jersey number; a country the dictionary derives (伊拉克人)
	 * is no person as a clause subject.
	 */
	CHECK(person_found(d, "能源部长科尔尼延科均表示支持这项计划。", "科尔尼延科"));
	CHECK(person_found(d, "外交部长彼得·卡尔松今天抵达。", "彼得·卡尔松"));
	CHECK(person_found(d, "由10号罗梅罗射门得分。", "罗梅罗"));
	CHECK(!person_found(d, "伊拉克拒绝了这项要求。", "伊拉克"));
	/* a dotted name's parts glued to a title before and a verb after */
	CHECK(person_found(d, "土伦市市长罗朗·贝尔说，", "罗朗·贝尔"));
	CHECK(person_found(d, "会长贝尔纳·鲁斯说，", "贝尔纳·鲁斯"));

	/*
	 * Cues: a right cue is a word of its own (说 in 说话); a cue after a
	 * common noun or a time word does not make it a name; a guessed name
	 * keeps a third character prose puts after names before a cue
	 * (张华均先生); a guessed foreign name after a profession; the
	 * professions and ranks of name_left_cue (老将, 名将).
	 */
	CHECK(!person_found(d, "有些国家说话不算数。", "国家"));
	CHECK(!person_found(d, "那位房东表示欢迎。", "房东"));
	CHECK(!person_found(d, "这位商人表示满意。", "商人"));
	CHECK(!person_found(d, "法国总理周二晚表示同意。", "周二晚"));
	CHECK(person_found(d, "会见了张华均先生。", "张华均"));
	CHECK(person_found(d, "参议员卡约拉当选。", "卡约拉"));
	CHECK(person_found(d, "美国老将阿加西获胜。", "阿加西"));
	CHECK(person_found(d, "名将巴乔进球。", "巴乔"));
	/*
	 * A surname addressed by a title, glued to a verb before it or after a
	 * comma; not a verb, a preposition or a count before the title
	 */
	CHECK(person_found(d, "能不能托郑市长帮个忙？", "郑"));
	CHECK(person_found(d, "会上，林副局长表示支持。", "林"));
	CHECK(!person_found(d, "他先后当过五任县长。", "任"));
	CHECK(!person_found(d, "应市长邀请，代表团访问了该市。", "应"));
	CHECK(!person_found(d, "他向市长汇报了情况。", "向"));
	/* a third character given back although a lone one is left beside it */
	CHECK(person_found(d, "大家都睡了，陈飞轻声询问了司机。", "陈飞"));
	CHECK(person_found(d, "孩子们围着刘芳的车。", "刘芳"));
	/* leaders, officers and spokesmen who hold no government title */
	CHECK(person_found(d, "英国工党领袖布莱尔表示支持。", "布莱尔"));
	CHECK(person_found(d, "他与新四军军长陈毅一起到达。", "陈毅"));

	/*
	 * Japanese names: a dictionary word of family and given name, the
	 * family name with a title or a cue (a place's name too, 福田 ns, only
	 * so), a one-character given name cut off (山本昌 / 邦).
	 */
	CHECK(person_found(d, "日本首相田中角荣访问中国。", "田中角荣"));
	CHECK(person_found(d, "铃木首相今天说，日本将继续合作。", "铃木"));
	CHECK(person_found(d, "队长福田表示，比赛很艰苦。", "福田"));
	CHECK(person_found(d, "教练山本昌邦说，球队很努力。", "山本昌邦"));

	/*
	 * a word the dictionary tags nr but derives a people from (卢森堡人) is
	 * no person
	 */
	CHECK(!person_found(d, "卢森堡表示支持。", "卢森堡"));

	/*
	 * A transliteration the dictionary knows as a person and builds no
	 * place, body or thing on is a person as an object too, and before a
	 * government; not a word it builds a team, a park or a style on
	 * (迪斯尼乐园), nor after a measure word (一辆 / 桑塔纳), nor an item
	 * of a 、 list (of products as often), nor before a place.
	 */
	CHECK(person_found(d, "总统任命了普里马科夫为总理。", "普里马科夫"));
	CHECK(person_found(d, "议员们对戈尔巴乔夫的评价不一。", "戈尔巴乔夫"));
	CHECK(person_found(d, "这是尼克松政府的决定。", "尼克松"));
	CHECK(!person_found(d, "孩子们都喜欢迪斯尼的动画片。", "迪斯尼"));
	CHECK(!person_found(d, "他买了一辆桑塔纳。", "桑塔纳"));
	CHECK(!person_found(d, "园里种有红灯、布鲁克斯、美早等樱桃。", "布鲁克斯"));
	CHECK(!person_found(d, "赞助商尼克松北京分公司开业。", "尼克松"));

	/* a surname and its form of address in one word; 老 and a surname */
	CHECK(person_found(d, "老王的儿子考上了大学。", "王"));
	CHECK(person_found(d, "毛主席的诗词广为流传。", "毛"));

	/*
	 * a three-character guess of the name model whose characters common
	 * words favour over names (zh_dict_name_ratio) is no person without a
	 * cue; one whose characters names favour is one even so
	 */
	CHECK(!person_found(d, "他把那棵草拔掉了。", "那棵草"));
	CHECK(!person_found(d, "盛满水的桶很重。", "盛满水"));
	CHECK(person_found(d, "大家都说金秀萍是个好老师。", "金秀萍"));

	/*
	 * a one-character province or country after a glued verb stands
	 * alone (周强赴 / 沪: no stranded character); a name joined by a
	 * conjunction the name model glued to a name before it (张伟和 /
	 * 王平) is a name too
	 */
	CHECK(person_found(d, "周强赴沪参加会议。", "周强"));
	CHECK(person_found(d, "张伟和王平出席了会议。", "王平"));
	/* 和赵丽 / 教授: the conjunction glued to the name after it */
	CHECK(person_found(d, "陈静先生和赵丽教授到会。", "赵丽"));

	/*
	 * a byline's two names run together once the spaces go (记者 刘洋
	 * 陈晨 报道): split before a surname when 报道, a credit or the end
	 * closes it; a three-character name before 摄 is one name
	 */
	CHECK(person_found(d, "本报记者 王川 陈静 报道：", "王川"));
	CHECK(person_found(d, "本报记者 王川 陈静 报道：", "陈静"));
	CHECK(person_found(d, "（新华社记者李建华摄）", "李建华"));
	CHECK(!person_found(d, "（新华社记者李建华摄）", "李建"));

	/*
	 * the name's shape by position (zh_person_known.c): a three-character
	 * word tagged nr whose last character ends common words (吉普车,
	 * 许可证, 查号台) is no person without a cue, the build-time background
	 * saying so character by character; a person word the dictionary tags
	 * otherwise (周恩来 t, 刘澜涛 n, 张佑才 vn) is a person wherever it
	 * stands whole
	 */
	CHECK(zh_dict_name_shape_ratio(d, 0x8F66, 2) < 0.0);	/* 车 */
	CHECK(zh_dict_name_shape_ratio(d, 0x6C11, 2) > 0.0);	/* 民 */
	{
		static const PersonCase shape[] = {
			{"他买了一辆吉普车。", "吉普车", false},
			{"工厂取得了生产许可证。", "许可证", false},
			{"请拨打查号台询问。", "查号台", false},
			{"我们参观了周恩来故居。", "周恩来", true},
			{"刘澜涛纪念馆正式开放。", "刘澜涛", true},
			{"会上宣读了张佑才的讲话。", "张佑才", true},
			/*
			 * the transliteration characters in two tiers: a name may be
			 * written with characters that are common words alone (肯 v), but
			 * a lone one beside a name is that word (克林顿 / 派, 卡特派 / 特使: the
			 * verb 派), while a lone one of the first tier goes on the name
			 * (伊梅尔 / 达). A two-character transliteration as a clause's
			 * subject before a verb is a person when both its characters are
			 * name characters; not the adverbs and loanwords jieba tags nrt
			 * too (切莫, 纳米: 米 is a measure). A transliteration alone in
			 * quotation marks names a craft or a product.
			 */
			{"昨天，肯尼迪宣布了新计划。", "肯尼迪", true},
			{"总统克林顿派代表出席。", "克林顿", true},
			{"总统克林顿派代表出席。", "克林顿派", false},
			{"美国总统卡特派特使前往中东。", "卡特派", false},
			{"伊梅尔达说，她很高兴。", "伊梅尔达", true},
			{"琼斯跑出了好成绩。", "琼斯", true},
			{"切莫忘记历史。", "切莫", false},
			{"纳米改变了世界。", "纳米", false},
			{"“尼米兹”号航空母舰驶入港口。", "尼米兹", false},
		};

		check_persons(d, shape, sizeof(shape) / sizeof(shape[0]));
	}

	/*
	 * the two characters left of a guess whose third character went to
	 * the next word are a name only if they look like one (吴家 / 知道 is
	 * a family); a two-character person word standing as a clause's
	 * subject or a verb's object is a person without a cue when its
	 * characters favour names, not when prose uses it too often (明白,
	 * which jieba tags nr)
	 */
	CHECK(!person_found(d, "会上吴家知道了这件事。", "吴家"));
	CHECK(person_found(d, "他最喜爱李白的诗歌。", "李白"));
	CHECK(person_found(d, "叶挺率部北上抗日。", "叶挺"));
	CHECK(!person_found(d, "明白的人都知道这个道理。", "明白"));

	/*
	 * a short transliterated name whose form of address the name model
	 * glued on (莎 / 埃女士): the name is before the address; one
	 * character alone before it is none (请 / 埃女士)
	 */
	CHECK(person_found(d, "昨天，莎埃女士到达北京。", "莎埃"));
	CHECK(!person_found(d, "请埃女士发言。", "埃"));

	test_entity_places(d);
	test_entity_orgs(d);
	test_dotted_names(d);
	test_name_rows(d);
	test_name_context(d);
	test_japanese_names(d);
	free(page);
	zh_dict_close(d);
}
