/*
 * extract_date.c: rk-extract's dates: rk-tag's DATE rows (or its
 * recogniser's) read as struct ex_date, weekdays, ranges and a date's
 * missing year.  Split out of extract.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rk.h"
#include "extract.h"
#include "tag.h"
#include "extract_int.h"

/* ---- dates: rk-tag's DATE rows (or its recogniser's) as struct ex_date ---- */

static const char *const w_wday[] = { "minggu", "senin", "selasa", "rabu", "kamis",
	"jumat", "sabtu", NULL };
/* tok_is(t, w_wday[wd]) with the names' lengths known: no strlen() a name */
static int
wday_is(const struct ex_tok *t, int wd)
{
	static const unsigned char len[] = { 6, 5, 6, 4, 5, 5, 5 };

	return t->len == len[wd] && memcmp(t->low, w_wday[wd], len[wd]) == 0;
}
static const char *const w_wdaynot[] = { "lalu", "depan", "kemarin", "besok",
	"mendatang", "ini", "pagi", "siang", "sore", "malam", "tanggal", "(", NULL };

static int
weekday_of(const char *s, size_t len)
{
	static const char *const w[] = { "minggu", "senin", "selasa", "rabu",
		"kamis", "jum", "sabtu" };
	int i;

	if (len >= 4 && strncasecmp(s, "ahad", 4) == 0)
		return 0;
	for (i = 0; i < 7; i++)
		if (len >= strlen(w[i]) && strncasecmp(s, w[i], strlen(w[i])) == 0)
			return i;
	return -1;
}

/* v starts "dddd-dd-dd" (rk-tag's ISO day): what sscanf("%4d-%2d-%2d") reads */
static int
iso_day(const char *v, int *y, int *m, int *d)
{
	int k;

	for (k = 0; k < 10; k++)
		if (k == 4 || k == 7 ? v[k] != '-' : v[k] < '0' || v[k] > '9')
			return 0;
	*y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
	*m = (v[5] - '0') * 10 + (v[6] - '0');
	*d = (v[8] - '0') * 10 + (v[9] - '0');
	return 1;
}

/*
 * v is digits not followed (within the first four) by a '-': "2022",
 * "2021/2022".  The sscanf()s of dates_of() read at most the year of it,
 * so it is no day and no month: told without them.
 */
static int
year_only(const char *v)
{
	int k;

	for (k = 0; k < 4 && v[k] >= '0' && v[k] <= '9'; k++)
		;
	return k > 0 && v[k] != '-';
}

/*
 * v starts "dddd-dd" not followed by '-': 1 if that is all of it (a month,
 * y and m set, as sscanf("%4d-%2d") would), 2 if more follows ("/..."),
 * where the sscanf()s of dates_of() find no day and no month alone; else 0.
 */
static int
year_month(const char *v, int *y, int *m)
{
	int k;

	for (k = 0; k < 7; k++)
		if (k == 4 ? v[k] != '-' : v[k] < '0' || v[k] > '9')
			return 0;
	if (v[7] == '-')
		return 0;
	if (v[7] != '\0')
		return 2;
	*y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
	*m = (v[5] - '0') * 10 + (v[6] - '0');
	return 1;
}

static void
set_value(struct ex_date *d)
{
	size_t n;

	if (d->y > 0)
		rk_ymd(d->value, sizeof(d->value), d->y, d->m, d->d);
	else
		snprintf(d->value, sizeof(d->value), "--%02d-%02d", d->m, d->d);
	if (d->m2 == 0)
		return;
	/* a range ends in the start's year, or the next when it runs past December */
	if (d->y > 0)
		d->y2 = d->m2 < d->m ? d->y + 1 : d->y;
	n = strlen(d->value);
	if (d->y2 > 0)
		snprintf(d->value + n, sizeof(d->value) - n, "/%04d-%02d-%02d", d->y2,
		    d->m2, d->d2);
	else
		snprintf(d->value + n, sizeof(d->value) - n, "/--%02d-%02d", d->m2, d->d2);
}

/* The end of a range value "2024-08-07/2024-08-08" (or "--08-07/--08-08"). */
static void
range_end(const char *v, struct ex_date *d)
{
	const char *sl = strchr(v, '/');
	int y = 0, m = 0, dd = 0;

	d->y2 = d->m2 = d->d2 = 0;
	if (sl == NULL)
		return;
	sl++;
	if (sscanf(sl, "%4d-%2d-%2d", &y, &m, &dd) == 3 && sl[4] == '-')
		;
	else if (sl[0] == '-' && sl[1] == '-' && sscanf(sl + 2, "%2d-%2d", &m, &dd) == 2)
		y = 0;
	else
		return;
	if (m < 1 || m > 12 || dd < 1 || dd > 31)
		return;
	d->y2 = y;
	d->m2 = m;
	d->d2 = dd;
}

