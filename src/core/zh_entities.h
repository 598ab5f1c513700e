/*
 * zh_entities.h — persons, titles, places and organisations, and the
 * officials they add up to.
 */
#ifndef ZH_ENTITIES_H
#define ZH_ENTITIES_H

#include "zh_analyze.h"
#include "zh_articles.h"

typedef enum ZhEntityKind
{
	ZH_ENT_PERSON = 1,
	ZH_ENT_TITLE,
	ZH_ENT_PLACE,
	ZH_ENT_ORG
} ZhEntityKind;

typedef enum ZhRole
{
	ZH_ROLE_OTHER = 0,
	ZH_ROLE_OFFICIAL,
	ZH_ROLE_REPORTER,
	ZH_ROLE_PHOTOGRAPHER
} ZhRole;

typedef struct ZhEntity
{
	ZhEntityKind kind;
	uint32_t	start;			/* normal form, code points [start, end) */
	uint32_t	end;
	uint32_t	src_start;		/* input characters [src_start, src_end) */
	uint32_t	src_end;
} ZhEntity;

typedef struct ZhOfficial
{
	char	   *name;
	ZhStrList	titles;			/* in order of first appearance */
	ZhRole		role;
	uint32_t	first_src;		/* input character of the first mention */
} ZhOfficial;

/* A person named with evidence: the titles given right there. */
typedef struct ZhPersonMention
{
	uint32_t	start;			/* normal form, code points [start, end) */
	uint32_t	end;
	ZhStrList	titles;			/* the chain of titles before this name */
	bool		photographer;
} ZhPersonMention;

typedef struct ZhEntities
{
	ZhEntity   *ents;			/* sorted by start, then kind */
	size_t		n;
	ZhPersonMention *mentions;	/* persons named with evidence, in text order */
	size_t		nmentions;
	ZhOfficial *officials;		/* in order of first mention */
	size_t		nofficials;
} ZhEntities;

/* Recognise entities in an analysed document. */
ZhStatus	zh_entities(const ZhEnv *env, const ZhDict *d, const ZhAnalysis *an, ZhEntities *out);
void		zh_entities_free(const ZhEnv *env, ZhEntities *e);

const char *zh_entity_kind_name(ZhEntityKind k);
const char *zh_role_name(ZhRole r);

#endif
