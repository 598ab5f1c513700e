/*
 * zh_entity_places.c — places: a proper name with a place suffix (丰台站,
 * 北宫镇), proper names joined to a suffix word (南苑森林湿地公园), place
 * names the dictionary knows, runs of province abbreviations (京津冀), roads
 * named by their ends (京承高速), items listed before 等 and an area noun.
 */
#include "zh_entities_int.h"
#include "zh_numeral.h"

/* 区 县 市 省 州 镇 乡 村 庄 街 站 桥 店 园: units and works, not a given name */
static bool
admin_unit(uint32_t ch)
{
	static const uint32_t units[] = {0x533A, 0x53BF, 0x5E02, 0x7701, 0x5DDE, 0x9547, 0x4E61,
	0x6751, 0x5E84, 0x8857, 0x7AD9, 0x6865, 0x5E97, 0x56ED};

	for (size_t k = 0; k < sizeof(units) / sizeof(units[0]); k++)
		if (ch == units[k])
			return true;
	return false;
}

static bool
province_run(const Ctx *c, size_t i)
{
	uint32_t	n = tlen(c, i);

	if (n < 2 || n > 4 || c->pos[i][0] == 'v' || c->pos[i][0] == 'a' || c->pos[i][0] == 'd')
		return false;
	for (uint32_t k = tok_start(c, i); k < tok_end(c, i); k++)
		if (!zh_lex_is(c->lex, ZH_LEX_PROVINCE_ABBREV, c->cp, k, k + 1))
			return false;
	return true;
}

/*
 * Complete places end an extension: 北京市丰台区 is two places, and so is
 * 丰台站 followed by another word.  A village (村) may head a longer name:
 * 中关村丰台园.
 */
static bool
ends_complete_place(const Ctx *c, size_t i)
{
	static const uint32_t units[] = {0x533A, 0x53BF, 0x5E02, 0x7701, 0x5DDE, 0x9547, 0x4E61,
	0x7AD9, 0x6865, 0x6CB3, 0x6E56, 0x5BFA, 0x57CE, 0x8DEF, 0x8857, 0x5E84, 0x5E97};
	uint32_t	last = c->cp[tok_end(c, i) - 1];

	if (tlen(c, i) < 2)
		return false;
	for (size_t k = 0; k < sizeof(units) / sizeof(units[0]); k++)
		if (last == units[k])
			return true;
	return false;
}

static bool
place_word(const Ctx *c, size_t i)
{
	const char *p = c->pos[i];

	if (is_breaker(c, i) || !all_han(c, tok_start(c, i), tok_end(c, i)) || ends_complete_place(c, i) ||
		zh_lex_is(c->lex, ZH_LEX_NOT_PLACE, c->cp, tok_start(c, i), tok_end(c, i)))
		return false;
	/* 新华社 / 上海: an organisation's name is not part of a place's */
	if (pos_starts(c, i, "nt") || zh_lex_is(c->lex, ZH_LEX_ORGANISATION, c->cp, tok_start(c, i), tok_end(c, i)))
		return false;
	return is_proper(c, i) || p[0] == 'n' || p[0] == 'z' || p[0] == 'b';
}

/* 一区, 各街镇, 全市: numbers and determiners make no place name. */
static bool
starts_with_determiner(const Ctx *c, uint32_t from)
{
	/* 几 多 各 每 全 本 该 我 这 那 此 其 */
	static const uint32_t det[] = {0x51E0, 0x591A, 0x5404, 0x6BCF, 0x5168, 0x672C, 0x8BE5,
	0x6211, 0x8FD9, 0x90A3, 0x6B64, 0x5176};

	/* 一 … 九, 两, 十 */
	if (zh_cn_digit(c->cp[from]) >= 1 || c->cp[from] == 0x5341)
		return true;
	for (size_t k = 0; k < sizeof(det) / sizeof(det[0]); k++)
		if (c->cp[from] == det[k])
			return true;
	return false;
}

/*
 * 挪威克朗, 德国马克: a country's name and a currency (two characters or
 * more: 元 ends places too) is money, though jieba tags the word a place.
 */
