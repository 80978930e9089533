/*
 * tag_list.c: the span list the recognisers fill (tag.h).  Apart from tag.c
 * so that a recogniser's unit test links it without the driver.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "tag.h"

void
tag_add(struct tag_list *l, size_t start, size_t end, const char *kind,
    const char *value, size_t vlen)
{
	struct tag_span *sp;
	size_t n;

	if (end <= start)
		return;
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 32;
		l->v = rk_xrealloc(l->v, l->cap, sizeof(*l->v));
	}
	sp = &l->v[l->n++];
	sp->start = start;
	sp->end = end;
	/* kinds are a few letters: a loop, not strlen and memcpy calls;
	 * the bytes after the NUL zero too (tag.c reads 8 at once) */
	memset(sp->kind, 0, sizeof(sp->kind));
	for (n = 0; n < sizeof(sp->kind) - 1 && kind[n] != '\0'; n++)
		sp->kind[n] = kind[n];
	sp->kind[n] = '\0';
	sp->voff = l->vals.len;
	sp->vlen = vlen;
	if (vlen > 0 && vlen <= 16 && l->vals.data != NULL &&
	    l->vals.cap - l->vals.len > 17) {
		/* a short value (most): loads and stores inside it, the
		 * first and last 8 (or 4) bytes, or its 1 to 3 bytes */
		char *d = l->vals.data + l->vals.len;

		if (vlen >= 8) {
			uint64_t a, b;

			memcpy(&a, value, 8);
			memcpy(&b, value + vlen - 8, 8);
			memcpy(d, &a, 8);
			memcpy(d + vlen - 8, &b, 8);
		} else if (vlen >= 4) {
			uint32_t a, b;

			memcpy(&a, value, 4);
			memcpy(&b, value + vlen - 4, 4);
			memcpy(d, &a, 4);
			memcpy(d + vlen - 4, &b, 4);
		} else {
			d[0] = value[0];
			d[vlen / 2] = value[vlen / 2];
			d[vlen - 1] = value[vlen - 1];
		}
		l->vals.len += vlen;
		d[vlen] = '\0';
	} else if (vlen > 0)
		rk_buf_add(&l->vals, value, vlen);
}

void
tag_list_reset(struct tag_list *l)
{
	l->n = 0;
	rk_buf_reset(&l->vals);
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
