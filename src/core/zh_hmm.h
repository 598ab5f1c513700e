/*
 * zh_hmm.h — the B/M/E/S hidden Markov model for words the dictionary lacks.
 *
 * A run of characters that the dictionary path leaves as single characters
 * is often one unknown word (a person's name, a new term).  Viterbi decoding
 * over jieba's four-state model (Begin, Middle, End of a word, Single) finds
 * the likeliest grouping.
 */
#ifndef ZH_HMM_H
#define ZH_HMM_H

#include "zh_dict.h"

/*
 * Cut cp[0, n) into words.  The caller supplies scratch back[n * 4]
 * (bytes).  Word ends (exclusive offsets) go to ends[], at most
 * n of them; returns their count.  Linear in n.
 */
size_t		zh_hmm_cut(const ZhDict *d, const uint32_t *cp, size_t n,
					   uint8_t *back, uint32_t *ends);

#endif
