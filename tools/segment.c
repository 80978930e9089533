/*
 * segment.c: Indonesian sentence boundaries, a hand-written scanner.
 *
 * The scanner walks a paragraph once.  Only a few bytes can matter (. ! ?
 * the ellipsis, double quotes, and the lead bytes of their UTF-8 forms), so
 * a table skips the rest.  At each run of terminators it takes the closing
 * quotes and brackets that follow, demands white space after them, and then
 * decides from the token before (the abbreviation lexicons, initials,
 * numbers, dotted forms) and the word after (lower case, a sentence-opening
 * word, an ordinary word from kata-dasar, another abbreviation, a byline).
 * Inside a quotation that is closed later in the paragraph it does not
 * split, as the UD treebanks and most newsrooms treat a quoted speech as one
 * sentence; a quote that never closes switches nothing off.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "segment.h"

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define SEG_SSE2	1
#endif

/* Token classes, from the lexicons or the token's shape. */
enum {
	T_NONE,		/* an ordinary word, number with unit, URL ... */
	T_PREFIX = RK_AB_PREFIX,	/* the abbreviation lexicon's classes */
	T_NUM = RK_AB_NUM,
	T_SUFFIX = RK_AB_SUFFIX,
	T_FINAL = RK_AB_FINAL,
	T_INITIAL,	/* one capital letter */
	T_DIGITS,	/* 12 */
	T_LOWER1,	/* a. (list item) */
	T_CAPS2,	/* AP. RI. */
	T_DOTTED	/* A.S. S.i.p.MM: short pieces joined by dots */
};

/* What starts the text after a candidate boundary. */
enum { N_END, N_LOWER, N_UPPER, N_DIGIT, N_PUNCT, N_OTHER };

#define MAXTOK		48	/* longer tokens are never abbreviations */
#define QUOTE_REACH	2000	/* bytes to look for a closing quote */

static struct rk_abbr ab;	/* abbreviations and sentence openers */
static struct rk_hash common;	/* folded ordinary words (kata-dasar) */
static unsigned char interesting[256];
/*
 * The output rows, gathered and written many at a time (a sentence row has
 * six short fields); a document's rows go when it is done, as the fields
 * point into it.  Kept across documents.
 */
static struct rk_rows rows;

/*
 * rk_fold's result for an ASCII word, made here without its call per
 * character (which was most of the start-up): the length, or SIZE_MAX
 * for a word past ASCII or longer than cap, which rk_fold does.
 */
