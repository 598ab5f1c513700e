/*
 * zh_person_bounds.c — where a name the segmenter guessed really ends.
 *
 * The segmenter's name model proposes three-character names only (a
 * surname and two given-name characters), so a two-character name before a
 * word takes the word's first character: 尹莉明 / 白 for 尹莉 / 明白, 李昕那
 * / 种 for 李昕 / 那种.  A fixed rule ("a third character that starts a
 * frequent word is not the name's") cuts real names too: 赵致真 / 的 is not
 * 赵致 / 真的, though 真的 is a frequent word.  What tells them apart is the
 * comparison of the two readings as wholes, as the classic recognisers do:
 * the three characters under the name model and the words the rest makes,
 * against the two-character name and the words from its last character on.
 *
 * Both readings are scored with the segmenter's own edge weights
 * (zh_seg_word_score, zh_seg_name_score) over the same few characters, the
 * guess and the token after it, so that they end at the same place; the
 * shorter name's one given character is scored as a name's last, with the
 * prior of a two-character name against a three-character one
 * (TWO_CHAR_NAME_LOGP).  A handful of characters: constant work a guess.
 */
#include "zh_person_int.h"
#include "zh_segment.h"

/*
 * log P(a name has two characters) - log P(it has three), added to a
 * two-character name's score.  About a third of the Han names of news
 * prose have two characters (a surname and one given character), two thirds
 * three: log(1/2) is -0.7.  The rest of the margin is the benefit of the
 * doubt a guess the segmenter already preferred keeps: without it 赵致 /
 * 真的 reads 1.8 nats better than 赵致真 / 的, 尹莉 / 明白 5.3 better than
 * 尹莉明 / 白, 李昕 / 那种 6.4.  -2.0 to -3.0 score the same on the even
 * ids of the development set.
 */
#define TWO_CHAR_NAME_LOGP (-2.5)

/* The longest window: a guessed name and the token after it. */
#define WINDOW_MAX 8

/*
 * The best path of words over cp[from, m) (Viterbi, right to left as the
 * segmenter's): best[from], with the length of the first word in *first.
 */
static double
best_words(const ZhDict *d, const uint32_t *cp, size_t from, size_t m, size_t *first)
{
	double		best[WINDOW_MAX + 1];
	uint8_t		len[WINDOW_MAX];

	best[m] = 0.0;
	for (size_t i = m; i-- > from;)
	{
		best[i] = ZH_SEG_NO_EDGE * 2;
		len[i] = 1;
		for (size_t k = 1; i + k <= m; k++)
		{
			double		sc = zh_seg_word_score(d, cp + i, k);

			if (sc > ZH_SEG_NO_EDGE && sc + best[i + k] > best[i])
			{
				best[i] = sc + best[i + k];
				len[i] = (uint8_t) k;
			}
		}
	}
	*first = len[from];
	return best[from];
}

/*
 * cp[0, m) is a guessed three-character name and what follows it up to a
 * token boundary.  Is it better read as a two-character name and words
 * whose first, of two characters or more, begins with the guess's third
 * character (尹莉 / 明白)?  A third character left alone (梁连 / 起 / 从) is
 * not enough: a function word after a name is the business of the list
 * of characters prose puts after names.
 */
bool
zh_person_shorter_name(const ZhDict *d, const uint32_t *cp, size_t m)
{
	double		three = zh_seg_name_score(d, cp, 3),
				two = zh_seg_name_score(d, cp, 2);
	size_t		first;

	if (m <= 3 || m > WINDOW_MAX || three <= ZH_SEG_NO_EDGE || two <= ZH_SEG_NO_EDGE)
		return false;
	three += best_words(d, cp, 3, m, &first);
	two += TWO_CHAR_NAME_LOGP + best_words(d, cp, 2, m, &first);
	return first >= 2 && two > three;
}
