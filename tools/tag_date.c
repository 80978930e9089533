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
 *
 * This file holds the keywords, the calendar, the tokens, the scanner and
 * the public functions; the rules for dates, times and numbers are in
 * tag_datex.c, and what the two share in tag_date_int.h.
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
	{ "pekan", W_PEKAN, 0 },
	{ "sejak", W_YPREV, 0 }, { "awal", W_YPREV, 0 }, { "akhir", W_YPREV, 0 },
	{ "pertengahan", W_YPREV, 0 }, { "periode", W_YPREV, 0 },
	{ "medio", W_YPREV, 0 }, { "era", W_YPREV, 0 }, { "pada", W_YPREV, 0 },
	{ "sepanjang", W_YPREV, 0 }, { "selama", W_YPREV, 0 }, { "since", W_YPREV, 0 },
	{ "in", W_YPREV, 0 },
	{ "s", W_S, 0 }, { "d", W_D, 0 },
};
#define NKW	(sizeof(kws) / sizeof(kws[0]))

/*
 * The current sentence's tokens (one sentence at a time): T is Tbuf, or
 * a sentence's tokens kept in tc (read in place: a scan leaves them as
 * it found them).
 */
struct tok *T;
static struct tok *Tbuf;
size_t NT;
static size_t capT;
static size_t limT;	/* room in T: capT, or what tokenize was lent */
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
	NT = capT = limT = 0;
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
	if (capT <= NT)
		capT = (NT + 1) * 2;
	if (T == Tbuf)
		T = Tbuf = rk_xrealloc(Tbuf, capT, sizeof(*Tbuf));
	else {
		/* lent room (tc's) full: the tokens so far move to Tbuf */
		Tbuf = rk_xrealloc(Tbuf, capT, sizeof(*Tbuf));
		if (NT > 0)
			memcpy(Tbuf, T, NT * sizeof(*T));
		T = Tbuf;
	}
	limT = capT;
}

/*
 * T, NT and limT while tokenize() fills them, kept in its locals: the
 * byte stores into the tokens could change the globals for all the
 * compiler knows, and it would load them again after each.
 */
struct tcur {
	struct tok	*t;		/* T */
	struct tok	*p, *end;	/* T + NT, T + limT */
};