static size_t
fold_ascii(const char *p, char *out, size_t cap)
{
	size_t n = 0;
	unsigned char c;

	for (; (c = (unsigned char)*p) != '\0'; p++) {
		if (c >= 0x80 || n == cap)
			return SIZE_MAX;
		if (c == ' ' || (c >= '\t' && c <= '\r') || c == '-' ||
		    c == '.' || c == '\'' || c == '`')
			continue;
		out[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	return n;
}

void
segment_init(void)
{
	struct rk_table t;
	size_t r, n;
	int cf, cc;
	const char *p;
	char key[64];

	rk_abbr_load(&ab);
	rk_hash_init(&common);

	rk_table_load(&t, "kata-dasar.tsv");
	cf = rk_table_col(&t, "word");
	cc = rk_table_col(&t, "proper");
	/* its slots at once, not grown ten times on the way */
	rk_hash_reserve(&common, t.nrows);
	for (r = 0; r < t.nrows; r++) {
		p = RK_CELL(&t, r, cf);
		if (strcmp(RK_CELL(&t, r, cc), "0") != 0)
			continue;
		if ((n = fold_ascii(p, key, sizeof(key))) != SIZE_MAX)
			rk_hash_add(&common, key, n, 1, 1);
		else
			rk_hash_add(&common, p, strlen(p), 1, 0);
	}
	rk_table_free(&t);

	interesting['.'] = interesting['!'] = interesting['?'] = 1;
	interesting['"'] = interesting['`'] = interesting['\''] = 1;
	interesting[0xE2] = interesting[0xC2] = 1;
	for (r = 'A'; r <= 'Z'; r++)
		interesting[r] = 2;
}

void
segment_fini(void)
{
	rk_abbr_free(&ab);
	rk_hash_free(&common);
	rk_rows_free(&rows);
}

void
seg_spans_free(struct seg_spans *sp)
{
	free(sp->v);
	memset(sp, 0, sizeof(*sp));
}

static void
push(struct seg_spans *sp, size_t start, size_t end)
{
	if (sp->n == sp->cap) {
		sp->cap = sp->cap ? sp->cap * 2 : 64;
		sp->v = rk_xrealloc(sp->v, sp->cap, 2 * sizeof(*sp->v));
	}
	sp->v[2 * sp->n] = start;
	sp->v[2 * sp->n + 1] = end;
	sp->n++;
}

/* ---- characters ---------------------------------------------------------- */

#define U(i)	((unsigned char)s[i])

/* Length of the white-space character at s[i], or 0. */
static size_t
ws_at(const char *s, size_t len, size_t i)
{
	unsigned char c = U(i);

	if (c == ' ' || (c >= '\t' && c <= '\r'))
		return 1;
	if (c == 0xC2 && i + 1 < len && U(i + 1) == 0xA0)
		return 2;
	if (c == 0xE2 && i + 2 < len && U(i + 1) == 0x80 &&
	    ((U(i + 2) >= 0x80 && U(i + 2) <= 0x8A) || U(i + 2) == 0xA8 ||
	    U(i + 2) == 0xA9 || U(i + 2) == 0xAF))
		return 3;
	if (c == 0xE2 && i + 2 < len && U(i + 1) == 0x81 && U(i + 2) == 0x9F)
		return 3;
	if (c == 0xE3 && i + 2 < len && U(i + 1) == 0x80 && U(i + 2) == 0x80)
		return 3;
	return 0;
}

/* ws_before past ASCII: NBSP and the Unicode spaces. */
static size_t
ws_before_mb(const char *s, size_t len, size_t i)
{
	if (i >= 2 && ws_at(s, len, i - 2) == 2)
		return 2;
	if (i >= 3 && ws_at(s, len, i - 3) == 3)
		return 3;
	return 0;
}

/*
 * Length of the white-space character that ends just before s[i], or 0.
 * Inline: the scanner asks it of most bytes before a token, nearly all
 * ASCII.
 */
static inline size_t
ws_before(const char *s, size_t len, size_t i)
{
	unsigned char c;

	if (i == 0)
		return 0;
	c = U(i - 1);
	if (c < 0x80)
		return (c == ' ' || (c >= '\t' && c <= '\r')) ? 1 : 0;
	return ws_before_mb(s, len, i);
}

static size_t
skip_ws(const char *s, size_t len, size_t i)
{
	size_t k;

	while (i < len && (k = ws_at(s, len, i)) > 0)
		i += k;
	return i;
}

/* Double quotes: " “ ” „ « » `` ''.  Returns the length, or 0. */
static size_t
dquote_at(const char *s, size_t len, size_t i)
{
	if (U(i) == '"')
		return 1;
	if ((U(i) == '`' || U(i) == '\'') && i + 1 < len && U(i + 1) == U(i))
		return 2;
	if (U(i) == 0xE2 && i + 2 < len && U(i + 1) == 0x80 &&
	    U(i + 2) >= 0x9C && U(i + 2) <= 0x9F)
		return 3;
	if (U(i) == 0xC2 && i + 1 < len &&
	    (U(i + 1) == 0xAB || U(i + 1) == 0xBB))
		return 2;
	return 0;
}

/* Single quotes and apostrophes: ' ` ‘ ’ ‚ ‹ ›. */
static size_t
squote_at(const char *s, size_t len, size_t i)
{
	if (U(i) == '\'' || U(i) == '`')
		return 1;
	if (U(i) == 0xE2 && i + 2 < len && U(i + 1) == 0x80 &&
	    ((U(i + 2) >= 0x98 && U(i + 2) <= 0x9B) || U(i + 2) == 0xB9 ||
	    U(i + 2) == 0xBA))
		return 3;
	return 0;
}

static size_t
ellipsis_at(const char *s, size_t len, size_t i)
{
	return (U(i) == 0xE2 && i + 2 < len && U(i + 1) == 0x80 &&
	    U(i + 2) == 0xA6) ? 3 : 0;
}

/* Opening direction by the glyph: “ „ « ``. */
static int
opening_glyph(const char *s, size_t i)
{
	return U(i) == '`' ||
	    (U(i) == 0xE2 && (U(i + 2) == 0x9C || U(i + 2) == 0x9E)) ||
	    (U(i) == 0xC2 && U(i + 1) == 0xAB);
}

static int
is_closepunct(unsigned char c)
{
	return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' ||
	    c == '?' || c == ')' || c == ']' || c == '}';
}

enum { Q_OPEN, Q_CLOSE, Q_TOGGLE };

/* Whether the double quote at s[q] opens or closes, from its neighbours. */
static int
quote_role(const char *s, size_t len, size_t q, size_t ql)
{
	int before, after;

	before = q == 0 || ws_before(s, len, q) > 0 || U(q - 1) == '(' ||
	    U(q - 1) == '[';
	after = q + ql >= len || ws_at(s, len, q + ql) > 0 ||
	    is_closepunct(U(q + ql));
	if (before && !after)
		return Q_OPEN;
	if (after && !before)
		return Q_CLOSE;
	if (ql > 1)
		return opening_glyph(s, q) ? Q_OPEN : Q_CLOSE;
	return Q_TOGGLE;
}

/* Letter class of the character at s[i]. */
static int
char_class(const char *s, size_t len, size_t i)
{
	uint32_t cp;
	size_t k = i;

	if (i >= len)
		return N_END;
	if (U(i) < 0x80) {
		if (U(i) >= 'a' && U(i) <= 'z')
			return N_LOWER;
		if (U(i) >= 'A' && U(i) <= 'Z')
			return N_UPPER;
		if (U(i) >= '0' && U(i) <= '9')
			return N_DIGIT;
		if (U(i) == ',' || U(i) == ';' || U(i) == ':' || U(i) == ')' ||
		    U(i) == ']' || U(i) == '}')
			return N_PUNCT;
		return N_OTHER;
	}
	cp = rk_utf8_next(s, len, &k);
	if (!rk_cp_isalpha(cp))
		return N_OTHER;
	return rk_cp_isupper(cp) ? N_UPPER : N_LOWER;
}

/* Length of the run of letters at s[i]. */
static size_t
word_len(const char *s, size_t len, size_t i)
{
	size_t k = i, at;
	uint32_t cp;

#ifdef SEG_SSE2
	/* sixteen bytes a step while they are ASCII letters (with the 0x20
	 * bit set, A-Z and a-z are a-z); the rest one by one below */
	while (k + 16 <= len) {
		__m128i v = _mm_or_si128(_mm_loadu_si128(
		    (const __m128i *)(const void *)(s + k)), _mm_set1_epi8(0x20));
		unsigned m = ~(unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(
		    _mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - 'a'))),
		    _mm_set1_epi8((char)(0x80 + 26)))) & 0xFFFF;

		if (m != 0) {
			k += (size_t)__builtin_ctz(m);
			break;
		}
		k += 16;
	}
#endif
	while (k < len) {
		if (U(k) < 0x80) {
			if (!((U(k) | 0x20) >= 'a' && (U(k) | 0x20) <= 'z'))
				break;
			k++;
			continue;
		}
		at = k;
		cp = rk_utf8_next(s, len, &k);
		if (!rk_cp_isalpha(cp)) {
			k = at;
			break;
		}
	}
	return k - i;
}

