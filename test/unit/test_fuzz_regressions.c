/*
 * test_fuzz_regressions.c — inputs the libFuzzer targets (test/fuzz/) found
 * problems with, kept so that the problems stay fixed.
 *
 * Most findings were memory left behind on an error path: the fuzz targets
 * make the k-th allocation fail and require an error and nothing live
 * afterwards.  The same is done here exhaustively, for every k, on short
 * texts that reach the paths concerned.  Under PostgreSQL palloc never
 * returns NULL, but the core promises the same to any caller.
 */
#include "unit.h"
#include "zh_articles.h"
#include "zh_dict.h"
#include "zh_entities.h"
#include "zh_meetings.h"
#include "zh_normalize.h"
#include "zh_segment.h"

#include <unistd.h>

/* malloc that counts live blocks and refuses the fail_at-th call onwards */
typedef struct Heap
{
	size_t		live;
	size_t		count;
	size_t		fail_at;		/* 0: never */
	bool		failed;
} Heap;

static void *
heap_alloc(void *opaque, size_t n)
{
	Heap	   *h = opaque;
	void	   *p;

	h->count++;
	if (h->fail_at && h->count >= h->fail_at)
	{
		h->failed = true;
		return NULL;
	}
	p = malloc(n);
	if (p)
		h->live++;
	return p;
}

static void
heap_release(void *opaque, void *p)
{
	Heap	   *h = opaque;

	h->live--;
	free(p);
}

static ZhEnv
heap_env(Heap *h, size_t fail_at)
{
	ZhEnv		env = {heap_alloc, heap_release, NULL, NULL, unit_env.lex};

	memset(h, 0, sizeof(*h));
	h->fail_at = fail_at;
	env.opaque = h;
	return env;
}

/*
 * Run `fn` once to count its allocations, then once per allocation with that
 * one (and every later one) refused: each must fail and leave nothing live.
 */
typedef ZhStatus (*RunFn) (const ZhEnv *env, const char *s);

static void
every_allocation_fails_cleanly(RunFn fn, const char *s)
{
	Heap		h;
	ZhEnv		env = heap_env(&h, 0);
	size_t		count;
	int			bad_status = 0,
				leaks = 0;

	CHECK(fn(&env, s) == ZH_OK);
	CHECK(h.live == 0);
	count = h.count;
	CHECK(count > 0);
	for (size_t k = 1; k <= count; k++)
	{
		ZhStatus	st;

		env = heap_env(&h, k);
		st = fn(&env, s);
		bad_status += (st == ZH_OK);
		if (h.live != 0)
		{
			if (leaks++ == 0)
				fprintf(stderr, "  %zu blocks leaked with allocation %zu of %zu refused\n",
						h.live, k, count);
		}
	}
	CHECK(bad_status == 0);
	CHECK(leaks == 0);
}

static ZhStatus
run_normalize(const ZhEnv *env, const char *s)
{
	char	   *out = NULL;
	size_t		len;
	ZhStatus	st = zh_normalize_utf8(env, s, strlen(s), &out, &len);

	if (st == ZH_OK)
		zh_free(env, out);
	return st;
}

static ZhStatus
run_articles(const ZhEnv *env, const char *s)
{
	ZhArticle  *arts = (ZhArticle *) 1;
	size_t		n = 1;
	ZhStatus	st = zh_articles(env, s, strlen(s), &arts, &n);

	if (st == ZH_OK)
		zh_articles_free(env, arts, n);
	else
		CHECK(arts == NULL && n == 0);
	return st;
}

static const ZhDict *regress_dict;

static ZhStatus
run_meetings(const ZhEnv *env, const char *s)
{
	ZhMeeting  *m = NULL;
	size_t		n = 0;
	ZhStatus	st = zh_meetings(env, regress_dict, NULL, s, strlen(s), true, 8910, &m, &n);

	if (st == ZH_OK)
		zh_meetings_free(env, m, n);
	return st;
}

