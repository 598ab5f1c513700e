/*
 * articles_values.h — an article as the values of zh_articles' columns,
 * shared by zh_articles and the documents pipeline.
 */
#ifndef ZHPG_ARTICLES_VALUES_H
#define ZHPG_ARTICLES_VALUES_H

#include "zhdoc_pg.h"
#include "zh_articles.h"

/* article_no, headline, byline, reporters, body, start, len, section,
 * photographers, caption, author_org, kicker, subtitle */
#define ZHPG_ARTICLE_COLS 13

void		zhpg_article_values(const ZhArticle *a, Datum *v, bool *nulls);

#endif