/* ---- lexicon look-ups ---------------------------------------------------- */

static int
lookup_abbr(const char *tok, size_t len)
{
	return rk_abbr_class(&ab, tok, len);
}

/* The word before offset t (one space away) opens with a capital. */
static int
cap_word_before(const char *s, size_t t, size_t sstart)
{
	size_t k = t;

	if (k < sstart + 2 || s[k - 1] != ' ')
		return 0;
	for (k--; k > sstart && ((s[k - 1] >= 'a' && s[k - 1] <= 'z') ||
	    (s[k - 1] >= 'A' && s[k - 1] <= 'Z')); k--)
		;
	return k < t - 2 && s[k] >= 'A' && s[k] <= 'Z';
}

static int
cap_follows(const char *s, size_t len, size_t i)
{
	size_t j = i;

	while (j < len && s[j] == ' ')
		j++;
	return j > i && j < len && s[j] >= 'A' && s[j] <= 'Z';
}

static int
is_starter(const char *w, size_t n)
{
	return rk_abbr_opener(&ab, w, n, 0);
}

static const char *const suffixes[] = { "", "nya", "lah", "kah", "kan",
	"an", "i", NULL };
static const char *const prefixes[] = { "", "di", "ke", "se", "ter", "ber",
	"be", "per", "pe", "me", "mem", "men", "meng", "meny", "pem", "pen",
	"peng", "peny", "member", "memper", "diper", "keber", NULL };

/*
 * Is w (folded, lower case) an ordinary word or a derived form of one?
 * A light stemmer: strip one prefix and one suffix, and put back the
 * first consonant that meN-/peN- dropped (menulis = tulis).
 */
static int
common_stem(const char *w, size_t n)
{
	char buf[MAXTOK + 1];
	size_t i, j, pl, sl, m;
	static const char restore[] = "ptks";

	for (i = 0; prefixes[i] != NULL; i++) {
		pl = strlen(prefixes[i]);
		if (pl > 0 && (n < pl + 3 || memcmp(w, prefixes[i], pl) != 0))
			continue;
		for (j = 0; suffixes[j] != NULL; j++) {
			sl = strlen(suffixes[j]);
			if (pl + sl + 3 > n || (sl > 0 &&
			    memcmp(w + n - sl, suffixes[j], sl) != 0))
				continue;
			m = n - pl - sl;
			if (pl == 0 && sl == 0)
				continue;
			if (rk_hash_find(&common, w + pl, m, 1) >= 0)
				return 1;
			if (pl >= 2 && m < MAXTOK && (w[pl - 1] == 'm' ||
			    w[pl - 1] == 'n' || w[pl - 1] == 'g' ||
			    w[pl - 1] == 'y')) {
				size_t r;

				for (r = 0; restore[r] != '\0'; r++) {
					buf[0] = restore[r];
					memcpy(buf + 1, w + pl, m);
					if (rk_hash_find(&common, buf, m + 1,
					    1) >= 0)
						return 1;
				}
			}
		}
	}
	return 0;
}

/* An ordinary word written with a capital: not all capitals, in kata-dasar. */
static int
is_common(const char *w, size_t n)
{
	char low[MAXTOK];
	size_t i;

	if (n < 2 || n >= MAXTOK)
		return 0;
	for (i = 1; i < n; i++)
		if (!((unsigned char)w[i] >= 'A' && (unsigned char)w[i] <= 'Z'))
			break;
	if (i == n)
		return 0;
	if (rk_hash_has_word(&common, w, n))
		return 1;
	for (i = 0; i < n; i++) {
		if ((unsigned char)w[i] >= 0x80)
			return 0;
		low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
	}
	return common_stem(low, n);
}

/* Short alphabetic pieces joined by dots: A.S, Ph.D, S.i.p.MM. */
static int
dotted(const char *t, size_t n)
{
	size_t i, piece = 0, pieces = 1;

	for (i = 0; i < n; i++) {
		if (t[i] == '.') {
			if (piece == 0)
				return 0;
			pieces++;
			piece = 0;
		} else if (((unsigned char)t[i] | 0x20) >= 'a' &&
		    ((unsigned char)t[i] | 0x20) <= 'z') {
			if (++piece > 4)
				return 0;
		} else {
			return 0;
		}
	}
	return pieces > 1 && piece > 0;
}

static int
roman(const char *t, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strchr("IVXLC", t[i]) == NULL)
			return 0;
	return n > 0;
}

static int
allcaps(const char *t, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!(t[i] >= 'A' && t[i] <= 'Z'))
			return 0;
	return n > 0;
}

static int
classify(const char *t, size_t n)
{
	size_t i;
	int cls;

	if (n == 0)
		return T_NONE;
	if ((cls = lookup_abbr(t, n)) >= 0) {
		/* SM, MA, SH without dots: an acronym more than a degree */
		if (cls == T_SUFFIX && allcaps(t, n))
			return n == 2 ? T_CAPS2 : T_NONE;
		return cls;
	}
	if (n == 1 && t[0] >= 'A' && t[0] <= 'Z')
		return T_INITIAL;
	if (n == 1 && t[0] >= 'a' && t[0] <= 'z')
		return T_LOWER1;
	for (i = 0; i < n && t[i] >= '0' && t[i] <= '9'; i++)
		;
	if (i == n)
		return n <= 3 ? T_DIGITS : T_NONE;
	if (dotted(t, n))
		return T_DOTTED;
	if (n == 2 && allcaps(t, n))
		return T_CAPS2;
	if (n >= 2 && n <= 3 && !(t[0] >= 'a' && t[0] <= 'z')) {
		/* multi-byte initial such as "Ö." */
		size_t k = 0;
		uint32_t cp = rk_utf8_next(t, n, &k);

		if (k == n && rk_cp_isupper(cp))
			return T_INITIAL;
	}
	return T_NONE;
}

