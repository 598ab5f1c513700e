/*
 * zh_lexicon_kinds.h — every word list the analysis reads, by kind.
 *
 * One line a list: the C name the code asks for, the kind, which names both
 * the data file (data/vocab/KIND.txt, one entry a line, its header saying
 * what the list is for) and the rows users add to it in SQL
 * (zhdoc.user_terms.kind), and whether users may add to it.  They may not
 * add to the lists zh_articles and zh_dates read: those functions are
 * IMMUTABLE (their results depend on their argument alone, so they serve in
 * index expressions), which a table of terms would make a lie.  The dictionary compiler writes the lists in this
 * order, so the reader finds a list by its position; it refuses a data file
 * of a kind not named here, and a kind named here without its file.
 */
#ifndef ZH_LEXICON_KINDS_H
#define ZH_LEXICON_KINDS_H

#include <stdbool.h>
#include <stddef.h>

#define ZH_LEXICON_KINDS(X) \
	/* titles: zh_entities.c, zh_person_names.c */ \
	X(ZH_LEX_TITLE, "title", true) \
	X(ZH_LEX_TITLE_GENERIC, "title_generic", true) \
	X(ZH_LEX_TITLE_MODIFIER, "title_modifier", true) \
	X(ZH_LEX_ORGAN, "organ", true) \
	X(ZH_LEX_LEADER_TITLE, "leader_title", true) \
	X(ZH_LEX_REPORTER_ROLE, "reporter_role", false) \
	/* organisations: zh_entity_orgs.c */ \
	X(ZH_LEX_ORGANISATION, "organisation", true) \
	X(ZH_LEX_ORG_SUFFIX, "org_suffix", true) \
	X(ZH_LEX_ORG_WEAK_SUFFIX, "org_weak_suffix", true) \
	X(ZH_LEX_NOT_ORG, "not_org", true) \
	X(ZH_LEX_STATE_BODY, "state_body", true) \
	X(ZH_LEX_ORG_SHORT_HEAD, "org_short_head", true) \
	X(ZH_LEX_EVENT_NOUN, "event_noun", true) \
	X(ZH_LEX_ORG_INNER_VERB, "org_inner_verb", true) \
	X(ZH_LEX_AGE_CHAR, "age_char", true) \
	X(ZH_LEX_PERIODICAL, "periodical", true) \
	/* places: zh_entity_places.c, zh_place_abbrevs.c, zh_place_datelines.c */ \
	X(ZH_LEX_PLACE_SUFFIX, "place_suffix", true) \
	X(ZH_LEX_PLACE_GENERIC, "place_generic", true) \
	X(ZH_LEX_NOT_PLACE, "not_place", true) \
	X(ZH_LEX_PROVINCE_ABBREV, "province_abbrev", true) \
	X(ZH_LEX_PROVINCE, "province", true) \
	X(ZH_LEX_COUNTRY_ABBREV, "country_abbrev", true) \
	X(ZH_LEX_VISIT_CHAR, "visit_char", true) \
	X(ZH_LEX_AREA_NOUN, "area_noun", true) \
	X(ZH_LEX_ROAD_SUFFIX, "road_suffix", true) \
	X(ZH_LEX_PLACE_GOVERNOR, "place_governor", true) \
	X(ZH_LEX_WEATHER_WORD, "weather_word", true) \
	X(ZH_LEX_WORLD_PLACE, "world_place", true) \
	X(ZH_LEX_CELESTIAL_BODY, "celestial_body", true) \
	X(ZH_LEX_CURRENCY_UNIT, "currency_unit", true) \
	/* persons: zh_person_names.c, zh_entities.c */ \
	X(ZH_LEX_SURNAME, "surname", true) \
	X(ZH_LEX_COMPOUND_SURNAME, "compound_surname", true) \
	X(ZH_LEX_SURNAME_ADDRESS, "surname_address", true) \
	X(ZH_LEX_NOT_NAME, "not_name", true) \
	X(ZH_LEX_NAME_TRAILING_CHAR, "name_trailing_char", true) \
	X(ZH_LEX_NAME_RIGHT_CUE, "name_right_cue", true) \
	X(ZH_LEX_NAME_LEFT_CUE, "name_left_cue", true) \
	X(ZH_LEX_TRANSLIT_CHAR, "translit_char", true) \
	X(ZH_LEX_TRANSLIT_CHAR_COMMON, "translit_char_common", true) \
	X(ZH_LEX_CONJUNCTION_CHAR, "conjunction_char", true) \
	X(ZH_LEX_SPAN_BREAKER, "span_breaker", true) \
	X(ZH_LEX_GROUP_FOLLOWER, "group_follower", true) \
	X(ZH_LEX_DOCTRINE_HEAD, "doctrine_head", true) \
	X(ZH_LEX_JAPANESE_SURNAME, "japanese_surname", true) \
	X(ZH_LEX_JAPANESE_GIVEN_END, "japanese_given_end", true) \
	X(ZH_LEX_JAPANESE_SURNAME_END, "japanese_surname_end", true) \
	/* meetings: zh_meetings.c */ \
	X(ZH_LEX_MEETING, "meeting", true) \
	X(ZH_LEX_MEETING_BARE, "meeting_bare", true) \
	X(ZH_LEX_MEETING_NOT_AFTER, "meeting_not_after", true) \
	X(ZH_LEX_MEETING_OBJECT_VERB, "meeting_object_verb", true) \
	X(ZH_LEX_MEETING_SUBJECT_VERB, "meeting_subject_verb", true) \
	X(ZH_LEX_MEETING_PLAN, "meeting_plan", true) \
	X(ZH_LEX_DECISION_GROUND, "decision_ground", true) \
	X(ZH_LEX_AGENDA_VERB, "agenda_verb", true) \
	X(ZH_LEX_ATTEND_VERB, "attend_verb", true) \
	X(ZH_LEX_ATTENDEE_FILLER, "attendee_filler", true) \
	/* articles: zh_articles.c */ \
	X(ZH_LEX_NEWS_AGENCY, "news_agency", false) \
	X(ZH_LEX_HEADLINE_EVENT_VERB, "headline_event_verb", false) \
	/* dates: zh_dates_holidays.c */ \
	X(ZH_LEX_HOLIDAY_CONTEXT, "holiday_context", false)

typedef enum ZhLexKind
{
#define ZH_LEX_ENUM(id, name, user) id,
	ZH_LEXICON_KINDS(ZH_LEX_ENUM)
#undef ZH_LEX_ENUM
	ZH_LEX_COUNT
} ZhLexKind;

/* The kind's name ("title"), or NULL for a value out of range. */
const char *zh_lex_kind_name(int kind);

/* May users add to list `kind` (zhdoc.user_terms)? */
bool		zh_lex_kind_user(int kind);

/* The kind named `name`, or -1. */
int			zh_lex_kind_of(const char *name, size_t len);

#endif
