/*
 * clean_para.c: rk-clean's paragraphs.  Hard-wrapped lines are re-flowed
 * into paragraphs, and the debris inside a paragraph (inline "Baca juga",
 * image names, markup, language switchers, stray glyphs) is cut as spans.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rk.h"
#include "clean.h"
#include "clean_int.h"

int
body_like(const struct unit *u)
{
	return (u->nw >= 8 && unit_term(u)) || u->nw >= 20;
}

/*
 * A page is hard-wrapped when most of its kept lines are of a similar,
 * modest width and many end without sentence punctuation.
 */
static int
hard_wrapped(void)
{
	size_t i, n = 0, narrow = 0, open = 0;

	for (i = 0; i < nunits; i++) {
		if (units[i].rule >= 0)
			continue;
		n++;
		if (units[i].len >= 30 && units[i].len <= 110)
			narrow++;
		if (!unit_term(&units[i]))
			open++;
	}
	return n >= 6 && narrow * 10 >= n * 8 && open * 2 >= n;
}


/* An abbreviation's key: its bytes without the dots (as rk-segment). */
static size_t
undot(const char *s, size_t len, char *k, size_t max)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		if (s[i] != '.') {
			if (n == max)
				return 0;
			k[n++] = s[i];
		}
	return n;
}

/*
 * Line a ends in an abbreviation that does not end its paragraph when b
 * follows: on a hard-wrapped page, a title or an initial before a name
 * ("Dr. H." then "Abdul Muis"), unless b opens a sentence; "No." before a
 * number; a degree before a lower-case word ("M.Si." then "dan").  Where
 * lines are paragraphs, one that ends in an initial ("kata Ahmad S.") is
 * not joined to the next.
 */
static int
abbr_end(const struct unit *a, const struct unit *b, int wrapped)
{
	const char *s = TX(a), *t = TX(b);
	char k[32];
	size_t i = a->len, n, w;
	int cls;

	if (a->len < 2 || s[a->len - 1] != '.' || s[a->len - 2] == '.')
		return 0;
	while (i > 0 && s[i - 1] != ' ')
		i--;
	if (a->len - i > 24)
		return 0;
	n = undot(s + i, a->len - i, k, sizeof(k));
	if (n == 0)
		return 0;
	/* isupper, islower: A-Z, a-z (no rk tool calls setlocale) */
	if (n == 1 && k[0] >= 'A' && k[0] <= 'Z')
		cls = RK_AB_PREFIX;	/* an initial */
	else if (n > 4 && n == a->len - i - 1 && k[0] >= 'a' && k[0] <= 'z')
		return 0;	/* an ordinary word ends the sentence */
	else {
		if (!abbr_loaded)
			rk_abbr_load(&abbrs), abbr_loaded = 1;
		if ((cls = rk_abbr_class(&abbrs, s + i, a->len - i)) < 0)
			return 0;
	}
	for (w = 0; w < b->len && t[w] != ' ' && t[w] != ',' && t[w] != '.'; w++)
		;
	switch (cls) {
	case RK_AB_PREFIX:
		if (!wrapped)
			return 0;
		if (!abbr_loaded)
			rk_abbr_load(&abbrs), abbr_loaded = 1;
		return b->len > 0 && (isupper((unsigned char)t[0]) ||
		    (unsigned char)t[0] >= 0x80) &&
		    !rk_abbr_opener(&abbrs, t, w, 0);
	case RK_AB_NUM:
		return isdigit((unsigned char)t[0]);
	case RK_AB_SUFFIX:
		return starts_lower(t, b->len) || t[0] == ',';
	default:
		return 0;
	}
}

/* A word broken after its hyphen: "se-" then "Sulbar". */
static int
hyphen_end(const struct unit *a, const struct unit *b)
{
	const char *s = TX(a);
	unsigned char c = (unsigned char)TX(b)[0];

	return a->len >= 3 && s[a->len - 1] == '-' && s[a->len - 2] != ' ' &&
	    s[a->len - 2] != '-' && (isalpha((unsigned char)s[a->len - 2]) ||
	    (unsigned char)s[a->len - 2] >= 0x80) &&
	    (isalnum(c) || c >= 0xC3);
}

/*
 * Join kept line b onto kept line a (adjacent in the arena): 0 no, 1 with
 * a space, 2 without (a word broken after its hyphen).
 */
