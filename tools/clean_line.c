/*
 * clean_line.c: rk-clean's line rules.  Each line of the page is judged alone
 * (menus, breadcrumbs, share widgets, bylines, timestamps, copyright
 * lines, captions, counters, adverts), first by cheap byte tests and the
 * first word's triggers, then by the lexicon and the few patterns.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rk.h"
#include "clean.h"
#include "clean_int.h"

/*
 * A short list of lower-case words indexed by their first letter: most
 * words asked about fail there, with no comparison.
 */
struct wordidx {
	const char *const *w;
	size_t		 n;		/* at most sizeof(len) */
	signed char	 first[26][16];	/* entries by first letter, -1 ended */
	unsigned char	 len[64];
	int		 ready;
};

/* The entry of w[0..n) (any case) in x, or -1. */
static long
wordidx_find(struct wordidx *x, const char *w, size_t n)
{
	size_t i, k, nf[26] = { 0 };
	int c0;

	if (!x->ready) {
		memset(x->first, -1, sizeof(x->first));
		for (i = 0; i < x->n && i < sizeof(x->len); i++) {
			x->len[i] = (unsigned char)strlen(x->w[i]);
			k = (size_t)(x->w[i][0] - 'a');
			if (nf[k] + 1 < sizeof(x->first[k]))
				x->first[k][nf[k]++] = (signed char)i;
		}
		x->ready = 1;
	}
	c0 = n > 0 ? w[0] | 32 : 0;
	if (c0 < 'a' || c0 > 'z')
		return -1;
	for (k = 0; x->first[c0 - 'a'][k] >= 0; k++) {
		i = (size_t)x->first[c0 - 'a'][k];
		if (x->len[i] == n && ci_eq(x->w[i], w, n))
			return (long)i;
	}
	return -1;
}

static int
byline_label(const char *w, size_t n, int *kind)
{
	static const char *const label[] = {
		"penulis", "ditulis oleh", "oleh", "author", "writer", "by",
		"posted by", "diposting oleh", "laporan", "laporan wartawan",
		"laporan reporter", "laporan jurnalis", "laporan kontributor",
		"pewarta", "reporter", "wartawan", "kontributor", "jurnalis",
		"editor", "redaktur", "penyunting", "editing", "redaksi",
		"sumber", "fotografer", "foto", "publisher", "uploader", "admin",
	};
	static const signed char label_kind[] = {
		M_AUTHOR, M_AUTHOR, M_AUTHOR, M_AUTHOR, M_AUTHOR, M_AUTHOR,
		M_AUTHOR, M_AUTHOR, M_REPORTER, M_REPORTER,
		M_REPORTER, M_REPORTER, M_REPORTER,
		M_REPORTER, M_REPORTER, M_REPORTER, M_REPORTER, M_REPORTER,
		M_EDITOR, M_EDITOR, M_EDITOR, M_EDITOR, M_EDITOR,
		-1, -1, -1, M_EDITOR, M_AUTHOR, M_AUTHOR,
	};
	static struct wordidx labels = { label, sizeof(label) / sizeof(label[0]),
		{ { 0 } }, { 0 }, 0 };
	long e;

	if (n < 2 || n > 16 || (e = wordidx_find(&labels, w, n)) < 0)
		return 0;
	*kind = label_kind[e];
	return 1;
}

/*
 * "Penulis: X | Editor: Y", "Reporter: X - Editor : Y", "Pewarta: X",
 * "Oleh : X", "by NAME - 2021-03-18 15:14:00".  The label must come with
 * a colon, or the line must be a short name-only line, so that a sentence
 * such as "Oleh karena itu ..." or "Editor senior ..." stays.  A later
 * field can still refuse the line, so the fields wait in got[] until the
 * whole line has passed, and only then, if harvest, become metadata; a
 * byline has a few fields, and those past BYLINE_MAX are not kept.
 */
#define BYLINE_MAX	16

static int
byline(const char *s, size_t len, int harvest)
{
	struct {
		int	 kind;
		size_t	 ws, ve, va, vb;	/* label start, value end, name */
	} got[BYLINE_MAX];
	size_t i = 0, a, b, ws, we, vs, ve, k, ngot = 0;
	int kind, any = 0, colon, nw = cur_nw, date = 0;
	char iso[24];

	if (nw > 16)
		return 0;
	while (i < len) {
		while (i < len && (s[i] == ' ' || s[i] == '|' || s[i] == '-' ||
		    (unsigned char)s[i] == 0xE2))
			i += (unsigned char)s[i] == 0xE2 ? 3 : 1;
		if (i >= len)
			break;
		/* label: one or two words */
		ws = i;
		while (i < len && isalpha((unsigned char)s[i]))
			i++;
		we = i;
		if (we == ws)
			break;
		{
			size_t j = i;
			int k2;

			if (j < len && s[j] == ' ') {
				j++;
				while (j < len && isalpha((unsigned char)s[j]))
					j++;
			}
			if (j > i && byline_label(s + ws, j - ws, &k2)) {
				kind = k2;
				i = we = j;
			} else if (!byline_label(s + ws, we - ws, &kind)) {
				break;
			}
		}
		while (i < len && s[i] == ' ')
			i++;
		colon = i < len && s[i] == ':';
		if (colon)
			i++;
		while (i < len && s[i] == ' ')
			i++;
		if (!colon && kind == M_REPORTER && we - ws > 7) {
			/* "Laporan Wartawan lombokwarta.com, Baiq ...": the site */
			size_t j = i;

			while (j < len && s[j] != ' ' && s[j] != ',')
				j++;
			if (j - i > 4 && memchr(s + i, '.', j - i) != NULL &&
			    islower((unsigned char)s[i])) {
				for (i = j; i < len && (s[i] == ',' || s[i] == ' '); i++)
					;
			}
		}
		if (!colon) {
			/* "Oleh Hayru Abdi", "by Op.SIBER_4 - 2021-...": a name
			 * in capitals, a short line, no sentence end */
			if (any || i >= len || !(isupper((unsigned char)s[i]) ||
			    (unsigned char)s[i] >= 0x80) || nw > 10 ||
			    (ends_term(s, len) && s[len - 1] != '.') ||
			    !(kind == M_AUTHOR || kind == M_REPORTER))
				return 0;
			if (strncasecmp(s + ws, "laporan", 7) == 0 && we - ws == 7)
				return 0;
		}
		/* value: up to the next separator */
		vs = i;
		while (i < len && s[i] != '|' && !(s[i] == ' ' && i + 2 < len &&
		    (s[i + 1] == '-' || ((unsigned char)s[i + 1] == 0xE2 &&
		    (unsigned char)s[i + 2] == 0x80)) ))
			i++;
		ve = i;
		while (ve > vs && (s[ve - 1] == ' ' || s[ve - 1] == '.'))
			ve--;
		if (harvest && kind >= 0 && ngot < BYLINE_MAX) {
			size_t ds, de;

			core_of(s + vs, ve - vs, &a, &b);
			/* not a date where the name should be */
			if (b > a && !(clean_date_find(s + vs, ve - vs, iso,
			    &ds, &de) && ds < 2)) {
				got[ngot].kind = kind;
				got[ngot].ws = ws;
				got[ngot].ve = ve;
				got[ngot].va = vs + a;
				got[ngot++].vb = vs + b;
			}
		}
		any = 1;
		if (i < len && s[i] == ' ') {
			/* " - 2021-03-18 15:14:00 528 Dibaca": the rest is a date */
			size_t ds, de;

			if (clean_date_find(s + i, len - i, iso, &ds, &de)) {
				date = 1;
				break;
			}
			i++;
		}
	}
	if (!any || !harvest)
		return any;
	for (k = 0; k < ngot; k++)
		meta_add(got[k].kind, s + got[k].ws, got[k].ve - got[k].ws,
		    s + got[k].va, got[k].vb - got[k].va);
	if (date)
		pubdate_offer(s, len, iso, strchr(iso, 'T') != NULL ? 2 : 1);
	return 1;
}

