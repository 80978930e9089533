/*
 * tag_date.c: rk-tag's DATE TIME NUM PERCENT MONEY recogniser.
 *
 * A sentence is cut into tokens (words, numbers with their inner
 * separators, single marks), each remembering whether white space came
 * before it; small hand-written grammars then match token sequences, so
 * "(6/5)", "( 6/5 )" and "(11/10 /2022)" need no special cases and nothing
 * can backtrack.  Keywords (weekdays, months, zones, scales) sit in one
 * sorted table searched once per word.
 *
 * Decisions:
 * - A day that cannot exist in its month ("31 Juni 2024") keeps what is
 *   sure: the month, "2024-06"; a numeric date that cannot exist
 *   ("(31/6)") is not a date.
 * - A year alone is a DATE (value YYYY) only after "tahun" or a word such
 *   as "sejak", or before punctuation; not after a regulation number
 *   ("Nomor 8 Tahun 2020") nor after "Triwulan III".
 * - Numbers inside names and codes (Covid-19, 0909/KTM, No.64, K-3) and
 *   fractions (3/4) are not NUM.  Ranges of money are "A/B".
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "tag.h"
#include "tag_date_int.h"

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define DATE_SSE2	1
#endif

struct kw {
	const char	*k;
	int		 c, v;
};

/* Month values above 100 are abbreviations (a '.' may follow). */
static struct kw kws[] = {
	{ "minggu", W_WDAY, 0 }, { "ahad", W_WDAY, 0 }, { "sunday", W_WDAY, 0 },
	{ "senin", W_WDAY, 1 }, { "monday", W_WDAY, 1 },
	{ "selasa", W_WDAY, 2 }, { "tuesday", W_WDAY, 2 },
	{ "rabu", W_WDAY, 3 }, { "wednesday", W_WDAY, 3 },
	{ "kamis", W_WDAY, 4 }, { "thursday", W_WDAY, 4 },
	{ "jumat", W_WDAY, 5 }, { "jumaat", W_WDAY, 5 }, { "friday", W_WDAY, 5 },
	{ "sabtu", W_WDAY, 6 }, { "saturday", W_WDAY, 6 },
	{ "januari", W_MONTH, 1 }, { "january", W_MONTH, 1 }, { "jan", W_MONTH, 101 },
	{ "februari", W_MONTH, 2 }, { "pebruari", W_MONTH, 2 },
	{ "february", W_MONTH, 2 }, { "feb", W_MONTH, 102 }, { "peb", W_MONTH, 102 },
	{ "maret", W_MONTH, 3 }, { "march", W_MONTH, 3 }, { "mar", W_MONTH, 103 },
	{ "april", W_MONTH, 4 }, { "apr", W_MONTH, 104 },
	{ "mei", W_MONTH, 5 }, { "may", W_MONTH, 5 }, { "mie", W_MONTH, 5 },
	{ "juni", W_MONTH, 6 }, { "june", W_MONTH, 6 }, { "jun", W_MONTH, 106 },
	{ "juli", W_MONTH, 7 }, { "july", W_MONTH, 7 }, { "jul", W_MONTH, 107 },
	{ "agustus", W_MONTH, 8 }, { "august", W_MONTH, 8 }, { "agu", W_MONTH, 108 },
	{ "agt", W_MONTH, 108 }, { "ags", W_MONTH, 108 }, { "aug", W_MONTH, 108 },
	{ "agst", W_MONTH, 108 }, { "agus", W_MONTH, 108 },
	{ "september", W_MONTH, 9 }, { "sep", W_MONTH, 109 }, { "sept", W_MONTH, 109 },
	{ "oktober", W_MONTH, 10 }, { "october", W_MONTH, 10 },
	{ "okt", W_MONTH, 110 }, { "oct", W_MONTH, 110 },
	{ "november", W_MONTH, 11 }, { "nopember", W_MONTH, 11 },
	{ "nov", W_MONTH, 111 }, { "nop", W_MONTH, 111 },
	{ "desember", W_MONTH, 12 }, { "december", W_MONTH, 12 },
	{ "des", W_MONTH, 112 }, { "dec", W_MONTH, 112 },
	{ "pagi", W_DAYPART, 0 }, { "siang", W_DAYPART, 0 }, { "sore", W_DAYPART, 0 },
	{ "malam", W_DAYPART, 1 }, { "subuh", W_DAYPART, 0 }, { "petang", W_DAYPART, 0 },
	{ "dini", W_DINI, 0 },
	{ "tanggal", W_TANGGAL, 0 }, { "tgl", W_TANGGAL, 0 },
	{ "bulan", W_BULAN, 0 }, { "bln", W_BULAN, 0 },
	{ "tahun", W_TAHUN, 0 }, { "thn", W_TAHUN, 0 },
	{ "hingga", W_RANGE, 0 }, { "sampai", W_RANGE, 0 }, { "sd", W_RANGE, 0 },
	{ "sampe", W_RANGE, 0 }, { "until", W_RANGE, 0 }, { "to", W_RANGE, 0 },
	{ "dengan", W_DENGAN, 0 }, { "dan", W_DAN, 0 },
	{ "kemarin", W_REL, -1 }, { "kemaren", W_REL, -1 }, { "besok", W_REL, 1 },
	{ "lusa", W_REL, 2 }, { "tadi", W_TADI, 0 },
	{ "hari", W_HARI, 0 }, { "ini", W_INI, 0 },
	{ "pukul", W_PUKUL, 0 }, { "pkl", W_PUKUL, 0 }, { "jam", W_JAM, 0 },
	{ "wib", W_ZONE, 7 }, { "wita", W_ZONE, 8 }, { "wit", W_ZONE, 9 },
	{ "ribu", W_SCALE, 3 }, { "rb", W_SCALE, 3 }, { "juta", W_SCALE, 6 },
	{ "jt", W_SCALE, 6 }, { "miliar", W_SCALE, 9 }, { "milyar", W_SCALE, 9 },
	{ "miliard", W_SCALE, 9 }, { "milyard", W_SCALE, 9 },
	{ "triliun", W_SCALE, 12 }, { "trilyun", W_SCALE, 12 },
	{ "rp", W_CUR, 0 }, { "idr", W_CUR, 0 }, { "usd", W_CUR, 0 },
	{ "rupiah", W_MSUF, 0 }, { "dolar", W_MSUF, 0 }, { "dollar", W_MSUF, 0 },
	{ "persen", W_PERSEN, 0 }, { "prosen", W_PERSEN, 0 }, { "percent", W_PERSEN, 0 },
	{ "no", W_NO, 0 }, { "nomor", W_NO, 0 }, { "nmr", W_NO, 0 }, { "nomer", W_NO, 0 },
	{ "triwulan", W_TRIW, 0 }, { "semester", W_TRIW, 0 }, { "kuartal", W_TRIW, 0 },
	{ "kwartal", W_TRIW, 0 }, { "caturwulan", W_TRIW, 0 }, { "tw", W_TRIW, 0 },
	{ "lalu", W_LALU, 0 }, { "depan", W_DEPAN, 0 }, { "mendatang", W_DEPAN, 0 },
	{ "sejak", W_YPREV, 0 }, { "awal", W_YPREV, 0 }, { "akhir", W_YPREV, 0 },
	{ "pertengahan", W_YPREV, 0 }, { "periode", W_YPREV, 0 },
	{ "medio", W_YPREV, 0 }, { "era", W_YPREV, 0 }, { "pada", W_YPREV, 0 },
	{ "sepanjang", W_YPREV, 0 }, { "selama", W_YPREV, 0 }, { "since", W_YPREV, 0 },
	{ "in", W_YPREV, 0 },
	{ "s", W_S, 0 }, { "d", W_D, 0 },
};
#define NKW	(sizeof(kws) / sizeof(kws[0]))

