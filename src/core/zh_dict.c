/*
 * zh_dict.c — mapping zhdoc.dict and refusing a bad one.
 *
 * Every offset and size in the header is checked against the file size
 * before anything is dereferenced (the header has its own checksum), so a
 * truncated copy or a foreign file is an error message ("rebuild or
 * reinstall") rather than a crashed backend.  The body is not read at open:
 * checksumming 12 MB and scanning every node made each backend's first call
 * fault in the whole file (about 10 ms, and 11 MB of resident pages per
 * backend) where a query touches a few hundred kilobytes.  Instead the
 * look-ups bound every index they take from the file (zh_dict.h), and
 * zh_dict_verify does the whole-file checks where their cost is paid once:
 * after the compiler writes the file, and in the tests.
 */
#include "zh_dict.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define REBUILD_HINT "rebuild it with zh_dictc or reinstall zhdoc"

static ZhStatus
fail(char *errbuf, size_t errlen, const char *path, const char *what)
{
	if (errbuf && errlen)
		snprintf(errbuf, errlen, "dictionary file \"%s\" %s; %s",
				 path, what, REBUILD_HINT);
	return ZH_ERR_INVALID;
}

/* Expected byte size of each section given the header's counts. */
static uint64_t
expected_size(const ZhDictHeader *h, int sec)
{
	switch (sec)
	{
		case ZH_SEC_TRIE_NODE:
			return ((uint64_t) h->n_nodes + 1) * sizeof(ZhDictNode);
		case ZH_SEC_ROOT_BMP:
			return 65536 * 4;
		case ZH_SEC_PAIR_HASH:
			return ((uint64_t) 1 << h->pair_bits) * sizeof(ZhDictPair);
		case ZH_SEC_WORD_POS:
			return h->n_words;
		case ZH_SEC_POS_NAMES:
			return (uint64_t) h->n_pos * ZH_DICT_POS_WIDTH;
		case ZH_SEC_HMM_PROB:
			return 20 * sizeof(double);
		case ZH_SEC_EMIT_INDEX:
			return 65536 * 2;
		case ZH_SEC_EMIT_ROWS:
			return (uint64_t) h->n_emit_rows * 16;
		case ZH_SEC_CHAR_FLAGS:
			return 65536;
		case ZH_SEC_NAME_PROB:
			return 65536 * 3 * sizeof(float);
		case ZH_SEC_CHAR_PROB:
			return 65536 * sizeof(float);
		case ZH_SEC_OTHER3_PROB:
			return 65536 * 3 * sizeof(float);
		case ZH_SEC_LEX_LIST:
			return (uint64_t) h->n_lex_lists * sizeof(ZhDictLexList);
		case ZH_SEC_LEX_ENTRY:
			return (uint64_t) h->n_lex_entries * sizeof(ZhLexEntry);
		case ZH_SEC_LEX_SLOT:
			return (uint64_t) h->n_lex_slots * sizeof(int32_t);
		case ZH_SEC_LEX_CP:
			return (uint64_t) h->n_lex_cp * sizeof(uint32_t);
		case ZH_SEC_LEX_TEXT:
			return h->lex_text_size;
	}
	return 0;
}

static const char *
check_header(const ZhDictHeader *h, size_t size)
{
	ZhDictHeader copy;
	int			i;

	if (memcmp(h->magic, ZH_DICT_MAGIC, 8) != 0)
		return "is not a zhdoc dictionary";
	if (h->endian != ZH_DICT_ENDIAN_MARK)
		return "was built for a machine of the other byte order";
	if (h->version != ZH_DICT_VERSION)
		return "has a format version this zhdoc does not read";
	copy = *h;
	copy.header_checksum = 0;
	if (zh_checksum64(&copy, sizeof(copy)) != h->header_checksum)
		return "has a damaged header";
	if (h->header_size < sizeof(ZhDictHeader) || h->file_size != size)
		return "is truncated or has the wrong size";
	if (h->n_nodes == 0 || h->n_pos <= ZH_POS_W || h->n_emit_rows == 0 ||
		h->n_emit_rows > 65536 || h->max_word_len == 0 ||
		h->max_word_len > 255 || h->pair_bits < 4 || h->pair_bits > 30 ||
		h->n_nodes >= UINT32_MAX / 2 || h->n_lex_lists != ZH_LEX_COUNT)
		return "has inconsistent counts";
	for (i = 0; i < ZH_SEC_COUNT; i++)
	{
		const ZhDictSection *s = &h->sec[i];

		if (s->offset < h->header_size || (s->offset & 7) != 0 ||
			s->size != expected_size(h, i) ||
			s->offset > size || s->size > size - s->offset)
			return "has a section outside the file";
	}
	return NULL;
}