/* Is some entry for the phrase s a site word ("portal", "media center")? */
int
site_word(const char *s, size_t len)
{
	long e;

	/* lex_find gives the first entry; "berita" is also a menu word */
	if (lex_find(s, len) < 0)
		return 0;
	for (e = fold_find(&boiler, s, len); e >= 0;
	    e = rk_hash_nextval(&boiler, e))
		if (boiler_scope[rk_hash_val(&boiler, e)] == S_SITE)
			return 1;
	return 0;
}

/* " - ", " | ", " \u2013 " or " \u2014 " at s[i]: its length, else 0. */
static size_t
dash_at(const char *s, size_t len, size_t i)
{
	if (i + 2 < len && s[i] == ' ' && (s[i + 1] == '-' || s[i + 1] == '|') &&
	    s[i + 2] == ' ')
		return 3;
	if (i + 4 < len && s[i] == ' ' && (unsigned char)s[i + 1] == 0xE2 &&
	    (unsigned char)s[i + 2] == 0x80 &&
	    ((unsigned char)s[i + 3] == 0x93 ||
	    (unsigned char)s[i + 3] == 0x94) && s[i + 4] == ' ')
		return 5;
	return 0;
}

/*
 * A team's byline with its desk: "Tim Nusantara Kini - detik regional
 * Sulsel", "Tim Redaksi | Berita Daerah".  Tim and one to four capitalised
 * words, a dash or a bar, then one to four words of which one is a menu
 * or site word or a brand in lower case (detikSulsel); "Tim SAR Gabungan
 * Temukan Korban - Sungai Kapuas" names no desk and stays.
 */
/*
 * The first " - ", " | ", " – " or " — " at or after byte from: the
 * space before it, *dl its length with both spaces; 0 when none.
 */
static size_t
spaced_dash(const char *s, size_t len, size_t from, size_t *dl)
{
	size_t i = from, n;

#ifdef CLEAN_SSE2
	/* sixteen a step: a space before a '-', '|' or 0xE2 */
	for (; i + 17 <= len; i += 16) {
		__m128i v1 = _mm_loadu_si128((const __m128i *)(s + i + 1));
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_and_si128(
		    _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(s + i)),
		    _mm_set1_epi8(' ')), _mm_or_si128(_mm_or_si128(
		    _mm_cmpeq_epi8(v1, _mm_set1_epi8('-')),
		    _mm_cmpeq_epi8(v1, _mm_set1_epi8('|'))),
		    _mm_cmpeq_epi8(v1, _mm_set1_epi8((char)0xE2)))));

		for (; m != 0; m &= m - 1) {
			size_t k = i + (size_t)__builtin_ctz(m);

			if ((n = dash_at(s, len, k)) != 0) {
				*dl = n;
				return k;
			}
		}
	}
#endif
	for (; i + 2 < len; i++)
		if ((n = dash_at(s, len, i)) != 0) {
			*dl = n;
			return i;
		}
	return 0;
}

/*
 * The words of s[from, to), each opening with a capital (and, with
 * letters, made of letters and dots): how many, or -1.
 */
static int
cap_words(const char *s, size_t from, size_t to, int letters)
{
	size_t i, j, k;
	int n = 0;

	for (i = from; i < to; i = j + 1) {
		for (j = i; j < to && s[j] != ' '; j++)
			;
		if (j == i)
			continue;
		if (!isupper((unsigned char)s[i]))
			return -1;
		for (k = i; letters && k < j; k++)
			if (!isalpha((unsigned char)s[k]) && s[k] != '.')
				return -1;
		n++;
	}
	return n;
}

/*
 * A reporter's name and the site's brand: "Aditya Ramadhan -
 * detikKalimantan", "Rina Sari | kaltimpost.id".  Two to four capitalised
 * words, a dash or a bar, one word in lower case with a capital or a dot
 * inside.
 */
static int
brand_byline(const char *s, size_t len, int harvest)
{
	size_t i, j, d, dl = 0;
	int before, inner = 0;

	if (cur_nw > 6 || (d = spaced_dash(s, len, 1, &dl)) == 0)
		return 0;
	before = cap_words(s, 0, d, 1);
	i = d + dl;
	if (before < 2 || before > 4 || i >= len || !islower((unsigned char)s[i]) ||
	    memchr(s + i, ' ', len - i) != NULL)
		return 0;
	for (j = i + 1; j < len; j++)
		if (isupper((unsigned char)s[j]) || (s[j] == '.' && j + 1 < len))
			inner = 1;
	if (!inner)
		return 0;
	if (harvest)
		meta_add(M_AUTHOR, s, len, s, d);
	return 1;
}

static int
team_byline(const char *s, size_t len, int harvest)
{
	size_t i, j, d = 0, dl = 0;
	int before = 0, after = 0, cue = 0;
	long e;

	if (cur_nw > 10 || len < 8 || strncasecmp(s, "tim ", 4) != 0 ||
	    ends_term(s, len))
		return 0;
	if ((d = spaced_dash(s, len, 4, &dl)) == 0 ||
	    (before = cap_words(s, 4, d, 0)) < 0 || before > 4)
		return 0;
	for (i = d + dl; i < len; i = j + 1) {
		for (j = i; j < len && s[j] != ' '; j++)
			;
		if (j == i)
			continue;
		if (++after > 4)
			return 0;
		if (islower((unsigned char)s[i]) ||
		    ((e = lex_find(s + i, j - i)) >= 0 && boiler_rule[e] == R_NAV) ||
		    site_word(s + i, j - i))
			cue = 1;
	}
	if (before == 0 || !cue)
		return 0;
	if (harvest)
		meta_add(M_AUTHOR, s, len, s, d);
	return 1;
}

static int
weekday_or_filler(const char *w, size_t n)
{
	static const char *const words[] = {
		"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu",
		"minggu", "ahad", "monday", "tuesday", "wednesday", "thursday",
		"friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri",
		"sat", "sun", "wib", "wita", "wit", "by", "oleh", "login",
		"diperbarui", "diterbitkan", "dipublikasikan", "dipublikasi",
		"update", "updated", "terakhir", "published", "posted", "on",
		"pada", "pukul", "jam", "tanggal", "tgl", "am", "pm", "gmt", "utc",
		"admin", "redaksi", "pagi", "siang", "sore", "malam", "lalu",
		"waktu", "baca", "menit", "hari", "ini", "kemarin",
	};
	static struct wordidx fillers = { words, sizeof(words) / sizeof(words[0]),
		{ { 0 } }, { 0 }, 0 };

	return wordidx_find(&fillers, w, n) >= 0;
}