static const char *const wdname[7] = {
	"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"
};

/*
 * The current sentence's tokens (one sentence at a time): T is Tbuf, or
 * a sentence's tokens kept in tc (read in place: a scan leaves them as
 * it found them).
 */
struct tok *T;
static struct tok *Tbuf;
size_t NT;
static size_t capT;
struct rk_buf vbuf, dbuf;
static int inited;

/*
 * The tokens of the sentences date_doc_begin scanned, kept for date_tag
 * to scan them again without cutting them up again.  An entry is found
 * by its text (not by where it is: a caller may reuse its buffers), in
 * the order date_doc_begin met them.
 */
struct tcent {
	size_t	 t0, nt;		/* tokens in tc.t */
	size_t	 x0, len;		/* text in tc.text */
};
static struct {
	struct tok	*t;
	size_t		 nt, ct;
	struct rk_buf	 text;
	struct tcent	*e;
	size_t		 ne, ce;
	size_t		 next;		/* the entry date_tag should meet next */
} tc;

/* Years seen in a document while date_doc_begin collects them. */
struct yw years[NYEAR];
int nyears;
/* The document's years by weight (first mention first on ties). */
int docyears[NYEAR];

/* Keywords in an open-addressed table: one probe for most words. */
#define KWSLOTS	512
static struct {
	uint32_t	 h;
	short		 kw;		/* index into kws + 1; 0 = empty */
} kwtab[KWSLOTS];