static int
joinable(const struct unit *a, const struct unit *b, int wrapped)
{
	if (b->flags & U_BLANK || a->off + a->len + 1 != b->off)
		return 0;
	if (unit_term(a))
		return abbr_end(a, b, wrapped);
	if (hyphen_end(a, b))
		return 2;
	/* a list item or a quotation opening starts its own paragraph */
	if (b->len > 0 && (TX(b)[0] == '-' || TX(b)[0] == '*' ||
	    (unsigned char)TX(b)[0] == 0xE2))
		return 0;
	/*
	 * A page wrapped in places only ("KANDANGAN - Pjs Bupati Hulu Sungai
	 * Selatan,\nH. Sufriannor ... di Pendopo\nBupati ..."): a line of a
	 * wrapped width that ends in a comma goes on, and so does a paragraph
	 * re-flowed so far while its last line is open.
	 */
	if (!wrapped && ((a->flags & U_WRAP) || (a->len >= 30 && a->len <= 110 &&
	    TX(a)[a->len - 1] == ',')) && !(a->flags & U_TITLE) &&
	    !(b->len >= 4 && (strncmp(TX(b), "http", 4) == 0 || strncmp(TX(b), "www.", 4) == 0)))
		return 1;
	if (starts_lower(TX(b), b->len))
		return a->nw >= 3 && (wrapped || !headline_like(a));
	if (!wrapped || a->len < 40)
		return 0;
	return 1;
}

void
reflow(const struct clean_opts *o)
{
	size_t i, j, w;
	int wrapped = hard_wrapped();

	for (i = 0, w = 0; i < nunits; i++) {
		int jn;

		if (w > 0 && units[i].rule < 0 && units[w - 1].rule < 0 &&
		    on(o, R_REFLOW) &&
		    (jn = joinable(&units[w - 1], &units[i], wrapped)) != 0) {
			struct unit *a = &units[w - 1];

			if (jn == 2) {
				/* move a up to b: no space between */
				memmove(arena.data + a->off + 1,
				    arena.data + a->off, a->len);
				a->off++;
				a->len--;
			} else
				arena.data[a->off + a->len] = ' ';
			a->len += 1 + units[i].len;
			a->nw += units[i].nw - (jn == 2);
			a->hkn = -1;
			a->term = -1;
			a->flags &= ~U_WRAP;
			if (units[i].len >= 30 && units[i].len <= 110 && !unit_term(&units[i]))
				a->flags |= U_WRAP;
			continue;
		}
		if (w != i)
			units[w] = units[i];
		w++;
	}
	nunits = w;
	for (j = 0; j < nunits; j++)
		if (units[j].rule < 0 && body_like(&units[j]))
			units[j].flags |= U_BODY;
}

/* Re-collapse spaces in tmp after a removal. */
static void
squeeze(struct rk_buf *b)
{
	size_t i = 0, j = 0;

#ifdef CLEAN_SSE2
	/*
	 * Sixteen bytes a step while a block holds no space after a space
	 * (nor one at the start): it moves down to j whole.  The store
	 * touches [j, j + 16) only, below the next block read (j <= i).
	 * A removal leaves one double space, often a leading one: the rest
	 * of the paragraph goes this way.
	 */
	while (i + 16 <= b->len) {
		__m128i v = _mm_loadu_si128((const __m128i *)(b->data + i));
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v,
		    _mm_set1_epi8(' ')));

		if (m & ((m << 1) | (j == 0 || b->data[j - 1] == ' '))) {
			/* the bytes up to the first one after a space, one
			 * by one, then blocks again */
			size_t e = i + 16;

			for (; i < e; i++) {
				if (b->data[i] == ' ' && (j == 0 ||
				    b->data[j - 1] == ' '))
					continue;
				b->data[j++] = b->data[i];
			}
			continue;
		}
		_mm_storeu_si128((__m128i *)(b->data + j), v);
		i += 16;
		j += 16;
	}
#endif
	for (; i < b->len; i++) {
		if (b->data[i] == ' ' && (j == 0 || b->data[j - 1] == ' '))
			continue;
		b->data[j++] = b->data[i];
	}
	while (j > 0 && b->data[j - 1] == ' ')
		j--;
	b->len = j;
	if (b->data)
		b->data[j] = '\0';
}