static bool
currency_name(const Ctx *c, uint32_t from, uint32_t to)
{
	size_t		L = zh_lex_ending_at(c->lex, ZH_LEX_CURRENCY_UNIT, c->cp, from + 1, to);

	return L >= 2;
}

static bool
place_ok(const Ctx *c, uint32_t from, uint32_t to)
{
	return to - from >= 2 && !(to - from == 2 && starts_with_determiner(c, from)) &&
		!zh_lex_is(c->lex, ZH_LEX_PLACE_GENERIC, c->cp, from, to) &&
		!zh_lex_is(c->lex, ZH_LEX_NOT_PLACE, c->cp, from, to) && !currency_name(c, from, to);
}

/*
 * 地区, 城区, 小区: a generic area word takes no name before it (长辛店地区
 * is 长辛店), while 公园 or 商务区 complete one (南苑森林湿地公园).
 */
static bool
generic_area(const Ctx *c, size_t i)
{
	uint32_t	last = c->cp[tok_end(c, i) - 1];

	return tlen(c, i) <= 2 && zh_lex_is(c->lex, ZH_LEX_PLACE_GENERIC, c->cp, tok_start(c, i), tok_end(c, i)) &&
		(last == 0x533A || last == 0x5E02 || last == 0x53BF || last == 0x9547 || last == 0x4E61 ||
		 last == 0x6751);
}

/* 最新鲜, 很深: a word after a degree adverb is an adjective, not a place. */
static bool
after_degree_adverb(const Ctx *c, size_t i)
{
	static const uint32_t adv[] = {0x6700, 0x5F88, 0x66F4, 0x592A, 0x633A, 0x4E0D, 0x6CA1, 0x8F83};

	if (i == 0 || tlen(c, i - 1) != 1)
		return false;
	for (size_t k = 0; k < sizeof(adv) / sizeof(adv[0]); k++)
		if (c->cp[tok_start(c, i - 1)] == adv[k])
			return true;
	return false;
}

/*
 * 东北方向, 西南部, 东南侧: a word of compass points (东 西 南 北) followed
 * by a word of side or direction is a direction; 东北 alone (the region)
 * stays a place.
 */
static bool
direction_word(const Ctx *c, size_t t)
{
	uint32_t	next;

	for (uint32_t k = tok_start(c, t); k < tok_end(c, t); k++)
		if (c->cp[k] != 0x4E1C && c->cp[k] != 0x897F && c->cp[k] != 0x5357 && c->cp[k] != 0x5317)
			return false;
	if (tok_end(c, t) >= c->n)
		return false;
	next = c->cp[tok_end(c, t)];
	/* 方 部 侧 角 面 边 */
	return next == 0x65B9 || next == 0x90E8 || next == 0x4FA7 || next == 0x89D2 || next == 0x9762 ||
		next == 0x8FB9;
}

/*
 * 在莫斯科, 访问科索沃, 飞往开罗: a foreign word the dictionary tags as a
 * person (jieba tags many foreign cities nr), right after a word that
 * governs a place, is that place.
 */
static bool
foreign_place_after_governor(const Ctx *c, size_t t)
{
	uint32_t	s = tok_start(c, t),
				e = tok_end(c, t);

	return pos_starts(c, t, "nr") && e - s >= 2 && is_boundary(c, s) && after_place_governor(c, s) &&
		all_translit(c, s, e);
}

/*
 * 莫斯科 (nr), 伊拉克 (nrt), 开罗 (nz), 基辅 (n): a country or city that CLDR
 * names (the list of kind world_place, made from ICU at build time) is a
 * place whatever the dictionary tags it, when the segmenter kept it one
 * word (one look-up a token); not inside a transliterated full name
 * (查尔斯·达尔文).
 */
static bool
world_place(const Ctx *c, uint32_t s, uint32_t e)
{
	return zh_lex_is(c->lex, ZH_LEX_WORLD_PLACE, c->cp, s, e) && !(s > 0 && c->cp[s - 1] == 0x00B7) &&
		!(e < c->n && c->cp[e] == 0x00B7) && place_ok(c, s, e);
}

