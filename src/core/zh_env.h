/*
 * zh_env.h — what the core needs from whoever calls it.
 *
 * The core never calls PostgreSQL.  Inside the server the glue hands it palloc
 * in a short-lived memory context and a check that runs CHECK_FOR_INTERRUPTS();
 * the unit tests hand it malloc and a no-op.  Errors come back as ZhStatus
 * values so that the caller decides how to report them.
 */
#ifndef ZH_ENV_H
#define ZH_ENV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum ZhStatus
{
	ZH_OK = 0,
	ZH_ERR_NOMEM,				/* the allocator returned NULL */
	ZH_ERR_TOO_LARGE,			/* input beyond what the core accepts */
	ZH_ERR_ICU,					/* ICU refused an operation */
	ZH_ERR_INVALID				/* an argument the caller should have checked */
} ZhStatus;

typedef struct ZhEnv
{
	/* Return NULL on failure (or never return, as palloc does). */
	void	   *(*alloc) (void *opaque, size_t size);
	void		(*release) (void *opaque, void *ptr);
	/* Called every few thousand units of work; may not return (cancel). */
	void		(*check) (void *opaque);
	void	   *opaque;
} ZhEnv;

/* How often long loops call env->check: a power of two, in loop iterations. */
#define ZH_CHECK_EVERY 4096

static inline void
zh_maybe_check(const ZhEnv *env, size_t i)
{
	if ((i & (ZH_CHECK_EVERY - 1)) == 0 && env->check)
		env->check(env->opaque);
}

static inline void *
zh_alloc(const ZhEnv *env, size_t size)
{
	return env->alloc(env->opaque, size ? size : 1);
}

static inline void
zh_free(const ZhEnv *env, void *ptr)
{
	if (ptr && env->release)
		env->release(env->opaque, ptr);
}

/* Largest input the core takes, in bytes: PostgreSQL's own limit for a value. */
#define ZH_MAX_INPUT_BYTES ((size_t) 0x3FFFFFFF)


#endif
