/*
 * extract_date.c: the dates of one sentence, from rk-tag's DATE rows when
 * it wrote any, else from the sentence text (so partial tags still work),
 * and the year of a `(d/m)` date checked against its weekday.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "extract.h"

#define WD "(Senin|Selasa|Rabu|Kamis|Jum.?at|Sabtu|Minggu|Ahad)"
#define MON "(Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|" \
	"September|Oktober|Nopember|November|Desember|Jan|Feb|Mar|Apr|Jun|Jul|" \
	"Agu|Agt|Agus|Ags|Sep|Sept|Okt|Nov|Des)"

static struct rk_re re_long, re_paren, re_bare, re_wdback;

void
date_init(void)
{
	/* Weekday, d[-d] Month yyyy */
	rk_re_compile(&re_long, "(?:\\b" WD "\\s*,?\\s*\\(?\\s*(?:tanggal\\s+|tgl\\.?\\s*)?)?"
	    "\\b(\\d{1,2})(?:\\s*[-\\x{2013}]\\s*\\d{1,2})?\\s+" MON "\\.?\\s+(\\d{4})\\b\\)?",
	    RK_RE_CASELESS);
	/* Weekday (d/m[/yy[yy]]) */
	rk_re_compile(&re_paren, "(?:\\b" WD "\\s*,?\\s*(?:(?:siang|pagi|sore|malam|kemarin)\\s*)?)?"
	    "\\(\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*(?:/\\s*(\\d{2,4})\\s*)?\\)",
	    RK_RE_CASELESS);
	rk_re_compile(&re_bare, "\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b", 0);
	rk_re_compile(&re_wdback, WD "\\s*,?\\s*(?:(?:siang|pagi|sore|malam|kemarin|tanggal)\\s*)?\\(?\\s*$",
	    RK_RE_CASELESS);
}

void
date_fini(void)
{
	rk_re_free(&re_long);
	rk_re_free(&re_paren);
	rk_re_free(&re_bare);
	rk_re_free(&re_wdback);
}

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

static int
month_of(const char *s, size_t len)
{
	static const char *const m[] = { "jan", "feb", "mar", "apr", "mei", "jun",
		"jul", "ag", "sep", "okt", "nov", "des" };
	int i;

	if (len >= 3 && strncasecmp(s, "peb", 3) == 0)
		return 2;
	if (len >= 3 && strncasecmp(s, "nop", 3) == 0)
		return 11;
	for (i = 0; i < 12; i++)
		if (len >= strlen(m[i]) && strncasecmp(s, m[i], strlen(m[i])) == 0)
			return i + 1;
	return 0;
}

int
date_weekday(int y, int m, int d)
{
	static const int t[] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };

	if (y <= 0 || m < 1 || m > 12)
		return -1;
	if (m < 3)
		y -= 1;
	return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

static int
num(const char *s, size_t a, size_t b)
{
	int v = 0;

	for (; a < b; a++)
		if (s[a] >= '0' && s[a] <= '9' && v < 100000)
			v = v * 10 + (s[a] - '0');
	return v;
}

static void
set_value(struct ex_date *d)
{
	size_t n;

	if (d->y > 0)
		snprintf(d->value, sizeof(d->value), "%04d-%02d-%02d", d->y, d->m, d->d);
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

static int
overlaps(const struct ex_date *d, size_t n, size_t s, size_t e)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s < d[i].e && d[i].s < e)
			return 1;
	return 0;
}

