/*
 * test_tsparse.c — the text search parser's token walk (zh_tsparse).
 *
 * What ts_parse('zhdoc.parser', ...) shows, without a server: words in
 * their normal form, blanks and punctuation as written, a word longer than
 * PostgreSQL indexes in pieces, and input that only the normal form drops
 * (a headline printed twice) still shown once.
 */
#include "unit.h"
#include "zh_dict.h"
#include "zh_tsparse.h"

static ZhDict *dict;

/*
 * The tokens of `s` as "text/alias" joined by '|', and whether they account
 * for every input byte once, in order.  Static buffer.
 */
static const char *
walk(const char *s, bool *tiled)
{
	static char out[8192];
	size_t		n = 0,
				pos = 0;
	ZhAnalysis	an;
	ZhTsParser	p;
	ZhTsToken	tok;

	out[0] = '\0';
	*tiled = false;
	if (zh_analyze(&unit_env, dict, NULL, s, strlen(s), ZH_SEG_DEFAULT, &an) != ZH_OK)
		return "analysis failed";
	if (zh_tsparse_init(&unit_env, &an, s, strlen(s), &p) != ZH_OK)
	{
		zh_analysis_free(&unit_env, &an);
		return "init failed";
	}
	*tiled = true;
	while (zh_tsparse_next(&p, &tok) != 0)
	{
		const char *alias = zh_token_classes[tok.type].alias;

		*tiled = *tiled && tok.src_from == pos;
		pos = tok.src_to;
		if (n + tok.len + strlen(alias) + 3 < sizeof(out))
			n += snprintf(out + n, sizeof(out) - n, "%s%.*s/%s", n ? "|" : "",
						  tok.len > 40 ? 40 : tok.len, tok.text, alias);
	}
	*tiled = *tiled && pos == strlen(s);
	zh_tsparse_free(&unit_env, &p);
	zh_analysis_free(&unit_env, &an);
	return out;
}

void
test_tsparse(void)
{
	char		err[512];
	bool		tiled;
	char	   *long_word;

	if (!unit_dict_path ||
		zh_dict_open(unit_dict_path, &dict, err, sizeof(err)) != ZH_OK)
	{
		fprintf(stderr, "test_tsparse: no dictionary, skipped\n");
		return;
	}
	CHECK_STR(walk("会议 在  北京，召开。", &tiled),
			  "会议/noun| /blank|在/function|  /blank|北京/place|，/punct|召开/verb|。/punct");
	CHECK(tiled);
	/* traditional characters folded in words; the second copy of a doubled
	 * headline, which the normal form drops, shown as written, not indexed;
	 * a space inside a word (PDF damage) gone from the word, still shown */
	CHECK_STR(walk("區委常委會召開會議區委常委會召開會議\n金融产业 发展", &tiled),
			  "区委/noun|常委会/proper|召开/verb|会议/noun|區/blank|委常委會召開會議\n/blank|"
			  "金融/noun|产业/noun| /blank|发展/verb");
	CHECK(tiled);
	CHECK_STR(walk("", &tiled), "");
	CHECK(tiled);
	/* 3000 bytes of one word: pieces of at most 2000, the first accounting
	 * for all of its source */
	long_word = malloc(3001);
	memset(long_word, 'a', 3000);
	long_word[3000] = '\0';
	{
		ZhAnalysis	an;
		ZhTsParser	p;
		ZhTsToken	tok;

		CHECK(zh_analyze(&unit_env, dict, NULL, long_word, 3000, ZH_SEG_DEFAULT, &an) == ZH_OK);
		CHECK(zh_tsparse_init(&unit_env, &an, long_word, 3000, &p) == ZH_OK);
		CHECK(zh_tsparse_next(&p, &tok) == ZH_CLASS_LATIN && tok.len == 2000 &&
			  tok.src_from == 0 && tok.src_to == 3000);
		CHECK(zh_tsparse_next(&p, &tok) == ZH_CLASS_LATIN && tok.len == 1000 &&
			  tok.src_from == 3000 && tok.src_to == 3000);
		CHECK(zh_tsparse_next(&p, &tok) == 0);
		zh_tsparse_free(&unit_env, &p);
		zh_analysis_free(&unit_env, &an);
	}
	/* an analysis of another text is refused, not walked out of bounds */
	{
		ZhAnalysis	an;
		ZhTsParser	p;

		CHECK(zh_analyze(&unit_env, dict, NULL, "北京", 6, ZH_SEG_DEFAULT, &an) == ZH_OK);
		CHECK(zh_tsparse_init(&unit_env, &an, "北", 3, &p) == ZH_ERR_INVALID);
		CHECK(zh_tsparse_init(&unit_env, &an, "北京北京", 12, &p) == ZH_ERR_INVALID);
		zh_analysis_free(&unit_env, &an);
	}
	free(long_word);
	zh_dict_close(dict);
}
