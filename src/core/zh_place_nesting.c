/*
 * zh_place_nesting.c — places nested in one another by administrative
 * level (北京市丰台区, 青海省曲麻莱县, 江苏泰兴市): the whole is a place
 * too, reported beside its parts, which stay places of their own.
 *
 * A place's level is read from its suffix (省 自治区 / 市 州 盟 / 区 县 旗 /
 * 镇 乡 街道 / 村 社区), and a provincial-level name (data/vocab/province.txt,
 * 北京, 江苏) is of the first level with or without its suffix.  Places
 * that follow one another with no character between, each of a lower
 * level than the one before, are one nested place.  A place of no known
 * level (王府井, 中 of 中美) nests nothing: side by side it is a list.
 */
#include "zh_entities_int.h"

/* Administrative levels; NO_LEVEL for a place whose suffix says none. */
enum
{
	NO_LEVEL = 0,
	PROVINCE_LEVEL = 1,
	PREFECTURE_LEVEL = 2,
	COUNTY_LEVEL = 3,
	TOWNSHIP_LEVEL = 4,
	VILLAGE_LEVEL = 5
};

/* Does cp[s, e) end with the suffix x (one to five code points)? */
static bool
ends_with(const Ctx *c, uint32_t s, uint32_t e, const uint32_t *x, uint32_t n)
{
	return e - s > n && memcmp(c->cp + e - n, x, n * sizeof(uint32_t)) == 0;
}

static int
admin_level(const Ctx *c, uint32_t s, uint32_t e)
{
	static const struct
	{
		uint32_t	cp[5];
		uint32_t	n;
		int			level;
	}			suffix[] = {
		{{0x7279, 0x522B, 0x884C, 0x653F, 0x533A}, 5, PROVINCE_LEVEL},	/* 特别行政区 */
		{{0x81EA, 0x6CBB, 0x533A}, 3, PROVINCE_LEVEL},	/* 自治区 */
		{{0x81EA, 0x6CBB, 0x5DDE}, 3, PREFECTURE_LEVEL},	/* 自治州 */
		{{0x81EA, 0x6CBB, 0x53BF}, 3, COUNTY_LEVEL},	/* 自治县 */
		{{0x5730, 0x533A}, 2, PREFECTURE_LEVEL},	/* 地区 */
		{{0x8857, 0x9053}, 2, TOWNSHIP_LEVEL},	/* 街道 */
		{{0x793E, 0x533A}, 2, VILLAGE_LEVEL},	/* 社区 */
		{{0x7701}, 1, PROVINCE_LEVEL},	/* 省 */
		{{0x5E02}, 1, PREFECTURE_LEVEL},	/* 市 */
		{{0x5DDE}, 1, PREFECTURE_LEVEL},	/* 州 */
		{{0x76DF}, 1, PREFECTURE_LEVEL},	/* 盟 */
		{{0x533A}, 1, COUNTY_LEVEL},	/* 区 */
		{{0x53BF}, 1, COUNTY_LEVEL},	/* 县 */
		{{0x65D7}, 1, COUNTY_LEVEL},	/* 旗 */
		{{0x9547}, 1, TOWNSHIP_LEVEL},	/* 镇 */
		{{0x4E61}, 1, TOWNSHIP_LEVEL},	/* 乡 */
		{{0x6751}, 1, VILLAGE_LEVEL},	/* 村 */
	};

	/* 北京, 北京市, 江苏, 江苏省: a provincial-level name, suffix or not */
	if (zh_lex_is(c->lex, ZH_LEX_PROVINCE, c->cp, s, e) ||
		(e - s >= 3 && zh_lex_is(c->lex, ZH_LEX_PROVINCE, c->cp, s, e - 1) &&
		 (c->cp[e - 1] == 0x5E02 || c->cp[e - 1] == 0x7701)))	/* 市 省 */
		return PROVINCE_LEVEL;
	for (size_t k = 0; k < sizeof(suffix) / sizeof(suffix[0]); k++)
		if (ends_with(c, s, e, suffix[k].cp, suffix[k].n))
			return suffix[k].level;
	return NO_LEVEL;
}

/*
 * The last of the places from places.v[k] on that nest in one another:
 * each starting where the one before ends, of a lower level.  Returns k
 * when the place at k nests nothing.
 */
size_t
zh_place_nested_run(const Ctx *c, size_t k)
{
	const Span *v = c->places.v;
	int			level = admin_level(c, v[k].start, v[k].end);
	size_t		last = k;

	if (level == NO_LEVEL)
		return k;
	while (last + 1 < c->places.n && v[last + 1].start == v[last].end)
	{
		int			next = admin_level(c, v[last + 1].start, v[last + 1].end);

		if (next == NO_LEVEL || next <= level)
			break;
		level = next;
		last++;
	}
	return last;
}
