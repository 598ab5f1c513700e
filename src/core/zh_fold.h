/*
 * zh_fold.h — character-level folding: NFKC, traditional to simplified (OpenCC), and
 * one spelling for line breaks and tabs.
 */
#ifndef ZH_FOLD_H
#define ZH_FOLD_H

#include "zh_text.h"

/*
 * Fold `in` into `out` (initialised here).  Offsets follow each character.
 * NFKC turns full-width letters and digits into ASCII, but the Chinese
 * sentence punctuation （），：；！？ and … keep their full-width forms: they are
 * the normal spelling of Chinese text and later stages read them.
 */
ZhStatus	zh_fold(const ZhEnv *env, const ZhText *in, ZhText *out);

#endif