static uint32_t
kwhash(const char *k, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)k[i]) * 16777619u;
	return h;
}

/*
 * Keywords by length, first and last letter: bit (last & 31) of
 * kwfl[n][first & 31] is set when some keyword of n bytes starts and
 * ends so.  Most words fail this and are not hashed at all.
 */
static uint32_t kwfl[14][32];

void
date_init(void)
{
	size_t i, j;
	uint32_t h;

	if (inited)
		return;
	for (i = 0; i < NKW; i++) {
		j = strlen(kws[i].k);
		if (j > 0 && j < 14)
			kwfl[j][kws[i].k[0] & 31] |= 1U << (kws[i].k[j - 1] & 31);
		h = kwhash(kws[i].k, strlen(kws[i].k));
		for (j = h & (KWSLOTS - 1); kwtab[j].kw != 0; j = (j + 1) & (KWSLOTS - 1))
			;
		kwtab[j].h = h;
		kwtab[j].kw = (short)(i + 1);
	}
	inited = 1;
}

void
date_fini(void)
{
	free(Tbuf);
	T = Tbuf = NULL;
	NT = capT = 0;
	free(tc.t);
	free(tc.e);
	rk_buf_free(&tc.text);
	memset(&tc, 0, sizeof(tc));
	rk_buf_free(&vbuf);
	rk_buf_free(&dbuf);
}

/* ---- calendar ---------------------------------------------------------- */