/* t[i..] (up to to) is piece in any ASCII case; piece[0] matched already */
static int
piece_at(const char *t, size_t i, size_t to, const char *piece)
{
	size_t n;

	for (n = 1; piece[n] != '\0'; n++)
		if (i + n >= to || (t[i + n] | 0x20) != piece[n])
			return 0;
	return 1;
}

/*
 * Bytes from..to hold a piece every weekday re_wdback knows has (any
 * case): "enin", "ela", "rabu", "ami", "jum", "abtu", "minggu", "ahad".
 * The pieces have no k or s, the letters whose caseless match takes in
 * other code points (the Kelvin sign, the long s), so ASCII case is all
 * there is to it.  Most dates have none before them: no regex then.
 */
static int
wd_piece(const char *t, size_t from, size_t to)
{
	size_t i;

	for (i = from; i < to; i++) {
		switch (t[i] | 0x20) {
		case 'e':
			if (piece_at(t, i, to, "enin") || piece_at(t, i, to, "ela"))
				return 1;
			break;
		case 'r':
			if (piece_at(t, i, to, "rabu"))
				return 1;
			break;
		case 'a':
			if (piece_at(t, i, to, "ami") || piece_at(t, i, to, "abtu") ||
			    piece_at(t, i, to, "ahad"))
				return 1;
			break;
		case 'j':
			if (piece_at(t, i, to, "jum"))
				return 1;
			break;
		case 'm':
			if (piece_at(t, i, to, "minggu"))
				return 1;
			break;
		}
	}
	return 0;
}

/* A weekday written just before a tagged date joins its date_text. */
static void
weekday_before(const struct ex_sent *st, struct ex_date *d)
{
	size_t ov[8], from = d->s > 40 ? d->s - 40 : 0;
	int rc = 0;

	while (from > 0 && (st->text[from] & 0xC0) == 0x80)
		from++;
	if (wd_piece(st->text, from, d->s))
		rc = rk_re_exec(&re_wdback, st->text, d->s, from, ov, 8);
	if (rc > 0) {
		d->wd = weekday_of(st->text + ov[2], ov[3] - ov[2]);
		d->s = ov[0];
	}
	if (d->s < d->e && memchr(st->text + d->s, '(', d->e - d->s) != NULL &&
	    memchr(st->text + d->s, ')', d->e - d->s) == NULL && d->e < st->len &&
	    st->text[d->e] == ')')
		d->e++;
}

/*
 * A weekday standing alone in a sentence, the news agency way: "Rapat
 * yang berlangsung di Aula X, Senin, dibuka ..." is the last such day on or
 * before the publication date.  Written into *d; 0 when there is none.
 */
void
wday_words(void)
{
	int wd;

	for (wd = 0; w_wday[wd] != NULL; wd++)
		lex_word_add(w_wday[wd], (uint64_t)1 << S_WDAY);
}

int
bare_weekday(const struct ex_sent *st, struct ex_date *d)
{
	size_t j, k, n;
	int wd, y, m, dd;
	const uint64_t wb = (uint64_t)1 << S_WDAY;

	if (D.pub_y == 0 || D.pub_m == 0 || D.pub_d == 0)
		return 0;
	/* only the weekdays' names (S_WDAY: the token is one) */
	for (j = tok_next(st, 0, wb); j < st->ntok; j = tok_next(st, j + 1, wb)) {
		if (!(st->tok[j].fl & TK_CAP))
			continue;
		for (wd = 0; w_wday[wd] != NULL && !wday_is(&st->tok[j], wd); wd++)
			;
		if (w_wday[wd] == NULL || (j + 1 < st->ntok &&
		    (st->tok[j + 1].fl & TK_DIGIT)))
			continue;
		for (k = 0; w_wdaynot[k] != NULL && !tis(st, j + 1, w_wdaynot[k]); k++)
			;
		if (w_wdaynot[k] != NULL)
			continue;
		if (in_ent(st, j, NULL))
			continue;
		n = (size_t)((date_wday(D.pub_y, D.pub_m, D.pub_d) - wd + 7) % 7);
		date_civil(date_days(D.pub_y, D.pub_m, D.pub_d) - (long)n, &y, &m, &dd);
		memset(d, 0, sizeof(*d));
		d->s = st->tok[j].s;
		d->e = st->tok[j].e;
		d->y = y;
		d->m = m;
		d->d = dd;
		d->wd = wd;
		rk_ymd(d->value, sizeof(d->value), y, m, dd);
		return 1;
	}
	return 0;
}

/* 1 if a date as written carries its year: four digits, or d/m/yy. */
static int
has_year(const char *t)
{
	int digits = 0, slashes = 0;

	for (; *t != '\0'; t++) {
		if (*t >= '0' && *t <= '9') {
			if (++digits == 4)
				return 1;
		} else {
			digits = 0;
			if (*t == '/' && ++slashes == 2)
				return 1;
		}
	}
	return 0;
}

static const char *const w_monthpart[] = { "pertengahan", "awal", "akhir", "medio",
	"digelar", "dilaksanakan", "berlangsung", "diselenggarakan", NULL };