/* Unit ui's text becomes tmpbuf's, squeezed; what was computed of it goes. */
static void
unit_retext(size_t ui)
{
	struct unit *u;

	squeeze(&tmpbuf);
	u = &units[ui];
	u->off = arena_add(tmpbuf.data ? tmpbuf.data : "", tmpbuf.len);
	u->len = tmpbuf.len;
	u->nw = count_words(TX(u), u->len);
	u->hkn = -1;
	u->term = -1;
}

/* Apply one pattern to unit ui: matches go (or become group 1 / with). */
/*
 * Where a regex can first match: the first of the bytes in any (0 when a
 * line opening with one of at0 lets an anchored branch match), so that
 * the search skips the plain text before it.
 */
static size_t
first_of(const char *s, size_t len, const char *any, const char *at0)
{
	size_t best = len;
	const char *q;

	if (len > 0 && *at0 != '\0' && strchr(at0, s[0]) != NULL)
		return 0;
	for (; *any != '\0'; any++)
		if ((q = memchr(s, *any, best)) != NULL)
			best = (size_t)(q - s);
	return best;
}

static void
rewrite(const struct clean_opts *o, size_t ui, struct rk_re *re, int rule,
    int keep1, const char *with, size_t from)
{
	struct unit *u = &units[ui];
	size_t pos = from, last = 0, ov[4], st;
	int rc, any = 0;

	rk_buf_reset(&tmpbuf);
	while ((rc = rk_re_next(re, TX(u), u->len, &pos, ov, 4)) > 0) {
		if (ov[1] == ov[0])
			continue;
		any = 1;
		st = ov[0];
		rk_buf_add(&tmpbuf, TX(u) + last, st - last);
		if (keep1 && rc > 1 && ov[2] != SIZE_MAX) {
			rk_buf_add(&tmpbuf, TX(u) + ov[2], ov[3] - ov[2]);
		} else if (with != NULL) {
			rk_buf_adds(&tmpbuf, with);
		} else {
			rk_buf_addc(&tmpbuf, ' ');
		}
		if (o->explain)
			span_add(ui, rule, TX(u) + ov[0], ov[1] - ov[0]);
		u = &units[ui];
		last = ov[1];
	}
	if (!any)
		return;
	rk_buf_add(&tmpbuf, TX(u) + last, u->len - last);
	unit_retext(ui);
}

/* Language-switcher run-ons: a glued run of capitalised language names. */
static void
langswitch(const struct clean_opts *o, size_t ui)
{
	struct unit *u = &units[ui];
	size_t pos = 0, ov[2], i, ws, langs, parts;
	int rc;

	while ((rc = rk_re_next(&re_langswitch, TX(u), u->len, &pos, ov, 2)) > 0) {
		const char *s = TX(u);
		long e;

		langs = parts = 0;
		for (i = ov[0]; i < ov[1]; ) {
			ws = i++;
			while (i < ov[1] && !isupper((unsigned char)s[i]) && s[i] != ' ')
				i++;
			parts++;
			e = lex_find(s + ws, i - ws);
			if (e >= 0 && boiler_scope[e] == S_LANG)
				langs++;
			while (i < ov[1] && (s[i] == ' ' || s[i] == '('))
				for (i++; i < ov[1] && s[i - 1] != ')' && s[i] != ' '; i++)
					;
		}
		if (langs >= 3 && langs * 4 >= parts * 3) {
			size_t a = ov[0], b = ov[1];

			rk_buf_reset(&tmpbuf);
			rk_buf_add(&tmpbuf, s, a);
			rk_buf_addc(&tmpbuf, ' ');
			rk_buf_add(&tmpbuf, s + b, u->len - b);
			if (o->explain)
				span_add(ui, R_LANGSWITCH, s + a, b - a);
			unit_retext(ui);
			u = &units[ui];
			pos = a;
		}
	}
}

