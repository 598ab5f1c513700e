/*
 * test_segment.c — word segmentation: conventions, flags, search mode, and
 * inputs that must stay linear and never crash.
 */
#include "unit.h"
#include "zh_normalize.h"
#include "zh_segment.h"

static ZhDict *dict;

/*
 * Segment `s` (not normalised) and join the tokens with '|', skipping
 * white space; a static buffer is plenty for these short cases.
 */
static const char *
seg(const char *s, int mode)
{
	static char out[4096];
	ZhText		t;
	ZhTokenList l;
	size_t		i,
				o = 0;

	out[0] = '\0';
	if (zh_text_from_utf8(&unit_env, s, strlen(s), &t) != ZH_OK)
		return "(decode failed)";
	zh_tokens_init(&l);
	if (zh_segment(&unit_env, dict, NULL, &t, 0, t.len, mode, &l) != ZH_OK)
		return "(segment failed)";
	for (i = 0; i < l.n; i++)
	{
		char	   *w;
		size_t		wl;

		if (l.tok[i].flags & ZH_TOK_SPACE)
			continue;
		zh_text_to_utf8(&unit_env, &t, l.tok[i].start, l.tok[i].start + l.tok[i].len,
						&w, &wl);
		if (o && o < sizeof(out) - 1)
			out[o++] = '|';
		if (o + wl < sizeof(out) - 1)
		{
			memcpy(out + o, w, wl);
			o += wl;
		}
		out[o] = '\0';
		free(w);
	}
	zh_tokens_free(&unit_env, &l);
	zh_text_free(&unit_env, &t);
	return out;
}

/* Default-mode tokens must tile [from, to) exactly. */
static int
tiles(const ZhTokenList *l, size_t from, size_t to)
{
	size_t		i,
				at = from;

	for (i = 0; i < l->n; i++)
	{
		if (l->tok[i].start != at || l->tok[i].len == 0)
			return 0;
		at += l->tok[i].len;
	}
	return at == to;
}

/* Segment a big or strange input: must succeed and tile it. */
static void
survive(const uint32_t *cp, size_t n, const char *what)
{
	ZhText		t;
	ZhTokenList l;
	ZhStatus	st;
	size_t		i;

	if (zh_text_init(&unit_env, &t, n + 1) != ZH_OK)
	{
		CHECK(!"out of memory");
		return;
	}
	for (i = 0; i < n; i++)
		zh_text_put(&t, cp[i], (uint32_t) i);
	zh_tokens_init(&l);
	st = zh_segment(&unit_env, dict, NULL, &t, 0, n, ZH_SEG_DEFAULT, &l);
	CHECK(st == ZH_OK);
	if (st != ZH_OK || !tiles(&l, 0, n))
		fprintf(stderr, "  while segmenting %s\n", what);
	CHECK(tiles(&l, 0, n));
	zh_tokens_free(&unit_env, &l);
	st = zh_segment(&unit_env, dict, NULL, &t, 0, n, ZH_SEG_SEARCH, &l);
	CHECK(st == ZH_OK);
	zh_tokens_free(&unit_env, &l);
	zh_text_free(&unit_env, &t);
}

