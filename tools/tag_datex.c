/*
 * tag_datex.c: the rules of rk-tag's DATE TIME NUM PERCENT MONEY
 * recogniser, the grammars scan() in tag_date.c tries at each token:
 * dates (numeric, named, ranges, relative, years alone, and the year of
 * a date without one), times, and numbers, percentages and money.
 * Split out of tag_date.c to keep each file readable in one sitting;
 * what the two share is in tag_date_int.h.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "tag.h"
#include "tag_date_int.h"

static const char *const wdname[7] = {
	"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"
};

/* A range mark: - – hingga sampai (dengan) s.d. s/d sd; "dan" sets *dan. */
static size_t
sep_at(size_t i, int *dan)
{
	size_t k;

	*dan = 0;
	if (is_dash(i))
		return i + 1;
	switch (wc(i)) {
	case W_RANGE:
		return wc(i + 1) == W_DENGAN ? i + 2 : i + 1;
	case W_DAN:
		*dan = 1;
		return i + 1;
	case W_S:
		if ((is_p(i + 1, '.') || is_p(i + 1, '/')) && wc(i + 2) == W_D &&
		    glued(i + 1) && glued(i + 2)) {
			k = i + 3;
			if (is_p(k, '.') && glued(k))
				k++;
			return k;
		}
		break;
	}
	return 0;
}

/* ---- dates ------------------------------------------------------------- */

/*
 * d/m[/y] from numbers and '/' marks: "6/5", "15/02/2022", "11/10 /2022".
 * Returns the token after it, or 0.
 */
static size_t
slash_at(size_t i, int need3, struct ymd *r)
{
	long g[3];
	int nd[3], n = 0, j;
	size_t k = i;

	for (;;) {
		if (k >= NT || T[k].type != T_NUM || T[k].ng <= 0)
			break;
		for (j = 0; j < T[k].ng; j++) {
			if ((j > 0 && T[k].sep[j] != '/') || n == 3)
				return 0;
			g[n] = T[k].g[j];
			nd[n++] = T[k].nd[j];
		}
		k++;
		if (n < 3 && is_p(k, '/') && k + 1 < NT && T[k + 1].type == T_NUM &&
		    (glued(k) || glued(k + 1))) {
			k++;
			continue;
		}
		break;
	}
	if (n < 2 || (need3 && n < 3) || nd[0] > 2 || nd[1] > 2)
		return 0;
	if (g[0] < 1 || g[0] > 31 || g[1] < 1 || g[1] > 12)
		return 0;
	r->d = (int)g[0];
	r->m = (int)g[1];
	r->y = 0;
	if (n == 3) {
		if (nd[2] == 4 && g[2] >= 1800 && g[2] <= 2099)
			r->y = (int)g[2];
		else if (nd[2] == 2)
			r->y = (int)g[2] + (g[2] < 70 ? 2000 : 1900);
		else
			return 0;
	}
	if (r->d > dim(r->m, r->y))
		return 0;
	return k;
}

/* A day after a month whose year is known: "31 Juni 2024" keeps 2024-06. */
static int
fixday(struct ymd *r)
{
	if (r->d <= dim(r->m, r->y))
		return 1;
	if (r->y == 0)
		return 0;
	r->d = 0;
	return 1;
}

/* Written dates without a weekday; returns the token after, or 0. */
static size_t
named_at(size_t i, struct dres *r)
{
	size_t k, k2, k3;
	int d, d2, m, m2, y, dan;

	/* d [- d2] Month [yyyy] */
	if ((d = day_tok(i)) != 0) {
		k = i + 1;
		if ((k2 = sep_at(k, &dan)) != 0 && (d2 = day_tok(k2)) != 0 &&
		    (m = month_at(k2 + 1, &k3)) != 0) {
			if (d2 <= d || (dan && d2 != d + 1))
				return 0;
			k = k3;
			r->b.d = d2;
			r->b.m = m;
		} else if ((m = month_at(k, &k3)) != 0)
			k = k3;
		else
			return 0;
		r->a.d = d;
		r->a.m = m;
		if ((y = year_tok(k)) != 0) {
			r->a.y = r->b.y = y;
			k++;
		}
		if (!fixday(&r->a))
			return 0;
		if (r->b.m && (!fixday(&r->b) || r->b.d == 0))
			r->b.m = r->b.d = 0;
		return k;
	}
	/* Month d, yyyy (English order) */
	if ((m = month_at(i, &k)) != 0 && (d = day_tok(k)) != 0) {
		k2 = k + 1;
		if (is_p(k2, ','))
			k2++;
		if ((y = year_tok(k2)) != 0) {
			r->a.y = y;
			r->a.m = m;
			r->a.d = d;
			if (!fixday(&r->a))
				return 0;
			return k2 + 1;
		}
	}
	/* [bulan] Month [- Month2] yyyy */
	k = i;
	if (wc(k) == W_BULAN)
		k++;
	if ((m = month_at(k, &k2)) != 0) {
		if ((y = year_tok(k2)) != 0) {
			r->a.y = y;
			r->a.m = m;
			return k2 + 1;
		}
		if ((k3 = sep_at(k2, &dan)) != 0 && !dan &&
		    (m2 = month_at(k3, &k)) != 0 && m2 > m && (y = year_tok(k)) != 0) {
			r->a.y = r->b.y = y;
			r->a.m = m;
			r->b.m = m2;
			return k + 1;
		}
	}
	return 0;
}