static void
entities(const struct clean_opts *o, size_t ui)
{
	static const struct {
		const char *e;
		const char *r;
	} ents[] = {
		{ "&nbsp;", " " }, { "&amp;", "&" }, { "&quot;", "\"" },
		{ "&lt;", "<" }, { "&gt;", ">" }, { "&apos;", "'" },
		{ "&rsquo;", "\xE2\x80\x99" }, { "&lsquo;", "\xE2\x80\x98" },
		{ "&rdquo;", "\xE2\x80\x9D" }, { "&ldquo;", "\xE2\x80\x9C" },
		{ "&ndash;", "\xE2\x80\x93" }, { "&mdash;", "\xE2\x80\x94" },
		{ "&hellip;", "\xE2\x80\xA6" },
	};
	struct unit *u = &units[ui];
	const char *s = TX(u);
	size_t i, k, n;
	int any = 0;

	if (memchr(s, '&', u->len) == NULL)
		return;
	rk_buf_reset(&tmpbuf);
	for (i = 0; i < u->len; ) {
		if (s[i] != '&') {
			rk_buf_addc(&tmpbuf, s[i++]);
			continue;
		}
		for (k = 0; k < sizeof(ents) / sizeof(ents[0]); k++) {
			n = strlen(ents[k].e);
			if (u->len - i >= n && memcmp(s + i, ents[k].e, n) == 0)
				break;
		}
		if (k < sizeof(ents) / sizeof(ents[0])) {
			rk_buf_adds(&tmpbuf, ents[k].r);
			i += strlen(ents[k].e);
			any = 1;
			continue;
		}
		if (i + 3 < u->len && s[i + 1] == '#') {
			size_t j = i + 2;
			unsigned long cp = 0;
			int hex = s[j] == 'x' || s[j] == 'X';

			j += hex;
			for (n = j; n < u->len && n < j + 7 && isxdigit((unsigned char)s[n]) &&
			    (hex || isdigit((unsigned char)s[n])); n++)
				cp = cp * (hex ? 16 : 10) + (unsigned long)(isdigit((unsigned char)s[n]) ?
				    s[n] - '0' : (s[n] | 32) - 'a' + 10);
			if (n > j && n < u->len && s[n] == ';' && cp > 0 &&
			    cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
				rk_utf8_put(&tmpbuf, cp < 0x20 ? ' ' : (uint32_t)cp);
				i = n + 1;
				any = 1;
				continue;
			}
		}
		rk_buf_addc(&tmpbuf, s[i++]);
	}
	if (!any)
		return;
	if (o->explain)
		span_add(ui, R_MARKUP, s, 0);
	unit_retext(ui);
}

/* Does some '.' start an image file extension? */
static int
img_ext(const char *s, size_t len)
{
	static const char *const ext[] = { "jpg", "jpeg", "png", "gif", "webp",
		"bmp", NULL };
	const char *p = s, *e = s + len;
	size_t k;

	while ((p = memchr(p, '.', (size_t)(e - p))) != NULL) {
		p++;
		if (p < e && ((*p | 32) == 'j' || (*p | 32) == 'p' || (*p | 32) == 'g' ||
		    (*p | 32) == 'w' || (*p | 32) == 'b'))
			for (k = 0; ext[k] != NULL; k++)
				if (ci_prefix(p, (size_t)(e - p), ext[k]))
					return 1;
	}
	return 0;
}

/* Does some '(' open with one of the words (any case)? */
static int
paren_word(const char *s, size_t len, const char *const *w)
{
	const char *p = s, *e = s + len;
	size_t k;

	while ((p = memchr(p, '(', (size_t)(e - p))) != NULL) {
		p++;
		while (p < e && *p == ' ')
			p++;
		/* the words are lower case: the first byte sorts most out */
		for (k = 0; p < e && w[k] != NULL; k++)
			if ((*p | 32) == w[k][0] &&
			    ci_prefix(p, (size_t)(e - p), w[k]))
				return 1;
	}
	return 0;
}

enum {
	C_PAREN = 0x01, C_DOT = 0x02, C_UNDER = 0x04, C_LANG = 0x08,
	C_MARKUP = 0x10, C_LINK = 0x20, C_AMP = 0x40, C_GLYPH = 0x80,
	C_DAGGER = 0x100
};

/*
 * Which inline rules could apply at all.  Each byte that may open a kind
 * of debris is looked up in a table; a cue of more than one byte is
 * confirmed there and then from the bytes beside it, so that no rule
 * needs a second walk over the text to find it ("**", "](", "English",
 * E2 80 A0) and none is tried on a mere '(' or '.': a '(' counts only
 * before a space or the first two letters of a bracket word, a '.' only
 * before those of an image extension (a rewrite before those rules puts
 * only spaces, so it makes no new such pair).
 */
enum { K_DIRECT = 1, K_PAREN, K_DOT, K_STAR, K_BANG, K_GT, K_BRACK, K_E, K_I,
	K_C2, K_E2 };

static unsigned char cue_kind[256];	/* K_*, 0: no cue */
static unsigned cue_flag[256];		/* K_DIRECT: its flag; else what it may give */
/* For a letter (either case) after '(' or '.': the second letters, as
 * bits, that the words it may open go on with. */