/* ---- the decision -------------------------------------------------------- */

struct next {
	int		 cls;		/* N_* of the first letter */
	const char	*w;		/* the word there */
	size_t		 wlen;
	int		 abbrev;	/* the word is itself an abbreviation */
	int		 title;		/* Titlecase */
	int		 paren;		/* an opening bracket comes first */
};

static void
look_next(const char *s, size_t len, size_t n, struct next *nx)
{
	size_t p = n, k;
	int guard = 0;

	/* "()" where a foreign name was dropped: look past it */
	if (p + 1 < len && U(p) == '(' && U(p + 1) == ')')
		p = skip_ws(s, len, p + 2);
	nx->paren = p < len && (U(p) == '(' || U(p) == '[');
	while (p < len && guard++ < 4) {
		if ((k = dquote_at(s, len, p)) > 0 ||
		    (k = squote_at(s, len, p)) > 0)
			p += k;
		else if (U(p) == '(' || U(p) == '[')
			p++;
		else
			break;
	}
	nx->cls = char_class(s, len, p);
	nx->w = s + p;
	nx->wlen = word_len(s, len, p);
	nx->abbrev = 0;
	nx->title = 0;
	if (nx->wlen > 0 && p + nx->wlen < len && s[p + nx->wlen] == '.') {
		if (nx->cls == N_UPPER && nx->wlen <= 2)
			nx->abbrev = 1;	/* M.Si. or an initial */
		else {
			int c = lookup_abbr(nx->w, nx->wlen);

			nx->abbrev = c == T_PREFIX || c == T_SUFFIX;
		}
	}
	if (nx->cls == N_UPPER && nx->wlen > 1)
		nx->title = char_class(s, len, p + nx->wlen - 1) == N_LOWER;
}

/* "(SOC/DIN)" or "(ant)" closing the paragraph: the byline of the sentence. */
static int
byline(const char *s, size_t len, size_t n)
{
	size_t i, lim = n + 64 < len ? n + 64 : len;

	if (U(n) != '(')
		return 0;
	for (i = n + 1; i < lim; i++) {
		if (U(i) == ')')
			break;
		if (U(i) == '(' || U(i) == '.' || U(i) == '!' || U(i) == '?')
			return 0;
	}
	if (i >= lim)
		return 0;
	for (i++; i < len; i++)
		if (U(i) != '.' && U(i) != '*' && ws_at(s, len, i) == 0)
			return 0;
	return 1;
}

/* The last character before s[i] that is not white space. */
static int
prev_nonws(const char *s, size_t len, size_t i, size_t floor)
{
	size_t k;

	while (i > floor && (k = ws_before(s, len, i)) > 0)
		i -= k;
	return i > floor ? U(i - 1) : -1;
}

/*
 * After a degree, a name that is the subject of a new sentence: "..., M.Si.
 * Sugianto Sanusi menyampaikan ...".  Up to three capitalised words at
 * s[p], then a verb in lower case (meN-, ber-, di-, ter- or a few others).
 */
static int
name_then_verb(const char *s, size_t len, size_t p)
{
	static const char *const verbs[] = { "juga", "pun", "mengatakan",
	    "kemudian", "lalu", "saat", NULL };
	size_t n, k;
	int words;

	for (words = 0; words < 3; words++) {
		if (p >= len || !(U(p) >= 'A' && U(p) <= 'Z'))
			return 0;
		n = word_len(s, len, p);
		if (n < 2 || p + n >= len || U(p + n) != ' ')
			return 0;
		p += n + 1;
		if (p < len && U(p) >= 'a' && U(p) <= 'z')
			break;
	}
	if (words == 3)
		return 0;
	n = word_len(s, len, p);
	if (n >= 5 && (memcmp(s + p, "me", 2) == 0 ||
	    memcmp(s + p, "ber", 3) == 0 || memcmp(s + p, "di", 2) == 0 ||
	    memcmp(s + p, "ter", 3) == 0))
		return 1;
	for (k = 0; verbs[k] != NULL; k++)
		if (strlen(verbs[k]) == n && memcmp(s + p, verbs[k], n) == 0)
			return 1;
	return 0;
}

/* Class of the token before s[t], if it ends with a period. */
static int
prev_class(const char *s, size_t len, size_t sstart, size_t t)
{
	size_t e = t, b;

	while (e > sstart && ws_before(s, len, e) > 0)
		e -= ws_before(s, len, e);
	if (e == t || e <= sstart || U(e - 1) != '.')
		return T_NONE;
	e--;
	b = e;
	while (b > sstart && e - b < MAXTOK && ws_before(s, len, b) == 0)
		b--;
	return classify(s + b, e - b);
}

/*
 * Before a word in lower case a period ends the sentence only after a plain
 * word: "... pada 5 Juni 1879. atau ...", "... sayuran lain. dijaren ...",
 * where the next sentence lost its capital.  Plain is four or more letters
 * not in the abbreviation lexicons and not all capitals (KEL., PROV.), or a
 * year-like number; shorter tokens may be abbreviations nobody listed.
 */
static int
plain_word(const char *t, size_t n)
{
	size_t i, k, chars = 0, digits = 0, upper = 0;
	uint32_t cp;

	if (n == 0 || n >= MAXTOK)
		return 0;
	for (i = 0; i < n; ) {
		if ((unsigned char)t[i] < 0x80) {
			unsigned char c = (unsigned char)t[i];

			if (c >= '0' && c <= '9')
				digits++;
			else if (c >= 'A' && c <= 'Z')
				upper++;
			else if (!(c >= 'a' && c <= 'z'))
				return 0;
			i++;
		} else {
			k = i;
			cp = rk_utf8_next(t, n, &k);
			if (!rk_cp_isalpha(cp))
				return 0;
			if (rk_cp_isupper(cp))
				upper++;
			i = k;
		}
		chars++;
	}
	if (digits > 0)
		return digits == chars && digits >= 4;
	if (chars < 4 || upper == chars)
		return 0;
	return lookup_abbr(t, n) < 0;
}