/*
 * zh_fold returned errors without freeing its half-built output, which
 * zh_normalize_layout then dropped (first found: allocation 8 of a
 * PDF-damaged page).  Full-width forms, traditional characters and line
 * breaks take every branch of the fold loop.
 */
static void
test_fold_error_frees(void)
{
	every_allocation_fails_cleanly(run_normalize, "ＡＢＣ　體育會議\r\nﬁ 区委书记\f１２３");
}

/*
 * zh_articles left *out (and the articles built so far) allocated when a
 * later step failed: the caller was told "error" and given a live array.
 * Found on "张三 摄" (a photo credit: a caption, a photographer list).
 */
static void
test_articles_error_frees(void)
{
	every_allocation_fails_cleanly(run_articles, "张三 摄");
	every_allocation_fails_cleanly(run_articles,
								   "区委常委会召开会议\n本报讯（记者 王蕾蕾 张三）5月24日，会议召开。\n"
								   "（致公党丰台区工委）\n走一线\n图为现场 李四 摄\n");
}

/*
 * build_meeting leaked the two halves of a meeting's name when the second
 * half, or the name itself, could not be allocated.
 */
static void
test_meetings_error_frees(void)
{
	every_allocation_fails_cleanly(run_meetings,
								   "丰台区委常委会召开第68次会议，区委书记王少峰主持会议。"
								   "会议审议通过《关于加强基层治理的意见》。");
}

/*
 * zh_entities passed qsort a NULL array for a text with no person mentions
 * (UBSan: "null pointer passed as argument 1"): found on the empty input.
 */
static void
test_entities_empty(const ZhDict *d)
{
	Heap		h;
	ZhEnv		env = heap_env(&h, 0);
	ZhAnalysis	an;
	ZhEntities	e;

	CHECK(zh_analyze(&env, d, NULL, "", 0, ZH_SEG_DEFAULT, &an) == ZH_OK);
	CHECK(zh_entities(&env, d, &an, &e) == ZH_OK);
	CHECK(e.n == 0 && e.nofficials == 0);
	zh_entities_free(&env, &e);
	zh_analysis_free(&env, &an);
	CHECK(h.live == 0);
}

/*
 * One person with a title and the same title printed short twice (县长 and
 * 副县长 of 张伟): drop_short_titles freed the short one and then compared
 * the next ones with it (ASan: heap-use-after-free), found by fuzzing.
 */
static void
test_entities_short_titles(const ZhDict *d)
{
	static const char *const texts[] = {
		"县长张伟说，副县长张伟说。",
		"市长张伟和副市长张伟",
		"副县长张伟、县长张伟、县政府副县长张伟出席。",
	};

	for (size_t k = 0; k < sizeof(texts) / sizeof(texts[0]); k++)
	{
		Heap		h;
		ZhEnv		env = heap_env(&h, 0);
		ZhAnalysis	an;
		ZhEntities	e;

		CHECK(zh_analyze(&env, d, NULL, texts[k], strlen(texts[k]), ZH_SEG_DEFAULT, &an) == ZH_OK);
		CHECK(zh_entities(&env, d, &an, &e) == ZH_OK);
		CHECK(e.nofficials >= 1);
		zh_entities_free(&env, &e);
		zh_analysis_free(&env, &an);
		CHECK(h.live == 0);
	}
}

/*
 * A search-mode analysis (sub-words over the tiling) given to zh_entities
 * left the sub-words' part of speech unset and a place pass read it
 * (SEGV): found by a reviewer.  It is refused as invalid.
 */