static int
has_year(const char *s, size_t len, char c0, char c1)
{
	const char *p = s, *e = s + len;

	while (e - p >= 4 && (p = memchr(p, c0, (size_t)(e - p - 3))) != NULL) {
		if (p[1] == c1 && isdigit((unsigned char)p[2]) &&
		    isdigit((unsigned char)p[3]) &&
		    (p == s || !isdigit((unsigned char)p[-1])) &&
		    (p + 4 == e || !isdigit((unsigned char)p[4])))
			return 1;
		p++;
	}
	return 0;
}

/*
 * A year (19xx or 20xx standing alone) in the line judge_line looks at:
 * timestamp() and copyright() both ask, so it is found once a line.
 */
static int cur_year = -1;

static int
line_year(const char *s, size_t len)
{
	if (cur_year < 0)
		cur_year = has_year(s, len, '2', '0') || has_year(s, len, '1', '9');
	return cur_year;
}

/* A header timestamp: a date, a time, weekdays and little else. */
static int
timestamp(const char *s, size_t len, int harvest)
{
	char iso[24];
	size_t ds, de, i, ws, sb = len;
	const char *bar;
	int other = 0, nw = cur_nw;

	/* every header date carries a year: 19xx or 20xx standing alone */
	ws = (size_t)line_year(s, len);
	if (nw > 14 || ws == 0 || !clean_date_find(s, len, iso, &ds, &de))
		return 0;
	/*
	 * "Rabu, 15 Maret 2023 | Admin Kecamatan X | 212 kali dibaca": the
	 * date's item, first on the line, is what must hold little else (a
	 * related story's "Title | 12 Juni 2023" stays as it was)
	 */
	if (memchr(s, '|', ds) == NULL &&
	    (bar = memchr(s + de, '|', len - de)) != NULL)
		sb = (size_t)(bar - s);
	for (i = 0; i < sb; ) {
		if (i == ds) {
			i = de;
			continue;
		}
		if (!isalpha((unsigned char)s[i]) && (unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		ws = i;
		while (i < sb && i != ds && (isalnum((unsigned char)s[i]) ||
		    s[i] == '\'' || (unsigned char)s[i] >= 0x80))
			i++;
		if (i == ws) {
			i++;
			continue;
		}
		/* four other words already refuse the line */
		if (!weekday_or_filler(s + ws, i - ws) && ++other > 3)
			return 0;
	}
	if (other > 3 || (other > 0 && ends_term(s, len) && s[len - 1] == '.'))
		return 0;
	if (harvest)
		pubdate_offer(s, len, iso, strchr(iso, 'T') != NULL ? 2 : 1);
	return 1;
}

/*
 * The cues of a copyright line (©, (c), copyright, hak cipta, rights
 * reserved): one pass stops only at the bytes that end them, and looks
 * back from there.
 */
static unsigned char cr_hot[256];	/* bytes that end a cue */

/* Does a cue end at s[i] (i > 0)? */
static int
cue_ends_at(const char *s, size_t len, size_t i)
{
	unsigned char c = (unsigned char)s[i], p;

	if (!cr_hot[c])
		return 0;
	p = (unsigned char)(s[i - 1] | 32);
	switch (c | 32) {
	case 0xA9 | 32:
		if (c == 0xA9 && s[i - 1] == '\xC2')
			return 1;
		break;
	case ')':
		if (p == 'c' && i >= 2 && s[i - 2] == '(')
			return 1;
		break;
	case 'y':
		if (p == 'p' && i >= 2 && (s[i - 2] | 32) == 'o' &&
		    ci_find(s, len, "copyright"))
			return 1;
		break;
	case 'p':
		if (p == 'i' && i >= 2 && (s[i - 2] | 32) == 'c' &&
		    ci_find(s, len, "hak cipta"))
			return 1;
		break;
	case 'v':
		if (p == 'r' && ci_find(s, len, "rights reserved"))
			return 1;
		break;
	default:
		break;
	}
	return 0;
}

static int
copyright_cue(const char *s, size_t len)
{
	size_t i = 1;

	if (!cr_hot[0xA9]) {
		const char *h = "\xA9)yYpPvV";

		for (; *h != '\0'; h++)
			cr_hot[(unsigned char)*h] = 1;
	}
#ifdef CLEAN_SSE2
	/* sixteen bytes a step: with the 0x20 bit set, a cue's last byte is
	 * one of five (a few others too, which cr_hot turns away) */
	for (; i + 16 <= len; i += 16) {
		__m128i v = _mm_or_si128(_mm_loadu_si128(
		    (const __m128i *)(s + i)), _mm_set1_epi8(0x20));
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('y')),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8('p'))),
		    _mm_or_si128(_mm_or_si128(
		    _mm_cmpeq_epi8(v, _mm_set1_epi8('v')),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8(')'))),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xA9)))));

		for (; m != 0; m &= m - 1)
			if (cue_ends_at(s, len, i + (size_t)__builtin_ctz(m)))
				return 1;
	}
#endif
	for (; i < len; i++)
		if (cue_ends_at(s, len, i))
			return 1;
	return 0;
}

/* "(c)" or "(C)" somewhere in s. */
static int
paren_c(const char *s, size_t len)
{
	const char *p = s, *e = s + len;

	while (e - p >= 3 && (p = memchr(p, '(', (size_t)(e - p - 2))) != NULL) {
		if ((p[1] | 32) == 'c' && p[2] == ')')
			return 1;
		p++;
	}
	return 0;
}

static int
copyright(const char *s, size_t len, int harvest)
{
	size_t i;
	int year = 0;
	char v[8];

	if (cur_nw > 25)
		return 0;
	/* a copyright line carries ©, (c), a year, or is one of a few phrases */
	if (cur_nw > 6 && !memchr(s, '\xA9', len) && !paren_c(s, len) &&
	    !line_year(s, len))
		return 0;
	if (!copyright_cue(s, len))
		return 0;
	if (mem_find(s, len, "\xC2\xA9", 2) == NULL && !ci_find(s, len, "copyright") &&
	    !ci_find(s, len, "all rights reserved") && !ci_find(s, len, "(c) 20") &&
	    !(ci_find(s, len, "hak cipta") && cur_nw <= 10 &&
	    !ends_term(s, len)))
		return 0;
	for (i = 0; i + 4 <= len; i++)
		if ((s[i] == '1' || s[i] == '2') && (i == 0 || !isdigit((unsigned char)s[i - 1])) &&
		    isdigit((unsigned char)s[i + 1]) && isdigit((unsigned char)s[i + 2]) &&
		    isdigit((unsigned char)s[i + 3]) && (i + 4 == len || !isdigit((unsigned char)s[i + 4]))) {
			int y = atoi(s + i);

			if (y >= 1990 && y <= 2099)
				year = y;
		}
	if (harvest) {
		/* a year is 1990..2099: its four digits, without snprintf */
		v[0] = (char)('0' + year / 1000);
		v[1] = (char)('0' + year / 100 % 10);
		v[2] = (char)('0' + year / 10 % 10);
		v[3] = (char)('0' + year % 10);
		meta_add(M_COPYRIGHT, s, len, year ? v : "", year ? 4 : 0);
	}
	return 1;
}

