/*
 * zhentity.c — type zhdoc.zhentity: an entity as a value.
 *
 * Text form kind:name (person:王少峰).  Stored as a varlena holding one byte
 * for the kind and the name's UTF-8 bytes, so values are compact and
 * compare without parsing.  Order is by kind, then by the name's bytes:
 * deterministic and independent of collation, which is what indexes and
 * GIN over zhentity[] need (equality is all most queries use).
 */
#include "zhdoc_pg.h"

#include "libpq/pqformat.h"

#include "common/hashfn.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

typedef enum EntityKind
{
	EK_PERSON = 1,
	EK_TITLE,
	EK_PLACE,
	EK_ORG
} EntityKind;

static const char *const kind_names[] = {NULL, "person", "title", "place", "org"};

#define NKINDS 4
#define NAME_MAX_BYTES 1024

PG_FUNCTION_INFO_V1(zhentity_in);
PG_FUNCTION_INFO_V1(zhentity_out);
PG_FUNCTION_INFO_V1(zhentity_send);
PG_FUNCTION_INFO_V1(zhentity_recv);
PG_FUNCTION_INFO_V1(zhentity_make);
PG_FUNCTION_INFO_V1(zhentity_kind);
PG_FUNCTION_INFO_V1(zhentity_name);
PG_FUNCTION_INFO_V1(zhentity_cmp);
PG_FUNCTION_INFO_V1(zhentity_eq);
PG_FUNCTION_INFO_V1(zhentity_ne);
PG_FUNCTION_INFO_V1(zhentity_lt);
PG_FUNCTION_INFO_V1(zhentity_le);
PG_FUNCTION_INFO_V1(zhentity_gt);
PG_FUNCTION_INFO_V1(zhentity_ge);
PG_FUNCTION_INFO_V1(zhentity_hash);

static int
kind_from(const char *s, size_t len)
{
	for (int k = 1; k <= NKINDS; k++)
		if (strlen(kind_names[k]) == len && strncmp(s, kind_names[k], len) == 0)
			return k;
	return 0;
}

static bytea *
entity_build(int kind, const char *name, size_t len)
{
	bytea	   *e = palloc(VARHDRSZ + 1 + len);

	SET_VARSIZE(e, VARHDRSZ + 1 + len);
	((unsigned char *) VARDATA(e))[0] = (unsigned char) kind;
	memcpy(VARDATA(e) + 1, name, len);
	return e;
}

/* Validate kind and name (as given by a user) and build the value. */
static bytea *
entity_from_parts(const char *kind, size_t klen, const char *name, size_t nlen, const char *input)
{
	int			k = kind_from(kind, klen);

	if (k == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid zhentity kind \"%.*s\" in \"%s\"", (int) klen, kind, input),
				 errhint("The kind is one of person, title, place, org: for example person:王少峰.")));
	if (nlen == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("zhentity \"%s\" has an empty name", input),
				 errhint("Write kind:name, for example person:王少峰.")));
	if (nlen > NAME_MAX_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_STRING_DATA_RIGHT_TRUNCATION),
				 errmsg("zhentity name is too long (%zu bytes)", nlen),
				 errdetail("The maximum is %d bytes.", NAME_MAX_BYTES)));
	pg_verifymbstr(name, (int) nlen, false);
	return entity_build(k, name, nlen);
}

Datum
zhentity_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	char	   *colon = strchr(s, ':');

	if (colon == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type zhentity: \"%s\"", s),
				 errhint("Write kind:name, for example person:王少峰.")));
	PG_RETURN_BYTEA_P(entity_from_parts(s, colon - s, colon + 1, strlen(colon + 1), s));
}

Datum
zhentity_out(PG_FUNCTION_ARGS)
{
	bytea	   *e = PG_GETARG_BYTEA_PP(0);
	const unsigned char *d = (const unsigned char *) VARDATA_ANY(e);
	size_t		n = VARSIZE_ANY_EXHDR(e);
	int			k = n > 0 ? d[0] : 0;
	StringInfoData buf;

	if (k < 1 || k > NKINDS)
		elog(ERROR, "corrupt zhentity value (kind %d)", k);
	initStringInfo(&buf);
	appendStringInfoString(&buf, kind_names[k]);
	appendStringInfoChar(&buf, ':');
	appendBinaryStringInfo(&buf, (const char *) d + 1, (int) n - 1);
	PG_RETURN_CSTRING(buf.data);
}

