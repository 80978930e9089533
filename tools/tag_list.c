/*
 * tag_list.c: the span list the recognisers fill (tag.h).  Apart from tag.c
 * so that a recogniser's unit test links it without the driver.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "tag.h"

/*
 * The span and its value stored, l having room for both (and the NUL).
 */
static inline void
tag_put(struct tag_list *l, size_t start, size_t end, const char *kind,
    size_t klen, const char *value, size_t vlen)
{
	struct tag_span *sp;

	sp = &l->v[l->n++];
	sp->start = start;
	sp->end = end;
	/* the bytes after the NUL zero too (tag.c reads 8 at once) */
	memset(sp->kind, 0, sizeof(sp->kind));
	if (klen > sizeof(sp->kind) - 1)
		klen = sizeof(sp->kind) - 1;
	tag_copy_short(sp->kind, kind, klen);
	sp->voff = l->vals.len;
	sp->vlen = vlen;
	if (vlen > 0) {
		tag_copy_short(l->vals.data + l->vals.len, value, vlen);
		l->vals.len += vlen;
		l->vals.data[l->vals.len] = '\0';
	}
}

/*
 * tag_addk when l must grow or the value is long: apart, so that the
 * common case calls nothing (and saves no registers).
 */
static void tag_add_grow(struct tag_list *, size_t, size_t, const char *,
    size_t, const char *, size_t) __attribute__((noinline));

static void
tag_add_grow(struct tag_list *l, size_t start, size_t end, const char *kind,
    size_t klen, const char *value, size_t vlen)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 32;
		l->v = rk_xrealloc(l->v, l->cap, sizeof(*l->v));
	}
	if (vlen > 0 && (l->vals.data == NULL ||
	    vlen >= l->vals.cap - l->vals.len))
		rk_buf_grow(&l->vals, vlen);
	tag_put(l, start, end, kind, klen, value, vlen);
}

void
tag_addk(struct tag_list *l, size_t start, size_t end, const char *kind,
    size_t klen, const char *value, size_t vlen)
{
	if (end <= start)
		return;
	if (l->n == l->cap || (vlen > 0 && (vlen > TAG_SHORT ||
	    l->vals.data == NULL || vlen >= l->vals.cap - l->vals.len)))
		tag_add_grow(l, start, end, kind, klen, value, vlen);
	else
		tag_put(l, start, end, kind, klen, value, vlen);
}

void
tag_list_reset(struct tag_list *l)
{
	l->n = 0;
	tag_buf_reset(&l->vals);
}

void
tag_list_free(struct tag_list *l)
{
	free(l->v);
	rk_buf_free(&l->vals);
	memset(l, 0, sizeof(*l));
}

int
tag_overlaps(const struct tag_list *l, size_t start, size_t end, const char *kind)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		if (kind != NULL && strcmp(l->v[i].kind, kind) != 0)
			continue;
		if (l->v[i].start < end && start < l->v[i].end)
			return 1;
	}
	return 0;
}
