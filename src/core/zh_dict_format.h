/*
 * zh_dict_format.h — the layout of zhdoc.dict, shared by the compiler
 * (tools/zh_dictc.c) and the reader (zh_dict.c).
 *
 * The file is mapped read-only by every backend and used where it lies, so
 * it holds nothing that needs parsing: a fixed header, then sections of
 * plain arrays, each 8-byte aligned, in host byte order (the header records
 * the order; a file built on a machine of the other order is refused, and
 * rebuilding it is cheap).  Pointers are never stored, only offsets from the
 * start of the file, so the mapping address does not matter.
 *
 * Sections (n = node count, w = word count, p = POS count, r = emit rows,
 * 2^b = pair slots):
 *
 *   TRIE_NODE   ZhDictNode[n + 1]  edge label, first child, word id + 1 and
 *                                  log-probability of each node; the extra
 *                                  last node only closes the child range of
 *                                  node n - 1
 *   ROOT_BMP    uint32[65536]   node of each BMP first character, 0 for none
 *   PAIR_HASH   ZhDictPair[2^b] node of each two-character BMP prefix
 *   WORD_POS    uint8[w]        index into POS_NAMES
 *   POS_NAMES   char[p][8]      NUL-padded part-of-speech tags
 *   HMM_PROB    double[4 + 16]  start[B,M,E,S], trans[from][to]
 *   EMIT_INDEX  uint16[65536]   row of each BMP character, 0 for "not seen"
 *   EMIT_ROWS   float[r][4]     log P(char | state); row 0 is all "never"
 *   CHAR_FLAGS  uint8[65536]    ZH_CF_* facts derived from the word list
 *   NAME_PROB   float[65536][3] log P(char as surname, 2nd, 3rd character
 *                               of a three-character person name)
 *   CHAR_PROB   float[65536]    log P(char) over every character of every
 *                               word, weighted by the word's frequency: the
 *                               background the name model is compared with
 *   OTHER3_PROB float[65536][3] log P(char as 1st, 2nd, 3rd character of a
 *                               three-character word not tagged nr*), each
 *                               word once: the background for a name's
 *                               shape (吉普车 ends as common words do)
 *   LEX_LIST    ZhDictLexList[ZH_LEX_COUNT]  the word lists of data/vocab,
 *                               in zh_lexicon_kinds.h's order: where each
 *                               one's entries, slots and code points start
 *   LEX_ENTRY   ZhLexEntry[e]   every list's entries, list after list
 *   LEX_SLOT    int32[s]        every list's chain heads (zh_lexicon.h)
 *   LEX_CP      uint32[c]       every list's code points
 *   LEX_TEXT    char[t]         each list's description, from its header
 *
 * Nodes are in breadth-first order, so each node's children are contiguous
 * and sorted by code point: finding a child is a binary search over a few
 * labels.  Everything one step of the segmenter's walk needs (the label it
 * compares, where the children are, whether a word ends here and its
 * log-probability) sits in one 16-byte node, so a step costs one cache miss
 * where three separate arrays cost three.  The two widest searches are
 * replaced by tables: the root's children through ROOT_BMP, and the
 * children of first characters (hundreds each for common characters, ten
 * probes scattered over kilobytes) through PAIR_HASH, an open-addressing
 * table at most 70% full, probed linearly from zh_dict_pair_slot().
 *
 * The header checksum and the sizes let open refuse a truncated or foreign
 * file before following any offset; the body checksum (zh_checksum64 over
 * every byte after the header) is checked by zh_dict_verify, when the
 * compiler writes the file and in the tests, not by every backend's open.
 */
#ifndef ZH_DICT_FORMAT_H
#define ZH_DICT_FORMAT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define ZH_DICT_MAGIC		"ZHDOCDIC"
#define ZH_DICT_VERSION		6
#define ZH_DICT_ENDIAN_MARK	0x01020304u
#define ZH_DICT_POS_WIDTH	8

enum
{
	ZH_SEC_TRIE_NODE = 0,
	ZH_SEC_ROOT_BMP,
	ZH_SEC_PAIR_HASH,
	ZH_SEC_WORD_POS,
	ZH_SEC_POS_NAMES,
	ZH_SEC_HMM_PROB,
	ZH_SEC_EMIT_INDEX,
	ZH_SEC_EMIT_ROWS,
	ZH_SEC_CHAR_FLAGS,
	ZH_SEC_NAME_PROB,
	ZH_SEC_CHAR_PROB,
	ZH_SEC_OTHER3_PROB,
	ZH_SEC_LEX_LIST,
	ZH_SEC_LEX_ENTRY,
	ZH_SEC_LEX_SLOT,
	ZH_SEC_LEX_CP,
	ZH_SEC_LEX_TEXT,
	ZH_SEC_COUNT
};

