/*
 * zh_articles.h — splitting a newspaper page into its articles.
 */
#ifndef ZH_ARTICLES_H
#define ZH_ARTICLES_H

#include "zh_strlist.h"

typedef struct ZhArticle
{
	int			no;				/* 1-based, in page order */
	char	   *headline;		/* the main title (主题), display form; NULL if none */
	char	   *kicker;			/* 引题: headline lines printed above it; NULL if none */
	char	   *subtitle;		/* 副题: headline lines printed under it, without
								 * the leading ——; NULL if none */
	char	   *byline;			/* 本报讯（记者 王蕾蕾）; NULL if none */
	ZhStrList	reporters;		/* names from the byline */
	char	   *body;			/* normal form, paragraphs separated by '\n' */
	char	   *section;		/* the page's column name (走一线); NULL if none */
	ZhStrList	photographers;	/* from "… 摄" credits */
	char	   *caption;		/* photo caption; NULL if none */
	char	   *author_org;		/* （致公党丰台区工委） under an article; NULL if none */
	uint32_t	src_start;		/* input characters [src_start, src_end) */
	uint32_t	src_end;
} ZhArticle;

/* Articles of UTF-8 text s[0, n), raw or normalised.  *out is allocated. */
ZhStatus	zh_articles(const ZhEnv *env, const char *s, size_t n,
						ZhArticle **out, size_t *nout);

/* Free what zh_articles returned (inside PostgreSQL the memory context does). */
void		zh_articles_free(const ZhEnv *env, ZhArticle *arts, size_t n);

#endif