/*
 * A section and its sub-section: "Berita / Pesisir Selatan", "Daerah >
 * Kutai Barat".  The section is a menu word of the lexicon, the rest one
 * to three capitalised words; "Daerah | Bupati Minta Camat Netral" is a
 * headline behind its category and stays.
 */
static int
crumb_pair(const char *s, size_t len, size_t sa, size_t sb)
{
	size_t a, b, i;
	long e;
	int w = 0;

	core_of(s, sa, &a, &b);
	if (b <= a || (e = lex_find(s + a, b - a)) < 0 || boiler_rule[e] != R_NAV ||
	    boiler_scope[e] != S_WORD)
		return 0;
	for (i = sb; i < len; i++) {
		if (s[i] == ' ')
			continue;
		if (!isupper((unsigned char)s[i]) || ++w > 3)
			return 0;
		while (i < len && s[i] != ' ')
			if (!isalpha((unsigned char)s[i++]))
				return 0;
	}
	return w > 0;
}

/* Home > Daerah > Kotim; Beranda / Berita / Kalteng; A | B | C; Home > Daerah > Headline. */
static int
breadcrumb(const char *s, size_t len)
{
	size_t i, items = 1, seps = 0, w = 0, maxw = 0, sa = 0, sb = 0;

	if (strcspn(s, ">|/\xBB\xBA") >= len)	/* a NUL-ended line unit */
		return 0;
	if (ends_term(s, len) && s[len - 1] != ')')
		return 0;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		int sep = c == '>' || (c == '/' && i > 0 && s[i - 1] == ' ' &&
		    i + 1 < len && s[i + 1] == ' ') || (c == '|' && i > 0) ||
		    (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xBB) ||
		    (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
		    (unsigned char)s[i + 2] == 0xBA);

		if (sep) {
			if (seps++ == 0) {
				sa = i;
				sb = i + (c == 0xC2 ? 2 : c == 0xE2 ? 3 : 1);
			}
			items++;
			if (w > maxw)
				maxw = w;
			w = 0;
		} else if (c == ' ' && i + 1 < len && s[i + 1] != ' ') {
			w++;
		}
	}
	/* "Home » Bangka Barat » Rakorcam Jebus Bahas ...": the trail may end in the headline */
	if (seps >= 2 && maxw <= 5 && w <= 20 && (ci_prefix(s, sa, "home") ||
	    ci_prefix(s, sa, "beranda")) && sa <= 8)
		return 1;
	if (w > maxw)
		maxw = w;
	if (seps == 1 && cur_nw <= 5)
		return crumb_pair(s, len, sa, sb);
	return seps >= 2 && maxw <= 5 && items >= 3;
}

/* A line made of menu or share items only. */
static int
menu_line(const char *s, size_t len, int *rule)
{
	size_t i = 0, st[64], en[64], n = 0, k, best;
	int lexw = 0, other = 0, nav = 0, share = 0, regions = 0, pass;
	long e;

	size_t lim = 4;

	if (len > 600)
		return 0;
again:
	while (i < len && n < lim) {
		while (i < len && (s[i] == ' ' || s[i] == '|' || s[i] == '/' ||
		    s[i] == ',' || s[i] == '>' || s[i] == ':' || s[i] == '-' ||
		    s[i] == '*'))
			i++;
		if (i >= len)
			break;
		st[n] = i;
		while (i < len && s[i] != ' ' && s[i] != '|' && s[i] != '/' &&
		    s[i] != ',' && s[i] != '>' && s[i] != ':')
			i++;
		en[n++] = i;
	}
	if (n == 0)
		return 0;
	if (lim == 4) {
		/* a menu or share line opens with one of its items */
		if (lex_find(s + st[0], en[0] - st[0]) < 0) {
			if (fold_find(&boiler_first, s + st[0], en[0] - st[0]) < 0)
				return 0;
			for (k = n < 4 ? n : 4; k >= 2; k--)
				if (lex_find(s + st[0], en[k - 1] - st[0]) >= 0)
					break;
			if (k < 2)
				return 0;
		}
		lim = 64;
		goto again;
	}
	if (i < len)
		return 0;
	/*
	 * The second pass counts kabupaten, kota and province names as items
	 * ("Beranda Kalbar Pontianak Kubu Raya Mempawah ... Opini": a region's
	 * menu lists them; four or more, where a breadcrumb names one or
	 * two).  Only a line the first pass leaves with four or more unknown
	 * items loads the region names.
	 */
	for (pass = 0; pass < 2; pass++) {
		lexw = other = nav = share = regions = 0;
		for (i = 0; i < n; ) {
			best = 0;
			/* spans of several items only from a phrase's first word */
			k = n - i < 4 ? n - i : 4;
			if (k > 1 && fold_find(&boiler_first, s + st[i], en[i] - st[i]) < 0)
				k = 1;
			for (; k >= 1; k--) {
				e = lex_find(s + st[i], en[i + k - 1] - st[i]);
				if (e >= 0 && (boiler_scope[e] == S_WORD ||
				    boiler_scope[e] == S_LINE || boiler_scope[e] == S_NUM)) {
					best = k;
					if (boiler_rule[e] == R_SHARE)
						share++;
					else
						nav++;
					break;
				}
			}
			for (k = best || pass == 0 ? 0 : n - i < 3 ? n - i : 3; k >= 1; k--)
				if (fold_find(&region_top, s + st[i],
				    en[i + k - 1] - st[i]) >= 0)
					break;
			if (k >= 1) {
				i += k;
				regions++;
			} else if (best) {
				lexw++;
				i += best;
			} else {
				/* a glyph-only item (•, ×) counts for nothing */
				if (has_alnum(s + st[i], en[i] - st[i]))
					other++;
				i++;
			}
		}
		if (regions >= 4) {
			lexw += regions;
			nav += regions;
		} else
			other += regions;
		if (lexw == 0)
			return 0;
		if (other == 0 || (lexw >= 2 && other <= 1 && !ends_term(s, len)) ||
		    (lexw >= 4 && other * 2 <= lexw && !ends_term(s, len))) {
			*rule = share > nav ? R_SHARE : R_NAV;
			return 1;
		}
		if (pass > 0 || other < 4 || ends_term(s, len))
			return 0;
		if (!common_loaded)
			common_load();
	}
	return 0;
}


/*
 * A breadcrumb printed without its separators: "Home Politik DPRD
 * Singkawang".  It opens with the site's root (home, beranda) and a
 * section word of the menu lexicon; what follows is the sub-section or the
 * headline, so the line has no sentence end.
 */
