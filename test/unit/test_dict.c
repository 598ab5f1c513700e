/*
 * test_dict.c — the mapped dictionary: look-ups, and refusal of bad files.
 *
 * A damaged installation must give an error that names the file and says
 * what to do; these tests make truncated, corrupted and foreign copies of
 * the real file and check exactly that.
 */
#include "unit.h"
#include "zh_dict.h"

#include <unistd.h>

static int
contains(const char *s, const char *sub)
{
	return s && strstr(s, sub) != NULL;
}

/* Write `n` bytes of `buf` to a fresh temporary file; returns its path. */
static char *
temp_copy(const char *buf, size_t n)
{
	static char path[64];
	int			fd;
	FILE	   *f;

	strcpy(path, "/tmp/zhdoc_test_dict_XXXXXX");
	fd = mkstemp(path);
	if (fd < 0)
		return NULL;
	f = fdopen(fd, "wb");
	if (n)
		fwrite(buf, 1, n, f);
	fclose(f);
	return path;
}

static void
expect_refused(const char *buf, size_t n, const char *why)
{
	char	   *path = temp_copy(buf, n);
	ZhDict	   *d = (ZhDict *) 1;
	char		err[512];

	CHECK(path != NULL);
	if (!path)
		return;
	CHECK(zh_dict_open(path, &d, err, sizeof(err)) == ZH_ERR_INVALID);
	CHECK(d == NULL);
	CHECK(contains(err, path));
	CHECK(contains(err, "rebuild"));
	if (why)
		CHECK(contains(err, why));
	unlink(path);
}

/* A copy that opens (its header is sound) but that zh_dict_verify refuses. */
static void
expect_verify_refused(const char *buf, size_t n, const char *why)
{
	char	   *path = temp_copy(buf, n);
	ZhDict	   *d = NULL;
	char		err[512];

	CHECK(path != NULL);
	if (!path)
		return;
	CHECK(zh_dict_open(path, &d, err, sizeof(err)) == ZH_OK);
	if (d)
	{
		CHECK(zh_dict_verify(d, path, err, sizeof(err)) == ZH_ERR_INVALID);
		CHECK(contains(err, path));
		CHECK(contains(err, why));
		zh_dict_close(d);
	}
	unlink(path);
}

static void
test_trie_small(void)
{
	static const uint32_t a[] = {'a'},
				ab[] = {'a', 'b'},
				abc[] = {'a', 'b', 'c'},
				b[] = {'b'},
				x[] = {0x1F600, 'x'};
	ZhTrieKey	keys[] = {{a, 1}, {ab, 2}, {abc, 3}, {b, 1}, {x, 2}};
	ZhTrie		t;
	uint32_t	n;

	CHECK(zh_trie_build(&unit_env, keys, 5, 1, &t) == ZH_OK);
	n = zh_trie_child(&t, 0, 'a');
	CHECK(n != 0 && t.value[n] == 1);
	n = zh_trie_child(&t, n, 'b');
	CHECK(n != 0 && t.value[n] == 2);
	n = zh_trie_child(&t, n, 'c');
	CHECK(n != 0 && t.value[n] == 3);
	CHECK(zh_trie_child(&t, n, 'd') == 0);
	CHECK(zh_trie_child(&t, 0, 'c') == 0);
	n = zh_trie_child(&t, 0, 0x1F600);	/* beyond the BMP table */
	CHECK(n != 0 && t.value[n] == 0);
	n = zh_trie_child(&t, n, 'x');
	CHECK(n != 0 && t.value[n] == 5);
	zh_trie_free(&unit_env, &t);
}

void
test_dict(void)
{
	ZhDict	   *d;
	char		err[512];
	char	   *buf;
	size_t		len;
	static const uint32_t zhongguo[] = {0x4E2D, 0x56FD};	/* 中国 */
	static const uint32_t wang[] = {0x738B};	/* 王 */
	int64_t		id;

	test_trie_small();

	CHECK(zh_dict_open("/nonexistent/zhdoc.dict", &d, err, sizeof(err)) == ZH_ERR_INVALID);
	CHECK(contains(err, "/nonexistent/zhdoc.dict"));

	if (!unit_dict_path)
	{
		fprintf(stderr, "test_dict: no dictionary (argv or ZHDOC_DICT), file tests skipped\n");
		return;
	}
	CHECK(zh_dict_open(unit_dict_path, &d, err, sizeof(err)) == ZH_OK);
	if (!d)
	{
		fprintf(stderr, "%s\n", err);
		return;
	}
	CHECK(zh_dict_find(d, zhongguo, 2) >= 0);
	CHECK(zh_dict_find(d, zhongguo, 0) == -1);
	id = zh_dict_find(d, wang, 1);
	CHECK(id >= 0 && strcmp(zh_dict_pos_name(d, d->word_pos[id]), "nr") == 0);
	CHECK_STR(zh_dict_pos_name(d, ZH_POS_X), "x");
	CHECK_STR(zh_dict_pos_name(d, ZH_POS_M), "m");
	CHECK_STR(zh_dict_pos_name(d, ZH_POS_ENG), "eng");
	CHECK_STR(zh_dict_pos_name(d, ZH_POS_NR), "nr");
	CHECK_STR(zh_dict_pos_name(d, ZH_POS_USER), "user");
	CHECK_STR(zh_dict_pos_name(d, 60000), "x");
	CHECK(zh_dict_pos_id(d, "nz") > ZH_POS_W);
	CHECK(zh_dict_pos_id(d, "no-such-tag") == -1);
	CHECK(d->max_word_len >= 4 && d->max_word_len <= 64);
	CHECK(zh_dict_emit(d, 0x4E2D, ZH_HMM_B) > -100);
	CHECK(zh_dict_emit(d, 0x1F600, ZH_HMM_S) < -1e6);
	/*
	 * the background of the name model: 的 is commoner than 萍 in words,
	 * 萍 likelier as a name's last character than in words, 证 (许可证)
	 * the other way round; 那 is a surname, but a far weaker one than 王
	 */
	CHECK(zh_dict_char_prob(d, 0x7684) > zh_dict_char_prob(d, 0x840D));
	CHECK(zh_dict_char_prob(d, 0x7684) < 0);
	CHECK(zh_dict_name_ratio(d, 0x840D, 2) > 0);
	CHECK(zh_dict_name_ratio(d, 0x8BC1, 2) < 0);
	CHECK(zh_dict_name_ratio(d, 0x738B, 0) > 0);
	CHECK(zh_dict_name_ratio(d, 0x90A3, 0) < zh_dict_name_ratio(d, 0x738B, 0) - 1);
	CHECK(zh_dict_name_ratio(d, 0x1F600, 1) == 0);
	/* the shipped file passes the whole-file checks a backend's open skips */
	CHECK(zh_dict_verify(d, unit_dict_path, err, sizeof(err)) == ZH_OK);
	zh_dict_close(d);

	/* damaged copies */
	buf = unit_read_file(unit_dict_path, &len);
	expect_refused(buf, 0, "truncated");
	expect_refused(buf, 100, "truncated");
	expect_refused(buf, len / 2, "truncated");
	expect_refused(buf, len - 1, NULL);
	buf[len / 2] ^= 0x40;
	expect_verify_refused(buf, len, "checksum");
	buf[len / 2] ^= 0x40;
	buf[0] = 'X';
	expect_refused(buf, len, "not a zhdoc dictionary");
	buf[0] = 'Z';
	buf[70] ^= 1;				/* inside the header */
	expect_refused(buf, len, NULL);
	free(buf);
}