static uint32_t paren_pair[256], dot_pair[256];

static void
pair_add(uint32_t *pair, const char *w)
{
	unsigned char c = (unsigned char)w[0];

	pair[c] |= UINT32_C(1) << (w[1] - 'a');
	pair[c - 32] |= UINT32_C(1) << (w[1] - 'a');
}

/* The bytes at u[0], u[1] (either case) begin one of pair's words. */
static int
pair_at(const uint32_t *pair, const unsigned char *u)
{
	unsigned c = u[1] | 32;

	return c >= 'a' && c <= 'z' && (pair[u[0]] >> (c - 'a') & 1);
}

static void
cues_init(void)
{
	static const struct {
		unsigned char c, kind;
		unsigned flag;
	} t[] = {
		{ '_', K_DIRECT, C_UNDER }, { '&', K_DIRECT, C_AMP },
		{ '<', K_DIRECT, C_MARKUP }, { 0xE0, K_DIRECT, C_GLYPH },
		{ '(', K_PAREN, C_PAREN }, { '.', K_DOT, C_DOT },
		{ '*', K_STAR, C_MARKUP }, { '!', K_BANG, C_MARKUP },
		{ '>', K_GT, C_MARKUP }, { ']', K_BRACK, C_LINK },
		{ 'E', K_E, C_LANG }, { 'I', K_I, C_LANG },
		{ 0xC2, K_C2, C_GLYPH }, { 0xE2, K_E2, C_GLYPH | C_DAGGER },
	};
	/* paren_word's lists (baca simak lihat, foto photo ket sumber
	 * ilustrasi) and img_ext's (jpg jpeg png gif webp bmp) */
	static const char *const pp[] = { "ba", "si", "li", "fo", "ph", "ke",
		"su", "il", NULL }, *const dp[] = { "jp", "pn", "gi", "we",
		"bm", NULL };
	size_t k;

	for (k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
		cue_kind[t[k].c] = t[k].kind;
		cue_flag[t[k].c] = t[k].flag;
	}
	for (k = 0; pp[k] != NULL; k++)
		pair_add(paren_pair, pp[k]);
	for (k = 0; dp[k] != NULL; k++)
		pair_add(dot_pair, dp[k]);
}

/* The flags the cue byte at u[k] gives (0 if it is no cue after all). */
static unsigned
cue_at(const unsigned char *u, size_t k, size_t len)
{
	unsigned char c = u[k];
	size_t r = len - k;	/* bytes from u[k] on */

	switch (cue_kind[c]) {
	case K_DIRECT:
		return cue_flag[c];
	case K_PAREN:
		/* a space may stand before the word */
		return r >= 2 && (u[k + 1] == ' ' || (r >= 3 &&
		    pair_at(paren_pair, u + k + 1))) ? C_PAREN : 0;
	case K_DOT:
		return r >= 3 && pair_at(dot_pair, u + k + 1) ? C_DOT : 0;
	case K_STAR:
		return r >= 2 && u[k + 1] == '*' ? C_MARKUP : 0;
	case K_BANG:
		return r >= 2 && u[k + 1] == '[' ? C_MARKUP : 0;
	case K_GT:
		return k > 0 && u[k - 1] == '-' ? C_MARKUP : 0;
	case K_BRACK:
		return r >= 2 && u[k + 1] == '(' ? C_LINK : 0;
	case K_E:
		return r >= 7 && memcmp(u + k, "English", 7) == 0 ? C_LANG : 0;
	case K_I:
		return r >= 10 && memcmp(u + k, "Indonesian", 10) == 0 ? C_LANG : 0;
	case K_C2:
		/* a superscript one, two or three */
		return r >= 2 && (u[k + 1] == 0xB9 || u[k + 1] == 0xB2 ||
		    u[k + 1] == 0xB3) ? C_GLYPH : 0;
	case K_E2:
		/* E2 81 (a glyph) and the daggers E2 80 A0, E2 80 A1 */
		if (r >= 2 && u[k + 1] == 0x81)
			return C_GLYPH;
		return r >= 3 && u[k + 1] == 0x80 && (u[k + 2] == 0xA0 ||
		    u[k + 2] == 0xA1) ? C_DAGGER : 0;
	default:
		return 0;
	}
}

