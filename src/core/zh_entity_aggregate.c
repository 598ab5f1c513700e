/*
 * zh_entity_aggregate.c — from the recognisers' spans and mentions to what
 * zh_entities() returns: the mentions of every kind, the longest spans
 * kept, and the officials (one a distinct person, with every title printed
 * for them in the document, the organ before a title joined to it).
 */
#include "zh_entities_int.h"

static bool
same_text(const Ctx *c, uint32_t a, uint32_t alen, uint32_t b, uint32_t blen)
{
	return alen == blen && memcmp(c->cp + a, c->cp + b, alen * sizeof(uint32_t)) == 0;
}

static ZhStatus
text_of(const Ctx *c, uint32_t from, uint32_t to, char **out)
{
	size_t		len;

	return zh_text_to_utf8(c->env, &c->an->norm.text, from, to, out, &len);
}


#define TITLES_PER_PERSON 64		/* keeps aggregation linear on absurd input */

/* *title preceded by the organ printed before the mention's name (省委 + 书记). */
static ZhStatus
prefix_organ(const Ctx *c, const Mention *mm, char **title)
{
	char	   *organ,
			   *joined;
	size_t		n0,
				n1;
	ZhStatus	st = text_of(c, mm->organ_start, mm->organ_end, &organ);

	if (st != ZH_OK)
		return st;
	n0 = strlen(organ);
	n1 = strlen(*title);
	joined = zh_alloc(c->env, n0 + n1 + 1);
	if (!joined)
	{
		zh_free(c->env, organ);
		return ZH_ERR_NOMEM;
	}
	memcpy(joined, organ, n0);
	memcpy(joined + n0, *title, n1 + 1);
	zh_free(c->env, organ);
	zh_free(c->env, *title);
	*title = joined;
	return ZH_OK;
}

/* Is title a a longer title that ends with b (县政府副县长, 副县长)? */
static bool
ends_with_title(const char *a, const char *b)
{
	size_t		la = strlen(a),
				lb = strlen(b);

	return la > lb && memcmp(a + la - lb, b, lb) == 0;
}

/*
 * A title that is the end of another title of the same person is that
 * office printed short (副县长 of 县政府副县长, 总书记 of 中共中央总书记):
 * only the full one is kept.  Titles are compared with the ones kept so
 * far (items[0, w)) and the ones not yet seen (items(i, n)), never with one
 * freed: a title dropped for a longer one leaves that longer one, or a
 * longer still, to drop the titles it ends with.
 */
static void
drop_short_titles(const Ctx *c, ZhStrList *l)
{
	int			w = 0;

	for (int i = 0; i < l->n; i++)
	{
		const char *t = l->items[i];
		bool		shorter = false;

		for (int j = 0; j < w && !shorter; j++)
			shorter = ends_with_title(l->items[j], t);
		for (int j = i + 1; j < l->n && !shorter; j++)
			shorter = ends_with_title(l->items[j], t);
		if (shorter)
			zh_free(c->env, l->items[i]);
		else
			l->items[w++] = l->items[i];
	}
	l->n = w;
}