static int
crumb_words(const char *s, size_t len)
{
	size_t i, j, k;
	long e;

	if (ci_prefix(s, len, "home "))
		i = 5;
	else if (ci_prefix(s, len, "beranda "))
		i = 8;
	else
		return 0;
	/* the section: one word, or two ("seni budaya") */
	for (j = i; j < len && s[j] != ' '; j++)
		;
	for (k = j + 1; k < len && s[k] != ' '; k++)
		;
	if (k < len && (e = lex_find(s + i, k - i)) >= 0 &&
	    boiler_rule[e] == R_NAV && boiler_scope[e] == S_WORD)
		return 1;
	if (j < len && (e = lex_find(s + i, j - i)) >= 0 &&
	    boiler_rule[e] == R_NAV && boiler_scope[e] == S_WORD)
		return 1;
	/* or a province or regency ("Beranda Aceh Pidie"), in a short line */
	if (j >= len || cur_nw > 6 || !isupper((unsigned char)s[i]))
		return 0;
	if (!common_loaded)
		common_load();
	return fold_find(&region_top, s + i, j - i) >= 0 ||
	    (k <= len && fold_find(&region_top, s + i, k - i) >= 0);
}

/* Whole-line lexicon match, with an optional leading count ("0 Comments"). */
static long
lex_line(const char *s, size_t len)
{
	size_t a, b, i;
	long e;

	core_of(s, len, &a, &b);
	if (b <= a)
		return -1;
	e = lex_find(s + a, b - a);
	if (e >= 0 && boiler_scope[e] != S_LANG)
		return e;
	i = a;
	while (i < b && (isdigit((unsigned char)s[i]) || s[i] == '.' || s[i] == ','))
		i++;
	if (i > a && i < b && s[i] == ' ') {
		e = lex_find(s + i + 1, b - i - 1);
		if (e >= 0 && (boiler_scope[e] == S_NUM || boiler_rule[e] == R_COMMENTS))
			return e;
		/* "1.2K views" */
	}
	/* the count inside: "Reading time 2 mins read", "Waktu baca 3 menit" */
	for (i = a; i < b && !isdigit((unsigned char)s[i]); i++)
		;
	if (i > a && i < b && s[i - 1] == ' ' && b - a < 64) {
		char k[64];
		size_t j = i;

		while (j < b && isdigit((unsigned char)s[j]))
			j++;
		if (j < b && s[j] == ' ') {
			size_t m = 0, q;

			/* "Reading Time: 2 mins read": the colon goes too */
			for (q = a; q < b; q++)
				if ((q < i || q > j) && s[q] != ':')
					k[m++] = s[q];
			e = lex_find(k, m);
			if (e >= 0 && boiler_scope[e] == S_NUM)
				return e;
		}
	}
	return -1;
}

/*
 * A short bar-separated line that ends in a view counter: "Admin HST | 0
 * views", "Redaksi | 528 kali dibaca".
 */
static int
counter_tail(const char *s, size_t len)
{
	size_t i;
	long e;

	/* most short lines have no bar at all: memchr says so fastest */
	if (memchr(s, '|', len) == NULL)
		return 0;
	for (i = len; i > 0 && s[i - 1] != '|'; i--)
		;
	e = lex_line(s + i, len - i);
	return e >= 0 && boiler_rule[e] == R_COUNTER;
}

/* Every dateline has a dash, a bar or a mis-decoded dash early on. */
int
dash_early(const char *s, size_t len)
{
	size_t n = len > 160 ? 160 : len;

	return memchr(s, '-', n) || memchr(s, '\xE2', n) || memchr(s, '|', n) ||
	    memchr(s, '\xC3', n) || mem_find(s, n, " l ", 3);
}

/* Does the line open with a meeting's word in capitals: "RAKOR -", "RAPAT KOORDINASI -"? */
static int
meeting_label(const char *s, size_t len)
{
	static const char *const w[] = { "RAKOR", "RAPAT", "SUASANA", NULL };
	size_t k, n;

	for (k = 0; w[k] != NULL; k++) {
		n = strlen(w[k]);
		if (len > n && strncmp(s, w[k], n) == 0 &&
		    (s[n] == ' ' || (s[n] >= 'A' && s[n] <= 'Z')))
			return 1;
	}
	return 0;
}

/*
 * "RAKOR : ..." opens with capitals and spaces up to a colon (bytes past
 * ASCII may be capitals too): the test before re_capline2.
 */
static int
caps_label(const char *s, size_t len)
{
	size_t k = 0;

#ifdef CLEAN_SSE2
	/* sixteen bytes a step: the first that is no capital, space or
	 * byte past ASCII (signed, those are below 'A') */
	while (k + 16 <= len && k < 40) {
		__m128i v = _mm_loadu_si128((const __m128i *)(s + k));
		unsigned m = ~(unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_or_si128(_mm_and_si128(
		    _mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
		    _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1))),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8(' '))), v)) & 0xFFFF;

		if (m != 0) {
			k += (size_t)__builtin_ctz(m);
			if (k > 40)
				k = 40;
			return k >= 2 && k < len && s[k] == ':';
		}
		k += 16;
	}
	if (k > 40)
		k = 40;
#endif
	/* isupper is A-Z here: no rk tool calls setlocale */
	while (k < len && k < 40 && ((s[k] >= 'A' && s[k] <= 'Z') ||
	    s[k] == ' ' || (unsigned char)s[k] >= 0x80))
		k++;
	return k >= 2 && k < len && s[k] == ':';
}

/* Does the word start at s[i] (n bytes in all): FOTO Foto foto Photo PHOTO? */
static int
foto_word(const char *s, size_t n, size_t i)
{
	const char *p = s + i;

	if (*p == 'P')
		return n - i >= 5 && (memcmp(p, "Photo", 5) == 0 ||
		    memcmp(p, "PHOTO", 5) == 0);
	return n - i >= 4 && (memcmp(p, "FOTO", 4) == 0 ||
	    memcmp(p, "Foto", 4) == 0 || memcmp(p, "foto", 4) == 0);
}

/*
 * Some FOTO, Foto, foto, Photo or PHOTO in s: one pass over the bytes
 * that can open them, rather than a search for each spelling.
 */
static int
has_foto(const char *s, size_t n)
{
	size_t i = 0;

#ifdef CLEAN_SSE2
	for (; i + 16 <= n; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(s + i));
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('F')),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8('f'))),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8('P'))));

		for (; m != 0; m &= m - 1)
			if (foto_word(s, n, i + (size_t)__builtin_ctz(m)))
				return 1;
	}
#endif
	for (; i < n; i++)
		if ((s[i] == 'F' || s[i] == 'f' || s[i] == 'P') && foto_word(s, n, i))
			return 1;
	return 0;
}

/*
 * Has s a '/' or a ':'?  One pass for both (most lines have neither, and
 * two memchr calls on a line's short tail cost more than the bytes).
 */
static int
slash_or_colon(const char *s, size_t n)
{
	size_t i = 0;

#ifdef CLEAN_SSE2
	if (n >= 16) {
		for (;; i += 16) {
			/* the last block overlaps the one before: a yes or
			 * no needs no position */
			__m128i v = _mm_loadu_si128((const __m128i *)(s +
			    (i + 16 <= n ? i : n - 16)));

			if (_mm_movemask_epi8(_mm_or_si128(
			    _mm_cmpeq_epi8(v, _mm_set1_epi8('/')),
			    _mm_cmpeq_epi8(v, _mm_set1_epi8(':')))) != 0)
				return 1;
			if (i + 16 >= n)
				return 0;
		}
	}
#endif
	for (; i < n; i++)
		if (s[i] == '/' || s[i] == ':')
			return 1;
	return 0;
}