/*
 * The word lists: each must be the kind this zhdoc reads at its position,
 * and lie inside its sections; then its view is pointer arithmetic.  The
 * look-ups bound the entries they follow (zh_lexicon.c).
 */
static const char *
open_lexicons(ZhDict *d, const ZhDictHeader *h, const unsigned char *map)
{
	const ZhLexEntry *entries = (const void *) (map + h->sec[ZH_SEC_LEX_ENTRY].offset);
	const int32_t *slots = (const void *) (map + h->sec[ZH_SEC_LEX_SLOT].offset);
	const uint32_t *cps = (const void *) (map + h->sec[ZH_SEC_LEX_CP].offset);

	d->lex_list = (const void *) (map + h->sec[ZH_SEC_LEX_LIST].offset);
	d->lex_text = (const char *) (map + h->sec[ZH_SEC_LEX_TEXT].offset);
	d->lex_text_size = h->lex_text_size;
	for (int k = 0; k < ZH_LEX_COUNT; k++)
	{
		const ZhDictLexList *l = &d->lex_list[k];
		const char *name = zh_lex_kind_name(k);

		if (strnlen(l->kind, sizeof(l->kind)) != strlen(name) ||
			memcmp(l->kind, name, strlen(name)) != 0)
			return "has word lists of another zhdoc version";
		if (l->slot_bits > 24 || l->entry_first > h->n_lex_entries ||
			l->n > h->n_lex_entries - l->entry_first ||
			l->slot_first > h->n_lex_slots ||
			((uint32_t) 1 << l->slot_bits) > h->n_lex_slots - l->slot_first ||
			l->cp_first > h->n_lex_cp || l->n_cp > h->n_lex_cp - l->cp_first ||
			l->about_first > h->lex_text_size || l->about_len > h->lex_text_size - l->about_first)
			return "has a damaged word list";
		d->lex[k].entry = entries + l->entry_first;
		d->lex[k].slot = slots + l->slot_first;
		d->lex[k].cp = cps + l->cp_first;
		d->lex[k].n = l->n;
		d->lex[k].n_cp = l->n_cp;
		d->lex[k].slot_bits = l->slot_bits;
		d->lex[k].max_len = l->max_len;
		zh_lextable_index_ends(&d->lex[k]);
	}
	return NULL;
}

/* What open checks beyond the header: two nodes and the part-of-speech names. */
static const char *
check_ends(const ZhDict *d)
{
	const ZhDictNode *nd = d->node;

	if (nd[0].first != 1 || nd[d->n_nodes].first != d->n_nodes)
		return "has a damaged word index";
	for (uint32_t i = 0; i < d->n_pos; i++)
	{
		if (d->pos_names[(size_t) i * ZH_DICT_POS_WIDTH + ZH_DICT_POS_WIDTH - 1] != '\0')
			return "has a damaged part-of-speech table";
	}
	return NULL;
}

/*
 * Every table entry in range: things a checksum-valid file always
 * satisfies, verified anyway because a broken compiler could write them.
 * The look-ups bound these indexes too; this says the file is damaged.
 */
