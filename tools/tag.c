/*
 * tag.c: rk-tag's driver.  It owns the span list, runs the recognisers
 * over each sentence of a document and writes the rows, turning the
 * recognisers' byte offsets into code-point offsets.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "tag.h"

static struct tag_list spans;
/* the values of the entity rows not yet written (the span list's go
 * with the next sentence) */
static struct rk_buf cell;
/*
 * Rows written at once: a document's, or as many as the arrays hold (they
 * go out before the arrays or cell move, which would leave the rows'
 * pointers behind).  8 fields a row, 2 numbers a row.
 */
static struct rk_str *rowf;
static struct rownum {
	char	 num[2][24];
	char	 kind[16];	/* the span's (the span list is the next
				 * sentence's when the row goes) */
} *rownum;
static size_t nrows, crows;

static void rows_flush(FILE *out);

/* Room for n more rows, the rows so far written first if there is not. */
static void
rows_grow(size_t n, FILE *out)
{
	if (nrows + n > crows && nrows > 0)
		rows_flush(out);
	if (nrows + n > crows) {
		/* a document's rows at least, most of the time */
		crows = n * 2 < 128 ? 128 : n * 2;
		rowf = rk_xrealloc(rowf, crows, 8 * sizeof(*rowf));
		rownum = rk_xrealloc(rownum, crows, sizeof(*rownum));
	}
}

/* Row r passed through, with empty start and end, to be written. */
static void
rows_pass(const struct rk_row *r, FILE *out)
{
	struct rk_str *f;

	rows_grow(1, out);
	f = rowf + 8 * nrows++;
	memcpy(f, r->f, 6 * sizeof(*f));
	f[6].s = f[7].s = NULL;
	f[6].len = f[7].len = 0;
}

static void
rows_flush(FILE *out)
{
	rk_out_rows(out, rowf, nrows, 8);
	nrows = 0;
	tag_buf_reset(&cell);
}

void
tag_init(void)
{
	date_init();
	ent_init();
}

void
tag_fini(void)
{
	date_fini();
	ent_fini();
	tag_list_free(&spans);
	rk_buf_free(&cell);
	free(rowf);
	free(rownum);
	rowf = NULL;
	rownum = NULL;
	nrows = crows = 0;
}

/* By start, longer first, then kind, so the output is deterministic. */
static int
span_cmp(const void *a, const void *b)
{
	const struct tag_span *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;
	return strcmp(x->kind, y->kind);
}

/* Insertion sort by span_cmp: a sentence has a few spans, qsort costs more. */
static void
span_isort(struct tag_span *v, size_t n)
{
	struct tag_span t;
	size_t i, j;

	for (i = 1; i < n; i++) {
		if (span_cmp(&v[i - 1], &v[i]) <= 0)
			continue;
		t = v[i];
		for (j = i; j > 0 && span_cmp(&v[j - 1], &t) > 0; j--)
			v[j] = v[j - 1];
		v[j] = t;
	}
}

static int
span_same(const struct tag_span *x, const struct tag_span *y)
{
	return x->start == y->start && x->end == y->end &&
	    strcmp(x->kind, y->kind) == 0;
}

/* Move a byte offset back onto the start of a UTF-8 sequence. */
static size_t
snap(const char *s, size_t len, size_t off)
{
	if (off > len)
		off = len;
	while (off > 0 && off < len && ((unsigned char)s[off] & 0xC0) == 0x80)
		off--;
	return off;
}

/* v in decimal at the end of buf[24]; returns where it starts. */
static inline char *
decimal(char *buf, size_t v)
{
	/* "00" to "99": two digits a division */
	static const char d2[] =
	    "00010203040506070809101112131415161718192021222324"
	    "25262728293031323334353637383940414243444546474849"
	    "50515253545556575859606162636465666768697071727374"
	    "75767778798081828384858687888990919293949596979899";
	char *p = buf + 24;

	while (v >= 100) {
		p -= 2;
		memcpy(p, d2 + 2 * (v % 100), 2);
		v /= 100;
	}
	if (v >= 10) {
		p -= 2;
		memcpy(p, d2 + 2 * v, 2);
	} else
		*--p = (char)('0' + v);
	return p;
}

/* strlen of a span's kind (char[12]): the first NUL of its 8 first bytes */
static inline size_t
kind_len(const char *k)
{
#if defined(__GNUC__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint64_t w, z;

	memcpy(&w, k, 8);
	z = RK_HAS_LESS(w, 1);	/* its lowest bit is exact */
	if (z == 0)
		return 8 + strlen(k + 8);
	return (size_t)__builtin_ctzll(z) >> 3;
#else
	return strlen(k);
#endif
}