/* HMM states, in the order of HMM_PROB and EMIT_ROWS. */
enum
{
	ZH_HMM_B = 0, ZH_HMM_M, ZH_HMM_E, ZH_HMM_S
};

/* CHAR_FLAGS bits. */
#define ZH_CF_SURNAME	0x01	/* begins many three-character person names */

/* A trie node: 16 bytes, so four share a cache line and none straddles two. */
typedef struct ZhDictNode
{
	uint32_t	label;			/* code point on the edge into this node */
	uint32_t	first;			/* children: [first, next node's first) */
	uint32_t	value;			/* word id + 1 ending here, 0 for none */
	float		logp;			/* that word's log(freq / total), else 0 */
} ZhDictNode;

/* A PAIR_HASH slot: the node reached by two BMP characters. */
typedef struct ZhDictPair
{
	uint32_t	key;			/* first << 16 | second */
	uint32_t	node;			/* 0 for an empty slot */
} ZhDictPair;

static inline uint32_t
zh_dict_pair_key(uint32_t c1, uint32_t c2)
{
	return c1 << 16 | c2;
}

/*
 * First slot to probe for `key` in a table of 2^bits slots: Fibonacci
 * hashing, whose top bits mix every bit of the key, so the dense block of
 * CJK code points still spreads evenly.
 */
static inline uint32_t
zh_dict_pair_slot(uint32_t key, uint32_t bits)
{
	return (uint32_t) (key * 0x9E3779B1u) >> (32 - bits);
}

/* Where one word list lies in the LEX_* sections; indexes, not bytes. */
typedef struct ZhDictLexList
{
	char		kind[24];		/* NUL-padded, as zh_lexicon_kinds.h names it */
	uint32_t	entry_first;	/* its entries: LEX_ENTRY[entry_first, + n) */
	uint32_t	n;
	uint32_t	slot_first;		/* its heads: LEX_SLOT[slot_first, + 2^slot_bits) */
	uint32_t	slot_bits;
	uint32_t	cp_first;		/* its code points: LEX_CP[cp_first, + n_cp) */
	uint32_t	n_cp;
	uint32_t	max_len;
	uint32_t	about_first;	/* its description: LEX_TEXT[about_first, + about_len) */
	uint32_t	about_len;
	uint32_t	reserved;		/* zero */
} ZhDictLexList;

typedef struct ZhDictSection
{
	uint64_t	offset;
	uint64_t	size;
} ZhDictSection;

typedef struct ZhDictHeader
{
	char		magic[8];
	uint32_t	version;
	uint32_t	endian;
	uint32_t	header_size;
	uint32_t	n_nodes;
	uint32_t	n_words;
	uint32_t	n_pos;
	uint32_t	n_emit_rows;
	uint32_t	max_word_len;	/* in code points */
	uint32_t	pair_bits;		/* PAIR_HASH has 2^pair_bits slots */
	uint32_t	n_lex_lists;	/* ZH_LEX_COUNT of the compiler */
	uint32_t	n_lex_entries;
	uint32_t	n_lex_slots;
	uint32_t	n_lex_cp;
	uint32_t	lex_text_size;
	uint32_t	reserved;		/* zero; keeps the doubles aligned */
	uint64_t	file_size;
	double		log_total;		/* log of the sum of all frequencies */
	double		min_logp;		/* log(1 / total): an unseen character */
	ZhDictSection sec[ZH_SEC_COUNT];
	uint64_t	body_checksum;
	uint64_t	header_checksum;	/* of this struct with this field zero */
} ZhDictHeader;

/*
 * A checksum fast enough to run over the whole file at every open: eight
 * independent multiply-xor lanes over 8-byte words keep it at memory speed
 * (about 8 GB/s, a millisecond for the shipped file), and a final mix makes
 * every lane and the length count.  Multiplying by an odd constant is
 * invertible, so a change in any word survives to the end of its lane.  It
 * detects truncation and damage, not tampering, which is all the file needs.
 */
static inline uint64_t
zh_checksum64(const void *data, size_t n)
{
	const unsigned char *p = data;
	const uint64_t k = 0xFF51AFD7ED558CCDull;
	uint64_t	h[8];
	uint64_t	out = (uint64_t) n;
	size_t		i = 0;
	int			j;

	for (j = 0; j < 8; j++)
		h[j] = 0x9E3779B97F4A7C15ull * (uint64_t) (j + 1);
	for (; i + 64 <= n; i += 64)
	{
		uint64_t	w[8];

		memcpy(w, p + i, 64);
		for (j = 0; j < 8; j++)
			h[j] = (h[j] ^ w[j]) * k;
	}
	for (j = 0; j < 8; j++)
	{
		out ^= h[j] ^ (h[j] >> 29);
		out *= k;
	}
	for (; i < n; i++)
	{
		out ^= p[i];
		out *= k;
	}
	return out ^ (out >> 31);
}

#endif