ZhStatus
zh_ent_build_officials(Ctx *c, ZhEntities *out, Person *people, size_t npeople)
{
	bool	   *specific,
			   *photographer,
			   *reporter,
			   *attends;
	ZhStatus	st = ZH_OK;

	out->officials = zh_alloc(c->env, (npeople + 1) * sizeof(ZhOfficial));
	specific = zh_alloc(c->env, (npeople + 1) * 4 * sizeof(bool));
	if (!out->officials || !specific)
	{
		zh_free(c->env, specific);
		return ZH_ERR_NOMEM;
	}
	photographer = specific + npeople + 1;
	reporter = photographer + npeople + 1;
	attends = reporter + npeople + 1;
	memset(out->officials, 0, (npeople + 1) * sizeof(ZhOfficial));
	memset(specific, 0, (npeople + 1) * 4 * sizeof(bool));
	for (size_t p = 0; p < npeople; p++)
	{
		ZhOfficial *o = &out->officials[p];

		out->nofficials = p + 1;
		if ((st = text_of(c, people[p].start, people[p].start + people[p].len, &o->name)) != ZH_OK)
			goto done;
		o->first_src = c->an->norm.text.src[people[p].start];
	}
	/* does each person hold a title that is not a group role? */
	for (size_t m = 0; m < c->nmentions; m++)
	{
		Mention    *mm = &c->mentions[m];

		if (mm->person < 0)
			continue;
		photographer[mm->person] |= mm->photographer;
		attends[mm->person] |= mm->attends;
		for (int q = mm->title_from; q < mm->title_to; q++)
			specific[mm->person] |= !zh_ent_is_generic_title(c, &c->titles.v[q]);
	}
	for (size_t m = 0; m < c->nmentions; m++)
	{
		Mention    *mm = &c->mentions[m];
		ZhOfficial *o;
		bool		chain_specific;

		if (mm->person < 0)
			continue;
		o = &out->officials[mm->person];
		/*
		 * A group role alone (区领导底志欣、薄澜) gives way to the person's
		 * own title printed elsewhere; in a chain with such a title it is a
		 * post of its own (总社党组成员、理事会副主任王伟).
		 */
		chain_specific = false;
		for (int q = mm->title_from; q < mm->title_to; q++)
			chain_specific |= !zh_ent_is_generic_title(c, &c->titles.v[q]);
		for (int q = mm->title_from; q < mm->title_to && o->titles.n < TITLES_PER_PERSON; q++)
		{
			const Span *t = &c->titles.v[q];
			char	   *s;

			if (specific[mm->person] && !chain_specific && zh_ent_is_generic_title(c, t))
				continue;
			if (zh_lex_is(c->lex, ZH_LEX_REPORTER_ROLE, c->cp, t->start, t->end))
				reporter[mm->person] = true;
			if ((st = text_of(c, t->start, t->end, &s)) != ZH_OK)
				goto done;
			if (q == mm->title_from && mm->organ_end > mm->organ_start &&
				(st = prefix_organ(c, mm, &s)) != ZH_OK)
				goto done;
			if ((st = zh_strlist_add_unique(c->env, &o->titles, s)) != ZH_OK)
				goto done;
		}
	}
	for (size_t p = 0; p < npeople; p++)
	{
		ZhOfficial *o = &out->officials[p];

		drop_short_titles(c, &o->titles);
		o->role = photographer[p] ? ZH_ROLE_PHOTOGRAPHER :
			reporter[p] ? ZH_ROLE_REPORTER :
			o->titles.n > 0 || attends[p] ? ZH_ROLE_OFFICIAL : ZH_ROLE_OTHER;
	}
done:
	zh_free(c->env, specific);
	return st;
}

/* The evidence mentions with their own titles, for meeting extraction. */
ZhStatus
zh_ent_build_mentions(Ctx *c, ZhEntities *out)
{
	out->mentions = zh_alloc(c->env, (c->nmentions + 1) * sizeof(ZhPersonMention));
	if (!out->mentions)
		return ZH_ERR_NOMEM;
	memset(out->mentions, 0, (c->nmentions + 1) * sizeof(ZhPersonMention));
	for (size_t m = 0; m < c->nmentions; m++)
	{
		Mention    *mm = &c->mentions[m];
		ZhPersonMention *pm = &out->mentions[m];

		out->nmentions = m + 1;
		pm->start = mm->start;
		pm->end = mm->end;
		pm->photographer = mm->photographer;
		for (int q = mm->title_from; q < mm->title_to; q++)
		{
			char	   *s;
			ZhStatus	st;

			if ((st = text_of(c, c->titles.v[q].start, c->titles.v[q].end, &s)) != ZH_OK)
				return st;
			if ((st = zh_strlist_add_unique(c->env, &pm->titles, s)) != ZH_OK)
				return st;
		}
	}
	return ZH_OK;
}

static int
cmp_entity(const void *a, const void *b)
{
	const ZhEntity *x = a,
			   *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	return x->end < y->end ? 1 : (x->end > y->end ? -1 : 0);
}

static int
cmp_span(const void *a, const void *b)
{
	const Span *x = a,
			   *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end > y->end ? -1 : (x->end < y->end ? 1 : 0);
}

/*
 * Keep only spans not contained in another span of the same kind (中关村丰台园,
 * not also 丰台园), then restore the order by end that lookups rely on.
 */
static int
cmp_span_end(const void *a, const void *b)
{
	const Span *x = a,
			   *y = b;

	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	return x->start < y->start ? -1 : (x->start > y->start ? 1 : 0);
}

void
zh_ent_keep_maximal(SpanList *l)
{
	size_t		w = 0;
	uint32_t	reach = 0;

	if (l->n == 0)
		return;
	qsort(l->v, l->n, sizeof(Span), cmp_span);
	for (size_t r = 0; r < l->n; r++)
	{
		if (w > 0 && l->v[r].end <= reach)
			continue;			/* inside a span already kept */
		l->v[w++] = l->v[r];
		if (l->v[r].end > reach)
			reach = l->v[r].end;
	}
	l->n = w;
	qsort(l->v, l->n, sizeof(Span), cmp_span_end);
}

/* Append (kind, [s, e)) to *ents; on running out of memory, free it and return false. */
static bool
push_entity(const Ctx *c, ZhEntity **ents, size_t *cap, size_t *n, ZhEntityKind kind,
			uint32_t s, uint32_t e)
{
	const uint32_t *src = c->an->norm.text.src;
	ZhEntity   *x;

	if (zh_grow(c->env, ents, cap, *n + 1, sizeof(ZhEntity)) != ZH_OK)
	{
		zh_free(c->env, *ents);
		*ents = NULL;
		return false;
	}
	x = &(*ents)[(*n)++];
	x->kind = kind;
	x->start = s;
	x->end = e;
	x->src_start = src[s];
	x->src_end = src[e - 1] + 1;
	return true;
}

