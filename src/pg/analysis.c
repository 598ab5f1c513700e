/*
 * analysis.c — shared by zh_tokenize, zh_segment and the text search parser.
 */
#include "analysis.h"
#include "dict_cache.h"

void
zhpg_analyze(const char *doc, int len, ZhSegMode mode, MemoryContext cxt, ZhAnalysis *out)
{
	const ZhDict *d;
	const ZhUserDict *ud;
	ZhEnv		env;

	zhpg_require_utf8();
	d = zhpg_dict();
	ud = zhpg_userdict();
	zhpg_env_init(&env, cxt);
	zhpg_check(zh_analyze(&env, d, ud, doc, (size_t) len, mode, out), "Chinese text analysis");
}

static struct
{
	const char *doc;
	int			len;
	const ZhAnalysis *an;
}			loan;

void
zhpg_lend_analysis(const char *doc, int len, const ZhAnalysis *an)
{
	loan.doc = doc;
	loan.len = len;
	loan.an = an;
}

bool
zhpg_borrow_analysis(const char *doc, int len, ZhAnalysis *out)
{
	if (!loan.an || loan.doc != doc || loan.len != len)
		return false;
	*out = *loan.an;
	return true;
}

char *
zhpg_token_text(const ZhAnalysis *an, const ZhAnalyzedToken *t, int *len)
{
	ZhEnv		env;
	char	   *s;
	size_t		n;

	zhpg_env_init(&env, CurrentMemoryContext);
	zhpg_check(zh_text_to_utf8(&env, &an->norm.text, t->norm_start, t->norm_start + t->norm_len, &s, &n),
			   "Chinese text analysis");
	if (len)
		*len = (int) n;
	return s;
}