/* 12-11-2020, 2021-03-18 (ISO), 12.11.2020: numbers glued by marks */
static size_t
dashdot_at(size_t i, struct ymd *r)
{
	const struct tok *t = &T[i];

	if (t->type != T_NUM)
		return 0;
	if (t->ng == 3 && t->sep[1] == '.' && t->sep[2] == '.' && t->nd[0] <= 2 &&
	    t->nd[1] <= 2 && t->nd[2] == 4) {
		r->d = (int)t->g[0];
		r->m = (int)t->g[1];
		r->y = (int)t->g[2];
	} else if (t->ng == 1 && i + 4 < NT && T[i + 1].type == T_PUNCT &&
	    T[i + 1].cp == '-' && is_p(i + 3, '-') && glued(i + 1) &&
	    glued(i + 2) && glued(i + 3) && glued(i + 4) &&
	    T[i + 2].type == T_NUM && T[i + 2].ng == 1 && T[i + 2].nd[0] <= 2 &&
	    T[i + 4].type == T_NUM && T[i + 4].ng == 1) {
		if (t->nd[0] <= 2 && T[i + 4].nd[0] == 4) {
			r->d = (int)t->g[0];
			r->y = (int)T[i + 4].g[0];
		} else if (t->nd[0] == 4 && T[i + 4].nd[0] == 2) {
			r->y = (int)t->g[0];
			r->d = (int)T[i + 4].g[0];
		} else
			return 0;
		r->m = (int)T[i + 2].g[0];
		i += 4;
	} else
		return 0;
	if (r->y < 1800 || r->y > 2099 || r->m < 1 || r->m > 12 || r->d < 1 ||
	    r->d > dim(r->m, r->y) || (i + 1 < NT && glued(i + 1) &&
	    (T[i + 1].type != T_PUNCT || is_dash(i + 1) || is_p(i + 1, '/')))) {
		memset(r, 0, sizeof(*r));
		return 0;
	}
	return i + 1;
}

/* The date proper, after any weekday. */
static size_t
core_at(size_t i, int haswd, struct dres *r)
{
	size_t k;
	int d;

	if (is_p(i, '(')) {
		if ((k = slash_at(i + 1, 0, &r->a)) != 0 && is_p(k, ')'))
			return k + 1;
		/* "(11-12/3)", "(29-31/8/2018)": a range of days */
		if ((d = day_tok(i + 1)) != 0 && is_dash(i + 2) &&
		    (k = slash_at(i + 3, 0, &r->b)) != 0 && is_p(k, ')') &&
		    d < r->b.d) {
			r->a = r->b;
			r->a.d = d;
			return k + 1;
		}
		memset(&r->b, 0, sizeof(r->b));
		memset(&r->a, 0, sizeof(r->a));
		if ((k = named_at(i + 1, r)) != 0 && is_p(k, ')'))
			return k + 1;
		memset(&r->a, 0, sizeof(r->a));
		memset(&r->b, 0, sizeof(r->b));
		return 0;
	}
	if ((k = named_at(i, r)) != 0)
		return k;
	memset(&r->a, 0, sizeof(r->a));
	memset(&r->b, 0, sizeof(r->b));
	/* a bare range with its year: "17-18/10/2023", "3 - 4/7/2024" */
	if ((d = day_tok(i)) != 0 && is_dash(i + 1) && (i == 0 || !glued(i)) &&
	    (k = slash_at(i + 2, 1, &r->b)) != 0 && d < r->b.d &&
	    !(k < NT && glued(k) && (T[k].type == T_WORD || is_p(k, '/')))) {
		r->a = r->b;
		r->a.d = d;
		return k;
	}
	memset(&r->b, 0, sizeof(r->b));
	/* bare 29/03/2023; "Rabu 6/5" with a weekday */
	if (T[i].type == T_NUM && (i == 0 || !is_p(i - 1, '/') || !glued(i)) &&
	    (k = slash_at(i, !haswd, &r->a)) != 0 &&
	    !(k < NT && glued(k) && (T[k].type == T_WORD || is_p(k, '/'))))
		return k;
	memset(&r->a, 0, sizeof(r->a));
	if (i >= NT || (i > 0 && glued(i) && (T[i - 1].type != T_PUNCT ||
	    is_dash(i - 1) || is_p(i - 1, '/') || is_p(i - 1, '.'))))
		return 0;
	return dashdot_at(i, &r->a);
}