static const char *
check_tables(const ZhDict *d)
{
	const ZhDictNode *nd = d->node;
	uint32_t	i;

	/*
	 * Every node: its children [first, next node's first) must be a range of
	 * real nodes (zh_dict_child searches it), and its word id must index
	 * WORD_POS (the segmenter reads word_pos[value - 1]).  With the two end
	 * points above, non-decreasing firsts keep every range inside
	 * [1, n_nodes).  One pass over the nodes, a fraction of the checksum's.
	 */
	for (i = 0; i < d->n_nodes; i++)
	{
		if (nd[i].first > nd[i + 1].first || nd[i].value > d->n_words)
			return "has a damaged word index";
	}
	for (i = 0; i < 65536; i++)
	{
		if (d->root_bmp[i] >= d->n_nodes)
			return "has a damaged word index";
		if (d->emit_index[i] >= d->n_emit_rows)
			return "has a damaged HMM table";
	}
	for (i = 0; i <= d->pair_mask; i++)
	{
		if (d->pair[i].node >= d->n_nodes)
			return "has a damaged word index";
	}
	for (int k = 0; k < ZH_LEX_COUNT; k++)
	{
		const ZhLexTable *t = &d->lex[k];

		for (i = 0; i < ((uint32_t) 1 << t->slot_bits); i++)
			if (t->slot[i] < -1 || t->slot[i] >= (int32_t) t->n)
				return "has a damaged word list";
		for (i = 0; i < t->n; i++)
		{
			const ZhLexEntry *e = &t->entry[i];

			if (e->len == 0 || e->len > ZH_LEX_MAX_LEN || e->len > t->max_len ||
				e->cp > t->n_cp || e->len > t->n_cp - e->cp ||
				e->next < -1 || e->next >= (int32_t) t->n)
				return "has a damaged word list";
		}
	}
	return NULL;
}