/* Days since 1970-01-01 (H. Hinnant's days_from_civil). */
long
date_days(int y, int m, int d)
{
	long yy = y - (m <= 2), era, yoe, doy, doe;

	era = (yy >= 0 ? yy : yy - 399) / 400;
	yoe = yy - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
date_civil(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* 0 = Sunday. */
int
date_wday(int y, int m, int d)
{
	long z = date_days(y, m, d);

	return (int)(((z % 7) + 11) % 7);
}

/* ---- tokens ------------------------------------------------------------ */

static int
isapos(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == '`';
}

static uint32_t
peek(const char *s, size_t len, size_t i, size_t *next)
{
	if (i >= len) {
		*next = i;
		return 0;
	}
	if ((unsigned char)s[i] < 0x80) {
		*next = i + 1;
		return (unsigned char)s[i];
	}
	*next = i;
	return rk_utf8_next(s, len, next);
}

static void
growT(void)
{
	capT = capT ? capT * 2 : 64;
	T = Tbuf = rk_xrealloc(Tbuf, capT, sizeof(*Tbuf));
}

/* inline: called for every token, it grows T only now and then */
static inline struct tok *
newtok(size_t s, int type, int gap)
{
	struct tok *t;

	if (NT == capT)
		growT();
	t = &T[NT++];
	t->s = s;
	t->type = type;
	t->gap = gap;
	return t;
}

static void
classify(struct tok *t, const char *s)
{
	char key[16];
	size_t i, n = 0, j;
	const struct kw *f;
	unsigned char ch;
	uint32_t h;

	t->upper = s[t->s] >= 'A' && s[t->s] <= 'Z';
	t->wc = W_NONE;
	t->wv = 0;
	if (t->e - t->s > 13)
		return;		/* longer than any keyword */
	for (i = t->s; i < t->e; i++) {
		ch = (unsigned char)s[i];
		if (ch == '\'' || ch == '`')
			continue;
		if (ch == 0xE2 && i + 2 < t->e && (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0x98 || (unsigned char)s[i + 2] == 0x99)) {
			i += 2;
			continue;
		}
		if (ch >= 0x80 || n + 1 >= sizeof(key))
			return;
		key[n++] = (char)(ch | 0x20);
	}
	key[n] = '\0';
	h = kwhash(key, n);
	for (j = h & (KWSLOTS - 1); kwtab[j].kw != 0; j = (j + 1) & (KWSLOTS - 1)) {
		f = &kws[kwtab[j].kw - 1];
		if (kwtab[j].h == h && strcmp(f->k, key) == 0) {
			t->wc = f->c;
			t->wv = f->v;
			return;
		}
	}
}

/* classify() for a word of ASCII letters. */
static void
classify_ascii(struct tok *t, const char *s)
{
	const char *w = s + t->s;
	size_t n = t->e - t->s, i, j;
	const struct kw *f;
	uint32_t h = 2166136261u;

	t->upper = w[0] >= 'A' && w[0] <= 'Z';
	t->wc = W_NONE;
	t->wv = 0;
	if (n > 13 || !(kwfl[n][w[0] & 31] & (1U << (w[n - 1] & 31))))
		return;		/* no keyword of its length, first and last letter */
	for (i = 0; i < n; i++)
		h = (h ^ ((unsigned char)w[i] | 0x20)) * 16777619u;
	for (j = h & (KWSLOTS - 1); kwtab[j].kw != 0; j = (j + 1) & (KWSLOTS - 1)) {
		if (kwtab[j].h != h)
			continue;
		f = &kws[kwtab[j].kw - 1];
		for (i = 0; i < n && (w[i] | 0x20) == f->k[i]; i++)
			;
		if (i == n && f->k[n] == '\0') {
			t->wc = f->c;
			t->wv = f->v;
			return;
		}
	}
}

/*
 * How many ASCII letters p starts with, eight at a time; with lower, only
 * lower-case ones.
 */
static inline size_t
letters_len(const unsigned char *p, const unsigned char *end, int lower)
{
	const unsigned char *q = p;
	uint64_t w, m;

	while (end - q >= 8) {
		memcpy(&w, q, 8);
		/* | 0x20 makes A-Z a-z and no other byte a letter */
		if (!lower)
			w |= RK_ONES * 0x20;
		/* 0x80 in each byte from 'a' to 'z' (up to a byte >= 0x80) */
		m = (w + RK_ONES * (0x80 - 'a')) & ~(w + RK_ONES * (0x80 - 'z' - 1)) &
		    ~w & RK_HIGHS;
		if (m != RK_HIGHS) {
#if defined(__GNUC__)
			q += __builtin_ctzll(~m & RK_HIGHS) >> 3;
#else
			for (m >>= 7; m & 1; m >>= 8)
				q++;
#endif
			return (size_t)(q - p);
		}
		q += 8;
	}
	while (q < end && (unsigned)((lower ? *q : *q | 32) - 'a') < 26)
		q++;
	return (size_t)(q - p);
}

static void
tokenize(const char *s, size_t len)
{
	size_t i = 0, j, k;
	uint32_t cp;
	int gap = 1, pure;
	struct tok *t;

	T = Tbuf;
	NT = 0;
	while (i < len) {
		cp = peek(s, len, i, &j);
		if (cp == ' ' || cp == '\t' || (cp >= 0x80 && rk_cp_isspace(cp))) {
			gap = 1;
			i = j;
			continue;
		}
		if (cp >= '0' && cp <= '9') {
			t = newtok(i, T_NUM, gap);
			t->ng = 1;
			memset(t->sep, 0, sizeof(t->sep));
			memset(t->nd, 0, sizeof(t->nd));
			memset(t->g, 0, sizeof(t->g));
			t->wc = W_NONE;
			for (k = i;; k++) {
				if (k < len && s[k] >= '0' && s[k] <= '9') {
					if (t->ng > 0) {
						int g = t->ng - 1;

						t->nd[g]++;
						if (t->nd[g] > 9)
							t->g[g] = -1;
						else
							t->g[g] = t->g[g] * 10 + (s[k] - '0');
					}
					continue;
				}
				if (k + 1 < len && (s[k] == '.' || s[k] == ',' ||
				    s[k] == '/' || s[k] == ':') &&
				    s[k + 1] >= '0' && s[k + 1] <= '9') {
					if (t->ng > 0 && t->ng < MAXG) {
						t->sep[t->ng] = s[k];
						t->ng++;
					} else
						t->ng = 0;
					continue;
				}
				break;
			}
			t->e = i = k;
		} else if (cp < 0x80 ? ((cp | 32) >= 'a' && (cp | 32) <= 'z') :
		    rk_cp_isalpha(cp)) {
			t = newtok(i, T_WORD, gap);
			k = j;
			pure = cp < 0x80;
			for (;;) {
				size_t n2, n3;
				uint32_t c2, c3;

				/* ASCII letters first, eight at a time */
				k += letters_len((const unsigned char *)s + k,
				    (const unsigned char *)s + len, 0);
				/* most words end at an ASCII mark or space */
				if (k >= len || ((unsigned char)s[k] < 0x80 &&
				    s[k] != '\'' && s[k] != '`'))
					break;
				c2 = peek(s, len, k, &n2);

				if (c2 == 0)
					break;
				if (c2 < 0x80 ? ((c2 | 32) >= 'a' && (c2 | 32) <= 'z') :
				    rk_cp_isalpha(c2)) {
					k = n2;
					pure = 0;
					continue;
				}
				if (isapos(c2)) {
					c3 = peek(s, len, n2, &n3);
					if (c3 != 0 && rk_cp_isalpha(c3)) {
						k = n3;
						pure = 0;
						continue;
					}
				}
				break;
			}
			t->e = i = k;
			if (pure)
				classify_ascii(t, s);
			else
				classify(t, s);
		} else {
			t = newtok(i, T_PUNCT, gap);
			t->cp = cp;
			t->wc = W_NONE;
			t->e = i = j;
		}
		gap = 0;
		/* most tokens end at one space: taken here, not by the loop */
		if (i < len && s[i] == ' ') {
			gap = 1;
			i++;
		}
	}
}

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
static size_t
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

static void
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
		rk_buf_addc(b, lead);
	do {
		d[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v > 0);
	while (n < width && n < (int)sizeof(d))
		d[n++] = '0';
	while (n > 0)
		rk_buf_addc(b, d[--n]);
}

static void
put_ymd(struct rk_buf *b, const struct ymd *r)
{
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

static void
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
	rk_buf_reset(&vbuf);
	put_ymd(&vbuf, &r->a);
	if (r->b.m) {
		rk_buf_addc(&vbuf, '/');
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
	rk_buf_reset(&vbuf);
	put_ymd(&vbuf, &r);
}

/*
 * kemarin, hari ini, besok, lusa, "Senin kemarin", "Selasa lalu", "Kamis
 * besok", "Senin depan": against the publication date.  prevdate: a date ends right before i, so
 * "Selasa (24/11) kemarin" keeps its date alone.
 */
static size_t
rel_at(struct date_ctx *c, size_t i, int prevdate, struct tag_list *out)
{
	int pw, n;

	if (c->pub_y == 0 || out == NULL)
		return 0;
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
static size_t
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

static void
put_year(size_t i, size_t e, const struct dres *r, struct tag_list *out)
{
	if (out == NULL) {
		addyear(r->a.y, 1);
		return;
	}
	rk_buf_reset(&vbuf);
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
static size_t
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
	rk_buf_reset(&vbuf);
	put_hms(&vbuf, &t1, z);
	if (range) {
		rk_buf_addc(&vbuf, '/');
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
	rk_buf_reset(&dbuf);
	j = 0;
	gstart[0] = 0;
	for (k = t->s; k < t->e; k++)
		if (s[k] >= '0' && s[k] <= '9')
			rk_buf_addc(&dbuf, s[k]);
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
		rk_buf_addc(&dbuf, '0');
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
	rk_buf_add(&vbuf, dbuf.data + z, ip - z);
	if (ip == 0)
		rk_buf_addc(&vbuf, '0');
	if (f > 0) {
		rk_buf_addc(&vbuf, '.');
		rk_buf_add(&vbuf, dbuf.data + ip, n - ip);
	}
}

/* Number token i as a quantity (not a code, not inside a name)? */
static int
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
static size_t
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
	rk_buf_reset(&vbuf);
	put_num(frac, e);
	if ((k2 = sep_at(k1, &dan)) != 0 && !dan &&
	    (k3 = amount_at(s, k2, &frac2, &e2)) != 0) {
		if (e == 0 && e2 != 0) {	/* "Rp 4-6 ribu" */
			rk_buf_reset(&vbuf);
			(void)num_digits(s, k);
			put_num(frac, e2);
			(void)num_digits(s, k2);
		}
		rk_buf_addc(&vbuf, '/');
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
static size_t
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
		rk_buf_reset(&vbuf);
		put_num(frac, e);
		tag_add(out, T[i].s, T[k - 1].e, kind, vbuf.data, vbuf.len);
	}
	return k;
}

/* After "No.", "Nomor": the number, and a "Tahun 2020" after it. */
static size_t
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

/* ---- the scanner ------------------------------------------------------- */

/* Does word w (lowercase, k bytes) start at p (any case, n bytes)? */
static int
starts(const char *p, size_t n, const char *w, size_t k)
{
	size_t j;

	if (k > n)
		return 0;
	for (j = 1; j < k && (p[j] | 32) == w[j]; j++)
		;
	return j == k;
}

#define STARTS(p, n, w)	starts((p), (n), (w), sizeof(w) - 1)

/* Does a relative-date word start at p (any case)? */
static int
relword(const char *p, size_t n)
{
	switch (p[0] | 32) {
	case 'k':
		return STARTS(p, n, "kemarin") || STARTS(p, n, "kemaren");
	case 'b':
		return STARTS(p, n, "besok");
	case 'e':
		return STARTS(p, n, "esok");
	case 'l':
		return STARTS(p, n, "lusa") || STARTS(p, n, "lalu");
	case 'h':
		return STARTS(p, n, "hari ini");
	case 'd':
		return STARTS(p, n, "depan");
	case 'm':
		return STARTS(p, n, "mendatang");
	case 't':
		return STARTS(p, n, "tadi");
	}
	return 0;
}

/* Is there an ASCII digit in s?  Sixteen or eight bytes at a time. */
static int
has_digit(const char *s, size_t len)
{
	size_t i = 0;
	uint64_t w;

#ifdef DATE_SSE2
	for (; len - i >= 16; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(s + i));

		if (_mm_movemask_epi8(_mm_and_si128(
		    _mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
		    _mm_cmpgt_epi8(_mm_set1_epi8('9' + 1), v))) != 0)
			return 1;
	}
#endif
	for (; len - i >= 8; i += 8) {
		memcpy(&w, s + i, 8);
		if (RK_HAS_BETWEEN(w, '0' - 1, '9' + 1))
			return 1;
	}
	for (; i < len; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return 1;
	return 0;
}

/*
 * Might s hold a date or number at all?  Digits; or, with a publication
 * date, the words of relative dates (kemarin, besok, lusa, hari ini,
 * "Senin lalu", "Senin depan").  Most sentences have neither and cost one
 * pass.
 */
static int
worth(const struct date_ctx *c, const char *s, size_t len)
{
	static unsigned char cls[256];	/* 1 digit, 2 letter, 4 may start kemarin... */
	const unsigned char *p = (const unsigned char *)s, *end = p + len;
	unsigned k;
	int inword = 0;

	if (cls['0'] == 0) {
		for (k = 0; k < 256; k++)
			cls[k] = (unsigned char)((k >= '0' && k <= '9') |
			    (((k | 32) >= 'a' && (k | 32) <= 'z') || k >= 0x80 ? 2 : 0) |
			    (strchr("kbelhdmtKBELHDMT", (int)k) != NULL && k != 0 ? 4 : 0));
	}
	if (has_digit(s, len))
		return 1;
	if (c->pub_y == 0)
		return 0;
#ifdef DATE_SSE2
	/*
	 * Sixteen bytes at a time: the bytes that may start a relative
	 * word (its first two letters) and follow no letter; the loop
	 * below takes the rest with inword as the byte before left it.
	 */
	for (; end - p >= 17; p += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)p);
		__m128i l = _mm_or_si128(v, _mm_set1_epi8(0x20));
		__m128i n = _mm_or_si128(_mm_loadu_si128((const __m128i *)(p + 1)),
		    _mm_set1_epi8(0x20));
		unsigned let, m;

		let = (unsigned)_mm_movemask_epi8(_mm_and_si128(
		    _mm_cmpgt_epi8(l, _mm_set1_epi8('a' - 1)),
		    _mm_cmpgt_epi8(_mm_set1_epi8('z' + 1), l))) |
		    (unsigned)_mm_movemask_epi8(v);
		m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(l, _mm_set1_epi8('k')),
		    _mm_cmpeq_epi8(l, _mm_set1_epi8('b'))),
		    _mm_or_si128(_mm_cmpeq_epi8(l, _mm_set1_epi8('e')),
		    _mm_cmpeq_epi8(l, _mm_set1_epi8('l')))),
		    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(l, _mm_set1_epi8('h')),
		    _mm_cmpeq_epi8(l, _mm_set1_epi8('d'))),
		    _mm_or_si128(_mm_cmpeq_epi8(l, _mm_set1_epi8('m')),
		    _mm_cmpeq_epi8(l, _mm_set1_epi8('t'))))));
		m &= (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(n, _mm_set1_epi8('e')),
		    _mm_cmpeq_epi8(n, _mm_set1_epi8('s'))),
		    _mm_or_si128(_mm_cmpeq_epi8(n, _mm_set1_epi8('u')),
		    _mm_cmpeq_epi8(n, _mm_set1_epi8('a')))));
		m &= ~((let << 1) | (inword ? 1U : 0U));
		inword = (let >> 15) & 1 ? 2 : 0;
		for (; m != 0; m &= m - 1)
			if (relword((const char *)p + __builtin_ctz(m),
			    (size_t)(end - p) - (size_t)__builtin_ctz(m)))
				return 1;
	}