#ifdef CLEAN_SSE2
/* The bytes of v in [lo, lo + n): moved so that lo is -128, one compare. */
static __m128i
cue_range(__m128i v, unsigned char lo, unsigned char n)
{
	return _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - lo))),
	    _mm_set1_epi8((char)(0x80 + n)));
}
#endif

static unsigned
cues(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned f = 0;
	size_t i = 0;

	if (cue_kind['('] == 0)
		cues_init();
#ifdef CLEAN_SSE2
	/*
	 * Sixteen bytes at a time, only those that may be a cue looked up:
	 * ! to . (commas and periods among them), < = >, E to I, ] ^ _ and
	 * the bytes from 0x80 up - a few in a hundred of a paragraph's.
	 */
	for (; i + 16 <= len; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(s + i));
		unsigned b;

		b = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_or_si128(cue_range(v, '!', 14),
		    cue_range(v, '<', 3)),
		    _mm_or_si128(_mm_or_si128(cue_range(v, 'E', 5),
		    cue_range(v, ']', 3)), v)));
		for (; b != 0; b &= b - 1) {
			size_t k = i + (unsigned)__builtin_ctz(b);

			/* a flag already found needs no more confirming */
			if (cue_kind[u[k]] != 0 && (cue_flag[u[k]] & ~f) != 0)
				f |= cue_at(u, k, len);
		}
	}
#endif
	for (; i < len; i++)
		if (cue_kind[u[i]] != 0 && (cue_flag[u[i]] & ~f) != 0)
			f |= cue_at(u, i, len);
	if (len > 0 && (s[0] == '#' || s[0] == '>'))
		f |= C_MARKUP;
	return f;
}

/* Inline debris in a kept paragraph; cheap byte tests gate each pattern. */
void
inline_rules(const struct clean_opts *o, size_t ui)
{
	struct unit *u = &units[ui];
	const char *s = TX(u);
	size_t len = u->len;
	static const char *const bj[] = { "baca", "simak", "lihat", NULL };
	static const char *const cap[] = { "foto", "photo", "ket", "sumber",
		"ilustrasi", NULL };
	unsigned f = cues(s, len);

	if (f == 0)
		return;
	if (on(o, R_BACAJUGA) && (f & C_PAREN) && paren_word(s, len, bj))
		rewrite(o, ui, &re_bacajuga, R_BACAJUGA, 0, NULL, 0);
	u = &units[ui];
	if (on(o, R_CAPTION) && (f & C_PAREN) && paren_word(TX(u), u->len, cap))
		rewrite(o, ui, &re_capinline, R_CAPTION, 0, NULL, 0);
	u = &units[ui];
	if (on(o, R_IMGNAME)) {
		if ((f & C_DOT) && img_ext(TX(u), u->len))
			rewrite(o, ui, &re_imgname, R_IMGNAME, 0, NULL, 0);
		u = &units[ui];
		if (f & C_UNDER)
			rewrite(o, ui, &re_imgname2, R_IMGNAME, 0, " ", 0);
	}
	u = &units[ui];
	if (on(o, R_LANGSWITCH) && (f & C_LANG))
		langswitch(o, ui);
	u = &units[ui];
	if (on(o, R_MARKUP)) {
		if (f & C_MARKUP)
			rewrite(o, ui, &re_markup, R_MARKUP, 0, NULL,
			    first_of(TX(u), u->len, "!<-*", "#> "));
		u = &units[ui];
		if (f & C_LINK)
			rewrite(o, ui, &re_md_link, R_MARKUP, 1, NULL, 0);
		u = &units[ui];
		if (f & C_UNDER)
			rewrite(o, ui, &re_underscore, R_MARKUP, 1, NULL, 0);
		if (f & C_AMP)
			entities(o, ui);
	}
	u = &units[ui];
	if (on(o, R_GLYPH)) {
		if (f & C_GLYPH) {
			rewrite(o, ui, &re_glyph, R_GLYPH, 0, NULL,
			    first_of(TX(u), u->len, "\xC2\xE2", ""));
			u = &units[ui];
			rewrite(o, ui, &re_thai, R_GLYPH, 0, "\xE2\x80\x93",
			    first_of(TX(u), u->len, "\xE0", ""));
		}
		u = &units[ui];
		if (f & C_DAGGER)
			rewrite(o, ui, &re_dagger, R_GLYPH, 0, "\xE2\x80\x9D", 0);
	}
}