static void
test_entities_search_mode(const ZhDict *d)
{
	Heap		h;
	ZhEnv		env = heap_env(&h, 0);
	ZhAnalysis	an;
	ZhEntities	e;
	static const char text[] = "中华人民共和国国务院总理李强在北京市丰台区考察。";

	CHECK(zh_analyze(&env, d, NULL, text, strlen(text), ZH_SEG_SEARCH, &an) == ZH_OK);
	CHECK(zh_entities(&env, d, &an, &e) == ZH_ERR_INVALID);
	CHECK(e.n == 0);
	zh_entities_free(&env, &e);
	zh_analysis_free(&env, &an);
	CHECK(h.live == 0);
}

/*
 * A dictionary whose checksums are right but whose trie is not (a broken
 * compiler, or a file made on purpose) was accepted, and the segmenter then
 * read word_pos[value - 1] far outside the mapping.  zh_dict_verify reports
 * such a file, and since a backend's open no longer reads every node, the
 * look-ups bound what they read: segmenting with the damaged file must not
 * read outside it (ASan, or a fault past the mapping, would say so).
 */
static void
expect_damaged_index(const unsigned char *orig, size_t size, int what)
{
	unsigned char *buf = malloc(size);
	ZhDictHeader h;
	ZhDictNode *nd;
	char		path[64] = "/tmp/zhdoc_fuzz_regress_XXXXXX";
	char		err[512];
	ZhDict	   *d = (ZhDict *) 1;
	int			fd;
	FILE	   *f;

	CHECK(buf != NULL);
	if (!buf)
		return;
	memcpy(buf, orig, size);
	memcpy(&h, buf, sizeof(h));
	nd = (ZhDictNode *) (buf + h.sec[ZH_SEC_TRIE_NODE].offset);
	if (what == 0)
		nd[1].value = h.n_words + 1;	/* a word id past WORD_POS */
	else
		nd[1].first = h.n_nodes + 100;	/* children past the last node */
	h.body_checksum = zh_checksum64(buf + h.header_size, size - h.header_size);
	h.header_checksum = 0;
	h.header_checksum = zh_checksum64(&h, sizeof(h));
	memcpy(buf, &h, sizeof(h));

	fd = mkstemp(path);
	CHECK(fd >= 0);
	if (fd >= 0)
	{
		f = fdopen(fd, "wb");
		CHECK(fwrite(buf, 1, size, f) == size);
		fclose(f);
		CHECK(zh_dict_open(path, &d, err, sizeof(err)) == ZH_OK);
		if (d)
		{
			static const char text[] = "中国人民银行研究部署乡村振兴工作的一二三四五";
			ZhText		t;
			ZhTokenList l;

			CHECK(zh_dict_verify(d, path, err, sizeof(err)) == ZH_ERR_INVALID);
			CHECK(strstr(err, "damaged word index") != NULL);
			CHECK(zh_text_from_utf8(&unit_env, text, strlen(text), &t) == ZH_OK);
			zh_tokens_init(&l);
			CHECK(zh_segment(&unit_env, d, NULL, &t, 0, t.len, ZH_SEG_SEARCH, &l) == ZH_OK);
			zh_tokens_free(&unit_env, &l);
			zh_text_free(&unit_env, &t);
			zh_dict_close(d);
		}
		unlink(path);
	}
	free(buf);
}

void
test_fuzz_regressions(void)
{
	ZhDict	   *d;
	char		err[512];

	test_fold_error_frees();
	test_articles_error_frees();

	if (!unit_dict_path)
	{
		fprintf(stderr, "  test_fuzz_regressions: no dictionary, skipping its tests\n");
		return;
	}
	CHECK(zh_dict_open(unit_dict_path, &d, err, sizeof(err)) == ZH_OK);
	if (!d)
		return;
	regress_dict = d;
	test_meetings_error_frees();
	test_entities_empty(d);
	test_entities_short_titles(d);
	test_entities_search_mode(d);
	{
		size_t		size;
		char	   *orig = unit_read_file(unit_dict_path, &size);

		expect_damaged_index((const unsigned char *) orig, size, 0);
		expect_damaged_index((const unsigned char *) orig, size, 1);
		free(orig);
	}
	zh_dict_close(d);
}