static int
ymd_cmp(const struct ymd *a, const struct ymd *b)
{
	if (a->y != b->y)
		return a->y < b->y ? -1 : 1;
	if (a->m != b->m)
		return a->m < b->m ? -1 : 1;
	return a->d < b->d ? -1 : a->d > b->d;
}

/* A weekday (range), day part, comma and "tanggal" before a date. */
static size_t
prefix_at(size_t i, struct dres *r)
{
	size_t k = i, k2;
	int n, dan;

	if (wc(k) != W_WDAY)
		return i;
	r->wd = T[k].wv;
	k++;
	if ((k2 = sep_at(k, &dan)) != 0 && wc(k2) == W_WDAY) {
		r->wd2 = T[k2].wv;
		k = k2 + 1;
	}
	for (n = 0; n < 2; n++) {
		if (wc(k) == W_DAYPART)
			k++;
		else if (wc(k) == W_DINI && wc(k + 1) == W_HARI)
			k += 2;
		else
			break;
	}
	if (is_p(k, ','))
		k++;
	if (wc(k) == W_TANGGAL) {
		k++;
		if (is_p(k, '.') && glued(k))
			k++;
	}
	return k;
}

/* A date at token i; with norange, no second date is joined. */
size_t
date_at(size_t i, int norange, struct dres *r)
{
	struct dres r2;
	size_t k, e, e2, k2;
	int dan;

	memset(r, 0, sizeof(*r));
	r->wd = r->wd2 = -1;
	k = prefix_at(i, r);
	if ((e = core_at(k, r->wd >= 0 || (k > 0 && wc(k - 1) == W_TANGGAL), r)) == 0)
		return 0;
	if (r->a.d == 0 && r->a.m != 0 && r->wd >= 0 && r->b.m == 0 && k == i + 1 &&
	    !T[i].upper)
		return 0;	/* "minggu Desember 2021": a week, not Sunday */
	if (norange || r->b.m != 0 || is_p(e - 1, ')'))
		return e;	/* "Minggu (24/8) hingga Senin (25/8)": two dates */
	/* "30 Juni - 2 Juli 2021", "Senin (6/5) hingga Rabu (8/5)" */
	if ((k2 = sep_at(e, &dan)) == 0 || dan)
		return e;
	if ((e2 = date_at(k2, 1, &r2)) == 0 || r2.b.m != 0)
		return e;
	if ((r->a.d == 0) != (r2.a.d == 0))
		return e;
	if (r->a.y == 0 && r2.a.y != 0)
		r->a.y = r2.a.y - (r->a.m > r2.a.m);
	else if (r2.a.y == 0 && r->a.y != 0)
		r2.a.y = r->a.y + (r2.a.m < r->a.m);
	if (ymd_cmp(&r->a, &r2.a) >= 0 || (r->a.y == 0 && r->a.m > r2.a.m))
		return e;
	r->b = r2.a;
	if (r2.wd >= 0)
		r->wd2 = r2.wd;
	return e2;
}

void
addyear(int y, int w)
{
	int i;

	for (i = 0; i < nyears; i++)
		if (years[i].y == y) {
			years[i].w += w;
			return;
		}
	if (nyears < NYEAR) {
		years[nyears].y = y;
		years[nyears++].w = w;
	}
}

/*
 * The year of d/m nearest the publication date, a date after it counting
 * double (news reports what happened); *second gets the runner-up.
 */
static int
nearyear(const struct date_ctx *c, int m, int d, int *second)
{
	long p = date_days(c->pub_y, c->pub_m, c->pub_d), cost[3], t;
	int y[3], i, j, ty;

	for (i = 0; i < 3; i++) {
		y[i] = c->pub_y - 1 + i;
		cost[i] = date_days(y[i], m, d > dim(m, y[i]) ? dim(m, y[i]) : d) - p;
		cost[i] = cost[i] > 0 ? 2 * cost[i] : -cost[i];
	}
	for (i = 1; i < 3; i++)
		for (j = i; j > 0 && cost[j] < cost[j - 1]; j--) {
			t = cost[j];
			cost[j] = cost[j - 1];
			cost[j - 1] = t;
			ty = y[j];
			y[j] = y[j - 1];
			y[j - 1] = ty;
		}
	*second = y[1];
	return y[0];
}

/*
 * The year of a date written without one: candidates are the year nearest
 * the publication date, the other year next to it, the document's year and
 * the copyright year; a weekday picks the first candidate it fits, except
 * that a date just before the publication date keeps its year (the weekday
 * is then a typo).  0 when nothing is known.  *bad is set when the weekday
 * does not fit the year returned.
 */
