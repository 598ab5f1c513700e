/*
 * zh_layout.h — undoing the page layout of PDF-extracted text.
 *
 * Input is folded text (zh_fold).  Output is the same text with hard-wrapped
 * lines joined into paragraphs, blank lines dropped, indentation trimmed,
 * headlines printed twice by a two-column layout collapsed to once, and a
 * record of each resulting line with the layout evidence found for it (was it
 * a doubled headline, the tail after one) for the article splitter.
 */
#ifndef ZH_LAYOUT_H
#define ZH_LAYOUT_H

#include "zh_text.h"

/* Line flags */
#define ZH_LINE_DOUBLED	0x01	/* printed twice in a row on the page */
#define ZH_LINE_TAIL	0x02	/* what followed a doubled headline on its line */
#define ZH_LINE_INDENTED 0x04	/* began with an indentation on the page */
#define ZH_LINE_CLOSE	0x08	/* printed right under the line before, no blank
								 * line between (a headline's kicker or subtitle) */

typedef struct ZhLine
{
	size_t		start;			/* [start, end) in the layout text */
	size_t		end;
	uint32_t	src_start;		/* input characters the line was made from */
	uint32_t	src_end;
	unsigned	flags;
} ZhLine;

typedef struct ZhLayout
{
	ZhText		text;			/* lines separated by single '\n' */
	ZhLine	   *lines;
	size_t		nlines;
} ZhLayout;

ZhStatus	zh_layout(const ZhEnv *env, const ZhText *folded, ZhLayout *out);
void		zh_layout_free(const ZhEnv *env, ZhLayout *l);

#endif
