/*
 * row_values.c — see row_values.h.
 */
#include "row_values.h"

#include "utils/builtins.h"
#include "utils/date.h"

void
zhpg_article_values(const ZhArticle *a, Datum *v, bool *nulls)
{
	memset(nulls, 0, sizeof(bool) * ZHPG_ARTICLE_COLS);
	v[0] = Int32GetDatum(a->no);
	v[1] = zhpg_text_or_null(a->headline, &nulls[1]);
	v[2] = zhpg_text_or_null(a->byline, &nulls[2]);
	v[3] = zhpg_text_array(a->reporters.items, a->reporters.n);
	v[4] = zhpg_text_or_null(a->body, &nulls[4]);
	v[5] = Int32GetDatum((int32) a->src_start + 1);
	v[6] = Int32GetDatum((int32) (a->src_end - a->src_start));
	v[7] = zhpg_text_or_null(a->section, &nulls[7]);
	v[8] = zhpg_text_array(a->photographers.items, a->photographers.n);
	v[9] = zhpg_text_or_null(a->caption, &nulls[9]);
	v[10] = zhpg_text_or_null(a->author_org, &nulls[10]);
	v[11] = zhpg_text_or_null(a->kicker, &nulls[11]);
	v[12] = zhpg_text_or_null(a->subtitle, &nulls[12]);
}

/* The surface is the normal form's text (what the recogniser read); the
 * canonical name is the same today. */
void
zhpg_mention_values(const ZhEnv *env, const ZhAnalysis *an, const ZhEntity *e,
					Datum *v, bool *nulls)
{
	char	   *surface;
	size_t		len;

	memset(nulls, 0, sizeof(bool) * ZHPG_MENTION_COLS);
	zhpg_check(zh_text_to_utf8(env, &an->norm.text, e->start, e->end, &surface, &len), "zh_entities");
	v[0] = CStringGetTextDatum(zh_entity_kind_name(e->kind));
	v[1] = CStringGetTextDatum(surface);
	v[2] = v[1];
	v[3] = Int32GetDatum((int32) e->src_start + 1);
	v[4] = Int32GetDatum((int32) (e->src_end - e->src_start));
}

void
zhpg_official_values(const ZhOfficial *o, Datum *v, bool *nulls)
{
	memset(nulls, 0, sizeof(bool) * ZHPG_OFFICIAL_COLS);
	v[0] = CStringGetTextDatum(o->name);
	v[1] = zhpg_text_array(o->titles.items, o->titles.n);
	v[2] = CStringGetTextDatum(zh_role_name(o->role));
}

void
zhpg_meeting_values(const ZhMeeting *m, Datum *v, bool *nulls)
{
	memset(nulls, 0, sizeof(bool) * ZHPG_MEETING_COLS);
	v[0] = Int32GetDatum(m->article_no);
	v[1] = zhpg_text_or_null(m->organ, &nulls[1]);
	v[2] = zhpg_text_or_null(m->name, &nulls[2]);
	v[3] = Int32GetDatum(m->seq);
	nulls[3] = m->seq == 0;
	v[4] = DateADTGetDatum((DateADT) m->held_on);
	nulls[4] = !m->has_date;
	v[5] = zhpg_text_or_null(m->has_date ? zh_pod_name(m->part_of_day) : NULL, &nulls[5]);
	v[6] = zhpg_text_or_null(m->chair, &nulls[6]);
	v[7] = zhpg_text_array(m->chair_titles.items, m->chair_titles.n);
	v[8] = zhpg_text_array(m->attendees.items, m->attendees.n);
	v[9] = zhpg_text_array(m->agenda.items, m->agenda.n);
}