/* A weekday written just before a tagged date joins its date_text. */
static void
weekday_before(const struct ex_sent *st, struct ex_date *d)
{
	size_t ov[8], from = d->s > 40 ? d->s - 40 : 0;
	int rc;

	while (from > 0 && (st->text[from] & 0xC0) == 0x80)
		from++;
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

static size_t
from_tags(const struct ex_sent *st, struct ex_date *out, size_t max)
{
	size_t i, n = 0;

	for (i = 0; i < st->nent && n < max; i++) {
		const struct ex_ent *e = &st->ent[i];
		const char *v = e->value;
		struct ex_date *d = &out[n];
		int y = 0, m = 0, dd = 0;

		if (strcmp(e->kind, "DATE") != 0)
			continue;
		memset(d, 0, sizeof(*d));
		d->wd = -1;
		if (sscanf(v, "%4d-%2d-%2d", &y, &m, &dd) == 3 && v[4] == '-') {
			d->y = y;
		} else if (v[0] == '-' && v[1] == '-' && sscanf(v + 2, "%2d-%2d", &m, &dd) == 2) {
			d->y = 0;
		} else if (sscanf(v, "%4d-%2d", &y, &m) == 2 && v[4] == '-' && v[7] == '\0') {
			/* a month alone is a meeting's date only with a weekday: "Senin Desember 2021" */
			d->s = e->s;
			d->e = e->e;
			d->wd = -1;
			weekday_before(st, d);
			if (d->wd < 0 && weekday_of(st->text + e->s, e->e - e->s) < 0)
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
		if (d->y > 0 && d->wd >= 0 && date_weekday(d->y, d->m, d->d) != d->wd &&
		    !has_year(e->text))
			d->y = 0;
		set_value(d);
		n++;
	}
	return n;
}

int date_tags_only;

size_t
date_find(const struct ex_sent *st, struct ex_date *out, size_t max)
{
	size_t n, pos, ov[16];
	struct ex_date *d;
	int rc;

	n = from_tags(st, out, max);
	if (n > 0 || date_tags_only)
		return n;
	/* every date form below has a digit */
	for (pos = 0; pos < st->len && (st->text[pos] < '0' || st->text[pos] > '9'); pos++)
		;
	if (pos == st->len)
		return 0;
	for (pos = 0; n < max && (rc = rk_re_next(&re_long, st->text, st->len,
	    &pos, ov, 16)) > 0;) {
		d = &out[n];
		memset(d, 0, sizeof(*d));
		d->s = ov[0];
		d->e = ov[1];
		d->wd = ov[2] == (size_t)-1 ? -1 : weekday_of(st->text + ov[2], ov[3] - ov[2]);
		d->d = num(st->text, ov[4], ov[5]);
		d->m = month_of(st->text + ov[6], ov[7] - ov[6]);
		d->y = num(st->text, ov[8], ov[9]);
		if (d->d < 1 || d->d > 31 || d->m == 0)
			continue;
		set_value(d);
		n++;
	}
	for (pos = 0; n < max && (rc = rk_re_next(&re_paren, st->text, st->len,
	    &pos, ov, 16)) > 0;) {
		if (overlaps(out, n, ov[0], ov[1]))
			continue;
		d = &out[n];
		memset(d, 0, sizeof(*d));
		d->s = ov[0];
		d->e = ov[1];
		d->wd = ov[2] == (size_t)-1 ? -1 : weekday_of(st->text + ov[2], ov[3] - ov[2]);
		d->d = num(st->text, ov[4], ov[5]);
		d->m = num(st->text, ov[6], ov[7]);
		if (rc > 4 && ov[8] != (size_t)-1) {
			d->y = num(st->text, ov[8], ov[9]);
			if (d->y < 100)
				d->y += 2000;
		}
		if (d->d < 1 || d->d > 31 || d->m < 1 || d->m > 12)
			continue;
		set_value(d);
		n++;
	}
	for (pos = 0; n < max && (rc = rk_re_next(&re_bare, st->text, st->len,
	    &pos, ov, 16)) > 0;) {
		if (overlaps(out, n, ov[0], ov[1]))
			continue;
		d = &out[n];
		memset(d, 0, sizeof(*d));
		d->s = ov[0];
		d->e = ov[1];
		d->wd = -1;
		d->d = num(st->text, ov[2], ov[3]);
		d->m = num(st->text, ov[4], ov[5]);
		d->y = num(st->text, ov[6], ov[7]);
		if (d->d < 1 || d->d > 31 || d->m < 1 || d->m > 12)
			continue;
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
					if (date_weekday(y, d->m, d->d) == d->wd) {
						d->y = y;
						goto done;
					}
					if (k == 0)
						break;
				}
			}
			for (i = 0; i < nyears; i++)
				for (y = years[i] - k; y <= years[i] + k; y += (k ? 2 * k : 1)) {
					if (date_weekday(y, d->m, d->d) == d->wd) {
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
			if (date_weekday(y, d->m, d->d) == d->wd) {
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
