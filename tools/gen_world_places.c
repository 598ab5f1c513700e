/*
 * gen_world_places.c — the world's countries and cities by their Chinese
 * names, asked of ICU (CLDR) once at build time.
 *
 * jieba's dictionary tags many foreign places as persons or common words
 * (莫斯科 nr, 伊拉克 nrt, 开罗 nz, 基辅 n), so the tag alone misses them.
 * CLDR names every country and territory (uloc_getDisplayCountry in
 * Chinese) and the exemplar city of every time zone (莫斯科, 卡拉奇, 哈瓦那),
 * an open, maintained gazetteer that ships with ICU.  Written as the word
 * list of kind world_place (src/core/zh_lexicon_kinds.h), compiled into
 * zhdoc.dict with the lists of data/vocab.
 *
 * Left out: names that are not one place (世界, 联合国, 欧盟, 欧元区, the
 * pseudo-regions), the research stations of Antarctica (戴维斯, 帕尔默:
 * surnames far more often than places in news), and names with anything
 * but Chinese characters (刚果（金）).
 *
 * Usage: gen_world_places > world_place.txt
 */
#include <stdio.h>
#include <string.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>
#include <unicode/uchar.h>
#include <unicode/udata.h>

/* CLDR regions that name a group, an organisation or nothing. */
static const char *const not_a_place[] = {"001", "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", NULL};

static int
skipped_region(const char *code)
{
	for (int k = 0; not_a_place[k]; k++)
		if (strcmp(code, not_a_place[k]) == 0)
			return 1;
	return 0;
}

#define MAX_NAMES 2048
static char names[MAX_NAMES][64];
static int	nnames;

/*
 * Print s once (a city may share its country's name: 科威特) when it is two
 * or more Chinese characters and nothing else.
 */
static void
emit(const UChar *s, int32_t n)
{
	char		buf[64];
	UErrorCode	err = U_ZERO_ERROR;
	int32_t		i = 0,
				chars = 0;

	while (i < n)
	{
		UChar32		ch;

		U16_NEXT(s, i, n, ch);
		if (ublock_getCode(ch) != UBLOCK_CJK_UNIFIED_IDEOGRAPHS)
			return;
		chars++;
	}
	if (chars < 2)
		return;
	u_strToUTF8(buf, sizeof(buf), NULL, s, n, &err);
	if (U_FAILURE(err) || err == U_STRING_NOT_TERMINATED_WARNING)
		return;
	for (int k = 0; k < nnames; k++)
		if (strcmp(names[k], buf) == 0)
			return;
	if (nnames < MAX_NAMES)
		strcpy(names[nnames++], buf);
	printf("%s\n", buf);
}

int
main(void)
{
	UErrorCode	err = U_ZERO_ERROR;
	UResourceBundle *zones,
			   *strings;
	int			nzones = 0;

	printf("# The world's countries, territories and time-zone cities by their Chinese names (CLDR, through ICU).\n"
		   "# Generated at build time by tools/gen_world_places.c; zh_entity_places.c takes a word of this\n"
		   "# list as a place whatever the dictionary tags it (莫斯科 nr, 伊拉克 nrt, 开罗 nz).\n"
		   "#\n"
		   "# Users add theirs in zhdoc.user_terms (kind 'world_place').\n");

	/* countries and territories: ISO codes, and CLDR's own regions */
	for (const char *const *c = uloc_getISOCountries(); *c; c++)
	{
		char		loc[8];
		UChar		name[128];
		int32_t		n;

		if (skipped_region(*c))
			continue;
		snprintf(loc, sizeof(loc), "_%s", *c);
		err = U_ZERO_ERROR;
		n = uloc_getDisplayCountry(loc, "zh", name, 128, &err);
		if (U_SUCCESS(err) && n > 0)
			emit(name, n);
	}
	/* the exemplar city of each time zone */
	err = U_ZERO_ERROR;
	zones = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "zone", "zh", &err);
	strings = ures_getByKey(zones, "zoneStrings", NULL, &err);
	if (U_FAILURE(err))
	{
		fprintf(stderr, "gen_world_places: no zone names in ICU's data: %s\n", u_errorName(err));
		return 1;
	}
	while (ures_hasNext(strings))
	{
		UResourceBundle *zone = ures_getNextResource(strings, NULL, &err);
		const char *key;

		if (U_FAILURE(err))
			break;
		key = ures_getKey(zone);
		if (ures_getType(zone) == URES_TABLE && strncmp(key, "Antarctica:", 11) != 0 &&
			strncmp(key, "Etc:", 4) != 0)
		{
			UErrorCode	e2 = U_ZERO_ERROR;
			int32_t		n;
			const UChar *city = ures_getStringByKey(zone, "ec", &n, &e2);

			if (U_SUCCESS(e2))
			{
				emit(city, n);
				nzones++;
			}
		}
		ures_close(zone);
	}
	ures_close(strings);
	ures_close(zones);
	if (nzones == 0)
	{
		fprintf(stderr, "gen_world_places: ICU names no time-zone city in Chinese\n");
		return 1;
	}
	return 0;
}