/*
 * A month as a meeting's date: "rakor yang digelar pertengahan Maret 2024"
 * (a part of the month, or a held verb, with "pada" between or not).
 */
static int
month_held(const struct ex_sent *st, size_t s)
{
	size_t j, k;

	for (j = 0; j < st->ntok && st->tok[j].s < s; j++)
		;
	if (j > 0 && tis(st, j - 1, "pada"))
		j--;
	for (k = 0; j > 0 && w_monthpart[k] != NULL; k++)
		if (tis(st, j - 1, w_monthpart[k]))
			return 1;
	return 0;
}

static size_t
from_tags(const struct ex_sent *st, struct ex_date *out, size_t max)
{
	size_t i, n = 0;

	for (i = 0; i < st->nent && n < max; i++) {
		const struct ex_ent *e = &st->ent[i];
		const char *v = e->value;
		struct ex_date *d = &out[n];
		int y = 0, m = 0, dd = 0, ym;

		if (!kis(e->kind, "DATE"))
			continue;
		memset(d, 0, sizeof(*d));
		d->wd = -1;
		ym = year_month(v, &y, &m);
		if (year_only(v) || ym == 2)
			continue;
		if (ym == 0 && (iso_day(v, &y, &m, &dd) ||
		    (sscanf(v, "%4d-%2d-%2d", &y, &m, &dd) == 3 && v[4] == '-'))) {
			d->y = y;
		} else if (ym == 0 && v[0] == '-' && v[1] == '-' &&
		    sscanf(v + 2, "%2d-%2d", &m, &dd) == 2) {
			d->y = 0;
		} else if (ym == 1 || (sscanf(v, "%4d-%2d", &y, &m) == 2 && v[4] == '-' &&
		    v[7] == '\0')) {
			/* a month alone is a meeting's date only with a weekday: "Senin Desember 2021" */
			d->s = e->s;
			d->e = e->e;
			d->wd = -1;
			weekday_before(st, d);
			if (d->wd < 0 && weekday_of(st->text + e->s, e->e - e->s) < 0 &&
			    !month_held(st, e->s))
				continue;
			if (m < 1 || m > 12)
				continue;
			d->y = y;
			d->m = m;
			d->d = 0;
			snprintf(d->value, sizeof(d->value), "%04d-%02d", y, m);
			n++;
			continue;
		} else {
			continue;	/* a year or something else: not a day */
		}
		if (m < 1 || m > 12 || dd < 1 || dd > 31)
			continue;
		d->m = m;
		d->d = dd;
		range_end(v, d);
		d->s = e->s;
		d->e = e->e;
		weekday_before(st, d);
		if (d->wd < 0)
			d->wd = weekday_of(st->text + e->s, e->e - e->s);
		/*
		 * A "(d/m)" date whose inferred year disagrees with its weekday:
		 * infer the year again (an explicit year is kept as written).
		 */
		if (d->y > 0 && d->wd >= 0 && date_wday(d->y, d->m, d->d) != d->wd &&
		    !has_year(e->text))
			d->y = 0;
		set_value(d);
		n++;
	}
	return n;
}

void
date_fix_year(struct ex_date *d, const int *years, size_t nyears, int pub_y)
{
	size_t i;
	int y, k;

	if (d->y > 0 || d->m == 0 || d->d == 0)
		return;
	if (d->wd >= 0) {
		for (k = 0; k <= 1; k++) {
			if (pub_y > 0) {
				for (y = pub_y - k; y <= pub_y + k; y += (k ? 2 * k : 1)) {
					if (date_wday(y, d->m, d->d) == d->wd) {
						d->y = y;
						goto done;
					}
					if (k == 0)
						break;
				}
			}
			for (i = 0; i < nyears; i++)
				for (y = years[i] - k; y <= years[i] + k; y += (k ? 2 * k : 1)) {
					if (date_wday(y, d->m, d->d) == d->wd) {
						d->y = y;
						goto done;
					}
					if (k == 0)
						break;
				}
		}
	}
	if (pub_y > 0)
		d->y = pub_y;
	else if (nyears > 0)
		d->y = years[0];
	else if (d->wd >= 0) {
		/* nothing to go by but the weekday: the latest year it fits */
		for (y = 2026; y >= 2000; y--)
			if (date_wday(y, d->m, d->d) == d->wd) {
				d->y = y;
				break;
			}
		if (d->y == 0)
			return;
	} else
		return;
done:
	set_value(d);
}

/*
 * The dates of a sentence, looked for once: date_find() with its regular
 * expressions is asked about the same sentences many times.
 */
size_t
dates_of(struct ex_sent *st, struct ex_date *out, size_t max)
{
	size_t n;

	if (st->dn < 0) {
		if (st->dc == NULL)
			st->dc = rk_xmalloc(MAXDATE * sizeof(*st->dc));
		st->dn = (int)from_tags(st, st->dc, MAXDATE);
	}
	n = (size_t)st->dn < max ? (size_t)st->dn : max;
	memcpy(out, st->dc, n * sizeof(*out));
	return n;
}
