/*
 * clean_date.c: find the publication date and time of a page header or
 * byline ("Senin, 8 Maret 2021 | 14:10 WIB", "2021-03-18 15:14:00",
 * "July 5, 2021", "14 Mar 2022 14:46", "08/03/2021 14.10") and write it as
 * ISO 8601: YYYY-MM-DD or YYYY-MM-DDTHH:MM.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "rk.h"
#include "clean.h"

static const struct {
	const char	*name;
	int		 month;
} months[] = {
	{ "januari", 1 }, { "january", 1 }, { "jan", 1 },
	{ "februari", 2 }, { "pebruari", 2 }, { "february", 2 }, { "feb", 2 },
	{ "peb", 2 }, { "maret", 3 }, { "march", 3 }, { "mar", 3 },
	{ "april", 4 }, { "apr", 4 }, { "mei", 5 }, { "may", 5 },
	{ "juni", 6 }, { "june", 6 }, { "jun", 6 }, { "juli", 7 },
	{ "july", 7 }, { "jul", 7 }, { "agustus", 8 }, { "august", 8 },
	{ "agu", 8 }, { "agt", 8 }, { "ags", 8 }, { "aug", 8 },
	{ "september", 9 }, { "sept", 9 }, { "sep", 9 }, { "oktober", 10 },
	{ "october", 10 }, { "okt", 10 }, { "oct", 10 }, { "november", 11 },
	{ "nopember", 11 }, { "nov", 11 }, { "nop", 11 }, { "desember", 12 },
	{ "december", 12 }, { "des", 12 }, { "dec", 12 },
};

static int
month_at(const char *s, size_t len, size_t i, size_t *end)
{
	static signed char first[26][12];
	static unsigned char mlen[sizeof(months) / sizeof(months[0])];
	static int ready;
	size_t j = i, k, n, f;
	char w[12];

	switch (s[i] | 32) {
	case 'j': case 'f': case 'm': case 'a': case 's': case 'o': case 'n':
	case 'd': case 'p':
		break;
	default:
		return 0;
	}
	while (j < len && ((s[j] | 32) >= 'a' && (s[j] | 32) <= 'z') &&
	    j - i < sizeof(w) - 1)
		j++;
	if (j < len && ((s[j] | 32) >= 'a' && (s[j] | 32) <= 'z'))
		return 0;
	n = j - i;
	if (n < 3 || n > 9)
		return 0;
	/* both callers want a number after the month ("Maret 2021", "July
	 * 5"): most words fail here, before the name look-up */
	k = j < len && s[j] == '.' ? j + 1 : j;
	while (k < len && (s[k] == ' ' || s[k] == ','))
		k++;
	if (k >= len || s[k] < '0' || s[k] > '9')
		return 0;
	for (k = 0; k < n; k++)
		w[k] = (char)(s[i + k] | 32);
	w[n] = '\0';
	/* the month names by first letter, each list ended by -1 */
	if (!ready) {
		size_t nf[26] = { 0 };

		memset(first, -1, sizeof(first));
		for (k = 0; k < sizeof(months) / sizeof(months[0]); k++) {
			mlen[k] = (unsigned char)strlen(months[k].name);
			f = (size_t)(months[k].name[0] - 'a');
			if (nf[f] + 1 < sizeof(first[f]))
				first[f][nf[f]++] = (signed char)k;
		}
		ready = 1;
	}
	for (f = 0; first[w[0] - 'a'][f] >= 0; f++) {
		k = (size_t)first[w[0] - 'a'][f];
		/* the length first: strcmp per candidate cost more than the
		 * rest of the test */
		if (mlen[k] == n && months[k].name[1] == w[1] &&
		    memcmp(w, months[k].name, n) == 0) {
			if (j < len && s[j] == '.')
				j++;
			*end = j;
			return months[k].month;
		}
	}
	return 0;
}

/* Digits at s[i]: value, and *end; at most maxd digits, at least 1. */
static int
num_at(const char *s, size_t len, size_t i, size_t maxd, size_t *end)
{
	size_t j = i;
	int v = 0;

	while (j < len && isdigit((unsigned char)s[j]) && j - i < maxd)
		v = v * 10 + (s[j++] - '0');
	if (j == i || (j < len && isdigit((unsigned char)s[j])))
		return -1;
	*end = j;
	return v;
}

static size_t
skip_sep(const char *s, size_t len, size_t i)
{
	while (i < len && (s[i] == ' ' || s[i] == ','))
		i++;
	return i;
}

/* A time after the date: separators, "pukul"/"jam"/"at", then HH:MM. */
static int
time_after(const char *s, size_t len, size_t i, int *hh, int *mm, size_t *end)
{
	size_t lim = i + 24, e;
	int h, m;

	while (i < len && i < lim) {
		unsigned char c = (unsigned char)s[i];

		if (isdigit(c))
			break;
		if (c == ' ' || c == ',' || c == '|' || c == '-' || c == '/' ||
		    c == 'T' || c == '@' || c == '(' || c >= 0x80) {
			i++;
			continue;
		}
		if (strncmp(s + i, "pukul", 5) == 0 || strncmp(s + i, "Pukul", 5) == 0)
			i += 5;
		else if (strncmp(s + i, "jam", 3) == 0 || strncmp(s + i, "at", 2) == 0)
			i += s[i] == 'j' ? 3 : 2;
		else
			return 0;
	}
	if ((h = num_at(s, len, i, 2, &e)) < 0 || h > 23 || e >= len ||
	    (s[e] != ':' && s[e] != '.'))
		return 0;
	if ((m = num_at(s, len, e + 1, 2, &e)) < 0 || m > 59 || e - i < 4)
		return 0;
	if (e < len && s[e] == ':' && e + 1 < len && isdigit((unsigned char)s[e + 1]))
		(void)num_at(s, len, e + 1, 2, &e);
	*hh = h;
	*mm = m;
	*end = e;
	return 1;
}

