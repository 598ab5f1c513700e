/* The normalisation pipeline, without PostgreSQL. */
#include "unit.h"
#include "zh_normalize.h"

static char *
norm(const char *s)
{
	char	   *out;
	size_t		len;

	if (zh_normalize_utf8(&unit_env, s, strlen(s), &out, &len) != ZH_OK)
		return NULL;
	return out;
}

static void
check_norm(const char *in, const char *want)
{
	char	   *got = norm(in);

	CHECK_STR(got, want);
	free(got);
}

/* normalise(normalise(x)) == normalise(x) */
static int
idempotent(const char *s)
{
	char	   *a = norm(s);
	char	   *b = a ? norm(a) : NULL;
	int			ok = a && b && strcmp(a, b) == 0;

	if (!ok)
		fprintf(stderr, "not idempotent:\n--- once\n%s\n--- twice\n%s\n", a, b);
	free(a);
	free(b);
	return ok;
}

/* Folding rewrites characters in place: each keeps its input offset. */
static void
test_t2s_offsets(void)
{
	static const char in[] = "臺 灣乾\n隆";
	ZhNormalized n;

	CHECK(zh_normalize_text(&unit_env, in, strlen(in), &n) == ZH_OK);
	CHECK(n.text.len == 5);
	if (n.text.len == 5)
	{
		CHECK(n.text.cp[0] == 0x53F0 && n.text.src[0] == 0);	/* 台 */
		CHECK(n.text.cp[1] == 0x6E7E && n.text.src[1] == 2);	/* 湾 */
		CHECK(n.text.cp[2] == 0x4E7E && n.text.src[2] == 3);	/* 乾, of 乾隆 */
		CHECK(n.text.cp[4] == 0x9686 && n.text.src[4] == 5);	/* 隆 */
	}
	zh_normalized_free(&unit_env, &n);
}

/* Deterministic pseudo-random numbers for the property test. */
static unsigned long rng_state = 12345;

static unsigned
rng(unsigned n)
{
	rng_state = rng_state * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned) ((rng_state >> 33) % n);
}

void
test_normalize(void)
{
	char		path[512];
	char	   *page;
	size_t		page_len;

	check_norm("", "");
	check_norm("金融产业 发展", "金融产业发展");
	check_norm("马 骏", "马骏");
	check_norm("full  text\tsearch", "full text search");
	check_norm("第一句。\n\n\n第二句。", "第一句。\n第二句。");
	check_norm("区委常委会召开第68次会议区委常委会召开第68次会议", "区委常委会召开第68次会议");
	check_norm("游客采摘樱桃。游客采摘樱桃。赵智和 摄赵智和 摄", "游客采摘樱桃。赵智和摄");
	check_norm("樱桃满枝头 尝鲜正当时樱桃满枝头 尝鲜正当时 走一线", "樱桃满枝头尝鲜正当时\n走一线");
	check_norm("哈哈哈哈", "哈哈哈哈");
	check_norm("２０２３年，ＡＢＣ（北京）：７０％！", "2023年，ABC（北京）：70%！");
	check_norm("臺灣頭髮", "台湾头发");
	/* OpenCC's tables: phrases in context, correct simplified text untouched */
	check_norm("乾隆年間，乾燥，著名，顯著", "乾隆年间，干燥，著名，显著");
	check_norm("显著成效，与时俱进，俱乐部", "显著成效，与时俱进，俱乐部");
	check_norm("裏面為什麽", "里面为什么");
	check_norm("清代乾\n隆年間", "清代乾\n隆年间");
	check_norm("部长王丙乾说", "部长王丙乾说");
	/* short repetitions are text, not doubled headlines */
	check_norm("一九一九年", "一九一九年");
	check_norm("研究研究", "研究研究");
	check_norm("谢谢谢谢", "谢谢谢谢");
	test_t2s_offsets();
	check_norm("a\r\nb", "a\nb");
	/* short lines of a list are the author's breaks, not a wrap */
	check_norm("标题一\n标题二\n标题三\n标题四", "标题一\n标题二\n标题三\n标题四");

	snprintf(path, sizeof(path), "%s/fengtai-page.txt", unit_data_dir);
	page = unit_read_file(path, &page_len);
	CHECK(idempotent(page));
	{
		char	   *n = norm(page);

		CHECK(n && strstr(n, "区委书记王少峰主持会议") != NULL);
		CHECK(n && strstr(n, "树龄长达23年") != NULL);
		CHECK(n && strstr(n, "\n\n") == NULL);
		free(n);
	}

	/*
	 * Property: idempotent on mangled pages too.  Cut the page at random
	 * places, glue pieces in random order, sprinkle breaks and spaces.
	 */
	for (int round = 0; round < 60; round++)
	{
		size_t		cap = page_len * 2 + 64,
					len = 0;
		char	   *buf = malloc(cap);
		int			pieces = 1 + (int) rng(6);

		for (int p = 0; p < pieces; p++)
		{
			size_t		a = rng((unsigned) page_len),
						b = a + rng(4000);

			/* cut on character boundaries */
			while (a < page_len && (page[a] & 0xC0) == 0x80)
				a++;
			if (b > page_len)
				b = page_len;
			while (b < page_len && (page[b] & 0xC0) == 0x80)
				b++;
			if (b > a && len + (b - a) + 8 < cap)
			{
				memcpy(buf + len, page + a, b - a);
				len += b - a;
				buf[len++] = rng(2) ? '\n' : ' ';
			}
		}
		buf[len] = 0;
		CHECK(idempotent(buf));
		free(buf);
	}
	free(page);
}