static void
test_pathological(void)
{
	size_t		n = 1 << 20,
				i;
	uint32_t   *cp = malloc(n * sizeof(uint32_t));
	uint32_t	x = 12345;

	for (i = 0; i < n; i++)
		cp[i] = 0x54C8;			/* 哈 */
	survive(cp, n, "1M of one character");
	for (i = 0; i < n; i++)
		cp[i] = '0' + i % 10;
	survive(cp, n, "1M digits");
	for (i = 0; i < n; i++)
		cp[i] = 'a';
	survive(cp, n, "1M letters");
	for (i = 0; i < n; i++)
		cp[i] = 0x4E00;			/* 一: the numeral recogniser's worst case */
	survive(cp, n, "1M of 一");
	for (i = 0; i < n; i++)
		cp[i] = '.';
	survive(cp, n, "1M dots");
	for (i = 0; i < n; i++)
	{
		x = x * 1103515245u + 12345u;
		switch (x >> 29)
		{
			case 0:
				cp[i] = 0xD800 + (x >> 8) % 0x800;	/* lone surrogates */
				break;
			case 1:
				cp[i] = 0x1F600 + (x >> 8) % 80;	/* emoji */
				break;
			case 2:
				cp[i] = (x >> 8) % 0x110000;
				break;
			case 3:
				cp[i] = 0x25CB;	/* ○ */
				break;
			case 4:
				cp[i] = 0xFFFFFFFFu - (x >> 20);	/* not code points at all */
				break;
			default:
				cp[i] = 0x4E00 + (x >> 8) % 0x5200;
		}
	}
	survive(cp, n, "random code points");
	free(cp);
}

static void
test_flags_and_ranges(void)
{
	static const char *s = "今天 下雨，2023年。";
	ZhText		t;
	ZhTokenList l;
	size_t		i;
	int			spaces = 0,
				puncts = 0;

	CHECK(zh_text_from_utf8(&unit_env, s, strlen(s), &t) == ZH_OK);
	zh_tokens_init(&l);
	CHECK(zh_segment(&unit_env, dict, NULL, &t, 0, t.len, 0, &l) == ZH_OK);
	CHECK(tiles(&l, 0, t.len));
	for (i = 0; i < l.n; i++)
	{
		spaces += (l.tok[i].flags & ZH_TOK_SPACE) != 0;
		puncts += (l.tok[i].flags & ZH_TOK_PUNCT) != 0;
	}
	CHECK(spaces == 1);
	CHECK(puncts == 2);
	zh_tokens_free(&unit_env, &l);

	/* a sub-range, empty ranges, bad ranges */
	CHECK(zh_segment(&unit_env, dict, NULL, &t, 3, 5, 0, &l) == ZH_OK);
	CHECK(tiles(&l, 3, 5));
	zh_tokens_free(&unit_env, &l);
	CHECK(zh_segment(&unit_env, dict, NULL, &t, 2, 2, 0, &l) == ZH_OK);
	CHECK(l.n == 0);
	CHECK(zh_segment(&unit_env, dict, NULL, &t, 3, 2, 0, &l) == ZH_ERR_INVALID);
	CHECK(zh_segment(&unit_env, dict, NULL, &t, 0, t.len + 1, 0, &l) == ZH_ERR_INVALID);
	zh_tokens_free(&unit_env, &l);
	zh_text_free(&unit_env, &t);
}

static void
test_search_mode(void)
{
	static const char *s = "中华人民共和国";
	ZhText		t;
	ZhTokenList l;
	size_t		i;
	int			sub = 0,
				ordered = 1;

	CHECK_STR(seg(s, ZH_SEG_DEFAULT), "中华人民共和国");
	CHECK(zh_text_from_utf8(&unit_env, s, strlen(s), &t) == ZH_OK);
	zh_tokens_init(&l);
	CHECK(zh_segment(&unit_env, dict, NULL, &t, 0, t.len, ZH_SEG_SEARCH, &l) == ZH_OK);
	CHECK(l.n >= 4);
	CHECK(l.tok[0].start == 0 && l.tok[0].len == 7 && !(l.tok[0].flags & ZH_TOK_SUBWORD));
	for (i = 1; i < l.n; i++)
	{
		sub += (l.tok[i].flags & ZH_TOK_SUBWORD) != 0;
		if (l.tok[i].len < 2 || l.tok[i].len >= 7)
			ordered = 0;
		if (i > 1 && l.tok[i].start < l.tok[i - 1].start)
			ordered = 0;
	}
	CHECK(sub == (int) l.n - 1);
	CHECK(ordered);
	zh_tokens_free(&unit_env, &l);
	zh_text_free(&unit_env, &t);
	CHECK(strstr(seg(s, ZH_SEG_SEARCH), "|共和国") != NULL);
	CHECK(strstr(seg(s, ZH_SEG_SEARCH), "|人民") != NULL);
}