static int
infer_year(const struct date_ctx *c, int m, int d, int wd, int *bad)
{
	int cand[8], n = 0, i, j, y2;

	*bad = 0;
	if (c->pub_y) {
		cand[n++] = nearyear(c, m, d, &y2);
		cand[n++] = y2;
	}
	if (c->doc_y)
		cand[n++] = c->doc_y;
	for (i = 0; i < 2 && i < nyears; i++)
		cand[n++] = docyears[i];
	if (c->copy_y)
		cand[n++] = c->copy_y;
	if (n == 0)
		return 0;
	if (wd < 0 || d == 0)
		return cand[0];
	if (c->pub_y && d <= dim(m, cand[0])) {
		/* just before the publication date: a wrong weekday is a typo */
		long dd = date_days(cand[0], m, d) - date_days(c->pub_y, c->pub_m, c->pub_d);

		if (dd >= -45 && dd <= 10) {
			*bad = date_wday(cand[0], m, d) != wd;
			return cand[0];
		}
	}
	for (i = 0; i < n; i++) {
		for (j = 0; j < i; j++)
			if (cand[j] == cand[i])
				break;
		if (j == i && d <= dim(m, cand[i]) && date_wday(cand[i], m, d) == wd)
			return cand[i];
	}
	*bad = 1;
	return cand[0];
}

/*
 * lead (unless NUL), then v zero-padded to width digits, as "%c%0*d" would
 * write it: values are written by hand, rk_buf_printf costs more than
 * finding them.
 */
