/* The word lists: the shipped ones as compiled, and users' terms laid over them. */
#include "unit.h"
#include "zh_lexicon_user.h"
#include "zh_utf8.h"

/* Code points of a UTF-8 literal. */
static size_t
cps(const char *s, uint32_t *out)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		n = 0;

	while (*u)
	{
		size_t		len = zh_utf8_decode(u, ZH_UTF8_MAX, &out[n++]);

		u += len ? len : 1;
	}
	return n;
}

static bool
is(const ZhLexicons *lx, ZhLexKind k, const char *s)
{
	uint32_t	buf[64];
	size_t		n = cps(s, buf);

	return zh_lex_is(lx, k, buf, 0, n);
}

void
test_lexicon(void)
{
	ZhLexicons	lx;
	ZhUserLexicons *ul;
	ZhUserTerm	terms[] = {
		{ZH_LEX_TITLE, "乡党委书记", strlen("乡党委书记")},
		{ZH_LEX_ORGAN, "街道工委", strlen("街道工委")},
		{ZH_LEX_ORGAN, "街道工委", strlen("街道工委")},	/* repeated: kept once */
		{ZH_LEX_MEETING, "議事會", strlen("議事會")},	/* normalised like documents */
		{ZH_LEX_MEETING, "", 0},	/* empty: skipped */
		{-1, "x", 1},			/* no such kind: skipped */
		{ZH_LEX_NEWS_AGENCY, "县报", strlen("县报")}	/* read by zh_articles: skipped */
	};
	uint32_t	buf[64];
	size_t		n;

	CHECK(zh_lex_kind_of("title", 5) == ZH_LEX_TITLE);
	CHECK(zh_lex_kind_of("titl", 4) == -1);
	CHECK(strcmp(zh_lex_kind_name(ZH_LEX_MEETING), "meeting") == 0);
	CHECK(zh_lex_kind_name(ZH_LEX_COUNT) == NULL);
	CHECK(zh_lex_kind_user(ZH_LEX_TITLE) && !zh_lex_kind_user(ZH_LEX_NEWS_AGENCY));
	if (!unit_env.lex)
	{
		fprintf(stderr, "test_lexicon: skipped (no dictionary)\n");
		return;
	}
	lx = *unit_env.lex;
	/* shipped: data/vocab/title.txt, meeting.txt */
	CHECK(is(&lx, ZH_LEX_TITLE, "书记"));
	CHECK(is(&lx, ZH_LEX_MEETING, "座谈会"));
	CHECK(!is(&lx, ZH_LEX_TITLE, "乡党委书记"));
	n = cps("区委常委会召开会议", buf);
	CHECK(zh_lex_ending_at(&lx, ZH_LEX_MEETING, buf, 0, n) == 2);
	CHECK(zh_lex_starting_at(&lx, ZH_LEX_MEETING_OBJECT_VERB, buf, 5, n) == 2);
	{
		uint32_t	last[64];
		size_t		nl = zh_lex_last_chars(&lx, ZH_LEX_MEETING, last, 64);
		bool		hui = false;

		CHECK(nl != SIZE_MAX && nl > 0);
		for (size_t j = 0; nl != SIZE_MAX && j < nl; j++)
			hui |= last[j] == 0x4F1A;	/* 会 */
		CHECK(hui);
		CHECK(zh_lex_last_chars(&lx, ZH_LEX_MEETING, last, 1) == SIZE_MAX);
	}

	CHECK(zh_user_lexicons_build(&unit_env, terms, sizeof(terms) / sizeof(terms[0]), &ul) == ZH_OK);
	CHECK(ul->n_terms == 3);
	CHECK(ul->n_skipped == 3);
	CHECK(ul->table[ZH_LEX_NEWS_AGENCY].n == 0);
	lx.user = ul->table;
	CHECK(is(&lx, ZH_LEX_TITLE, "乡党委书记"));
	CHECK(is(&lx, ZH_LEX_TITLE, "书记"));	/* the shipped entries stay */
	CHECK(is(&lx, ZH_LEX_ORGAN, "街道工委"));
	CHECK(!is(&lx, ZH_LEX_TITLE, "街道工委"));	/* a term counts for its kind only */
	CHECK(is(&lx, ZH_LEX_MEETING, "议事会"));
	n = cps("任乡党委书记", buf);
	CHECK(zh_lex_ending_at(&lx, ZH_LEX_TITLE, buf, 0, n) == 5);	/* the longer, the user's */
	CHECK(zh_lex_starting_at(&lx, ZH_LEX_TITLE, buf, 1, n) == 5);
	zh_user_lexicons_free(&unit_env, ul);
}
