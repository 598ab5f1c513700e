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

/*
 * Lend `an`, the analysis of doc[0, len), to the text search parser's next
 * start on exactly that buffer (the same pointer and length), which then
 * uses it instead of analysing again; zhpg_lend_analysis(NULL, 0, NULL)
 * ends the loan.  The lender keeps an alive and unchanged meanwhile.
 */
void		zhpg_lend_analysis(const char *doc, int len, const ZhAnalysis *an);

/* The loan for doc[0, len), copied to *out; false if there is none. */
bool		zhpg_borrow_analysis(const char *doc, int len, ZhAnalysis *out);

/* The normalised text of a token, palloc'd in the current context. */
char	   *zhpg_token_text(const ZhAnalysis *an, const ZhAnalyzedToken *t, int *len);

#endif