/*
 * A speech tag, "kata", "ujarnya", "tanya dia": after "?" or "." it goes on
 * the sentence of the quotation whose quote marks were left out.
 */
static int
speech_tag(const char *w, size_t n)
{
	static const char *const tags[] = { "kata", "ujar", "tanya", "tutur",
	    "ucap", "jelas", "ungkap", "tegas", "imbuh", "tambah", "sebut",
	    "lanjut", "terang", "papar", "kilah", "seru", "sahut", "jawab",
	    "timpal", "tukas", "tandas", "beber", "pungkas", "sambung", NULL };
	size_t i, m = n;

	if (n > 3 && memcmp(w + n - 3, "nya", 3) == 0)
		m = n - 3;	/* ujarnya; but tanya itself */
	if (n == 0)
		return 0;
	/* both forms open with the tag's first letter */
	for (i = 0; tags[i] != NULL; i++)
		if (tags[i][0] == w[0] &&
		    ((strlen(tags[i]) == n && memcmp(w, tags[i], n) == 0) ||
		    (strlen(tags[i]) == m && memcmp(w, tags[i], m) == 0)))
			return 1;
	return 0;
}

/*
 * Is there a sentence boundary after the terminators s[cstart..cend)?
 * n is the first byte of the next text, sstart where this sentence began.
 */
static int
decide(const char *s, size_t len, size_t sstart, size_t cstart, size_t cend,
    size_t n)
{
	struct next nx;
	size_t t, k, i, ndot = 0;
	int qe = 0, cls, pc;

	for (i = cstart; i < cend; i++) {
		if (U(i) == '!' || U(i) == '?')
			qe = 1;
		else if (U(i) == '.')
			ndot++;
		else if (U(i) == 0xE2)
			ndot += 3;
	}
	if (byline(s, len, n))
		return 0;
	look_next(s, len, n, &nx);
	if (nx.cls == N_PUNCT || nx.cls == N_END)
		return 0;
	if (nx.cls == N_LOWER) {
		/*
		 * Only a bare terminator (no closing quote: `." ujarnya`)
		 * right before the word: a lone "?" (not "!": Yahoo!) or
		 * one period after a plain word; not before a speech tag.
		 */
		if (nx.w != s + n || cend - cstart != 1 || U(cstart) == '!' ||
		    skip_ws(s, len, cend) != n || speech_tag(nx.w, nx.wlen))
			return 0;
		if (U(cstart) == '?')
			return 1;
	} else if (qe)
		return 1;
	else if (ndot > 1)
		return nx.cls == N_UPPER;

	/* One period: look at the token before it. */
	t = cstart;
	while (t > sstart && cstart - t <= MAXTOK && ws_before(s, len, t) == 0)
		t--;
	if (nx.cls == N_LOWER)
		return cstart - t <= MAXTOK && plain_word(s + t, cstart - t);
	if (cstart - t > MAXTOK)
		return 1;
	while (t < cstart) {
		if ((k = dquote_at(s, len, t)) > 0 ||
		    (k = squote_at(s, len, t)) > 0)
			t += k;
		else if (U(t) == '(' || U(t) == '[')
			t++;
		else
			break;
	}
	/* "Kotawaringin Barat,Drs. Hendri": a title after a comma with no
	 * space is a token of its own */
	for (k = cstart; k > t + 1; k--)
		if (U(k - 1) == ',') {
			if (k < cstart && ((U(k) | 0x20) >= 'a' && (U(k) | 0x20) <= 'z') &&
			    ((U(k - 2) | 0x20) >= 'a' && (U(k - 2) | 0x20) <= 'z'))
				t = k;
			break;
		}
	cls = classify(s + t, cstart - t);
	if (cls == T_INITIAL && (pc = prev_nonws(s, len, t, sstart)) >= '0' &&
	    pc <= '9')
		cls = T_NONE;	/* "Rp 1,5 M.": miliar, not an initial */
	/* "Drs. Frans Ch. Nenosaban": a two-letter initial inside a name */
	if (cls == T_NONE && cstart - t == 2 && U(t) >= 'A' && U(t) <= 'Z' &&
	    U(t + 1) >= 'a' && U(t + 1) <= 'z' && nx.cls == N_UPPER &&
	    cap_word_before(s, t, sstart))
		cls = T_INITIAL;
	if (cls == T_INITIAL || cls == T_CAPS2 || cls == T_DIGITS ||
	    (cls == T_NONE && roman(s + t, cstart - t))) {
		/* "No. XI." "Jl. A. Yani": part of the reference before it */
		int pcls = prev_class(s, len, sstart, t);

		if (pcls == T_PREFIX || pcls == T_NUM)
			cls = T_PREFIX;
	}
	switch (cls) {
	case T_NONE:
		/* "OS v9. 1": a version or a number split by a space */
		if (nx.cls == N_DIGIT && cstart > 0 && U(cstart - 1) >= '0' &&
		    U(cstart - 1) <= '9')
			return 0;
		return 1;
	case T_PREFIX:
	case T_INITIAL:
		/* "H. Lalu Muhammad": a starter that runs on into a name is a
		 * customary title (Lalu, Andi), not "Lalu, ..." opening a sentence */
		return nx.cls == N_UPPER && is_starter(nx.w, nx.wlen) &&
		    !cap_follows(s, len, (size_t)(nx.w - s) + nx.wlen);
	case T_FINAL:
		return nx.cls != N_DIGIT && !nx.paren;
	case T_NUM:
		if (nx.cls == N_DIGIT || nx.paren)
			return 0;
		/* FALLTHROUGH */
	case T_SUFFIX:
	case T_DOTTED:
		if (nx.cls != N_UPPER || nx.abbrev)
			return 0;
		return is_starter(nx.w, nx.wlen) || is_common(nx.w, nx.wlen) ||
		    (cls == T_SUFFIX && name_then_verb(s, len,
		    (size_t)(nx.w - s)));
	case T_DIGITS:
	case T_LOWER1:
		/* "1. Rapat ..." or "agenda: a. ...": a list marker */
		pc = prev_nonws(s, len, t, sstart);
		if (pc == -1 || pc == ':' || pc == ';')
			return 0;
		return 1;
	case T_CAPS2:
		/*
		 * "Andi AP. Siregar": initials after a name, before a name;
		 * but "Perang Dunia II. Johanna ...": II, IV, VI, IX, XI, XV
		 * and XX are numerals ending the name.
		 */
		if (nx.title && !is_common(nx.w, nx.wlen) &&
		    !is_starter(nx.w, nx.wlen) &&
		    !(strchr("IVX", U(t)) != NULL &&
		    strchr("IVX", U(t + 1)) != NULL)) {
			size_t p = t;

			while (p > sstart && ws_before(s, len, p) > 0)
				p -= ws_before(s, len, p);
			k = p;
			while (k > sstart && ws_before(s, len, k) == 0)
				k--;
			if (p > k + 1 && U(k) >= 'A' && U(k) <= 'Z' &&
			    U(p - 1) >= 'a' && U(p - 1) <= 'z')
				return 0;
		}
		return 1;
	}
	return 1;
}