static void
write_sent(const struct rk_row *r, struct tag_list *l, FILE *out)
{
	const char *s = r->f[4].s;
	size_t len = r->f[4].len, i, a, b, cpa, cpb, last = 0, lastcp = 0;
	struct tag_span *sp, *v;
	struct rk_str *f;
	struct rownum *rn;
	char *na, *nb;
	int ascii;
	size_t n, nr;
	const char *vals = "";

	rows_grow(l->n, out);
	/* the values kept till the rows go: the span list's are the
	 * next sentence's then */
	if (l->vals.len > 0) {
		if (cell.data != NULL && l->vals.len >= cell.cap - cell.len)
			rows_flush(out);
		rk_buf_add(&cell, l->vals.data, l->vals.len);
		vals = cell.data + cell.len - l->vals.len;
	}
	ascii = l->n > 0 && (ent_ascii >= 0 ? ent_ascii : rk_is_ascii(s, len));
	for (i = 0; i < l->n; i++) {
		sp = &l->v[i];
		if (ascii) {
			/* snap() of an ASCII sentence: no byte to step over */
			sp->start = sp->start > len ? len : sp->start;
			sp->end = sp->end > len ? len : sp->end;
			continue;
		}
		sp->start = snap(s, len, sp->start);
		sp->end = snap(s, len, sp->end);
	}
	if (l->n > 16)
		qsort(l->v, l->n, sizeof(*l->v), span_cmp);
	else
		span_isort(l->v, l->n);
	/* the list and the row count in locals: the digits stored below
	 * are char stores, after which the compiler would load them again */
	v = l->v;
	n = l->n;
	nr = nrows;
	for (i = 0; i < n; i++) {
		sp = &v[i];
		a = sp->start;
		b = sp->end;
		if (b <= a || (i > 0 && span_same(sp, &v[i - 1])))
			continue;
		if (ascii) {
			cpa = a;
			cpb = b;
		} else {
			/* starts are sorted: count code points incrementally */
			cpa = lastcp + rk_utf8_count(s + last, a - last);
			last = a;
			lastcp = cpa;
			cpb = cpa + rk_utf8_count(s + a, b - a);
		}
		f = rowf + 8 * nr;
		rn = &rownum[nr++];
		na = rn->num[0];
		nb = rn->num[1];
		f[0] = r->f[0];
		f[1] = r->f[1];
		f[2] = r->f[2];
		memcpy(rn->kind, sp->kind, sizeof(sp->kind));
		f[3].s = rn->kind;
		f[3].len = kind_len(sp->kind);
		f[4].s = s + a;
		f[4].len = b - a;
		f[5].s = vals + sp->voff;
		f[5].len = sp->vlen;
		f[6].s = decimal(na, cpa);
		f[6].len = (size_t)(na + 24 - f[6].s);
		f[7].s = decimal(nb, cpb);
		f[7].len = (size_t)(nb + 24 - f[7].s);
	}
	nrows = nr;
}

void
tag_doc(const struct tag_opts *opts, const struct rk_stream *s,
    const struct rk_doc *doc, FILE *out)
{
	struct date_ctx dc;
	struct ent_ctx *ec;
	const struct rk_row *r;
	size_t i;
	int retag = s->ncols >= 8 && strcmp(s->cols[6], "start") == 0;

	memset(&dc, 0, sizeof(dc));
	dc.verbose = opts->verbose;
	dc.docid = doc->id;
	date_doc_begin(&dc, s, doc);
	dc.docid = doc->id;
	/* the first pass sees the dates too; -v warns in the second */
	dc.verbose = 0;
	ec = ent_doc_begin(s, doc, &dc);
	dc.verbose = opts->verbose;
	for (i = 0; i < doc->n; i++) {
		r = doc->rows[i];
		/* re-tagging rk-tag output: its old entity rows are dropped */
		if (retag && r->f[6].len > 0)
			continue;
		if (!TAG_IS(r->f[3], "sent")) {
			rows_pass(r, out);
			continue;
		}
		/* a sentence: written with its entities by write_sent */
		rows_pass(r, out);
		/* -v warnings (rk_warn flushes stdout) follow the sentence */
		if (opts->verbose)
			rows_flush(out);
		tag_list_reset(&spans);
		if (opts->verbose ||
		    !ent_dates(ec, r->f[4].s, r->f[4].len, &spans))
			date_tag(&dc, r->f[4].s, r->f[4].len, &spans);
		ent_tag(ec, r->f[4].s, r->f[4].len, &spans);
		write_sent(r, &spans, out);
	}
	rows_flush(out);
	ent_doc_end(ec);
}