/*
 * Items listed before 等 and an area noun are places, whatever the
 * dictionary thinks of them: 三里屯、国贸、蓝色港湾等重点商圈, 常营、管庄等区域.
 * Each item is one or two name-like tokens.
 */
static void
find_listed_places(Ctx *c)
{
	for (size_t t = 1; t + 1 < c->ntok && c->st == ZH_OK; t++)
	{
		size_t		item_end,
					guard;

		zh_maybe_check(c->env, t);
		if (!tok_is_char(c, t, 0x7B49))	/* 等 */
			continue;
		/* 等 [modifier] area noun */
		if (!(zh_lex_is(c->lex, ZH_LEX_AREA_NOUN, c->cp, tok_start(c, t + 1), tok_end(c, t + 1)) ||
			  (t + 2 < c->ntok && zh_lex_is(c->lex, ZH_LEX_AREA_NOUN, c->cp, tok_start(c, t + 2), tok_end(c, t + 2)))))
			continue;
		/* walk back over items separated by 、 */
		item_end = t;
		for (guard = 0; guard < 16; guard++)
		{
			size_t		first = item_end;
			int			n = 0;

			while (first > 0 && n < 2 && !is_sep(c, first - 1) && !is_breaker(c, first - 1) &&
				   all_han(c, tok_start(c, first - 1), tok_end(c, first - 1)) &&
				   (is_proper(c, first - 1) || c->pos[first - 1][0] == 'n' ||
					c->pos[first - 1][0] == 'v' || c->pos[first - 1][0] == 'a'))
			{
				first--;
				n++;
			}
			if (n == 0 || tok_end(c, item_end - 1) - tok_start(c, first) > 6)
				break;
			/* the first item may carry the verb before the list: 推动三里屯 */
			if (first > 0 && !tok_is_char(c, first - 1, 0x3001) && n == 2 && !is_proper(c, first))
				first++;
			if (place_ok(c, tok_start(c, first), tok_end(c, item_end - 1)))
				span_add(c, &c->places, tok_start(c, first), tok_end(c, item_end - 1), (int) first, (int) item_end - 1);
			if (first < 2 || !tok_is_char(c, first - 1, 0x3001))
				break;
			item_end = first - 1;
		}
	}
}