#endif
	for (; p < end; p++) {
		k = cls[*p];
		if ((k & 4) && !inword && relword((const char *)p, (size_t)(end - p)))
			return 1;
		inword = k & 2;
		/* the rest of a word's lower-case letters start nothing */
		if (inword)
			p += letters_len(p + 1, end, 1);
	}
	return 0;
}

static void
tc_put(const char *s, size_t len)
{
	struct tcent *e;

	if (tc.ne == tc.ce) {
		tc.ce = tc.ce ? tc.ce * 2 : 32;
		tc.e = rk_xrealloc(tc.e, tc.ce, sizeof(*tc.e));
	}
	if (tc.nt + NT > tc.ct) {
		tc.ct = (tc.nt + NT) * 2;
		tc.t = rk_xrealloc(tc.t, tc.ct, sizeof(*tc.t));
	}
	e = &tc.e[tc.ne++];
	e->t0 = tc.nt;
	e->nt = NT;
	e->x0 = tc.text.len;
	e->len = len;
	if (NT > 0)
		memcpy(tc.t + tc.nt, T, NT * sizeof(*T));
	tc.nt += NT;
	rk_buf_add(&tc.text, s, len);
}

/* T and NT from the kept tokens of s; 0 when s is not the next kept. */
static int
tc_get(const char *s, size_t len)
{
	const struct tcent *e;
	size_t k;

	/* the next entry, or the one after (a sentence date_tag skipped) */
	for (k = tc.next; k < tc.ne && k < tc.next + 2; k++) {
		e = &tc.e[k];
		if (e->len != len || memcmp(tc.text.data + e->x0, s, len) != 0)
			continue;
		T = e->nt > 0 ? tc.t + e->t0 : Tbuf;
		NT = e->nt;
		tc.next = k + 1;
		return 1;
	}
	return 0;
}