/* inline: called for every token, it grows T only now and then */
static inline struct tok *
newtok(struct tcur *c, size_t s, int type, int gap)
{
	struct tok *t;

	if (c->p == c->end) {
		T = c->t;
		NT = (size_t)(c->p - c->t);
		growT();
		c->t = T;
		c->p = T + NT;
		c->end = T + limT;
	}
	t = c->p++;
	t->s = s;
	t->type = (unsigned char)type;
	t->gap = (unsigned char)gap;
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

/* dst (room for cap tokens) or NULL for Tbuf: where the tokens go. */
static void
tokenize(const char *s, size_t len, struct tok *dst, size_t cap)
{
	size_t i = 0, j, k;
	uint32_t cp;
	int gap = 1, pure;
	struct tok *t;
	struct tcur c;

	if (dst == NULL && Tbuf == NULL) {
		/* room first: no pointer arithmetic on NULL below */
		T = Tbuf;
		NT = 0;
		growT();
	}
	c.t = c.p = dst != NULL ? dst : Tbuf;
	c.end = c.t + (dst != NULL ? cap : capT);
	while (i < len) {
		cp = peek(s, len, i, &j);
		if (cp == ' ' || cp == '\t' || (cp >= 0x80 && rk_cp_isspace(cp))) {
			gap = 1;
			i = j;
			continue;
		}
		if (cp >= '0' && cp <= '9') {
			t = newtok(&c, i, T_NUM, gap);
			t->plain = 0;
			t->ng = 1;
			memset(t->sep, 0, sizeof(t->sep));
			memset(t->nd, 0, sizeof(t->nd));
			memset(t->g, 0, sizeof(t->g));
			t->wc = W_NONE;
			for (k = i;; k++) {
				if (k < len && s[k] >= '0' && s[k] <= '9') {
					if (t->ng > 0) {
						int g = t->ng - 1;

						if (t->nd[g] < 255)
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
			t = newtok(&c, i, T_WORD, gap);
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
			t->plain = t->wc == W_NONE;
		} else {
			t = newtok(&c, i, T_PUNCT, gap);
			t->cp = cp;
			t->wc = W_NONE;
			t->e = i = j;
			t->plain = cp != '(' && cp != '$';
			/* "US$": the word before a '$' starts money */
			if (cp == '$' && c.p - c.t >= 2 && c.p[-2].type == T_WORD)
				c.p[-2].plain = 0;
		}
		gap = 0;
		/* most tokens end at one space: taken here, not by the loop */
		if (i < len && s[i] == ' ') {
			gap = 1;
			i++;
		}
	}
	T = c.t;
	NT = (size_t)(c.p - c.t);
	limT = (size_t)(c.end - c.t);
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
	e = &tc.e[tc.ne++];
	e->t0 = tc.nt;
	e->nt = NT;
	e->x0 = tc.text.len;
	e->len = len;
	/* tokenised in place (see scan) but when T grew */
	if (T != tc.t + tc.nt) {
		if (tc.nt + NT > tc.ct) {
			tc.ct = (tc.nt + NT) * 2;
			tc.t = rk_xrealloc(tc.t, tc.ct, sizeof(*tc.t));
		}
		if (NT > 0)
			memcpy(tc.t + tc.nt, T, NT * sizeof(*T));
	}
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
 * there; tokenize() marks the others plain), in a tight loop over T and
 * NT in locals.
 */
static inline size_t
skip_plain(size_t i)
{
	const struct tok *t = T;
	size_t n = NT;

	while (i < n && t[i].plain)
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

	if (out == NULL && len < 65536) {
		/* cut where tc keeps the tokens: room for one a byte
		 * (a longer sentence is cut in Tbuf and copied) */
		if (tc.nt + len + 1 > tc.ct) {
			tc.ct = (tc.nt + len + 1) * 2;
			tc.t = rk_xrealloc(tc.t, tc.ct, sizeof(*tc.t));
		}
		tokenize(s, len, tc.t + tc.nt, tc.ct - tc.nt);
		tc_put(s, len);
	} else if (out == NULL) {
		tokenize(s, len, NULL, 0);
		tc_put(s, len);
	} else if (!tc_get(s, len))
		tokenize(s, len, NULL, 0);
	for (i = 0; i < NT;) {
		/*
		 * Most tokens are plain words and marks that start nothing
		 * below: a word that is no keyword (but "US" of "US$"), a
		 * mark but "(" and "$".
		 */
		if ((i = skip_plain(i)) >= NT)
			break;
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

/*
 * Might a relative-date word start the ASCII word w of n bytes (letters
 * and digits only)?  relword() within the word, and "hari" (of "hari
 * ini", which goes on past the word) too.
 */
int
date_relword(const char *w, size_t n)
{
	return relword(w, n) || ((w[0] | 32) == 'h' && STARTS(w, n, "hari"));
}

/* Does a relative-date word start at p (n bytes to the sentence's end)? */
int
date_relword_at(const char *p, size_t n)
{
	return relword(p, n);
}

void
date_tag_hint(struct date_ctx *c, const char *s, size_t len, unsigned hint,
    struct tag_list *out)
{
	/* worth() would say yes: a digit */
	if (hint & TD_DIGIT)
		scan(c, s, len, out);
	/* or might: a word that may start a relative date counts */
	else if ((hint & TD_LOOK) || (c->pub_y != 0 && (hint & TD_REL)))
		date_tag(c, s, len, out);
}

static int
parse_iso(const char *v, int *y, int *m, int *d)
{
	int i;

	for (i = 0; i < 10; i++)
		if (v[i] == '\0' || (i == 4 || i == 7 ? v[i] != '-' :
		    (v[i] < '0' || v[i] > '9')))
			return 0;
	/* the digits are checked above: no atoi (3 strtol calls a document) */
	*y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 +
	    (v[3] - '0');
	*m = (v[5] - '0') * 10 + (v[6] - '0');
	*d = (v[8] - '0') * 10 + (v[9] - '0');
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
	/*
	 * rk_stream_open took s only if its columns start with rk-segment's
	 * (doc para sent kind text value; rk-tag's and so rk-extract's input
	 * too): kind, text and value are the 4th to 6th, where rk_stream_col
	 * found them, three calls for every document.
	 */
	const int ck = 3, ct = 4, cv = 5;
	int i, j;
	const struct rk_row *row;
	size_t r;
	struct yw t;

	date_init();
	c->pub_y = c->pub_m = c->pub_d = c->copy_y = c->doc_y = 0;
	c->docid = doc->id;
	nyears = 0;
	tc.nt = tc.ne = tc.next = 0;
	tag_buf_reset(&tc.text);
	(void)s;
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
