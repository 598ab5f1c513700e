/*
 * fuzz_dict.c — zh_dict_open on damaged dictionary files, and look-ups in
 * whatever it accepts.
 *
 * A damaged or foreign zhdoc.dict must be refused with an error, never crash
 * the backend that maps it.  Open checks the header (which has its own
 * checksum), sizes and section ranges, not the body, so damage inside the
 * sections is accepted and the look-ups must bound what they read; this
 * target by default recomputes both checksums after mutating, which is what
 * a file produced by a broken compiler (or written on purpose) looks like,
 * and reaches the header checks too.  Every file it accepts is then used:
 * word look-ups, part-of-speech
 * names, and a full analysis (segmenter, HMM, names, entities) of a short
 * text, all of which must stay inside the mapping.
 *
 * Input: byte 0 is flags, the rest overlays the start of the base file
 * (the header and, for the small base dictionary, every trie node; section
 * offsets in the header can point any section into that region):
 *   bit 0  keep the checksums as mutated (plain corruption)
 *
 * The base file is $ZHDOC_FUZZ_DICT, default build/fuzz/small.dict (a
 * 400-word dictionary that run.sh compiles from test/fuzz/small_words.txt,
 * 1.5 MB, so writing it per input is cheap).  Seeds: the flag byte followed
 * by the base file's first 64 KB (run.sh writes them).
 */
#include "fuzz_common.h"
#include "zh_dict.h"
#include "zh_entities.h"

#include <unistd.h>

static unsigned char *base;
static size_t base_size;
static unsigned char *work;
static char path[64];

static const char probe_text[] =
	"本报讯（记者 王蕾蕾）5月24日上午，丰台区委常委会召开第68次会议，区委书记"
	"王少峰主持会议并讲话。会议研究审议通过《关于北京市丰台区人民政府的报告》，"
	"AT&T 一二二七年 一味 ３５６ Ａｂｃ 𠀀𠀁 龘 \n中国人民政府委员会";

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *p = getenv("ZHDOC_FUZZ_DICT");
	FILE	   *f;
	long		n;
	int			fd;

	if (!p || !*p)
		p = "build/fuzz/small.dict";
	f = fopen(p, "rb");
	if (!f || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) <= 0)
	{
		fprintf(stderr, "fuzz_dict: cannot read %s\n", p);
		exit(2);
	}
	base_size = (size_t) n;
	base = malloc(base_size);
	work = malloc(base_size);
	rewind(f);
	if (!base || !work || fread(base, 1, base_size, f) != base_size)
	{
		fprintf(stderr, "fuzz_dict: cannot read %s\n", p);
		exit(2);
	}
	fclose(f);
	strcpy(path, "/tmp/zhdoc_fuzz_dict_XXXXXX");
	fd = mkstemp(path);
	if (fd < 0)
	{
		perror("fuzz_dict: mkstemp");
		exit(2);
	}
	close(fd);
	return 0;
}

static void
exercise(const ZhDict *d)
{
	static const uint32_t words[][4] = {
		{0x4E2D, 0x56FD, 0, 0},		/* 中国 */
		{0x4E00, 0x5473, 0, 0},		/* 一味 */
		{'A', 'T', '&', 'T'},
		{0x20000, 0x20001, 0, 0},
		{0xFFFF, 0x10FFFF, 0, 0},
	};
	FuzzHeap	h;
	ZhEnv		env = fuzz_env(&h, 0);
	ZhAnalysis	an;
	ZhEntities	ents;

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		for (size_t len = 1; len <= 4; len++)
			(void) zh_dict_find(d, words[i], len);
	for (uint32_t p = 0; p <= d->n_pos + 1; p++)
		FUZZ_CHECK(zh_dict_pos_name(d, p) != NULL, "no name for pos %u", p);
	(void) zh_dict_pos_id(d, "n");
	(void) zh_dict_pos_id(d, "nonexistent");

	if (zh_analyze(&env, d, NULL, probe_text, sizeof(probe_text) - 1, ZH_SEG_SEARCH, &an) == ZH_OK)
		zh_analysis_free(&env, &an);
	if (zh_analyze(&env, d, NULL, probe_text, sizeof(probe_text) - 1, ZH_SEG_DEFAULT, &an) == ZH_OK)
	{
		memset(&ents, 0, sizeof(ents));
		if (zh_entities(&env, d, &an, &ents) == ZH_OK)
			zh_entities_free(&env, &ents);
		zh_analysis_free(&env, &an);
	}
	FUZZ_CHECK_NO_LEAK(&h, "clean run");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	ZhDict	   *d = (ZhDict *) 1;
	ZhDictHeader hdr;
	char		err[512];
	size_t		over;
	FILE	   *f;
	ZhStatus	st;

	if (size < 1)
		return 0;
	over = size - 1 < base_size ? size - 1 : base_size;
	memcpy(work, base, base_size);
	memcpy(work, data + 1, over);

	if (!(data[0] & 1) && base_size >= sizeof(ZhDictHeader))
	{
		memcpy(&hdr, work, sizeof(hdr));
		if (hdr.header_size >= sizeof(ZhDictHeader) && hdr.header_size <= base_size)
			hdr.body_checksum = zh_checksum64(work + hdr.header_size,
											  base_size - hdr.header_size);
		hdr.header_checksum = 0;
		hdr.header_checksum = zh_checksum64(&hdr, sizeof(hdr));
		memcpy(work, &hdr, sizeof(hdr));
	}

	f = fopen(path, "wb");
	if (!f || fwrite(work, 1, base_size, f) != base_size || fclose(f) != 0)
	{
		perror("fuzz_dict: write");
		abort();
	}
	st = zh_dict_open(path, &d, err, sizeof(err));
	if (st != ZH_OK)
	{
		FUZZ_CHECK(d == NULL, "refused, yet *out was set");
		FUZZ_CHECK(strstr(err, path) != NULL, "the error does not name the file: %s", err);
		return 0;
	}
	FUZZ_CHECK(d != NULL, "accepted, yet *out is NULL");
	exercise(d);
	zh_dict_close(d);
	return 0;
}