/*
 * From i, the first token that may start something in scan() (see
 * there), in a tight loop over T and NT in locals.
 */
static inline size_t
skip_plain(size_t i)
{
	const struct tok *t = T;
	size_t n = NT;

	while (i < n && (t[i].type == T_WORD ? t[i].wc == W_NONE &&
	    !(i + 1 < n && t[i + 1].type == T_PUNCT && t[i + 1].cp == '$') :
	    t[i].type == T_PUNCT && t[i].cp != '(' && t[i].cp != '$'))
		i++;
	return i;
}

/* out == NULL: only collect the years of explicit dates. */
static void
scan(struct date_ctx *c, const char *s, size_t len, struct tag_list *out)
{
	struct dres r;
	size_t i, e, lastdate = SIZE_MAX;
	int skip;

	if (out == NULL || !tc_get(s, len)) {
		tokenize(s, len);
		if (out == NULL)
			tc_put(s, len);
	}
	for (i = 0; i < NT;) {
		/*
		 * Most tokens are plain words and marks that start nothing
		 * below: a word that is no keyword (but "US" of "US$"), a
		 * mark but "(" and "$".
		 */
		if ((i = skip_plain(i)) >= NT)
			break;
		if (T[i].type == T_WORD ? T[i].wc == W_NONE && !is_p(i + 1, '$') :
		    T[i].type == T_PUNCT && T[i].cp != '(' && T[i].cp != '$') {
			i++;
			continue;
		}
		if ((e = regno_at(i)) != 0) {
			i = e;
			continue;
		}
		if ((e = date_at(i, 0, &r)) != 0) {
			put_date(c, s, i, e, &r, out);
			i = lastdate = e;
			continue;
		}
		if ((e = rel_at(c, i, i == lastdate, out)) != 0) {
			i = e;
			continue;
		}
		if ((e = time_at(i, out)) != 0) {
			i = e;
			continue;
		}
		if ((e = year_at(i, &r, &skip)) != 0) {
			if (!skip)
				put_year(i, e, &r, out);
			i = e;
			continue;
		}
		if ((e = money_at(s, i, out)) != 0) {
			i = e;
			continue;
		}
		if (out == NULL && year_tok(i) && plain_num(i))
			addyear(year_tok(i), 1);	/* "Tahun Baru 2025" */
		if (T[i].type == T_NUM && (e = num_at(s, i, out)) != 0) {
			i = e;
			continue;
		}
		if (T[i].type == T_NUM) {
			/* the rest of a code or phone number: 0812-3456-7890 */
			for (i++; i < NT && glued(i) && (T[i].type == T_NUM ||
			    is_dash(i) || is_p(i, '.') || is_p(i, '/')); i++)
				;
			continue;
		}
		i++;
	}
}