static int
caption_line(const char *s, size_t len, int prefix)
{
	size_t ov[2];

	size_t i = 0;

	if (len < 4)
		return 0;
	while (i < len && (s[i] == '(' || s[i] == '[' || s[i] == ' '))
		i++;
	if (prefix && i < len && ((s[i] | 32) == 'f' || (s[i] | 32) == 'p' || (s[i] | 32) == 'k' ||
	    (s[i] | 32) == 'c' || (s[i] | 32) == 'i' || (s[i] | 32) == 'g' ||
	    (s[i] | 32) == 's') &&
	    (ci_prefix(s + i, len - i, "foto") || ci_prefix(s + i, len - i, "photo") ||
	    ci_prefix(s + i, len - i, "ket") || ci_prefix(s + i, len - i, "caption") ||
	    ci_prefix(s + i, len - i, "ilustrasi") || ci_prefix(s + i, len - i, "gambar") ||
	    ci_prefix(s + i, len - i, "sumber foto")) &&
	    rk_re_exec(&re_capline, s, len, 0, ov, 2) > 0)
		return 1;
	/* a short line that ends with a photo credit is a caption */
	if (cur_nw <= 40 && len > 12) {
		size_t t = len > 70 ? len - 70 : 0;

		/* a credit ends in ")" or has a "/" or ":" after FOTO */
		if ((s[len - 1] == ')' || (len > 1 && s[len - 2] == ')') ||
		    slash_or_colon(s + t, len - t)) &&
		    has_foto(s + t, len - t) &&
		    rk_re_exec(&re_capend, s, len, t, ov, 2) > 0 && ov[0] > 0) {
			size_t dv[2];

			/*
			 * a lead paragraph that carries a credit is still a lead,
			 * but a meeting's word in capitals before the dash is a
			 * caption's label, not a dateline ("RAKOR KARHUTLA -
			 * Sekdaprov X saat memimpin ... foto : adpim")
			 */
			if (!dash_early(s, len) || meeting_label(s, len) ||
			    rk_re_exec(&re_dateline, s, len > 160 ? 160 : len, 0, dv, 2) <= 0)
				return 1;
		}
	}
	if (len < 400 && s[0] >= 'A' && s[0] <= 'Z' && caps_label(s, len) &&
	    rk_re_exec(&re_capline2, s, len, 0, ov, 2) > 0)
		return 1;
	return 0;
}

static int
glyph_only(const char *s, size_t len)
{
	return !has_alnum(s, len);
}

static int
lone_number(const char *s, size_t len)
{
	size_t i;

	/* isdigit is 0-9 here (no rk tool calls setlocale): no call a line */
	for (i = 0; i < len; i++)
		if (!(s[i] >= '0' && s[i] <= '9') && s[i] != '.' && s[i] != ',' &&
		    s[i] != ' ' && s[i] != '+')
			return 0;
	return 1;
}

/* A line that is only a reporter code: "(redaksi)", "(*)", "(Ir/Nt/As)". */
static int
code_line(const char *s, size_t len, size_t *a, size_t *b)
{
	size_t i;

	if (len < 3 || s[0] != '(')
		return 0;
	*a = 1;
	*b = len;
	while (*b > 0 && s[*b - 1] != ')')
		(*b)--;
	if (*b != len && !(*b + 1 == len && s[len - 1] == '.'))
		return 0;
	if (*b < 2)
		return 0;
	(*b)--;
	if (*b - *a > 30 || *b <= *a)
		return 0;
	for (i = *a; i < *b; i++)
		if (s[i] == ' ' || s[i] == '(' || s[i] == ')')
			return 0;
	return 1;
}

static int
is_bacajuga(const char *s, size_t len)
{
	static const char *const p[] = { "baca juga", "baca pula", "simak juga",
		"lihat juga", "also read", "baca:", "read also", "artikel terkait:",
		"berita terkait:", "baca berita", "simak berita", "klik juga" };
	size_t i, a = core_start(s, len);

	if (a >= len || strchr("bBsSlLrRaAkK", s[a]) == NULL)
		return 0;
	for (i = 0; i < sizeof(p) / sizeof(p[0]); i++)
		if (ci_prefix(s + a, len - a, p[i])) {
			size_t k = a + strlen(p[i]);

			while (k < len && (s[k] == ' ' || s[k] == '*'))
				k++;
			/* "Baca juga" alone is a list header, not a link */
			if (k < len && (s[k] == ':' || p[i][strlen(p[i]) - 1] == ':' ||
			    i >= 8))
				return 1;
			if (k < len && i < 5 && isupper((unsigned char)s[k]) &&
			    cur_nw <= 20)
				return 1;
		}
	return 0;
}

/* "Advertisement - Scroll ke atas ...", "IKLAN - Scroll untuk ..." */
static int
ad_line(const char *s, size_t len)
{
	size_t a, b;

	core_of(s, len, &a, &b);
	return ci_prefix(s + a, b - a, "advertisement") ||
	    ci_prefix(s + a, b - a, "iklan ") || ci_prefix(s + a, b - a, "scroll ") ||
	    ci_prefix(s + a, b - a, "ads ") || ci_prefix(s + a, b - a, "sponsored");
}

/* Calls to follow the site: "Ikuti berita terkini di Google News", ... */
static int
promo_line(const char *s, size_t len)
{
	static const char *const p[] = { "dapatkan update", "dapatkan berita",
		"dapatkan informasi", "ikuti berita", "ikuti kami", "ikuti juga",
		"ikuti update", "follow us", "follow kami", "simak berita",
		"simak update", "download aplikasi", "unduh aplikasi",
		"klik di sini", "klik disini", "baca berita lainnya",
		"baca artikel lainnya", "gabung", "join", NULL };
	size_t a, b, k;

	core_of(s, len, &a, &b);
	for (k = 0; p[k] != NULL; k++)
		if (ci_prefix(s + a, b - a, p[k]))
			return 1;
	return 0;
}

/* "Filed under ...", "Tags: ...", "Kategori: ...", "Posted in ..." */
static int
nav_label(const char *s, size_t len)
{
	static const char *const p[] = { "filed under", "posted in", "tags:",
		"tag:", "tags :", "tag :", "kategori:", "kategori :", "category:",
		"categories:", "topik:", "topik :", "label:", "rubrik:",
		/* a news ticker's line: "Sekilas Info : Layanan ... 24 jam." */
		"sekilas info:", "sekilas info :", "info terkini:", "info terkini :",
		"breaking news:", "breaking news :", "running text:", NULL };
	size_t k;

	if (strchr("fFpPtTkKcClLrRsSiIbB", s[0]) == NULL || s[0] == '\0')
		return 0;
	for (k = 0; p[k] != NULL; k++)
		if (ci_prefix(s, len, p[k]))
			return 1;
	return 0;
}

/* Words that start in lower case: prose has them, furniture rarely. */
static int
lower_words(const char *s, size_t len)
{
	size_t i;
	int n = 0;

	for (i = 1; i < len; i++)
		if (s[i - 1] == ' ' && s[i] >= 'a' && s[i] <= 'z' && ++n >= 2)
			break;
	return n;
}

/* What the first word of a line can start: the detectors worth running. */
enum { T_LEX = 1, T_BJ = 2, T_CAP = 4, T_AD = 8, T_NAVL = 16, T_BY = 32,
	T_PROMO = 64, T_TEAM = 128 };