#define PAREN_BACK	200	/* bytes to look back for an open bracket */
#define PAREN_AHEAD	40	/* and ahead for its close */

/*
 * A period inside brackets that close a few words on, "(SSK. II)", "(Dok.
 * Humas)", "(E. hemisphaerica (Bl.) RM Smith)", ends no sentence: the
 * bracket of the sentence up to end is still open, and it closes within
 * reach of n before any other bracket or terminator.
 */
static int
in_short_paren(const char *s, size_t len, size_t sstart, size_t end,
    size_t n)
{
	const char *q;
	size_t i, lim;
	int depth = 0;

	/* ahead first: it is short, and a ')' there is rare */
	lim = n + PAREN_AHEAD < len ? n + PAREN_AHEAD : len;
	if ((q = memchr(s + n, ')', lim - n)) == NULL)
		return 0;
	for (i = n; s + i < q; i++)
		if (U(i) == '(' || U(i) == '.' || U(i) == '!' || U(i) == '?')
			return 0;
	for (i = end; i > sstart && end - i < PAREN_BACK; i--) {
		if (U(i - 1) == ')')
			depth++;
		else if (U(i - 1) == '(' && depth-- == 0)
			return 1;
	}
	return 0;
}

/*
 * Whether the quotation open at from closes later: the next double quote
 * within reach must be a closing one.  *cache remembers the answer until
 * the scan passes that quote.
 */
static int
closes_ahead(const char *s, size_t len, size_t from, size_t *cpos, int *cres)
{
	size_t i, lim, ql;
	int role;

	if (from < *cpos)
		return *cres;
	lim = from + QUOTE_REACH < len ? from + QUOTE_REACH : len;
	for (i = from; i < lim; i++) {
		if (!interesting[U(i)] || (ql = dquote_at(s, len, i)) == 0)
			continue;
		role = quote_role(s, len, i, ql);
		*cpos = i;
		*cres = role != Q_OPEN;
		return *cres;
	}
	*cpos = lim;
	*cres = 0;
	return 0;
}

/*
 * A sentence without final punctuation (a headline, a caption) followed by
 * the next: "... tetap dipertahankan Sementara itu ...".  The capital at
 * s[i] opens a strong sentence-opening word right after a word in lower
 * case and a single space.
 */
static int
unpunctuated(const char *s, size_t len, size_t sstart, size_t i)
{
	size_t k, n;

	if (i < sstart + 3 || U(i - 1) != ' ' ||
	    !(U(i - 2) >= 'a' && U(i - 2) <= 'z'))
		return 0;
	/* the capital's own pair first: it rules out most words at once */
	if (i + 1 >= len || !(U(i + 1) >= 'a' && U(i + 1) <= 'z') ||
	    !ab.strong_pre[U(i) - 'A'][U(i + 1) - 'a'])
		return 0;
	k = i - 2;
#ifdef SEG_SSE2
	/* back over the word before, sixteen bytes a step */
	while (k >= sstart + 16) {
		unsigned m = ~(unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(
		    _mm_add_epi8(_mm_loadu_si128((const __m128i *)(const void *)
		    (s + k - 16)), _mm_set1_epi8((char)(0x80 - 'a'))),
		    _mm_set1_epi8((char)(0x80 + 26)))) & 0xFFFF;

		if (m != 0) {
			k = k - 15 + (size_t)(31 - __builtin_clz(m));
			break;
		}
		k -= 16;
	}
#endif
	for (; k > sstart && U(k - 1) >= 'a' && U(k - 1) <= 'z'; k--)
		;
	if (i - 1 - k < 2 || (k > sstart && ws_before(s, len, k) == 0))
		return 0;
	n = word_len(s, len, i);
	if (i + n < len && ws_at(s, len, i + n) == 0 && U(i + n) != ',')
		return 0;
	/* most capitals here are names and places: no strong word is as
	 * long, and an ASCII word's length says so before the hash does */
	if (n < 64 && (ab.strong_len[U(i) - 'A'][U(i + 1) - 'a'] >> n & 1) == 0) {
		for (k = i; k < i + n && U(k) < 0x80; k++)
			;
		if (k == i + n)
			return 0;
	}
	return rk_abbr_opener(&ab, s + i, n, 1);
}

