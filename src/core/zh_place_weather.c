/*
 * zh_place_weather.c — the places of a weather forecast table.
 *
 * Newspapers print the day's forecast as a run of cities, each followed by
 * its sky and its temperatures: 北京晴转雷阵雨19℃／32℃天津雷阵雨转多云18℃／
 * 31℃大连小雨17℃／20℃.  The dictionary knows many of these cities under
 * other tags (大连 as an adverb, 合肥 as a noun, 卡拉奇 as a person) and no
 * word governs them, but the table's shape leaves no doubt: whatever stands
 * between the previous temperature (or a punctuation mark, a space, the
 * start of the text) and the weather words (data/vocab/weather_word, joined
 * by 转) that a temperature follows is a place.
 */
#include "zh_entities_int.h"

#define WEATHER_PLACE_MIN 2
#define WEATHER_PLACE_MAX 8
#define WEATHER_PHRASE_MAX 16	/* 雷阵雨转多云转晴: bounded look-ahead */
#define TEMPERATURE_LOOKAHEAD 10

/* Is cp[from, to) weather words joined by 转 (晴转雷阵雨)? */
static bool
weather_phrase(const Ctx *c, uint32_t from, uint32_t to)
{
	uint32_t	p = from;

	if (to - from > WEATHER_PHRASE_MAX)
		return false;
	while (p < to)
	{
		size_t		L = zh_lex_starting_at(c->lex, ZH_LEX_WEATHER_WORD, c->cp, p, to);

		if (L == 0)
			return false;
		p += (uint32_t) L;
		if (p == to)
			return true;
		if (c->cp[p] != 0x8F6C)	/* 转 */
			return false;
		p++;
	}
	return false;
}

/*
 * Does a temperature start at p: digits, signs and separators (19℃／32℃,
 * -3～5℃), then a degree sign (℃, or ° as NFKC writes it)?
 */
static bool
temperature_at(const Ctx *c, uint32_t p)
{
	bool		digit = false;

	for (uint32_t k = p; k < c->n && k - p <= TEMPERATURE_LOOKAHEAD; k++)
	{
		uint32_t	ch = c->cp[k];

		if (ch == 0x2103 || ch == 0x00B0)	/* ℃ ° */
			return digit;
		if (ch >= '0' && ch <= '9')
			digit = true;
		/* - − ～ ~ . space (the only things a temperature range holds) */
		else if (!(ch == '-' || ch == 0x2212 || ch == 0xFF5E || ch == '~' || ch == '.' || ch == ' '))
			return false;
	}
	return false;
}

static bool
weather_place_ok(const Ctx *c, uint32_t from, uint32_t to)
{
	return to - from >= WEATHER_PLACE_MIN && to - from <= WEATHER_PLACE_MAX &&
		!zh_lex_is(c->lex, ZH_LEX_PLACE_GENERIC, c->cp, from, to) &&
		!zh_lex_is(c->lex, ZH_LEX_WEATHER_WORD, c->cp, from, to);
}

static void
add_place(Ctx *c, uint32_t from, uint32_t to)
{
	span_add(c, &c->places, from, to, tok_containing(c, from), tok_containing(c, to - 1));
}

/*
 * Where the place before the weather words at i starts, in the run of
 * Chinese characters [q, i).  After a temperature, a punctuation mark or the
 * start of the text, a short run is the place (石家庄晴, 。合肥多云); a
 * longer one, or one that other words may lead (the normaliser joins 明日
 * 天气 海口 雷阵雨 into one run), keeps its last word, or its last two when
 * the segmenter cut the name (卡拉/奇).
 */
static uint32_t
place_start(const Ctx *c, uint32_t q, uint32_t i)
{
	int			t;
	uint32_t	b;

	if (i - q <= 4 && (q == 0 || c->cp[q - 1] == 'C' || c->cp[q - 1] == 0x2103 || is_sep_char(c->cp[q - 1])))
		return q;
	t = tok_containing(c, i - 1);
	if (t < 0)
		return q;
	b = tok_start(c, (size_t) t);
	if (i - b < WEATHER_PLACE_MIN && t > 0)
		b = tok_start(c, (size_t) t - 1);
	return b < q ? q : b;
}

void
zh_ent_find_weather_places(Ctx *c)
{
	uint32_t	q = 0;

	while (q < c->n && c->st == ZH_OK)
	{
		uint32_t	r = q;

		zh_maybe_check(c->env, q);
		if (!zh_is_han(c->cp[q]))
		{
			q++;
			continue;
		}
		/* a run of Chinese characters [q, r): the place and its weather */
		while (r < c->n && zh_is_han(c->cp[r]))
			r++;
		if (temperature_at(c, r))
			for (uint32_t i = r - q > WEATHER_PHRASE_MAX + WEATHER_PLACE_MIN ? r - WEATHER_PHRASE_MAX : q + WEATHER_PLACE_MIN;
				 i < r; i++)
				if (weather_phrase(c, i, r))
				{
					uint32_t	b = place_start(c, q, i);

					if (weather_place_ok(c, b, i))
						add_place(c, b, i);
					break;
				}
		q = r;
	}
}
