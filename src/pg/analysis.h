/*
 * analysis.h — running the core analysis on a SQL text value.
 */
#ifndef ZHPG_ANALYSIS_H
#define ZHPG_ANALYSIS_H

#include "zhdoc_pg.h"
#include "zh_analyze.h"

/*
 * Analyse doc[0, len) with the backend's dictionary and user words; memory
 * in `cxt`.  ERROR on failure.
 */
void		zhpg_analyze(const char *doc, int len, ZhSegMode mode, MemoryContext cxt,
						 ZhAnalysis *out);

/* The normalised text of a token, palloc'd in the current context. */
char	   *zhpg_token_text(const ZhAnalysis *an, const ZhAnalyzedToken *t, int *len);

#endif