static int
valid(int y, int m, int d)
{
	return y >= 1990 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/* A date (and time) that starts at s[i]: 1 with iso and *end set. */
static int
date_at(const char *s, size_t len, size_t i, char *iso, size_t *end)
{
	unsigned char c = (unsigned char)s[i];
	size_t e, e2;
	int y, m, d, hh, mm;

	y = m = d = -1;
	if (c >= '0' && c <= '9') {	/* isdigit without its call */
		int a = num_at(s, len, i, 4, &e);

		if (a < 0)
			return 0;
		if (e - i == 4 && e + 5 < len && (s[e] == '-' || s[e] == '/')) {
			/* 2021-03-18 */
			y = a;
			m = num_at(s, len, e + 1, 2, &e2);
			if (m < 0 || e2 >= len || s[e2] != s[e])
				return 0;
			d = num_at(s, len, e2 + 1, 2, &e);
			if (d < 0)
				return 0;
		} else if (e - i <= 2 && e < len && (s[e] == '/' || s[e] == '-')) {
			/* 18/03/2021, 18-03-2021 */
			char sep = s[e];

			d = a;
			m = num_at(s, len, e + 1, 2, &e2);
			if (m < 0 || e2 >= len || s[e2] != sep)
				return 0;
			y = num_at(s, len, e2 + 1, 4, &e);
			if (y < 0 || e - e2 != 5)
				return 0;
		} else if (e - i <= 2) {
			/* 8 Maret 2021 */
			d = a;
			e2 = skip_sep(s, len, e);
			if (e2 == e || (m = month_at(s, len, e2, &e)) == 0)
				return 0;
			e2 = skip_sep(s, len, e);
			y = num_at(s, len, e2, 4, &e);
			if (y < 0 || e - e2 != 4)
				return 0;
		} else {
			return 0;
		}
	} else if (isalpha(c)) {
		/* July 5, 2021 */
		if ((m = month_at(s, len, i, &e)) == 0)
			return 0;
		e2 = skip_sep(s, len, e);
		d = num_at(s, len, e2, 2, &e);
		if (d < 0 || e2 == e)
			return 0;
		e2 = skip_sep(s, len, e);
		if (e2 == e)
			return 0;
		y = num_at(s, len, e2, 4, &e);
		if (y < 0 || e - e2 != 4)
			return 0;
	} else {
		return 0;
	}
	if (!valid(y, m, d))
		return 0;
	rk_ymd(iso, 11, y, m, d);
	if (time_after(s, len, e, &hh, &mm, &e2)) {
		iso[10] = 'T';
		iso[11] = (char)('0' + hh / 10);
		iso[12] = (char)('0' + hh % 10);
		iso[13] = ':';
		iso[14] = (char)('0' + mm / 10);
		iso[15] = (char)('0' + mm % 10);
		iso[16] = '\0';
		e = e2;
	}
	*end = e;
	return 1;
}

/* The first letters of the month names (month_at's switch). */
static const unsigned char month_first[256] = {
	['j'] = 1, ['f'] = 1, ['m'] = 1, ['a'] = 1, ['s'] = 1, ['o'] = 1,
	['n'] = 1, ['d'] = 1, ['p'] = 1,
};

int
clean_date_find(const char *s, size_t len, char *iso, size_t *start,
    size_t *end)
{
	/* 1 an ASCII letter, 2 a digit, 0 the rest */
	static unsigned char cls[256];
	size_t i;

	if (cls['a'] == 0)
		for (i = 0; i < 256; i++)
			cls[i] = (unsigned char)(i >= '0' && i <= '9' ? 2 :
			    (i | 32) >= 'a' && (i | 32) <= 'z' ? 1 : 0);
	/*
	 * A date starts at a letter after neither letter nor digit, or at a
	 * digit after no digit (a date glued to a site name,
	 * "Kaltimtoday.co14 Mar 2022", counts); the letters glued after
	 * digits start none.  Every date has a digit near its start: a
	 * month name is followed by a number (after a '.', spaces and
	 * commas).  So the walk goes from one digit run to the next, and
	 * tries the month name before each, then the run itself: the
	 * starts in the order a walk over every byte would try them.
	 */
	for (i = 0; i < len; i++) {
		size_t j, w;

		if (cls[(unsigned char)s[i]] != 2)
			continue;
		/* the word before: w..j, then perhaps '.', then spaces and
		 * commas up to the digits at i */
		for (j = i; j > 0 && (s[j - 1] == ' ' || s[j - 1] == ','); j--)
			;
		if (j > 1 && s[j - 1] == '.')
			j--;
		for (w = j; w > 0 && cls[(unsigned char)s[w - 1]] == 1; w--)
			;
		if (j - w >= 3 && j - w <= 9 && (w == 0 ||
		    cls[(unsigned char)s[w - 1]] == 0) &&
		    month_first[(unsigned char)s[w] | 32] &&
		    date_at(s, len, w, iso, end)) {
			*start = w;
			return 1;
		}
		if (date_at(s, len, i, iso, end)) {
			*start = i;
			return 1;
		}
		while (i + 1 < len && cls[(unsigned char)s[i + 1]] == 2)
			i++;
	}
	return 0;
}