#ifdef SEG_SSE2
/* Bytes of v in [lo, lo + n): moved so that lo is -128, then one compare. */
static __m128i
in_range(__m128i v, unsigned char lo, unsigned char n)
{
	return _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - lo))),
	    _mm_set1_epi8((char)(0x80 + n)));
}

/* The stops of sixteen bytes at p, as block_stops says. */
static unsigned
stops16(const char *p)
{
	__m128i v;
	unsigned bits, cap, low, sp;

	v = _mm_loadu_si128((const __m128i *)(const void *)p);
	/* the sign bits are the bytes from 0x80 up */
	bits = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('.')),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('?'))),
	    _mm_or_si128(_mm_or_si128(
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('`')), in_range(v, '!', 7)), v)));
	cap = (unsigned)_mm_movemask_epi8(in_range(v, 'A', 26));
	low = (unsigned)_mm_movemask_epi8(in_range(v, 'a', 26));
	sp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
	/* a capital in the first two or the last byte, whose neighbours
	 * are outside, is a stop whatever they are */
	cap &= (sp << 1 | 1) & (low << 2 | 3) & (low >> 1 | 0x8000);
	return bits | cap;
}
#endif

/*
 * The bytes of s[b..b + 32) the scanner must stop at, as bits (bit k for
 * s[b + k]; none at or past len).  More may be set than matter, as the
 * scanner looks each one up in interesting[] again: sixteen at a time the
 * set is every byte from 0x80 up, ! " # $ % & ' . ? `, and of the
 * capitals only those unpunctuated() could take - after a space and a
 * letter a to z, before another - as passing any other capital does
 * nothing.  A capital is on every page every few words, the rest rare.
 */
static uint32_t
block_stops(const char *s, size_t len, size_t b)
{
	uint32_t bits = 0;
	size_t k;

#ifdef SEG_SSE2
	if (len >= 32) {
		/* the block ends at len at the latest: the last 32 bytes */
		size_t at = b + 32 <= len ? b : len - 32;

		bits = stops16(s + at) | (uint32_t)stops16(s + at + 16) << 16;
		return bits >> (b - at);
	}
#endif
	for (k = 0; k < 32 && b + k < len; k++)
		if (interesting[U(b + k)])
			bits |= (uint32_t)1 << k;
	return bits;
}

/*
 * The first stop at or after i, or len; *b and *bits hold the block last
 * looked at (stops before i in it are passed).
 */
static size_t
next_stop(const char *s, size_t len, size_t i, size_t *b, uint32_t *bits)
{
	uint32_t m;

	m = i < *b + 32 ? *bits & (UINT32_C(0xFFFFFFFF) << (i - *b)) : 0;
	while (m == 0) {
		*b = i < *b + 32 ? *b + 32 : i;
		if (*b >= len)
			return len;
		m = *bits = block_stops(s, len, *b);
	}
	return *b + (size_t)__builtin_ctz(m);
}

void
segment_para(const char *s, size_t len, int flags, struct seg_spans *out)
{
	size_t i, j, k, ql, sstart, cstart, cend, end, n, b, cpos = 0;
	int inq = 0, closed, cres = 0, role;
	uint32_t bits;

	out->n = 0;
	while (len > 0 && (k = ws_before(s, len, len)) > 0)
		len -= k;
	sstart = i = skip_ws(s, len, 0);
	b = i;
	bits = block_stops(s, len, b);
	while (i < len) {
		/* the hot loop: skip bytes that cannot matter */
		if ((i = next_stop(s, len, i, &b, &bits)) >= len)
			break;
		if (interesting[U(i)] == 0) {
			i++;
			continue;
		}
		if (interesting[U(i)] == 2) {
			if (!inq && !(flags & SEG_TITLE) &&
			    unpunctuated(s, len, sstart, i)) {
				push(out, sstart, i - 1);
				sstart = i;
			}
			i++;
			continue;
		}
		/* a period is the commonest stop and never a quote */
		if (U(i) != '.' && (ql = dquote_at(s, len, i)) > 0) {
			role = quote_role(s, len, i, ql);
			inq = role == Q_OPEN ? 1 : role == Q_CLOSE ? 0 : !inq;
			i += ql;
			continue;
		}
		if (U(i) != '.' && U(i) != '!' && U(i) != '?' &&
		    ellipsis_at(s, len, i) == 0) {
			i++;
			continue;
		}
		/* the run of terminators */
		cstart = j = i;
		while (j < len) {
			if (U(j) == '.' || U(j) == '!' || U(j) == '?')
				j++;
			else if ((k = ellipsis_at(s, len, j)) > 0)
				j += k;
			else
				break;
		}
		cend = j;
		/* closing quotes and brackets, and terminators among them */
		closed = 0;
		while (j < len) {
			if ((k = dquote_at(s, len, j)) > 0)
				closed = 1;
			else if ((k = squote_at(s, len, j)) == 0 &&
			    (k = ellipsis_at(s, len, j)) == 0) {
				if (U(j) == ')' || U(j) == ']' || U(j) == '}' ||
				    U(j) == '.' || U(j) == '!' || U(j) == '?')
					k = 1;
				else
					break;
			}
			j += k;
		}
		end = j;
		if (end < len && ws_at(s, len, end) == 0) {
			i = cend;	/* 1.500, M.Azis, (ant): no boundary */
			continue;
		}
		n = skip_ws(s, len, end);
		/* a quote alone after the period closes it: `. “ ` */
		if (n < len && (ql = dquote_at(s, len, n)) > 0 &&
		    (n + ql == len || ws_at(s, len, n + ql) > 0) &&
		    (inq || !opening_glyph(s, n))) {
			end = n + ql;
			closed = 1;
			n = skip_ws(s, len, end);
		}
		if (closed)
			inq = 0;
		i = end;
		if (n >= len)
			break;
		if (!decide(s, len, sstart, cstart, cend, n) ||
		    in_short_paren(s, len, sstart, end, n))
			continue;
		if (inq) {
			if (closes_ahead(s, len, n, &cpos, &cres))
				continue;
			inq = 0;
		}
		push(out, sstart, end);
		sstart = n;
		i = n;
	}
	if (sstart < len)
		push(out, sstart, len);
}

