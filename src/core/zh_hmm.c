/*
 * zh_hmm.c — Viterbi decoding of B/M/E/S states.
 *
 * Only four transitions are possible in a word-segmentation model (a word
 * begins after an end or a single, continues after a begin or a middle,
 * ...), so each step compares two predecessors per state.  Scores are kept
 * for the current and previous position only; back pointers for all, one
 * byte per state, which is what the caller's scratch holds.
 */
#include "zh_hmm.h"

/* The two states that may precede each state. */
static const uint8_t prev_states[4][2] = {
	{ZH_HMM_E, ZH_HMM_S},		/* B */
	{ZH_HMM_M, ZH_HMM_B},		/* M */
	{ZH_HMM_B, ZH_HMM_M},		/* E */
	{ZH_HMM_S, ZH_HMM_E}		/* S */
};

size_t
zh_hmm_cut(const ZhDict *d, const uint32_t *cp, size_t n,
		   uint8_t *back, uint32_t *ends)
{
	double		v[4],
				nv[4];
	size_t		t,
				nends = 0;
	int			s,
				state;

	if (n == 0)
		return 0;
	for (s = 0; s < 4; s++)
	{
		v[s] = d->hmm_start[s] + zh_dict_emit(d, cp[0], s);
		back[s] = (uint8_t) s;
	}
	for (t = 1; t < n; t++)
	{
		for (s = 0; s < 4; s++)
		{
			int			p0 = prev_states[s][0],
						p1 = prev_states[s][1];
			double		a = v[p0] + d->hmm_trans[p0 * 4 + s],
						b = v[p1] + d->hmm_trans[p1 * 4 + s];

			if (a >= b)
			{
				nv[s] = a;
				back[t * 4 + s] = (uint8_t) p0;
			}
			else
			{
				nv[s] = b;
				back[t * 4 + s] = (uint8_t) p1;
			}
			nv[s] += zh_dict_emit(d, cp[t], s);
		}
		for (s = 0; s < 4; s++)
			v[s] = nv[s];
	}

	/* a word must be finished at the end */
	state = v[ZH_HMM_E] >= v[ZH_HMM_S] ? ZH_HMM_E : ZH_HMM_S;

	/*
	 * Walk back; a word ends after every E or S.  Ends come out in reverse
	 * order and are flipped at the end.
	 */
	t = n;
	while (t-- > 0)
	{
		if (state == ZH_HMM_E || state == ZH_HMM_S)
			ends[nends++] = (uint32_t) (t + 1);
		state = back[t * 4 + state];
	}
	for (t = 0; t < nends / 2; t++)
	{
		uint32_t	tmp = ends[t];

		ends[t] = ends[nends - 1 - t];
		ends[nends - 1 - t] = tmp;
	}
	return nends;
}