static void
put_dig(struct rk_buf *b, char lead, int v, int width)
{
	char d[16];
	int n = 0;

	if (v < 0) {
		rk_buf_printf(b, "%.1s%0*d", &lead, width, v);
		return;
	}
	if (lead != '\0')
		tag_buf_addc(b, lead);
	do {
		d[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v > 0);
	while (n < width && n < (int)sizeof(d))
		d[n++] = '0';
	while (n > 0)
		tag_buf_addc(b, d[--n]);
}

static void
put_ymd(struct rk_buf *b, const struct ymd *r)
{
	char v[10];
	size_t n = 0;

	/* the common case (a year of up to 4 digits, month and day of up
	 * to 2) built in place and added at once: the bytes put_dig gives */
	if (r->y >= 0 && r->y <= 9999 && r->m >= 0 && r->m <= 99 &&
	    r->d >= 0 && r->d <= 99) {
		if (r->y) {
			v[0] = (char)('0' + r->y / 1000);
			v[1] = (char)('0' + r->y / 100 % 10);
			v[2] = (char)('0' + r->y / 10 % 10);
			v[3] = (char)('0' + r->y % 10);
			n = 4;
		} else
			v[n++] = '-';
		if (r->m) {
			v[n++] = '-';
			v[n++] = (char)('0' + r->m / 10);
			v[n++] = (char)('0' + r->m % 10);
			if (r->d) {
				v[n++] = '-';
				v[n++] = (char)('0' + r->d / 10);
				v[n++] = (char)('0' + r->d % 10);
			}
		}
		tag_buf_add(b, v, n);
		return;
	}
	if (r->y)
		put_dig(b, '\0', r->y, 4);
	else
		rk_buf_adds(b, "-");
	if (r->m) {
		put_dig(b, '-', r->m, 2);
		if (r->d)
			put_dig(b, '-', r->d, 2);
	}
}

static void
wdwarn(const struct date_ctx *c, const char *s, size_t a, size_t b,
    const struct ymd *r)
{
	if (!c->verbose || r->y == 0 || r->d == 0)
		return;
	rk_warn("%s: \"%.*s\": %04d-%02d-%02d is a %s; keeping the date",
	    c->docid ? c->docid : "-", (int)(b - a), s + a, r->y, r->m, r->d,
	    wdname[date_wday(r->y, r->m, r->d)]);
}

void
put_date(struct date_ctx *c, const char *s, size_t i, size_t e,
    struct dres *r, struct tag_list *out)
{
	int bad = 0, y;
	size_t a = T[i].s, b = T[e - 1].e;

	if (out == NULL) {	/* collecting the document's years */
		if (r->a.y && !r->yearonly)
			addyear(r->a.y, r->a.d ? 3 : 2);
		else if (r->a.y)
			addyear(r->a.y, 1);
		return;
	}
	if (r->a.y == 0 && r->a.m != 0) {
		y = infer_year(c, r->a.m, r->a.d, r->wd, &bad);
		if (y && r->a.d > dim(r->a.m, y))
			y = 0;
		r->a.y = y;
		if (r->b.m != 0 && y)
			r->b.y = y + (r->b.m < r->a.m);
		if (bad && c->verbose)
			rk_warn("%s: \"%.*s\": the weekday does not fit %d, the "
			    "year the document suggests; keeping %d", c->docid ?
			    c->docid : "-", (int)(b - a), s + a, y, y);
	} else if (r->wd >= 0 && r->a.d && date_wday(r->a.y, r->a.m, r->a.d) != r->wd)
		wdwarn(c, s, a, b, &r->a);
	if (r->wd2 >= 0 && r->b.d && r->b.y &&
	    date_wday(r->b.y, r->b.m, r->b.d) != r->wd2)
		wdwarn(c, s, a, b, &r->b);
	tag_buf_reset(&vbuf);
	put_ymd(&vbuf, &r->a);
	if (r->b.m) {
		tag_buf_addc(&vbuf, '/');
		put_ymd(&vbuf, &r->b);
	}
	tag_add(out, a, b, "DATE", vbuf.data, vbuf.len);
}

/* pub + n days, ISO, into vbuf. */
static void
put_rel(const struct date_ctx *c, long n)
{
	struct ymd r;

	date_civil(date_days(c->pub_y, c->pub_m, c->pub_d) + n, &r.y, &r.m, &r.d);
	tag_buf_reset(&vbuf);
	put_ymd(&vbuf, &r);
}

/*
 * kemarin, hari ini, besok, lusa, "Senin kemarin", "Selasa lalu", "Kamis
 * besok", "Senin depan", "Selasa pekan lalu", "Rabu minggu depan": against
 * the publication date.  prevdate: a date ends right before i, so
 * "Selasa (24/11) kemarin" keeps its date alone.
 */
size_t
rel_at(struct date_ctx *c, size_t i, int prevdate, struct tag_list *out)
{
	int pw, n;

	if (c->pub_y == 0 || out == NULL)
		return 0;
	/* the day of the week before or after the page's; weeks start on Monday */
	if (wc(i) == W_WDAY && T[i].upper && (wc(i + 1) == W_PEKAN ||
	    (wc(i + 1) == W_WDAY && T[i + 1].wv == 0 && !T[i + 1].upper)) &&
	    (wc(i + 2) == W_LALU || wc(i + 2) == W_DEPAN)) {
		pw = date_wday(c->pub_y, c->pub_m, c->pub_d);
		n = (T[i].wv + 6) % 7 - (pw + 6) % 7;
		put_rel(c, wc(i + 2) == W_LALU ? n - 7 : n + 7);
		tag_add(out, T[i].s, T[i + 2].e, "DATE", vbuf.data, vbuf.len);
		return i + 3;
	}
	if (wc(i) == W_WDAY && (wc(i + 1) == W_LALU ||
	    (wc(i + 1) == W_REL && T[i + 1].wv == -1)) &&
	    T[i].upper && !(T[i].wv == 0 && wc(i + 1) == W_LALU)) {
		pw = date_wday(c->pub_y, c->pub_m, c->pub_d);
		n = (pw - T[i].wv + 7) % 7;
		put_rel(c, -(n == 0 ? 7 : n));
		tag_add(out, T[i].s, T[i + 1].e, "DATE", vbuf.data, vbuf.len);
		return i + 2;
	}
	/* "Kamis besok", "Senin depan", "Jumat mendatang": the next one */
	if (wc(i) == W_WDAY && (wc(i + 1) == W_DEPAN ||
	    (wc(i + 1) == W_REL && T[i + 1].wv == 1)) &&
	    T[i].upper && !(T[i].wv == 0 && wc(i + 1) == W_DEPAN)) {
		pw = date_wday(c->pub_y, c->pub_m, c->pub_d);
		n = (T[i].wv - pw + 7) % 7;
		put_rel(c, n == 0 ? 7 : n);
		tag_add(out, T[i].s, T[i + 1].e, "DATE", vbuf.data, vbuf.len);
		return i + 2;
	}
	if (prevdate)
		return 0;
	if (wc(i) == W_REL) {
		put_rel(c, T[i].wv);
		tag_add(out, T[i].s, T[i].e, "DATE", vbuf.data, vbuf.len);
		return i + 1;
	}
	/* "tadi pagi", "tadi siang": earlier the same day ("tadi malam"
	 * may be the night before) */
	if (wc(i) == W_TADI && wc(i + 1) == W_DAYPART && T[i + 1].wv == 0) {
		put_rel(c, 0);
		tag_add(out, T[i].s, T[i + 1].e, "DATE", vbuf.data, vbuf.len);
		return i + 2;
	}
	if (wc(i) == W_HARI && wc(i + 1) == W_INI && glued(i + 1) == 0) {
		put_rel(c, 0);
		tag_add(out, T[i].s, T[i + 1].e, "DATE", vbuf.data, vbuf.len);
		return i + 2;
	}
	return 0;
}

/*
 * A year alone: "tahun 2024", "sejak 2019", "2014-2019", "(2020)"; *skip
 * is set (and the tokens consumed) for "Triwulan III Tahun 2024".
 */
size_t
year_at(size_t i, struct dres *r, int *skip)
{
	size_t k = i, k2;
	int y, y2, dan, j;

	*skip = 0;
	memset(r, 0, sizeof(*r));
	r->wd = r->wd2 = -1;
	r->yearonly = 1;
	if (wc(k) == W_TAHUN) {
		k++;
		if (!year_tok(k))
			return 0;
	} else if (!year_tok(k) || (k > 0 && glued(k) && (T[k - 1].type != T_PUNCT ||
	    T[k - 1].cp == '/' || T[k - 1].cp == '.' || T[k - 1].cp == '-')))
		return 0;
	y = year_tok(k);
	for (j = 1; j <= 3 && (size_t)j <= i; j++)
		if (wc(i - j) == W_TRIW) {
			*skip = 1;
			return k + 1;
		}
	if (k == i && !(i > 0 && (wc(i - 1) == W_YPREV || wc(i - 1) == W_RANGE))) {
		/* bare: only before punctuation, the end or a range */
		if (k + 1 < NT && T[k + 1].type != T_PUNCT && !sep_at(k + 1, &dan))
			return 0;
		if (k + 1 < NT && glued(k + 1) && (is_p(k + 1, '/') || is_p(k + 1, '%') ||
		    (is_dash(k + 1) && wc(k + 2) != W_NONE)))
			return 0;
	}
	k++;
	r->a.y = y;
	if ((k2 = sep_at(k, &dan)) != 0 && !dan && (y2 = year_tok(k2)) != 0 &&
	    y2 > y && !(k2 + 1 < NT && glued(k2 + 1) && T[k2 + 1].type != T_PUNCT)) {
		r->b.y = y2;
		r->b.m = -1;
		k = k2 + 1;
	}
	return k;
}

void
put_year(size_t i, size_t e, const struct dres *r, struct tag_list *out)
{
	if (out == NULL) {
		addyear(r->a.y, 1);
		return;
	}
	tag_buf_reset(&vbuf);
	put_dig(&vbuf, '\0', r->a.y, 4);
	if (r->b.y)
		put_dig(&vbuf, '/', r->b.y, 4);
	tag_add(out, T[i].s, T[e - 1].e, "DATE", vbuf.data, vbuf.len);
}

/* ---- times ------------------------------------------------------------- */

struct hms {
	int	 h, m, s, n;	/* n: fields written */
};

static int
clock_tok(size_t i, int houronly, struct hms *t)
{
	const struct tok *p;

	if (i >= NT || T[i].type != T_NUM)
		return 0;
	p = &T[i];
	if (p->ng < 1 || p->ng > 3 || p->nd[0] > 2 || p->g[0] > 24)
		return 0;
	if (p->ng == 1 && !houronly)
		return 0;
	if (p->ng >= 2 && (p->sep[1] != '.' && p->sep[1] != ':'))
		return 0;
	if (p->ng == 3 && p->sep[2] != p->sep[1])
		return 0;
	if (p->ng >= 2 && (p->nd[1] != 2 || p->g[1] > 59))
		return 0;
	if (p->ng == 3 && (p->nd[2] != 2 || p->g[2] > 59))
		return 0;
	t->h = (int)p->g[0];
	t->m = p->ng >= 2 ? (int)p->g[1] : 0;
	t->s = p->ng == 3 ? (int)p->g[2] : 0;
	t->n = p->ng;
	/* "3.50" glued to letters or marks is no clock ("3.50x", "1.30/2") */
	if (i + 1 < NT && glued(i + 1) && (T[i + 1].type == T_WORD ||
	    is_p(i + 1, '/') || is_p(i + 1, '%')))
		return 0;
	return 1;
}

static void
put_hms(struct rk_buf *b, const struct hms *t, int z)
{
	put_dig(b, '\0', t->h, 2);
	put_dig(b, ':', t->m, 2);
	if (t->n == 3)
		put_dig(b, ':', t->s, 2);
	if (z) {
		put_dig(b, '+', z, 2);
		rk_buf_adds(b, ":00");
	}
}

/* pukul 08.30 WITA, jam 10:15, 16:02:40 WIB, pukul 08.00-12.00 WIB */
size_t
time_at(size_t i, struct tag_list *out)
{
	struct hms t1, t2;
	struct dres rd;
	size_t k = i, k2;
	int kw = 0, z = 0, z2 = 0, range = 0, dan;

	if (wc(k) == W_PUKUL || wc(k) == W_JAM) {
		if (wc(k) == W_JAM && k > 0 && T[k - 1].type == T_NUM)
			return 0;	/* "2 jam 15 menit": a duration */
		kw = 1;
		k++;
		if (is_p(k, '.') && glued(k))
			k++;
	}
	if (!clock_tok(k, kw, &t1))
		return 0;
	k++;
	if (wc(k) == W_ZONE) {
		z = T[k].wv;
		k++;
	}
	if (!kw && z == 0 && !(T[k - 1].sep[1] == ':'))
		return 0;
	/* "pukul 08.30 WITA hingga 10-12 Desember 2025": a date, no range */
	if ((k2 = sep_at(k, &dan)) != 0 && !dan && clock_tok(k2, kw, &t2) &&
	    date_at(k2, 0, &rd) == 0) {
		range = 1;
		k = k2 + 1;
		if (wc(k) == W_ZONE) {
			z2 = T[k].wv;
			k++;
		}
		if (z == 0)
			z = z2;
		if (z2 == 0)
			z2 = z;
	}
	if (out == NULL)
		return k;
	tag_buf_reset(&vbuf);
	put_hms(&vbuf, &t1, z);
	if (range) {
		tag_buf_addc(&vbuf, '/');
		put_hms(&vbuf, &t2, z2);
	}
	tag_add(out, T[i].s, T[k - 1].e, "TIME", vbuf.data, vbuf.len);
	return k;
}

/* ---- numbers ----------------------------------------------------------- */

/*
 * The digits of number token i into dbuf (separators dropped); returns the
 * count of fraction digits, or -1 when the separators make no number.
 * Indonesian first: '.' groups thousands and ',' is the decimal mark
 * ("1.790,51"); "1,790.51" (English) and "2.5" are read too.
 */
static int
num_digits(const char *s, size_t i)
{
	const struct tok *t = &T[i];
	size_t k, gstart[MAXG + 1];
	int j, ndot = 0, ncom = 0, dec = -1, n = t->ng;
	char sp;

	if (n <= 0)
		return -1;
	for (j = 1; j < n; j++) {
		if (t->sep[j] == '.')
			ndot++;
		else if (t->sep[j] == ',')
			ncom++;
		else
			return -1;
	}
	if (n > 1) {
		char thou, last = t->sep[n - 1];

		if (ndot && ncom)
			thou = last == ',' ? '.' : ',';
		else if (ndot + ncom == 1)
			thou = 0;
		else
			thou = ndot ? '.' : ',';
		for (j = 1; j < n; j++) {
			sp = t->sep[j];
			if (sp == thou) {
				if (t->nd[j] != 3 || (j == 1 && t->nd[0] > 3))
					return -1;
			} else if (j != n - 1)
				return -1;
			else
				dec = j;
		}
		if (ndot + ncom == 1 && ndot && t->nd[1] == 3 && t->nd[0] <= 3)
			dec = -1;	/* "5.385": thousands */
	}
	tag_buf_reset(&dbuf);
	j = 0;
	gstart[0] = 0;
	for (k = t->s; k < t->e; k++)
		if (s[k] >= '0' && s[k] <= '9')
			tag_buf_addc(&dbuf, s[k]);
		else
			gstart[++j] = dbuf.len;
	if (dec < 0)
		return 0;
	return (int)(dbuf.len - gstart[dec]);
}

/* dbuf's digits with frac fraction digits, times 10^e, into vbuf. */
static void
put_num(int frac, int e)
{
	size_t n, ip, z;
	int f = frac - e;

	while (f < 0) {
		tag_buf_addc(&dbuf, '0');
		f++;
	}
	n = dbuf.len;
	ip = n - (size_t)f;
	for (z = 0; z + 1 < ip && dbuf.data[z] == '0'; z++)
		;
	while (f > 0 && dbuf.data[n - 1] == '0') {
		n--;
		f--;
	}
	tag_buf_add(&vbuf, dbuf.data + z, ip - z);
	if (ip == 0)
		tag_buf_addc(&vbuf, '0');
	if (f > 0) {
		tag_buf_addc(&vbuf, '.');
		tag_buf_add(&vbuf, dbuf.data + ip, n - ip);
	}
}

/* Number token i as a quantity (not a code, not inside a name)? */
int
plain_num(size_t i)
{
	const struct tok *t = &T[i];

	if (t->type != T_NUM || t->ng <= 0)
		return 0;
	if (i > 0 && glued(i)) {
		if (T[i - 1].type == T_WORD)
			return 0;	/* A1, Covid19 */
		if (is_p(i - 1, '/') || is_p(i - 1, '+') || is_p(i - 1, '#'))
			return 0;
		if (is_dash(i - 1) && i > 1 && glued(i - 1) && T[i - 2].type == T_WORD)
			return 0;	/* Covid-19, K-3, ke-20 */
	}
	if (i + 1 < NT && glued(i + 1)) {
		if (T[i + 1].type == T_WORD && T[i + 1].wc != W_SCALE &&
		    T[i + 1].wc != W_PERSEN)
			return 0;	/* 5G, 2x */
		if (is_p(i + 1, '/'))
			return 0;	/* 0909/KTM */
		if (is_dash(i + 1) && i + 2 < NT && glued(i + 2) &&
		    T[i + 2].type == T_WORD)
			return 0;	/* 1960-an */
		if (is_dash(i + 1) && i + 3 < NT && glued(i + 2) && glued(i + 3) &&
		    T[i + 2].type == T_NUM && is_dash(i + 3))
			return 0;	/* 12-11-2020-01: a code */
	}
	return 1;
}

/* A leading zero ("0909", "0812 ...") makes a code or a phone number. */
static int
leading_zero(const char *s, size_t i)
{
	return T[i].nd[0] >= 2 && s[T[i].s] == '0';
}

/*
 * An amount at k: number [scale]; *e gets its scale exponent.  Returns the
 * token after it, or 0.
 */
static size_t
amount_at(const char *s, size_t k, int *frac, int *e)
{
	if (k >= NT || !plain_num(k) || leading_zero(s, k))
		return 0;
	if ((*frac = num_digits(s, k)) < 0)
		return 0;
	if (T[k].ng == 1 && T[k].nd[0] >= 10)
		return 0;	/* an id, not an amount */
	*e = 0;
	k++;
	if (wc(k) == W_SCALE) {
		*e = T[k].wv;
		k++;
	}
	return k;
}

/* Rp 2.500.000, Rp2 juta, Rp 2,5 miliar, USD 5 juta, Rp 4-6 ribu */
size_t
money_at(const char *s, size_t i, struct tag_list *out)
{
	size_t k = i, k1, k2, k3;
	int frac, e, frac2, e2, dan;

	if (wc(k) == W_CUR)
		k++;
	else if (is_p(k, '$'))
		k++;
	else if (k + 1 < NT && T[k].type == T_WORD && T[k].e - T[k].s == 2 &&
	    (s[T[k].s] | 32) == 'u' && (s[T[k].s + 1] | 32) == 's' &&
	    is_p(k + 1, '$') && glued(k + 1))
		k += 2;
	else
		return 0;
	if ((is_p(k, '.') || is_p(k, '$')) && glued(k))
		k++;
	if (k >= NT || T[k].type != T_NUM)
		return 0;
	/* Rp2 is glued: plain_num would refuse a number after a word */
	if (glued(k) && T[k - 1].type == T_WORD) {
		T[k].gap = 1;
		k1 = amount_at(s, k, &frac, &e);
		T[k].gap = 0;
	} else
		k1 = amount_at(s, k, &frac, &e);
	if (k1 == 0)
		return 0;
	tag_buf_reset(&vbuf);
	put_num(frac, e);
	if ((k2 = sep_at(k1, &dan)) != 0 && !dan &&
	    (k3 = amount_at(s, k2, &frac2, &e2)) != 0) {
		if (e == 0 && e2 != 0) {	/* "Rp 4-6 ribu" */
			tag_buf_reset(&vbuf);
			(void)num_digits(s, k);
			put_num(frac, e2);
			(void)num_digits(s, k2);
		}
		tag_buf_addc(&vbuf, '/');
		put_num(frac2, e2);
		k1 = k3;
	}
	if (wc(k1) == W_MSUF)
		k1++;
	if (out != NULL)
		tag_add(out, T[i].s, T[k1 - 1].e, "MONEY", vbuf.data, vbuf.len);
	return k1;
}

/* 4.349.344 jiwa, 0,25 persen, 25%, 2,5 miliar rupiah */
size_t
num_at(const char *s, size_t i, struct tag_list *out)
{
	size_t k;
	int frac, e;
	const char *kind = "NUM";

	if ((k = amount_at(s, i, &frac, &e)) == 0)
		return 0;
	if (is_p(k, '%')) {
		kind = "PERCENT";
		k++;
	} else if (wc(k) == W_PERSEN) {
		kind = "PERCENT";
		k++;
	} else if (wc(k) == W_MSUF) {
		kind = "MONEY";
		k++;
	}
	if (out != NULL) {
		tag_buf_reset(&vbuf);
		put_num(frac, e);
		tag_add(out, T[i].s, T[k - 1].e, kind, vbuf.data, vbuf.len);
	}
	return k;
}

/* After "No.", "Nomor": the number, and a "Tahun 2020" after it. */
size_t
regno_at(size_t i)
{
	size_t k = i;

	if (wc(k) != W_NO)
		return 0;
	k++;
	if (is_p(k, '.'))
		k++;
	if (is_p(k, ':'))
		k++;
	if (k >= NT || T[k].type != T_NUM)
		return 0;
	k++;
	while (k < NT && !T[k].gap && T[k].type != T_WORD)
		k++;		/* 12/2020, 64/KPTS */
	if (k < NT && T[k].type == T_WORD && !T[k].gap)
		k++;
	if (wc(k) == W_TAHUN && year_tok(k + 1))
		k += 2;
	return k;
}
