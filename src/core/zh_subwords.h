/*
 * zh_subwords.h — the dictionary words inside one word, as UTF-8: what a
 * search index adds so that 人民币 finds 数字人民币.
 */
#ifndef ZH_SUBWORDS_H
#define ZH_SUBWORDS_H

#include "zh_dict.h"
#include "zh_env.h"

/*
 * The distinct dictionary words of two characters or more inside the UTF-8
 * word s[0, n), other than the whole, in order of start then length.
 * *out is an array of *nout NUL-terminated strings, allocated with env
 * (NULL when there are none).  A word of fewer than three characters has
 * none.
 */
ZhStatus	zh_subwords_utf8(const ZhEnv *env, const ZhDict *d, const char *s, size_t n,
							 char ***out, size_t *nout);

#endif