ZhStatus
zh_dict_open(const char *path, ZhDict **out, char *errbuf, size_t errlen)
{
	int			fd;
	struct stat st;
	void	   *map;
	const ZhDictHeader *h;
	const char *why;
	ZhDict	   *d;
	size_t		size;

	*out = NULL;
	if (errbuf && errlen)
		errbuf[0] = '\0';
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
	{
		if (errbuf && errlen)
			snprintf(errbuf, errlen, "could not open dictionary file \"%s\": %s; %s",
					 path, strerror(errno), REBUILD_HINT);
		return ZH_ERR_INVALID;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
	{
		close(fd);
		return fail(errbuf, errlen, path, "is not a regular file");
	}
	size = (size_t) st.st_size;
	if (size < sizeof(ZhDictHeader))
	{
		close(fd);
		return fail(errbuf, errlen, path, "is truncated (shorter than its header)");
	}
	/* no MAP_POPULATE: pages come in as look-ups touch them */
	map = mmap(NULL, size, PROT_READ, MAP_SHARED, fd, 0);
	close(fd);
	if (map == MAP_FAILED)
	{
		if (errbuf && errlen)
			snprintf(errbuf, errlen, "could not map dictionary file \"%s\": %s",
					 path, strerror(errno));
		return ZH_ERR_INVALID;
	}
	h = map;
	why = check_header(h, size);
	if (why)
	{
		munmap(map, size);
		return fail(errbuf, errlen, path, why);
	}

	d = calloc(1, sizeof(ZhDict));
	if (!d)
	{
		munmap(map, size);
		if (errbuf && errlen)
			snprintf(errbuf, errlen, "out of memory opening dictionary \"%s\"", path);
		return ZH_ERR_NOMEM;
	}
#define SEC(i) ((const void *) ((const unsigned char *) map + h->sec[i].offset))
	d->base = map;
	d->size = size;
	d->node = SEC(ZH_SEC_TRIE_NODE);
	d->n_nodes = h->n_nodes;
	d->root_bmp = SEC(ZH_SEC_ROOT_BMP);
	d->pair = SEC(ZH_SEC_PAIR_HASH);
	d->pair_bits = h->pair_bits;
	d->pair_mask = (1u << h->pair_bits) - 1;
	d->word_pos = SEC(ZH_SEC_WORD_POS);
	d->pos_names = SEC(ZH_SEC_POS_NAMES);
	d->n_pos = h->n_pos;
	d->n_words = h->n_words;
	d->max_word_len = h->max_word_len;
	d->log_total = h->log_total;
	d->min_logp = h->min_logp;
	d->hmm_start = SEC(ZH_SEC_HMM_PROB);
	d->hmm_trans = d->hmm_start + 4;
	d->emit_index = SEC(ZH_SEC_EMIT_INDEX);
	d->emit_rows = SEC(ZH_SEC_EMIT_ROWS);
	d->n_emit_rows = h->n_emit_rows;
	d->char_flags = SEC(ZH_SEC_CHAR_FLAGS);
	d->name_prob = SEC(ZH_SEC_NAME_PROB);
	d->char_prob = SEC(ZH_SEC_CHAR_PROB);
	d->other3_prob = SEC(ZH_SEC_OTHER3_PROB);
#undef SEC
	if ((why = open_lexicons(d, h, map)) != NULL || (why = check_ends(d)) != NULL)
	{
		zh_dict_close(d);
		return fail(errbuf, errlen, path, why);
	}
	*out = d;
	return ZH_OK;
}

ZhStatus
zh_dict_verify(const ZhDict *d, const char *path, char *errbuf, size_t errlen)
{
	const ZhDictHeader *h = (const ZhDictHeader *) d->base;
	const char *why = NULL;

	if (zh_checksum64(d->base + h->header_size, d->size - h->header_size) != h->body_checksum)
		why = "is damaged (checksum mismatch)";
	else
		why = check_tables(d);
	return why ? fail(errbuf, errlen, path, why) : ZH_OK;
}

void
zh_dict_close(ZhDict *d)
{
	if (!d)
		return;
	munmap((void *) d->base, d->size);
	free(d);
}

int64_t
zh_dict_find(const ZhDict *d, const uint32_t *cp, size_t len)
{
	uint32_t	node;
	size_t		i;

	if (len == 0)
		return -1;
	node = zh_dict_first(d, cp[0]);
	if (node != 0 && len >= 2)
		node = zh_dict_second(d, node, cp[0], cp[1]);
	for (i = 2; node != 0 && i < len; i++)
		node = zh_dict_child(d, node, cp[i]);
	return node != 0 && zh_dict_word_at(d, node) ?
		(int64_t) zh_dict_word_at(d, node) - 1 : -1;
}

const char *
zh_dict_pos_name(const ZhDict *d, uint32_t pos)
{
	if (pos >= d->n_pos)
		return "x";
	return d->pos_names + (size_t) pos * ZH_DICT_POS_WIDTH;
}

int
zh_dict_pos_id(const ZhDict *d, const char *name)
{
	uint32_t	i;

	for (i = 0; i < d->n_pos; i++)
	{
		if (strncmp(d->pos_names + (size_t) i * ZH_DICT_POS_WIDTH, name,
					ZH_DICT_POS_WIDTH) == 0)
			return (int) i;
	}
	return -1;
}

const char *
zh_dict_lex_about(const ZhDict *d, int k, size_t *len)
{
	if (k < 0 || k >= ZH_LEX_COUNT)
	{
		*len = 0;
		return "";
	}
	*len = d->lex_list[k].about_len;
	return d->lex_text + d->lex_list[k].about_first;
}

uint64_t
zh_dict_identity(const ZhDict *d)
{
	return ((const ZhDictHeader *) d->base)->body_checksum;
}

ZhStatus
zh_dict_inner_words(const ZhDict *d, const uint32_t *cp, size_t n, ZhInnerWordVisit visit, void *arg)
{
	for (size_t a = 0; a < n; a++)
	{
		uint32_t	node = 0;

		for (size_t b = a; b < n; b++)
		{
			uint32_t	v;
			ZhStatus	st;

			if (b == a)
				node = zh_dict_first(d, cp[b]);
			else if (b == a + 1)
				node = zh_dict_second(d, node, cp[a], cp[b]);
			else
				node = zh_dict_child(d, node, cp[b]);
			if (node == 0)
				break;
			v = zh_dict_word_at(d, node);
			if (v && b > a && !(a == 0 && b + 1 == n) &&
				(st = visit(arg, a, b + 1 - a, v)) != ZH_OK)
				return st;
		}
	}
	return ZH_OK;
}