void
zh_ent_find_places(Ctx *c)
{
	for (size_t t = 0; t < c->ntok && c->st == ZH_OK; t++)
	{
		uint32_t	s = tok_start(c, t),
					e = tok_end(c, t);
		size_t		L;

		zh_maybe_check(c->env, t);
		if (is_sep(c, t) || !all_han(c, s, e) || zh_lex_is(c->lex, ZH_LEX_NOT_PLACE, c->cp, s, e))
			continue;
		/* a road named by its ends: 京承高速, 京新高速 */
		if (t + 1 < c->ntok && tlen(c, t) == 2 && (is_proper(c, t) || province_run(c, t)) &&
			zh_lex_is(c->lex, ZH_LEX_ROAD_SUFFIX, c->cp, tok_start(c, t + 1), tok_end(c, t + 1)))
		{
			span_add(c, &c->places, s, tok_end(c, t + 1), (int) t, (int) t + 1);
			continue;
		}
		if (province_run(c, t))
		{
			span_add(c, &c->places, s, e, (int) t, (int) t);
			continue;
		}
		L = zh_lex_ending_at(c->lex, ZH_LEX_PLACE_SUFFIX, c->cp, s, e);
		if (L && !generic_area(c, t))
		{
			size_t		j = t,
						head = (size_t) -1;
			bool		complete = L < tlen(c, t) && is_proper(c, t) && e - s >= 3;

			/*
			 * Proper names and modifiers before the suffix word.  A name
			 * that is a place by itself stands alone (辽宁 / 沈阳市 are two
			 * places) except after a village that names an area (中关村
			 * 丰台园).
			 */
			while (j > 0 && e - tok_start(c, j - 1) <= PLACE_MAX_CHARS && place_word(c, j - 1) &&
				   (!complete || (pos_starts(c, j - 1, "ns") && c->cp[tok_end(c, j - 1) - 1] == 0x6751)))
			{
				/* 刘友明 / 带队 / 走村: a guessed person name heads no longer place */
				if (tok_flag(c, j - 1, ZH_TOK_NAME) && (j != t || L < tlen(c, t)))
					break;
				j--;
				if (is_proper(c, j))
					head = j;
			}
			/* a suffix word alone (街道, 公园) may follow a whole place: 学院路街道 */
			if (j == t && L == tlen(c, t) && t > 0 && ends_complete_place(c, t - 1) &&
				!is_breaker(c, t - 1) && all_han(c, tok_start(c, t - 1), tok_end(c, t - 1)) &&
				!zh_lex_is(c->lex, ZH_LEX_PLACE_GENERIC, c->cp, tok_start(c, t - 1), tok_end(c, t - 1)))
				head = t - 1;
			if (head != (size_t) -1 && place_ok(c, tok_start(c, head), e))
			{
				span_add(c, &c->places, tok_start(c, head), e, (int) head, (int) t);
				continue;
			}
			/* a proper name that carries its own suffix: 丰台站, 北宫镇, 卢沟桥 */
			/*
			 * ... unless the name model, not the dictionary, read the token
			 * as a person and its suffix is a feature (江, 路), not an
			 * administrative unit: 张之路, 阴衍江 are persons, 甘棠镇 a place.
			 */
			if (complete && place_ok(c, s, e) &&
				!(L == 1 && tok_flag(c, t, ZH_TOK_NAME | ZH_TOK_HMM) &&
				  pos_starts(c, t, "nr") && !admin_unit(c->cp[e - 1])))
			{
				span_add(c, &c->places, s, e, (int) t, (int) t);
				continue;
			}
			/* a lone one-character suffix the dictionary did not join: 分钟寺 */
			if (tlen(c, t) == 1 && t > 0 && !is_breaker(c, t - 1) && tlen(c, t - 1) == 2 &&
				all_han(c, tok_start(c, t - 1), s) &&
				(pos_starts(c, t - 1, "q") || !is_function_pos(c, t - 1)) &&
				c->pos[t - 1][0] != 'v' && c->pos[t - 1][0] != 'a' && c->pos[t - 1][0] != 'd' &&
				!ends_complete_place(c, t - 1) &&
				!zh_lex_ending_at(c->lex, ZH_LEX_PLACE_SUFFIX, c->cp, tok_start(c, t - 1), s) &&
				!zh_lex_is(c->lex, ZH_LEX_TITLE, c->cp, tok_start(c, t - 1), s) &&
				place_ok(c, tok_start(c, t - 1), e) &&
				(pos_starts(c, t - 1, "q") || c->pos[t - 1][0] == 'n' || is_proper(c, t - 1)) &&
				c->cp[s] != 0x533A && c->cp[s] != 0x5E02 && c->cp[s] != 0x53BF)
			{
				span_add(c, &c->places, tok_start(c, t - 1), e, (int) t - 1, (int) t);
				continue;
			}
		}
		/* a place name the dictionary knows */
		if (pos_starts(c, t, "ns") && tlen(c, t) >= 2 && place_ok(c, s, e) &&
			!after_degree_adverb(c, t) && !zh_ent_is_abbrev_pair(c, t) && !direction_word(c, t))
			span_add(c, &c->places, s, e, (int) t, (int) t);
		else if (foreign_place_after_governor(c, t))
			span_add(c, &c->places, s, e, (int) t, (int) t);
		/* 地球, 月球: a body of the sky standing as a word */
		else if (zh_lex_is(c->lex, ZH_LEX_CELESTIAL_BODY, c->cp, s, e))
			span_add(c, &c->places, s, e, (int) t, (int) t);
		else if (world_place(c, s, e))
			span_add(c, &c->places, s, e, (int) t, (int) t);
	}
	find_listed_places(c);
}