/* The page's names and terms come out whole after normalisation. */
static void
test_dev_page(void)
{
	static const char *want[] = {"王少峰", "初军威", "底志欣", "数字人民币",
	"营商环境", "京津冀", "石景山区"};
	char		path[1024];
	char	   *raw,
			   *norm;
	size_t		len,
				nlen,
				k;
	static char copy[1 << 16];

	snprintf(path, sizeof(path), "%s/fengtai-page.txt", unit_data_dir);
	raw = unit_read_file(path, &len);
	CHECK(zh_normalize_utf8(&unit_env, raw, len, &norm, &nlen) == ZH_OK);
	free(raw);
	/* every token bracketed by '|', so a match is a whole token */
	{
		ZhText		t;
		ZhTokenList l;
		size_t		i,
					o = 1;

		copy[0] = '|';
		CHECK(zh_text_from_utf8(&unit_env, norm, nlen, &t) == ZH_OK);
		zh_tokens_init(&l);
		CHECK(zh_segment(&unit_env, dict, NULL, &t, 0, t.len, 0, &l) == ZH_OK);
		for (i = 0; i < l.n && o < sizeof(copy) - 64; i++)
		{
			char	   *w;
			size_t		wl;

			zh_text_to_utf8(&unit_env, &t, l.tok[i].start,
							l.tok[i].start + l.tok[i].len, &w, &wl);
			if (o + wl + 2 < sizeof(copy))
			{
				memcpy(copy + o, w, wl);
				o += wl;
				copy[o++] = '|';
			}
			free(w);
		}
		copy[o] = '\0';
		zh_tokens_free(&unit_env, &l);
		zh_text_free(&unit_env, &t);
	}
	for (k = 0; k < sizeof(want) / sizeof(want[0]); k++)
	{
		char		tok[64];

		snprintf(tok, sizeof(tok), "|%s|", want[k]);
		if (!strstr(copy, tok))
			fprintf(stderr, "  dev page: %s is not one token\n", want[k]);
		CHECK(strstr(copy, tok) != NULL);
	}
	free(norm);
}

void
test_segment(void)
{
	char		err[512];

	if (!unit_dict_path ||
		zh_dict_open(unit_dict_path, &dict, err, sizeof(err)) != ZH_OK)
	{
		fprintf(stderr, "test_segment: no dictionary, skipped\n");
		return;
	}

	/* numbers, dates, codes, percentages (PKU conventions) */
	CHECK_STR(seg("2023年5月24日下午", 0), "2023年|5月|24日|下午");
	CHECK_STR(seg("增长4.6%，占70％", 0), "增长|4.6%|，|占|70％");
	CHECK_STR(seg("型号ic005共3000台", 0), "型号|ic005|共|3000|台");
	CHECK_STR(seg("二○○一年十二月三十一日", 0), "二○○一年|十二月|三十一日");
	CHECK_STR(seg("第二十一届", 0), "第二十一|届");
	CHECK_STR(seg("３月９日", 0), "３月|９日");
	/* punctuation runs, other scripts, emoji */
	CHECK_STR(seg("好——是……", 0), "好|——|是|……");
	CHECK_STR(seg("Привет世界😀", 0), "Привет|世界|😀");
	/* an unknown name found as one word */
	CHECK(strstr(seg("区委副书记底志欣参加学习", 0), "|底志欣|") != NULL);
	/* long, rare dictionary compounds give way to their parts */
	CHECK_STR(seg("国有企业", 0), "国有|企业");
	CHECK_STR(seg("", 0), "");

	test_flags_and_ranges();
	test_search_mode();
	test_dev_page();
	test_pathological();
	zh_dict_close(dict);
	dict = NULL;
}
