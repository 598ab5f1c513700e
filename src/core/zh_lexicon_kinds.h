/*
 * zh_lexicon_kinds.h — every word list the analysis reads, by kind.
 *
 * One line a list: the C name the code asks for, and the kind, which names
 * both the data file (data/vocab/KIND.txt, one entry a line, its header
 * saying what the list is for) and the rows users add to it in SQL
 * (zhdoc.user_terms.kind).  The dictionary compiler writes the lists in this
 * order, so the reader finds a list by its position; it refuses a data file
 * of a kind not named here, and a kind named here without its file.
 */
#ifndef ZH_LEXICON_KINDS_H
#define ZH_LEXICON_KINDS_H

#define ZH_LEXICON_KINDS(X) \
	/* titles: zh_entities.c, zh_person_names.c */ \
	X(ZH_LEX_TITLE, "title") \
	X(ZH_LEX_TITLE_GENERIC, "title_generic") \
	X(ZH_LEX_TITLE_MODIFIER, "title_modifier") \
	X(ZH_LEX_ORGAN, "organ") \
	X(ZH_LEX_LEADER_TITLE, "leader_title") \
	X(ZH_LEX_REPORTER_ROLE, "reporter_role") \
	/* organisations: zh_entity_orgs.c */ \
	X(ZH_LEX_ORGANISATION, "organisation") \
	X(ZH_LEX_ORG_SUFFIX, "org_suffix") \
	X(ZH_LEX_ORG_WEAK_SUFFIX, "org_weak_suffix") \
	X(ZH_LEX_NOT_ORG, "not_org") \
	X(ZH_LEX_ORG_INNER_VERB, "org_inner_verb") \
	X(ZH_LEX_AGE_CHAR, "age_char") \
	/* places: zh_entity_places.c, zh_place_abbrevs.c, zh_place_datelines.c */ \
	X(ZH_LEX_PLACE_SUFFIX, "place_suffix") \
	X(ZH_LEX_PLACE_GENERIC, "place_generic") \
	X(ZH_LEX_NOT_PLACE, "not_place") \
	X(ZH_LEX_PROVINCE_ABBREV, "province_abbrev") \
	X(ZH_LEX_COUNTRY_ABBREV, "country_abbrev") \
	X(ZH_LEX_VISIT_CHAR, "visit_char") \
	X(ZH_LEX_AREA_NOUN, "area_noun") \
	X(ZH_LEX_ROAD_SUFFIX, "road_suffix") \
	X(ZH_LEX_PLACE_GOVERNOR, "place_governor") \
	/* persons: zh_person_names.c, zh_entities.c */ \
	X(ZH_LEX_SURNAME, "surname") \
	X(ZH_LEX_COMPOUND_SURNAME, "compound_surname") \
	X(ZH_LEX_SURNAME_ADDRESS, "surname_address") \
	X(ZH_LEX_NOT_NAME, "not_name") \
	X(ZH_LEX_NAME_TRAILING_CHAR, "name_trailing_char") \
	X(ZH_LEX_NAME_RIGHT_CUE, "name_right_cue") \
	X(ZH_LEX_NAME_LEFT_CUE, "name_left_cue") \
	X(ZH_LEX_TRANSLIT_CHAR, "translit_char") \
	X(ZH_LEX_CONJUNCTION_CHAR, "conjunction_char") \
	X(ZH_LEX_SPAN_BREAKER, "span_breaker") \
	X(ZH_LEX_GROUP_FOLLOWER, "group_follower") \
	/* meetings: zh_meetings.c */ \
	X(ZH_LEX_MEETING, "meeting") \
	X(ZH_LEX_MEETING_BARE, "meeting_bare") \
	X(ZH_LEX_MEETING_NOT_AFTER, "meeting_not_after") \
	X(ZH_LEX_MEETING_OBJECT_VERB, "meeting_object_verb") \
	X(ZH_LEX_MEETING_SUBJECT_VERB, "meeting_subject_verb") \
	X(ZH_LEX_MEETING_PLAN, "meeting_plan") \
	X(ZH_LEX_DECISION_GROUND, "decision_ground") \
	X(ZH_LEX_AGENDA_VERB, "agenda_verb") \
	X(ZH_LEX_ATTEND_VERB, "attend_verb") \
	X(ZH_LEX_ATTENDEE_FILLER, "attendee_filler") \
	/* articles: zh_articles.c */ \
	X(ZH_LEX_NEWS_AGENCY, "news_agency") \
	X(ZH_LEX_HEADLINE_EVENT_VERB, "headline_event_verb") \
	/* dates: zh_dates_holidays.c */ \
	X(ZH_LEX_HOLIDAY_CONTEXT, "holiday_context")

typedef enum ZhLexKind
{
#define ZH_LEX_ENUM(id, name) id,
	ZH_LEXICON_KINDS(ZH_LEX_ENUM)
#undef ZH_LEX_ENUM
	ZH_LEX_COUNT
} ZhLexKind;

/* The kind's name ("title"), or NULL for a value out of range. */
const char *zh_lex_kind_name(int kind);

/* The kind named `name`, or -1. */
int			zh_lex_kind_of(const char *name, size_t len);

#endif
