/*
 * test_userdict.c — user words: they win, carry ZH_TOK_USER and their tag,
 * are normalised like documents, and bad entries are skipped, not fatal.
 */
#include "unit.h"
#include "zh_segment.h"

/* Tokens of `s` as "word/pos/u" joined by '|' (u marks a user word). */
static const char *
seg_ud(const ZhDict *d, const ZhUserDict *ud, const char *s)
{
	static char out[2048];
	ZhText		t;
	ZhTokenList l;
	size_t		i,
				o = 0;

	out[0] = '\0';
	zh_text_from_utf8(&unit_env, s, strlen(s), &t);
	zh_tokens_init(&l);
	if (zh_segment(&unit_env, d, ud, &t, 0, t.len, ZH_SEG_DEFAULT, &l) != ZH_OK)
		return "(failed)";
	for (i = 0; i < l.n; i++)
	{
		char	   *w;
		size_t		wl;

		zh_text_to_utf8(&unit_env, &t, l.tok[i].start, l.tok[i].start + l.tok[i].len,
						&w, &wl);
		o += snprintf(out + o, sizeof(out) - o, "%s%s/%s%s", i ? "|" : "", w,
					  zh_token_pos_name(d, &l.tok[i]),
					  (l.tok[i].flags & ZH_TOK_USER) ? "/u" : "");
		free(w);
		if (o >= sizeof(out))
			break;
	}
	zh_tokens_free(&unit_env, &l);
	zh_text_free(&unit_env, &t);
	return out;
}

void
test_userdict(void)
{
	ZhDict	   *d;
	ZhUserDict *ud;
	char		err[512];
	ZhUserWord	words[] = {
		{"蓝鲸智联", strlen("蓝鲸智联"), 0, NULL},
		{"雲端數據", strlen("雲端數據"), 500, "nz"},	/* traditional */
		{"", 0, 0, NULL},		/* skipped */
		{"  ", 2, 0, NULL},		/* skipped */
		{"丽泽", strlen("丽泽"), 10, "bogus-tag"},
		{"丽泽", strlen("丽泽"), 0, "ns"},	/* later duplicate wins */
	};

	if (!unit_dict_path || zh_dict_open(unit_dict_path, &d, err, sizeof(err)) != ZH_OK)
	{
		fprintf(stderr, "test_userdict: no dictionary, skipped\n");
		return;
	}
	CHECK(strstr(seg_ud(d, NULL, "蓝鲸智联发布"), "蓝鲸智联/") == NULL);
	CHECK(zh_userdict_build(&unit_env, d, words, 6, &ud) == ZH_OK);
	CHECK(ud && ud->n_words == 3 && ud->n_skipped == 2);
	CHECK_STR(seg_ud(d, ud, "蓝鲸智联发布"), "蓝鲸智联/user/u|发布/v");
	CHECK(strstr(seg_ud(d, ud, "云端数据中心"), "云端数据/nz/u") != NULL);
	CHECK(strstr(seg_ud(d, ud, "丽泽金融商务区"), "丽泽/ns/u") != NULL);
	zh_userdict_free(&unit_env, ud);

	/* an empty overlay behaves like none */
	CHECK(zh_userdict_build(&unit_env, d, NULL, 0, &ud) == ZH_OK);
	CHECK_STR(seg_ud(d, ud, "发布"), "发布/v");
	zh_userdict_free(&unit_env, ud);
	zh_dict_close(d);
}