/*
 * Might s hold a year for date_doc_begin to collect?  Years come from a
 * run of exactly four digits (1800..2099) or from d/m/yy, which has two
 * '/' marks; a sentence with neither is not scanned.
 */
static int
maybe_year(const char *s, size_t len)
{
	size_t i, run = 0, nslash = 0;
	unsigned char ch;
	uint64_t w;

	for (i = 0; i < len; i++) {
		/* outside a run of digits, skip words with no digit nor '/' */
#ifdef DATE_SSE2
		while (run == 0 && len - i >= 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(s + i));
			unsigned m = (unsigned)_mm_movemask_epi8(_mm_and_si128(
			    _mm_cmpgt_epi8(v, _mm_set1_epi8('/' - 1)),
			    _mm_cmpgt_epi8(_mm_set1_epi8('9' + 1), v)));

			if (m != 0) {
				i += (size_t)__builtin_ctz(m);
				break;
			}
			i += 16;
		}
#endif
		while (run == 0 && len - i >= 8) {
			memcpy(&w, s + i, 8);
			if (RK_HAS_BETWEEN(w, '/' - 1, '9' + 1))
				break;
			i += 8;
		}
		if (i >= len)
			break;
		ch = (unsigned char)s[i];
		if (ch >= '0' && ch <= '9') {
			run++;
			continue;
		}
		if (run == 4 && (s[i - 4] == '1' || s[i - 4] == '2'))
			return 1;
		run = 0;
		if (ch == '/' && ++nslash >= 2)
			return 1;
	}
	return run == 4 && (s[len - 4] == '1' || s[len - 4] == '2');
}