/*
 * Binary I/O: the text form's bytes (kind:name, UTF-8), as textsend sends a
 * text.  Drivers that ask for binary results get them, and Citus, which
 * moves the columns of types with binary I/O in binary between nodes,
 * keeps zhentity columns of intermediate results in step with the rest.
 */
Datum
zhentity_send(PG_FUNCTION_ARGS)
{
	char	   *s = DatumGetCString(DirectFunctionCall1(zhentity_out, PG_GETARG_DATUM(0)));
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendtext(&buf, s, strlen(s));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
zhentity_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			n;
	char	   *s = pq_getmsgtext(buf, buf->len - buf->cursor, &n);

	return DirectFunctionCall1(zhentity_in, CStringGetDatum(s));
}

/* zhentity(kind, name): build from parts, as the documents pipeline does. */
Datum
zhentity_make(PG_FUNCTION_ARGS)
{
	text	   *kind = PG_GETARG_TEXT_PP(0);
	text	   *name = PG_GETARG_TEXT_PP(1);
	char	   *input = psprintf("%s:%s", text_to_cstring(kind), text_to_cstring(name));

	PG_RETURN_BYTEA_P(entity_from_parts(VARDATA_ANY(kind), VARSIZE_ANY_EXHDR(kind),
										VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name), input));
}

Datum
zhentity_kind(PG_FUNCTION_ARGS)
{
	bytea	   *e = PG_GETARG_BYTEA_PP(0);
	int			k = VARSIZE_ANY_EXHDR(e) > 0 ? ((unsigned char *) VARDATA_ANY(e))[0] : 0;

	if (k < 1 || k > NKINDS)
		elog(ERROR, "corrupt zhentity value (kind %d)", k);
	PG_RETURN_TEXT_P(cstring_to_text(kind_names[k]));
}

Datum
zhentity_name(PG_FUNCTION_ARGS)
{
	bytea	   *e = PG_GETARG_BYTEA_PP(0);

	PG_RETURN_TEXT_P(cstring_to_text_with_len(VARDATA_ANY(e) + 1, (int) VARSIZE_ANY_EXHDR(e) - 1));
}

static int
entity_cmp(bytea *a, bytea *b)
{
	size_t		la = VARSIZE_ANY_EXHDR(a),
				lb = VARSIZE_ANY_EXHDR(b);
	int			r = memcmp(VARDATA_ANY(a), VARDATA_ANY(b), Min(la, lb));

	if (r != 0)
		return r < 0 ? -1 : 1;
	return la < lb ? -1 : (la > lb ? 1 : 0);
}

#define CMP_FN(fn, expr) \
Datum \
fn(PG_FUNCTION_ARGS) \
{ \
	bytea	   *a = PG_GETARG_BYTEA_PP(0); \
	bytea	   *b = PG_GETARG_BYTEA_PP(1); \
	int			r = entity_cmp(a, b); \
	PG_FREE_IF_COPY(a, 0); \
	PG_FREE_IF_COPY(b, 1); \
	PG_RETURN_BOOL(expr); \
}

CMP_FN(zhentity_eq, r == 0)
CMP_FN(zhentity_ne, r != 0)
CMP_FN(zhentity_lt, r < 0)
CMP_FN(zhentity_le, r <= 0)
CMP_FN(zhentity_gt, r > 0)
CMP_FN(zhentity_ge, r >= 0)

Datum
zhentity_cmp(PG_FUNCTION_ARGS)
{
	bytea	   *a = PG_GETARG_BYTEA_PP(0);
	bytea	   *b = PG_GETARG_BYTEA_PP(1);
	int			r = entity_cmp(a, b);

	PG_FREE_IF_COPY(a, 0);
	PG_FREE_IF_COPY(b, 1);
	PG_RETURN_INT32(r);
}

Datum
zhentity_hash(PG_FUNCTION_ARGS)
{
	bytea	   *e = PG_GETARG_BYTEA_PP(0);
	Datum		h = hash_any((const unsigned char *) VARDATA_ANY(e), (int) VARSIZE_ANY_EXHDR(e));

	PG_FREE_IF_COPY(e, 0);
	return h;
}
