/*
 * zh_headline_options.c — ts_headline's options, read and checked.
 *
 * The rules are PostgreSQL's own for its default parser (so that switching
 * a query to zhdoc.chinese changes no option's meaning), plus one it also
 * enforces elsewhere: selectors and the fragment delimiter fit in int16.
 * Integers are read as pg_strtoint32 reads them (surrounding white space,
 * an optional sign, decimal digits, nothing else), so the glue can report
 * a bad one with the words PostgreSQL uses.
 */
#include "zh_headline.h"

#include <limits.h>
#include <string.h>

void
zh_hl_options_init(ZhHlOptions *o)
{
	memset(o, 0, sizeof(*o));
	o->max_words = 35;
	o->min_words = 15;
	o->short_word = 3;
	o->max_fragments = 0;
	o->highlight_all = false;
	o->start_sel = "<b>";
	o->start_sel_len = 3;
	o->stop_sel = "</b>";
	o->stop_sel_len = 4;
	o->frag_delim = " ... ";
	o->frag_delim_len = 5;
}

/* ASCII case-insensitive equality: option names are ASCII, and the locale
 * must not decide what an option is called. */
static bool
same_name(const char *a, const char *b)
{
	for (;; a++, b++)
	{
		unsigned char x = (unsigned char) *a,
					y = (unsigned char) *b;

		if (x >= 'A' && x <= 'Z')
			x += 'a' - 'A';
		if (y >= 'A' && y <= 'Z')
			y += 'a' - 'A';
		if (x != y)
			return false;
		if (x == '\0')
			return true;
	}
}

/* isspace() in the C locale, without asking the locale. */
static bool
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/* A decimal int32 with optional sign and surrounding blanks, nothing else. */
static ZhHlError
parse_int32(const char *s, int *out)
{
	bool		neg = false;
	int64_t		v = 0;
	bool		digits = false;

	while (is_blank(*s))
		s++;
	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	for (; *s >= '0' && *s <= '9'; s++)
	{
		digits = true;
		v = v * 10 + (*s - '0');
		/* stop before int64 could overflow; the rest is out of range anyway */
		if (v > (int64_t) INT_MAX + 1)
		{
			while (*s >= '0' && *s <= '9')
				s++;
			break;
		}
	}
	if (!digits)
		return ZH_HL_NOT_INTEGER;
	while (is_blank(*s))
		s++;
	if (*s != '\0')
		return ZH_HL_NOT_INTEGER;
	if (neg)
		v = -v;
	if (v > INT_MAX || v < INT_MIN)
		return ZH_HL_OUT_OF_RANGE;
	*out = (int) v;
	return ZH_HL_OK;
}

/* PostgreSQL's spellings of true for HighlightAll; anything else is false. */
static bool
is_true(const char *v)
{
	static const char *const yes[] = {"1", "on", "true", "t", "y", "yes"};

	for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		if (same_name(v, yes[i]))
			return true;
	return false;
}

typedef enum OptKind
{
	OPT_INT,
	OPT_STRING,
	OPT_BOOL
} OptKind;

/* Where each option lands in ZhHlOptions. */
typedef struct OptDef
{
	const char *name;
	OptKind		kind;
	size_t		field;			/* offsetof the int, bool or string pointer */
	size_t		len_field;		/* strings: offsetof their length */
} OptDef;

static const OptDef opt_defs[] = {
	{"MaxWords", OPT_INT, offsetof(ZhHlOptions, max_words), 0},
	{"MinWords", OPT_INT, offsetof(ZhHlOptions, min_words), 0},
	{"ShortWord", OPT_INT, offsetof(ZhHlOptions, short_word), 0},
	{"MaxFragments", OPT_INT, offsetof(ZhHlOptions, max_fragments), 0},
	{"StartSel", OPT_STRING, offsetof(ZhHlOptions, start_sel), offsetof(ZhHlOptions, start_sel_len)},
	{"StopSel", OPT_STRING, offsetof(ZhHlOptions, stop_sel), offsetof(ZhHlOptions, stop_sel_len)},
	{"FragmentDelimiter", OPT_STRING, offsetof(ZhHlOptions, frag_delim), offsetof(ZhHlOptions, frag_delim_len)},
	{"HighlightAll", OPT_BOOL, offsetof(ZhHlOptions, highlight_all), 0},
};

static ZhStatus
refuse(ZhHlProblem *why, ZhHlError error, const char *option, const char *value, size_t length)
{
	why->error = error;
	why->option = option;
	why->value = value;
	why->length = length;
	return ZH_ERR_INVALID;
}

ZhStatus
zh_hl_option_set(ZhHlOptions *o, const char *name, const char *value, ZhHlProblem *why)
{
	char	   *base = (char *) o;

	for (size_t i = 0; i < sizeof(opt_defs) / sizeof(opt_defs[0]); i++)
	{
		const OptDef *d = &opt_defs[i];
		ZhHlError	err;
		size_t		n;

		if (!same_name(name, d->name))
			continue;
		switch (d->kind)
		{
			case OPT_INT:
				if ((err = parse_int32(value, (int *) (base + d->field))) != ZH_HL_OK)
					return refuse(why, err, d->name, value, 0);
				break;
			case OPT_STRING:
				n = strlen(value);
				if (n > ZH_HL_MAX_SEL_BYTES)
					return refuse(why, ZH_HL_TOO_LONG, d->name, value, n);
				*(const char **) (base + d->field) = value;
				*(size_t *) (base + d->len_field) = n;
				break;
			case OPT_BOOL:
				*(bool *) (base + d->field) = is_true(value);
				break;
		}
		return ZH_OK;
	}
	return refuse(why, ZH_HL_UNKNOWN_OPTION, name, value, 0);
}

ZhStatus
zh_hl_options_check(const ZhHlOptions *o, ZhHlProblem *why)
{
	/* PostgreSQL checks nothing else when everything is shown */
	if (o->highlight_all)
		return ZH_OK;
	if (o->min_words >= o->max_words)
		return refuse(why, ZH_HL_MIN_NOT_LESS, "MinWords", NULL, 0);
	if (o->min_words <= 0)
		return refuse(why, ZH_HL_MIN_NOT_POSITIVE, "MinWords", NULL, 0);
	if (o->max_fragments < 0)
		return refuse(why, ZH_HL_FRAGMENTS_NEGATIVE, "MaxFragments", NULL, 0);
	return ZH_OK;
}