void
date_tag(struct date_ctx *c, const char *s, size_t len, struct tag_list *out)
{
	if (!worth(c, s, len))
		return;
	scan(c, s, len, out);
}

static int
parse_iso(const char *v, int *y, int *m, int *d)
{
	int i;

	for (i = 0; i < 10; i++)
		if (v[i] == '\0' || (i == 4 || i == 7 ? v[i] != '-' :
		    (v[i] < '0' || v[i] > '9')))
			return 0;
	*y = atoi(v);
	*m = atoi(v + 5);
	*d = atoi(v + 8);
	if (*y < 1800 || *y > 2099 || *m < 1 || *m > 12 || *d < 1 ||
	    *d > dim(*m, *y))
		return 0;
	return 1;
}

/* The last 4-digit year 1800..2099 in v ("2024", "2015-2024"). */
static int
last_year(const char *v)
{
	int y = 0, n, x;

	while (*v) {
		if (*v < '0' || *v > '9') {
			v++;
			continue;
		}
		for (n = 0, x = 0; v[n] >= '0' && v[n] <= '9'; n++)
			x = n < 6 ? x * 10 + (v[n] - '0') : x;
		if (n == 4 && x >= 1800 && x <= 2099)
			y = x;
		v += n;
	}
	return y;
}

void
date_doc_begin(struct date_ctx *c, const struct rk_stream *s,
    const struct rk_doc *doc)
{
	int ck = rk_stream_col(s, "kind"), ct = rk_stream_col(s, "text");
	int cv = rk_stream_col(s, "value"), i, j;
	const struct rk_row *row;
	size_t r;
	struct yw t;

	date_init();
	c->pub_y = c->pub_m = c->pub_d = c->copy_y = c->doc_y = 0;
	c->docid = doc->id;
	nyears = 0;
	tc.nt = tc.ne = tc.next = 0;
	rk_buf_reset(&tc.text);
	if (ck < 0)
		return;
	for (r = 0; r < doc->n; r++) {
		row = doc->rows[r];
		if ((size_t)ck >= row->nf)
			continue;
		if (TAG_IS(row->f[ck], "pubdate") && cv >= 0 &&
		    (size_t)cv < row->nf && c->pub_y == 0) {
			if (!parse_iso(row->f[cv].s, &c->pub_y, &c->pub_m, &c->pub_d))
				c->pub_y = c->pub_m = c->pub_d = 0;
		} else if (TAG_IS(row->f[ck], "copyright") && cv >= 0 &&
		    (size_t)cv < row->nf) {
			c->copy_y = last_year(row->f[cv].s);
		} else if (TAG_IS(row->f[ck], "sent") && ct >= 0 &&
		    (size_t)ct < row->nf && maybe_year(row->f[ct].s, row->f[ct].len)) {
			scan(c, row->f[ct].s, row->f[ct].len, NULL);
		}
	}
	for (i = 0; i < nyears; i++) {
		for (j = i; j > 0 && years[j].w > years[j - 1].w; j--) {
			t = years[j];
			years[j] = years[j - 1];
			years[j - 1] = t;
		}
	}
	for (i = 0; i < nyears; i++)
		docyears[i] = years[i].y;
	c->doc_y = nyears > 0 ? years[0].y : 0;
}