ZhStatus
zh_ent_emit(Ctx *c, ZhEntities *out, Person *people, size_t npeople)
{
	size_t		total = c->orgs.n + c->places.n + c->titles.n + c->names.n,
				n = 0,
				n_before_persons;
	ZhEntity   *ents;

	/* person mentions: every token-aligned occurrence of a known name */
	size_t		cap = total + 64;

	ents = zh_alloc(c->env, cap * sizeof(ZhEntity));
	if (!ents)
		return ZH_ERR_NOMEM;

#define PUSH(k, s, e) \
	do { \
		if (!push_entity(c, &ents, &cap, &n, (k), (s), (e))) \
			return ZH_ERR_NOMEM; \
	} while (0)

	for (size_t k = 0; k < c->orgs.n; k++)
		PUSH(ZH_ENT_ORG, c->orgs.v[k].start, c->orgs.v[k].end);
	for (size_t k = 0; k < c->places.n; k++)
	{
		bool		is_name = false;

		for (size_t p = 0; p < npeople && !is_name; p++)
			is_name = same_text(c, c->places.v[k].start, c->places.v[k].end - c->places.v[k].start,
								people[p].start, people[p].len);
		if (!is_name)
			PUSH(ZH_ENT_PLACE, c->places.v[k].start, c->places.v[k].end);
	}
	/* 北京市丰台区: places nested by level are a place too, beside their parts */
	for (size_t k = 0; k < c->places.n; k++)
	{
		size_t		last = zh_place_nested_run(c, k);

		if (last > k)
			PUSH(ZH_ENT_PLACE, c->places.v[k].start, c->places.v[last].end);
		k = last;
	}
	for (size_t k = 0; k < c->titles.n; k++)
	{
		const Span *t = &c->titles.v[k];

		/* a bare group word (领导, 代表) is a title only when it names someone */
		if (t->start == t->end - (uint32_t) zh_lex_ending_at(c->lex, ZH_LEX_TITLE_GENERIC, c->cp, t->start, t->end))
		{
			bool		used = false;

			for (size_t m = 0; m < c->nmentions && !used; m++)
				used = c->mentions[m].title_from <= (int) k && (int) k < c->mentions[m].title_to;
			if (!used)
				continue;
		}
		PUSH(ZH_ENT_TITLE, t->start, t->end);
	}
	n_before_persons = n;
	/*
	 * Persons: every mention found with evidence (they may start or end
	 * inside a token the segmenter glued), and every other occurrence of a
	 * known name that starts at a token and ends where a name can end.
	 */
	{
		size_t		m = 0;

		for (size_t t = 0; t < c->ntok; t++)
		{
			uint32_t	s = tok_start(c, t);
			bool		done = false;

			zh_maybe_check(c->env, t);
			/* evidence mentions starting before this token */
			while (m < c->nmentions && c->mentions[m].start < tok_end(c, t))
			{
				if (n == 0 || ents[n - 1].kind != ZH_ENT_PERSON || ents[n - 1].start != c->mentions[m].start)
					PUSH(ZH_ENT_PERSON, c->mentions[m].start, c->mentions[m].end);
				done |= c->mentions[m].start == s;
				m++;
			}
			if (done)
				continue;
			/* longest known name starting here (names are 2 to 4 characters) */
			for (uint32_t len = 4; len >= 2 && npeople > 0; len--)
			{
				uint32_t	e = s + len;

				if (e <= c->n && zh_ent_person_lookup(c, people, s, len) >= 0 &&
					(is_boundary(c, e) || zh_ent_name_may_end_at(c, e)))
				{
					PUSH(ZH_ENT_PERSON, s, e);
					break;
				}
			}
		}
	}
	/*
	 * Persons the name model found: those no evidence mention already
	 * covers (both lists are in text order, so this is a merge), and that
	 * are not part of a place or organisation found on its own evidence
	 * (石景山 in 石景山区, 丰台园 in 中关村丰台园).
	 */
	{
		size_t		q = n_before_persons,
					n_evidence = n;

		for (size_t k = 0; k < c->names.n; k++)
		{
			const Span *nm = &c->names.v[k];

			while (q < n_evidence && ents[q].end <= nm->start)
				q++;
			if (q < n_evidence && ents[q].start < nm->end)
				continue;
			if (inside_span(&c->places, nm->start, nm->end, false) ||
				inside_span(&c->orgs, nm->start, nm->end, false))
				continue;
			PUSH(ZH_ENT_PERSON, nm->start, nm->end);
		}
	}
#undef PUSH
	qsort(ents, n, sizeof(ZhEntity), cmp_entity);
	out->ents = ents;
	out->n = n;
	return ZH_OK;
}
