/*
 * rk_rows.c: a document's rows gathered as fields and written with one
 * rk_out_rows call.  A page makes a dozen rows or more, and a stdio call
 * per row costs more than the bytes of a short one.  A row may carry one
 * number (a paragraph or sentence number) that is written out only when
 * the rows go: the arrays move while they grow, so nothing may point into
 * them before.
 */
#include <stdio.h>
#include <stdlib.h>

#include "rk.h"

struct rk_str *
rk_rows_add(struct rk_rows *r, FILE *fp, size_t width)
{
	/* rows of another width go out first */
	if (r->n > 0 && width != r->width)
		rk_rows_flush(r, fp);
	r->width = width;
	if ((r->n + 1) * width > r->capf) {
		r->capf = 2 * (r->n + 1) * width + 64;
		r->f = rk_xrealloc(r->f, r->capf, sizeof(*r->f));
	}
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 64;
		r->num = rk_xrealloc(r->num, r->cap, sizeof(*r->num));
		r->numat = rk_xrealloc(r->numat, r->cap, sizeof(*r->numat));
		r->nb = rk_xrealloc(r->nb, r->cap, sizeof(*r->nb));
	}
	r->num[r->n] = -1;
	return r->f + width * r->n++;
}

void
rk_rows_num(struct rk_rows *r, size_t field, long v)
{
	r->num[r->n - 1] = v;
	r->numat[r->n - 1] = field;
}

void
rk_rows_flush(struct rk_rows *r, FILE *fp)
{
	size_t k, i;
	unsigned long u;

	if (r->n == 0)
		return;
	for (k = 0; k < r->n; k++) {
		if (r->num[k] < 0)
			continue;
		i = sizeof(r->nb[k]);
		u = (unsigned long)r->num[k];
		do {
			r->nb[k][--i] = (char)('0' + u % 10);
			u /= 10;
		} while (u > 0);
		r->f[k * r->width + r->numat[k]].s = r->nb[k] + i;
		r->f[k * r->width + r->numat[k]].len = sizeof(r->nb[k]) - i;
	}
	rk_out_rows(fp, r->f, r->n, r->width);
	r->n = 0;
}

void
rk_rows_free(struct rk_rows *r)
{
	free(r->f);
	free(r->num);
	free(r->numat);
	free(r->nb);
	*r = (struct rk_rows){ 0 };
}