static size_t
first_word(const char *s, size_t len, char *w, size_t max)
{
	size_t i, n = 0;

	for (i = core_start(s, len); i < len && n < max; i++) {
		unsigned char c = alnum_low[(unsigned char)s[i]];

		if (c > 1)
			w[n++] = (char)c;
		else if (s[i] != '\'' && s[i] != '.' && s[i] != '-')
			break;
	}
	return n;
}

/*
 * The trigger words in a table of their own: a line's first word is
 * already lowered by first_word, and all the bits of one word are merged
 * into one slot, so each line costs one short hash and one compare.
 */
#define TRIG_SLOTS	1024	/* a power of two, well above the words */

static struct trig {
	uint64_t w[4];	/* the word, zero padded */
	size_t	n;	/* 0: empty */
	int	bits;
} trigtab[TRIG_SLOTS];

/*
 * The home slots in use, a bit each: most first words are no trigger,
 * and this 128-byte map answers them without touching trigtab's 48 KB
 * (on one core the pipeline's stages evict each other's tables).
 */
static uint64_t trighome[TRIG_SLOTS / 64];

static size_t
trig_home(const uint64_t *w, size_t n)
{
	return (size_t)(((w[0] ^ w[1] ^ n) * 0x9E3779B97F4A7C15ULL) >> 54) &
	    (TRIG_SLOTS - 1);
}

/* w is zero padded to 32 bytes: whole words compare and hash it. */
static struct trig *
trig_slot(const uint64_t *w, size_t n)
{
	size_t k = trig_home(w, n);

	while (trigtab[k].n != 0 && (trigtab[k].n != n ||
	    trigtab[k].w[0] != w[0] || trigtab[k].w[1] != w[1] ||
	    trigtab[k].w[2] != w[2] || trigtab[k].w[3] != w[3]))
		k = (k + 1) & (TRIG_SLOTS - 1);
	return &trigtab[k];
}

static void
trig_add(const char *phrase, int bit)
{
	uint64_t w[4] = { 0 };
	size_t n = first_word(phrase, strlen(phrase), (char *)w, sizeof(w));
	struct trig *t;

	if (n == 0)
		return;
	t = trig_slot(w, n);
	trighome[trig_home(w, n) / 64] |= 1ULL << (trig_home(w, n) % 64);
	if (t->n == 0) {
		memcpy(t->w, w, sizeof(w));
		t->n = n;
	}
	t->bits |= bit;
}

void
trig_init(void)
{
	static const char *const bj[] = { "baca", "simak", "lihat", "read", "also",
		"artikel", "berita", "klik", NULL };
	static const char *const cap[] = { "foto", "photo", "ket", "keterangan",
		"caption", "ilustrasi", "gambar", "sumber", NULL };
	static const char *const ad[] = { "advertisement", "iklan", "scroll",
		"ads", "sponsored", NULL };
	static const char *const navl[] = { "filed", "posted", "tags", "tag",
		"kategori", "category", "categories", "topik", "label", "rubrik",
		"sekilas", "info", "breaking", "running", NULL };
	static const char *const by[] = { "penulis", "ditulis", "oleh", "author",
		"writer", "by", "posted", "diposting", "laporan", "pewarta",
		"reporter", "wartawan", "kontributor", "jurnalis", "editor",
		"redaktur", "penyunting", "editing", "redaksi", "sumber",
		"fotografer", "foto", "publisher", "uploader", "admin", NULL };
	static const char *const promo[] = { "dapatkan", "ikuti", "follow",
		"simak", "download", "unduh", "klik", "baca", "gabung", "join", NULL };
	size_t k;

	rk_hash_init(&trigs);
	for (k = 0; promo[k] != NULL; k++)
		trig_add(promo[k], T_PROMO);
	for (k = 0; bj[k] != NULL; k++)
		trig_add(bj[k], T_BJ);
	for (k = 0; cap[k] != NULL; k++)
		trig_add(cap[k], T_CAP);
	for (k = 0; ad[k] != NULL; k++)
		trig_add(ad[k], T_AD);
	for (k = 0; navl[k] != NULL; k++)
		trig_add(navl[k], T_NAVL);
	for (k = 0; by[k] != NULL; k++)
		trig_add(by[k], T_BY);
	trig_add("tim", T_TEAM);
	/* site words only mark a site's header line; they drop no line */
	for (k = 0; k < boiler_tab.nrows; k++)
		if (boiler_scope[k] != S_SITE)
			trig_add(RK_CELL(&boiler_tab, k,
			    rk_table_col(&boiler_tab, "phrase")), T_LEX);
}

#ifdef CLEAN_SSE2
/*
 * first_word for a word of fewer than sixteen letters and digits with no
 * ' . - in it, found and lowered in one block: every line asks, and most
 * first words are such.  Returns 0 (w untouched) when first_word must.
 */
static int
first_word16(const char *s, size_t len, uint64_t *w, size_t *n)
{
	size_t i = core_start(s, len);
	__m128i v, alpha, alnum, keep, low;
	unsigned stop, e;

	if (i + 16 > len)
		return 0;
	v = _mm_loadu_si128((const __m128i *)(s + i));
	/* with the 0x20 bit set, A-Z and a-z are a-z */
	alpha = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v,
	    _mm_set1_epi8(0x20)), _mm_set1_epi8((char)(0x80 - 'a'))),
	    _mm_set1_epi8((char)(0x80 + 26)));
	alnum = _mm_or_si128(alpha, _mm_cmplt_epi8(_mm_add_epi8(v,
	    _mm_set1_epi8((char)(0x80 - '0'))), _mm_set1_epi8((char)(0x80 + 10))));
	keep = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\'')),
	    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('-'))));
	stop = ~(unsigned)_mm_movemask_epi8(_mm_or_si128(alnum, keep)) & 0xFFFF;
	if (stop == 0)
		return 0;
	e = (unsigned)__builtin_ctz(stop);
	if ((unsigned)_mm_movemask_epi8(keep) & ((1U << e) - 1))
		return 0;
	/* letters lowered, the bytes from e on zero */
	low = _mm_or_si128(v, _mm_and_si128(alpha, _mm_set1_epi8(0x20)));
	low = _mm_and_si128(low, _mm_cmplt_epi8(_mm_setr_epi8(0, 1, 2, 3, 4,
	    5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm_set1_epi8((char)e)));
	_mm_storeu_si128((__m128i *)(void *)w, low);
	*n = e;
	return 1;
}
#endif

static int
triggers(const char *s, size_t len)
{
	uint64_t w[4] = { 0 };
	size_t n;
	int m = 0;
	size_t k;

#ifdef CLEAN_SSE2
	if (!first_word16(s, len, w, &n))
#endif
		n = first_word(s, len, (char *)w, sizeof(w));

	if (n == 0)
		return 0;
	if (((char *)w)[0] >= '0' && ((char *)w)[0] <= '9')
		m |= T_LEX;	/* "0 Comments", "603 views" */
	k = trig_home(w, n);
	if (!(trighome[k / 64] & (1ULL << (k % 64))))
		return m;
	return m | trig_slot(w, n)->bits;
}