/* ---- output -------------------------------------------------------------- */

void
segment_flush(struct seg_out *so)
{
	rk_rows_flush(&rows, so->fp);
	if (so->ob.len > 0)
		fwrite(so->ob.data, 1, so->ob.len, so->fp);
	rk_buf_reset(&so->ob);
}

void
segment_header(struct seg_out *so, const struct rk_stream *s)
{
	struct rk_out o;
	size_t i;

	so->nextra = 0;
	if (s != NULL && s->kind == RK_CLEAN && s->ncols > 5)
		so->nextra = s->ncols - 5;
	if (so->o->noheader || so->o->lines)
		return;
	segment_flush(so);
	rk_out_begin(&o, so->fp);
	for (i = 0; rk_cols_segment[i] != NULL; i++)
		rk_out_str(&o, rk_cols_segment[i]);
	for (i = 0; i < so->nextra; i++)
		rk_out_str(&o, s->cols[5 + i]);
	rk_out_end(&o);
}

/* The columns the input carried after the five of rk-clean. */
static void
extras(struct seg_out *so, struct rk_str *f, const struct rk_row *r)
{
	size_t i;

	for (i = 0; i < so->nextra; i++) {
		if (r != NULL && 5 + i < r->nf)
			f[i] = r->f[5 + i];
		else {
			f[i].s = "";
			f[i].len = 0;
		}
	}
}

static void
field(struct rk_str *f, const char *s, size_t len)
{
	f->s = s;
	f->len = len;
}

static void
sent_row(struct seg_out *so, const char *doc, size_t doclen, const char *para,
    size_t paralen, long sent, const char *text, size_t tlen,
    const char *kind, size_t kindlen, const struct rk_row *r)
{
	struct rk_str *f;

	if (so->o->lines) {
		f = rk_rows_add(&rows, so->fp, 1);
		field(&f[0], text, tlen);
		return;
	}
	f = rk_rows_add(&rows, so->fp, 6 + so->nextra);
	field(&f[0], doc, doclen);
	field(&f[1], para, paralen);
	rk_rows_num(&rows, 2, sent);
	field(&f[3], "sent", 4);
	field(&f[4], text, tlen);
	field(&f[5], kind, kindlen);
	extras(so, f + 6, r);
}

void
segment_doc(struct seg_out *so, const struct rk_stream *s,
    const struct rk_doc *doc)
{
	const struct rk_row *r;
	const struct rk_str *f;
	struct rk_str *o;
	size_t i, k;
	long sent = 0;

	(void)s;
	for (i = 0; i < doc->n; i++) {
		r = doc->rows[i];
		f = r->f;
		/* strcmp's answer without its call a row: the field ends
		 * in a NUL (a raw NUL inside it ends it for strcmp too) */
		if ((f[2].len >= 5 && memcmp(f[2].s, "title", 5) == 0 &&
		    f[2].s[5] == '\0') || (f[2].len >= 4 &&
		    memcmp(f[2].s, "body", 4) == 0 && f[2].s[4] == '\0')) {
			segment_para(f[3].s, f[3].len, f[2].s[0] == 't' ?
			    SEG_TITLE : 0, &so->sp);
			for (k = 0; k < so->sp.n; k++)
				sent_row(so, f[0].s, f[0].len, f[1].s, f[1].len,
				    ++sent, f[3].s + so->sp.v[2 * k],
				    so->sp.v[2 * k + 1] - so->sp.v[2 * k],
				    f[2].s, f[2].len, r);
			if (so->sp.n > 0)
				continue;
		}
		if (so->o->lines)
			continue;
		o = rk_rows_add(&rows, so->fp, 6 + so->nextra);
		o[0] = f[0];
		o[1] = f[1];
		field(&o[2], "0", 1);
		o[3] = f[2];
		o[4] = f[3];
		o[5] = f[4];
		extras(so, o + 6, r);
	}
	rk_rows_flush(&rows, so->fp);
}

void
segment_plain(struct seg_out *so, const char *doc, long para, long *sentno,
    const char *s, size_t len)
{
	char pbuf[24];
	size_t k, dl = strlen(doc);
	int pl;

	pl = snprintf(pbuf, sizeof(pbuf), "%ld", para);
	segment_para(s, len, 0, &so->sp);
	for (k = 0; k < so->sp.n; k++)
		sent_row(so, doc, dl, pbuf, (size_t)pl, ++*sentno,
		    s + so->sp.v[2 * k], so->sp.v[2 * k + 1] - so->sp.v[2 * k],
		    "body", 4, NULL);
	rk_rows_flush(&rows, so->fp);	/* pbuf is gone on return */
}

void
segment_empty(struct seg_out *so, const char *doc)
{
	struct rk_str *f;

	if (so->o->lines)
		return;
	f = rk_rows_add(&rows, so->fp, 6 + so->nextra);
	field(&f[0], doc, strlen(doc));
	field(&f[1], "0", 1);
	field(&f[2], "0", 1);
	field(&f[3], "empty", 5);
	field(&f[4], "", 0);
	field(&f[5], "", 0);
	extras(so, f + 6, NULL);
	rk_rows_flush(&rows, so->fp);
}
