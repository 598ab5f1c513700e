/*
 * row_values.h — the rows of zh_articles, zh_entities, zh_officials and
 * zh_meetings as column values, written once and shared by those functions
 * and by the documents pipeline's derive_parts, which returns the same rows
 * side by side.
 */
#ifndef ZHPG_ROW_VALUES_H
#define ZHPG_ROW_VALUES_H

#include "zhdoc_pg.h"
#include "zh_analyze.h"
#include "zh_articles.h"
#include "zh_dates.h"
#include "zh_entities.h"
#include "zh_meetings.h"

/* article_no, headline, byline, reporters, body, start, len, section,
 * photographers, caption, author_org, kicker, subtitle */
#define ZHPG_ARTICLE_COLS 13
void		zhpg_article_values(const ZhArticle *a, Datum *v, bool *nulls);

/* kind, surface, canonical, start, len (1-based characters of the input) */
#define ZHPG_MENTION_COLS 5
void		zhpg_mention_values(const ZhEnv *env, const ZhAnalysis *an, const ZhEntity *e,
								Datum *v, bool *nulls);

/* name, titles, role */
#define ZHPG_OFFICIAL_COLS 3
void		zhpg_official_values(const ZhOfficial *o, Datum *v, bool *nulls);

/* article_no, organ, name, seq, held_on, part_of_day, chair, chair_titles,
 * attendees, agenda */
#define ZHPG_MEETING_COLS 10
void		zhpg_meeting_values(const ZhMeeting *m, Datum *v, bool *nulls);

#endif