/*
 * The rules for lines that are not prose: ads, labels, bylines, stamps,
 * breadcrumbs, menus; the rule that drops the line, or -1.
 */
/*
 * cont: the line goes on a kept line that stopped at a comma, with no blank
 * line between ("... di Ruang Rapat Kantor Camat Entikong," then "Senin
 * (16/7/2018)."): a hard-wrapped paragraph's tail, not a header stamp.
 */
static int
furniture(const struct clean_opts *o, const char *s, size_t len, int m,
    int term, int cont)
{
	long e;
	int rule, nw = cur_nw;

	if ((m & T_AD) && nw <= 10 && ad_line(s, len))
		return R_AD;
	if ((m & T_BY) && nw <= 16 && byline(s, len, on(o, R_BYLINE)))
		return R_BYLINE;
	if ((m & T_TEAM) && team_byline(s, len, on(o, R_BYLINE)))
		return R_BYLINE;
	if (brand_byline(s, len, on(o, R_BYLINE)))
		return R_BYLINE;
	if (nw <= 14 && !cont && timestamp(s, len, on(o, R_TIMESTAMP)))
		return R_TIMESTAMP;
	if (nw <= 8 && counter_tail(s, len))
		return R_COUNTER;
	if (nw <= 40 && breadcrumb(s, len))
		return R_CRUMB;
	if ((m & T_LEX) && nw <= 40 && len < 400 && !term && menu_line(s, len, &rule))
		return rule;
	if ((m & T_LEX) && nw <= 16 && !term && crumb_words(s, len))
		return R_CRUMB;
	if ((m & T_LEX) && nw <= 3 && (e = lex_find(s, len)) >= 0 &&
	    boiler_scope[e] == S_LANG)
		return R_LANGSWITCH;
	if (nw == 1 && (rk_re_exec(&re_imgname, s, len, 0, NULL, 0) > 0 ||
	    ci_prefix(s, len, "img-") || ci_prefix(s, len, "img_")))
		return R_IMGNAME;
	return -1;
}

/* Judge one line unit; return the rule that drops it, or -1. */
int
judge_line(const struct clean_opts *o, size_t ui)
{
	struct unit *u = &units[ui];
	const char *s = TX(u);
	size_t len = u->len, a, b;
	long e;
	int rule, term, prose, m, nw = u->nw > 0 ? u->nw : count_words(s, len);

	u->nw = nw;
	cur_nw = nw;
	cur_year = -1;
	if (glyph_only(s, len)) {
		size_t k;
		int mk = 1;

		for (k = 0; k < len; k++)
			if (strchr("|*-_=#>~`[]()!:+/\\<. ", s[k]) == NULL)
				mk = 0;
		return mk ? R_MARKUP : R_GLYPH;
	}
	if (lone_number(s, len))
		return R_COUNTER;
	if (s[0] == '|' && len > 1 && s[len - 1] == '|') {
		/* a pipe-table row; a list header inside it starts a list */
		long h = lex_line(s, len);

		if (h >= 0 && boiler_scope[h] == S_LIST)
			u->flags |= U_LIST;
		return R_MARKUP;
	}
	if (code_line(s, len, &a, &b)) {
		if (on(o, R_REPORTER))
			meta_add(M_REPORTER, s, len, s + a, b - a);
		return R_REPORTER;
	}
	term = unit_term(u);
	/* a trending list's item: "#Jalan Ngabang Mulai Diaspal" (a hashtag, not a "# " heading) */
	if (s[0] == '#' && len > 1 && isupper((unsigned char)s[1]) && nw >= 2 && nw <= 15 &&
	    !term)
		return R_RELATED;
	m = triggers(s, len);
	/* prose: only the rules that can match a sentence run on it */
	prose = term && (nw > 16 || (nw >= 4 && lower_words(s, len) >= 2));
	if (!prose && (m & T_LEX) && nw <= 7 && (e = lex_line(s, len)) >= 0) {
		if (boiler_scope[e] == S_NEXT)
			u->flags |= U_NEXT;
		else if (boiler_scope[e] == S_REST || boiler_rule[e] == R_COMMENTS)
			u->flags |= U_REST;
		else if (boiler_scope[e] == S_LIST)
			u->flags |= U_LIST;
		return boiler_rule[e];
	}
	if ((m & T_BJ) && nw <= 30 && is_bacajuga(s, len))
		return R_BACAJUGA;
	/* a label says what the line is, even a ticker's sentence */
	if ((m & T_NAVL) && nw <= 16 && nav_label(s, len))
		return R_NAV;
	if (caption_line(s, len, m & T_CAP)) {
		if (on(o, R_CAPTION))
			meta_add(M_CAPTION, s, len, "", 0);
		return R_CAPTION;
	}
	if ((m & T_PROMO) && nw <= 25 && promo_line(s, len))
		return R_SHARE;
	if (!prose && (rule = furniture(o, s, len, m, term, ui > 0 &&
	    !(u->flags & U_BLANK) && units[ui - 1].rule < 0 &&
	    units[ui - 1].len > 0 && TX(&units[ui - 1])[units[ui - 1].len - 1] == ',')) >= 0)
		return rule;
	if (nw <= 25 && copyright(s, len, on(o, R_COPYRIGHT)))
		return R_COPYRIGHT;
	return -1;
}

/*
 * The author's affiliation under an opinion piece's byline: "Oleh : Dr.
 * X, M.Si." then "Dosen Administrasi Publik, Universitas Y".  A short
 * line, no sentence end, that opens with an occupation or names a campus,
 * right after an author line.
 */
static int
affiliation(const char *s, size_t len, int nw)
{
	static const char *const role[] = { "dosen", "mahasiswa", "mahasiswi",
		"peneliti", "pengamat", "pemerhati", "guru", "alumni", "alumnus",
		"pegiat", "praktisi", "aktivis", "akademisi", "pengajar",
		"widyaiswara", "analis", "pensiunan", "penulis adalah",
		"staf pengajar", "guru besar", NULL };
	static const char *const campus[] = { "universitas", "institut",
		"politeknik", "sekolah tinggi", "fakultas", NULL };
	size_t k;

	if (nw > 15 || ends_term(s, len))
		return 0;
	for (k = 0; role[k] != NULL; k++)
		if (ci_prefix(s, len, role[k]) && len > strlen(role[k]) &&
		    (s[strlen(role[k])] == ' ' || s[strlen(role[k])] == ','))
			return 1;
	for (k = 0; campus[k] != NULL; k++)
		if (ci_find(s, len, campus[k]))
			return 1;
	return 0;
}

/* Drop the affiliation lines that follow an author's byline. */
void
affiliations(size_t first)
{
	size_t i;

	for (i = first + 1; i < nunits; i++) {
		const char *p = TX(&units[i - 1]);
		size_t pn = units[i - 1].len;

		if (units[i - 1].rule != R_BYLINE || units[i].rule >= 0 ||
		    !(ci_prefix(p, pn, "oleh") || ci_prefix(p, pn, "penulis") ||
		    ci_prefix(p, pn, "ditulis oleh")))
			continue;
		if (affiliation(TX(&units[i]), units[i].len, units[i].nw))
			units[i].rule = R_BYLINE;
	}
}

