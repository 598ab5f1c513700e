/* Article splitting on the dev page and on small made-up pages. */
#include "unit.h"
#include "zh_articles.h"

static ZhArticle *last;
static size_t last_n;

/* Articles of s; the previous call's result is freed first. */
static size_t
articles(const char *s, ZhArticle **out)
{
	size_t		n = 0;

	zh_articles_free(&unit_env, last, last_n);
	last = NULL;
	last_n = 0;
	if (zh_articles(&unit_env, s, strlen(s), out, &n) != ZH_OK)
		return (size_t) -1;
	last = *out;
	last_n = n;
	return n;
}

void
test_articles(void)
{
	char		path[512];
	char	   *page;
	ZhArticle  *a;
	size_t		n;

	if (!unit_env.lex)
	{
		fprintf(stderr, "test_articles: skipped (no dictionary, so no word lists)\n");
		return;
	}
	snprintf(path, sizeof(path), "%s/fengtai-page.txt", unit_data_dir);
	page = unit_read_file(path, NULL);
	n = articles(page, &a);
	CHECK(n == 6);
	if (n == 6)
	{
		CHECK_STR(a[0].headline, "促进丰台区经济社会高质量发展");
		CHECK_STR(a[0].section, "政协委员话发展");
		CHECK_STR(a[0].author_org, "致公党丰台区工委");
		CHECK(a[0].byline == NULL);
		CHECK_STR(a[1].headline, "丰台、石景山、房山三区开展“京蒙劳务协作”线上招聘会");
		CHECK_STR(a[1].byline, "本报讯（通讯员 唐诺仪）");
		CHECK(a[1].reporters.n == 1 && strcmp(a[1].reporters.items[0], "唐诺仪") == 0);
		CHECK_STR(a[2].headline, "区委常委会召开第68次会议");
		CHECK(strncmp(a[2].body, "5月24日下午，区委常委会", strlen("5月24日下午，区委常委会")) == 0);
		CHECK_STR(a[3].byline, "本报讯");
		CHECK_STR(a[4].headline, "樱桃满枝头 尝鲜正当时");
		CHECK_STR(a[4].section, "走一线");
		CHECK_STR(a[4].caption, "游客采摘樱桃。");
		CHECK(a[4].photographers.n == 1 && strcmp(a[4].photographers.items[0], "赵智和") == 0);
		CHECK(strstr(a[4].body, "赵智和") == NULL);
		CHECK_STR(a[5].headline, "区委教育工作领导小组召开2023年第二次会议");
		for (size_t i = 1; i < n; i++)
			CHECK(a[i - 1].src_end <= a[i].src_start);
	}
	free(page);

	/* no byline anywhere: a lone headline between paragraphs opens an article */
	n = articles("市政府召开常务会议\n会议研究了有关事项。\n区人大常委会召开会议\n会议听取了报告。\n一、加强领导\n各部门要落实责任。", &a);
	CHECK(n == 2);
	if (n == 2)
	{
		CHECK_STR(a[0].headline, "市政府召开常务会议");
		CHECK_STR(a[1].headline, "区人大常委会召开会议");
		/* the numbered sub-heading stays inside the second article */
		CHECK(strstr(a[1].body, "一、加强领导") != NULL);
	}

	/* several reporters in one byline, with and without spaces */
	n = articles("新华社北京5月24日电（通讯员 刘畅 记者 周子墨）会议召开。", &a);
	CHECK(n == 1 && a[0].reporters.n == 2);
	n = articles("本报讯（记者王蕾蕾）会议召开。", &a);
	CHECK(n == 1 && a[0].reporters.n == 1 && strcmp(a[0].reporters.items[0], "王蕾蕾") == 0);

	CHECK(articles("", &a) == 0);
	CHECK(articles("\n\n  \n", &a) == 0);
	zh_articles_free(&unit_env, last, last_n);
	last = NULL;
	last_n = 0;
}
