/*
 * zh_meetings.h — the meetings a page reports: organ, date, chair,
 * attendees, agenda.
 */
#ifndef ZH_MEETINGS_H
#define ZH_MEETINGS_H

#include "zh_articles.h"
#include "zh_entities.h"

typedef struct ZhMeeting
{
	int			article_no;
	char	   *organ;			/* 区委常委会 */
	char	   *name;			/* 区委常委会第68次会议 */
	int			seq;			/* 68; 0 when the meeting has no number */
	bool		has_date;
	int32_t		held_on;		/* days since 2000-01-01 */
	int			part_of_day;	/* ZH_POD_* */
	char	   *chair;			/* NULL when nobody is said to preside */
	ZhStrList	chair_titles;
	ZhStrList	attendees;
	ZhStrList	agenda;			/* the 《》 documents heard, studied or adopted */
} ZhMeeting;

ZhStatus	zh_meetings(const ZhEnv *env, const ZhDict *d, const ZhUserDict *ud,
						const char *s, size_t n, bool has_anchor, int32_t anchor_day,
						ZhMeeting **out, size_t *nout);
/*
 * The same from an analysis, its entities and the articles of the same text
 * already at hand (zhdoc's pipeline computes each once).
 */
ZhStatus	zh_meetings_with(const ZhEnv *env, const ZhAnalysis *an, const ZhEntities *ents,
							 const ZhArticle *arts, size_t narts,
							 const char *s, size_t n, bool has_anchor, int32_t anchor_day,
							 ZhMeeting **out, size_t *nout);

/* Index of the article holding input character `src`, or -1 (arts in page order). */
int			zh_article_index(const ZhArticle *arts, size_t narts, uint32_t src);
void		zh_meetings_free(const ZhEnv *env, ZhMeeting *m, size_t n);

#endif
