/*
 * tag_tok.c: folding and tokens for rk-tag's entity recogniser: the
 * byte classes, the tokenizer (an SSE2 path for ASCII) and the lexicon
 * look-ups of words and phrases.  Split out of tag_ent.c to keep each
 * file readable in one sitting; shared declarations in tag_ent_int.h.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "tag.h"
#include "tag_ent_int.h"

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define ENT_SSE2	1
#endif

/* ---- folding and tokens ----------------------------------------------- */

/* rk_fold, with a fast path for ASCII. */
void
fold(const char *s, size_t n, struct rk_buf *b)
{
	size_t i;
	unsigned char ch;

	rk_buf_grow(b, n + 1);
	for (i = 0; i < n; i++) {
		ch = (unsigned char)s[i];
		if (ch >= 0x80) {
			rk_fold(s + i, n - i, b);
			return;
		}
		if (ch == ' ' || ch == '-' || ch == '.' || ch == '\'' ||
		    ch == '`' || (ch >= '\t' && ch <= '\r'))
			continue;
		if (ch >= 'A' && ch <= 'Z')
			ch += 32;
		b->data[b->len++] = (char)ch;
	}
	b->data[b->len] = '\0';
}

int
isdig(uint32_t cp)
{
	return cp >= '0' && cp <= '9';
}

int
isalph(uint32_t cp)
{
	if (cp < 0x80)
		return ((cp | 32) >= 'a' && (cp | 32) <= 'z');
	return rk_cp_isalpha(cp);
}

static int
isupp(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	return rk_cp_isupper(cp);
}

static int
isspc(uint32_t cp)
{
	if (cp < 0x80)
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	return rk_cp_isspace(cp);
}

static uint32_t
nextcp(const char *s, size_t len, size_t *i)
{
	if ((unsigned char)s[*i] < 0x80)
		return (unsigned char)s[(*i)++];
	return rk_utf8_next(s, len, i);
}

static int
isapos(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == '`';
}

static int
isquote(uint32_t cp)
{
	return cp == '"' || cp == 0x201C || cp == 0x201D || cp == '(' ||
	    cp == ':' || cp == 0x2013 || cp == 0x2014;
}

uint32_t
peek(const char *s, size_t len, size_t i)
{
	return i < len ? nextcp(s, len, &i) : 0;
}

/* ASCII byte classes for word_end(). */
#define K_LET	1	/* a letter: counted in nlet */
#define K_LOW	2
#define K_UP	4
#define K_DIG	8
#define K_JOIN	16	/* ' ` - may join two parts of a word */
#define K_HIGH	32	/* a byte of a multi-byte sequence */
#define K_ALNUM	(K_LOW | K_UP | K_DIG)
static unsigned char kcls[256], kfold[256];
unsigned tok_dates;
int tok_ascii;

static void
kcls_build(void)
{
	unsigned k;

	for (k = 0; k < 256; k++) {
		kcls[k] = (unsigned char)((k >= 'a' && k <= 'z' ? K_LET | K_LOW : 0) |
		    (k >= 'A' && k <= 'Z' ? K_LET | K_UP : 0) |
		    (k >= '0' && k <= '9' ? K_DIG : 0) |
		    (k == '\'' || k == '`' || k == '-' ? K_JOIN : 0) |
		    (k >= 0x80 ? K_HIGH : 0));
		kfold[k] = (unsigned char)(k >= 'A' && k <= 'Z' ? k + 32 : k);
	}
}

/*
 * How many lower-case ASCII letters p starts with, copied to q, eight
 * at a time: most of a word's letters.  A copy writes eight bytes, so q
 * must have room for as many as are left before end.
 */
static size_t
lower_run(const unsigned char *p, const unsigned char *end, char *q)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = ones << 7;
	uint64_t w, m;
	size_t n = 0;

	while (end - p >= 8) {
		memcpy(&w, p, 8);
		memcpy(q, &w, 8);
		/*
		 * 0x80 in each byte from 'a' to 'z' (bytes after one of 0x80
		 * or above may be wrong: only those before it count)
		 */
		m = (w + ones * (0x80 - 'a')) & ~(w + ones * (0x80 - 'z' - 1)) &
		    ~w & highs;
		if (m != highs) {
#if defined(__GNUC__)
			return n + ((size_t)__builtin_ctzll(~m & highs) >> 3);
#else
			for (m >>= 7; m & 1; m >>= 8)
				n++;
			return n;
#endif
		}
		p += 8;
		q += 8;
		n += 8;
	}
	while (p < end && *p >= 'a' && *p <= 'z') {
		*q++ = (char)*p++;
		n++;
	}
	return n;
}

/*
 * The end of the word token whose first code point cp ends at i; sets
 * t's letter count and flags and appends the folded ASCII key to kb
 * (*ascii = 0 when a code point was not ASCII: the caller folds it).
 * The counters live in locals, not in t and kb, so that the byte loop
 * keeps them in registers; "seen" gathers the classes met.
 */
static size_t
word_end(const char *s, size_t len, size_t i, uint32_t cp, struct tok *t,
    int *ascii)
{
	const unsigned char *u = (const unsigned char *)s, *end = u + len, *p;
	char *kd, *q;
	size_t kn, j, r;
	uint32_t nx;
	unsigned nlet = 0, seen = 0, k = 0;

	if (kb.cap - kb.len < len - t->s + 1)
		rk_buf_grow(&kb, len - t->s);
	kd = kb.data;
	kn = kb.len;
	*ascii = 1;
	for (;;) {
		/* cp is a letter or digit: count it */
		if (cp < 0x80) {
			k = kcls[cp];
			seen |= k;
			nlet += k & K_LET;
			kd[kn++] = (char)kfold[cp];
		} else {
			*ascii = 0;
			if (isalph(cp)) {
				nlet++;
				seen |= isupp(cp) ? K_UP : K_LOW;
			} else if (isdig(cp))
				seen |= K_DIG;
		}
		/* the rest of a run of ASCII letters and digits */
		p = u + i;
		q = kd + kn;
		for (;;) {
			r = lower_run(p, end, q);
			p += r;
			q += r;
			nlet += (unsigned)r;
			if (r > 0)
				seen |= K_LET | K_LOW;
			if (p >= end || !((k = kcls[*p]) & K_ALNUM))
				break;
			seen |= k;
			nlet += k & K_LET;
			*q++ = (char)kfold[*p++];
		}
		i = (size_t)(p - u);
		kn = (size_t)(q - kd);
		if (i >= len || !(k & (K_JOIN | K_HIGH)))
			break;
		if ((k & K_JOIN) && i + 1 < len && !(kcls[u[i + 1]] & K_HIGH)) {
			if (kcls[u[i + 1]] & K_ALNUM) {
				cp = u[i + 1];
				i += 2;
				continue;
			}
			break;
		}
		j = i;
		nx = nextcp(s, len, &j);
		if (isalph(nx) || isdig(nx)) {
			cp = nx;
			i = j;
			continue;
		}
		if ((isapos(nx) || nx == '-') &&
		    (isalph(peek(s, len, j)) || isdig(peek(s, len, j)))) {
			i = j;
			cp = nextcp(s, len, &i);
			continue;
		}
		break;
	}
	kb.len = kn;
	t->nlet = (uint16_t)nlet;
	if (seen & K_DIG)
		t->f |= TF_DIGIT;
	if (seen & (K_LOW | K_UP))
		t->f |= TF_ALPHA;
	if ((seen & (K_LOW | K_UP)) == K_UP)
		t->f |= TF_UPPER;
	return i;
}

/*
 * tv and phv are either the tool's own buffers or lent: a document's
 * cache the first pass fills in place.  The own buffers, as void * so
 * that one grower serves both.
 */
static void *tvown, *phown;
static size_t ctokown, cphown;

/*
 * Room past the first n items of cur (size bytes each) in the own
 * buffer *own: grown, and when cur was lent, the items so far moved over.
 */
static void *
own_grow(void *cur, void **own, size_t *owncap, size_t n, size_t size)
{
	size_t c = *owncap ? *owncap * 2 : 64;
	int lent = cur != *own;

	if (c <= n)
		c = (n + 1) * 2;
	*own = rk_xrealloc(*own, c, size);
	if (lent && n > 0)
		memcpy(*own, cur, n * size);
	*owncap = c;
	return *own;
}

/* tv with room past its first n tokens: the own buffer, grown. */
void
tok_grow(size_t n)
{
	tv = own_grow(tv, &tvown, &ctokown, n, sizeof(*tv));
	ctok = ctokown;
}

void
tok_own(void)
{
	tv = tvown;
	ctok = ctokown;
}

/* tv is p, room for cap tokens (the caller's memory). */
void
tok_lend(struct tok *p, size_t cap)
{
	tv = p;
	ctok = cap;
}

int
tok_lent(void)
{
	return (void *)tv != tvown;
}

/* phv with room past its first n phrases: the own buffer, grown. */
void
ph_grow(size_t n)
{
	phv = own_grow(phv, &phown, &cphown, n, sizeof(*phv));
	cph = cphown;
}

void
ph_own(void)
{
	phv = phown;
	cph = cphown;
}

void
ph_lend(struct phr *p, size_t cap)
{
	phv = p;
	cph = cap;
}

void
tok_free(void)
{
	free(tvown);
	tvown = tv = NULL;
	ctokown = ctok = ntok = 0;
	free(phown);
	phown = phv = NULL;
	cphown = cph = nph = 0;
}

#ifdef ENT_SSE2
/*
 * tokenize() for a sentence of ASCII bytes (most), 64 bytes at a time:
 * masks of its letters and digits (A), upper case (U), digits (D), word
 * joiners ' ` - (J) and white space (S), and the sentence folded (fb),
 * in one pass; a word is a run of A, with a lone joiner between two A
 * bytes inside it (W), and every other byte but S is a mark of its own.
 * The tokens, keys, letter counts and flags are word_end()'s.  Returns 0
 * (nothing done) when s has a byte of 0x80 or above.
 */
static uint64_t *amask;
static size_t camask;
static char *fb;
static size_t cfb;

static int
tokenize_ascii(const char *s, size_t len)
{
	size_t nw = (len + 63) / 64, w, i, p, e, b, k, nd, nj, nl, x, xe;
	uint64_t *A, *U, *D, *J, *S, *W, st, prev, z, rm, y, low, dj, dany = 0,
	    jin = 0;
	unsigned f;
	size_t kn;
	struct tok *t, *tp, *tn, *tend;
	char *kd;
	const char *fbl;
	int first = 1;
	unsigned char c;

	if (6 * (nw + 1) > camask) {
		camask = 6 * (nw + 1) * 2;
		amask = rk_xrealloc(amask, camask, sizeof(*amask));
	}
	if (len + 16 > cfb) {
		cfb = (len + 16) * 2;
		fb = rk_xrealloc(fb, cfb, 1);
	}
	A = amask;
	U = A + nw + 1;
	D = U + nw + 1;
	J = D + nw + 1;
	S = J + nw + 1;
	W = S + nw + 1;
	for (w = 0; w < nw; w++) {
		uint64_t a = 0, u = 0, d = 0, j = 0, sp = 0;

		for (k = 0; k < 4; k++) {
			__m128i v, l, up, dg;
			unsigned sh = (unsigned)k * 16;
			char tmp[16];

			i = w * 64 + k * 16;
			if (i >= len)
				break;
			if (len - i >= 16)
				v = _mm_loadu_si128((const __m128i *)(s + i));
			else {
				memset(tmp, 0, sizeof(tmp));
				memcpy(tmp, s + i, len - i);
				v = _mm_loadu_si128((const __m128i *)tmp);
			}
			if (_mm_movemask_epi8(v) != 0)
				return 0;
			l = _mm_or_si128(v, _mm_set1_epi8(0x20));
			up = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
			    _mm_cmpgt_epi8(_mm_set1_epi8('Z' + 1), v));
			dg = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
			    _mm_cmpgt_epi8(_mm_set1_epi8('9' + 1), v));
			a |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_or_si128(dg,
			    _mm_and_si128(_mm_cmpgt_epi8(l, _mm_set1_epi8('a' - 1)),
			    _mm_cmpgt_epi8(_mm_set1_epi8('z' + 1), l)))) << sh;
			u |= (uint64_t)(unsigned)_mm_movemask_epi8(up) << sh;
			d |= (uint64_t)(unsigned)_mm_movemask_epi8(dg) << sh;
			j |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_or_si128(
			    _mm_cmpeq_epi8(v, _mm_set1_epi8('\'')), _mm_or_si128(
			    _mm_cmpeq_epi8(v, _mm_set1_epi8('`')),
			    _mm_cmpeq_epi8(v, _mm_set1_epi8('-'))))) << sh;
			sp |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_or_si128(
			    _mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), _mm_and_si128(
			    _mm_cmpgt_epi8(v, _mm_set1_epi8('\t' - 1)),
			    _mm_cmpgt_epi8(_mm_set1_epi8('\r' + 1), v)))) << sh;
			_mm_storeu_si128((__m128i *)(fb + i), _mm_or_si128(v,
			    _mm_and_si128(up, _mm_set1_epi8(0x20))));
		}
		/* the bytes past the end are no token */
		if (len - w * 64 < 64)
			sp |= ~0ULL << (len - w * 64);
		A[w] = a;
		U[w] = u;
		D[w] = d;
		dany |= d;
		J[w] = j;
		S[w] = sp;
	}
	A[nw] = 0;
	for (w = 0; w < nw; w++) {
		W[w] = A[w] | (J[w] & ((A[w] << 1) | (w > 0 ? A[w - 1] >> 63 : 0)) &
		    ((A[w] >> 1) | (A[w + 1] << 63)));
		jin |= W[w] & J[w];
	}
	W[nw] = 0;
	memset(fb + len, 0, 16);
	tag_buf_reset(&kb);
	rk_buf_grow(&kb, len + 16);
	kd = kb.data;
	/* the counts in locals: the key bytes written through kd could
	 * be anything to the compiler */
	kn = 0;
	prev = 0;
	/* tv, ctok and fb in locals too, for the same reason; the next
	 * token and the end of room as pointers */
	if (tv == NULL)
		tok_grow(0);
	tp = tn = tv;
	tend = tv + ctok;
	fbl = fb;
	for (w = 0; w < nw; w++) {
		/* this word of the masks in registers: the key stores
		 * through kd would make the compiler load them again */
		const uint64_t Ww = W[w], Uw = U[w], Dw = D[w], Jw = J[w],
		    Aw = A[w];

		/* a word's first byte, or any byte neither word nor space */
		st = (Ww & ~((Ww << 1) | prev)) | (~Ww & ~S[w]);
		prev = Ww >> 63;
		for (; st != 0; st &= st - 1) {
			b = (size_t)__builtin_ctzll(st);
			p = w * 64 + b;
			if (tn == tend) {
				tok_grow((size_t)(tn - tp));
				tn = tv + (tn - tp);
				tp = tv;
				tend = tv + ctok;
			}
			t = tn++;
			memset(t, 0, sizeof(*t));
			t->ph = -1;
			t->s = (uint32_t)p;
			t->lx = t->wl = -1;
			t->ks = (uint32_t)kn;
			if (!((Ww >> b) & 1)) {
				/* a mark: its own key, but - . ' ` have none */
				c = (unsigned char)s[p];
				first = c == '"' || c == '(' || c == ':' || first;
				t->e = (uint32_t)(p + 1);
				if (c != '-' && c != '.' && c != '\'' && c != '`')
					kd[kn++] = (char)c;
				kd[kn] = '\0';
				t->kl = (uint32_t)(kn - t->ks);
				continue;
			}
			/* the word's end: the next byte out of W */
			f = TF_WORD | (first ? TF_FIRST : 0) |
			    ((Uw >> b) & 1 ? TF_CAP : 0);
			first = 0;
			z = ~Ww & (~0ULL << b);
			if (z != 0) {
				/* in this word of the masks (most) */
				e = w * 64 + (size_t)__builtin_ctzll(z);
				rm = ((z & (0 - z)) - 1) & (~0ULL << b);
				dj = (Dw | Jw) & rm;
				low = Aw & ~Dw & ~Uw & rm;
				for (nd = nj = 0; dj != 0; dj &= dj - 1)
					if ((Dw >> __builtin_ctzll(dj)) & 1)
						nd++;
					else
						nj++;
			} else {
				for (x = w; z == 0; )
					z = ~W[++x];
				e = x * 64 + (size_t)__builtin_ctzll(z);
				nd = nj = 0;
				low = 0;
				xe = (e - 1) >> 6;
				for (x = w, rm = ~0ULL << b;; x++, rm = ~0ULL) {
					if (x == xe && (e & 63) != 0)
						rm &= ~0ULL >> (64 - (e & 63));
					for (y = D[x] & rm; y != 0; y &= y - 1)
						nd++;
					for (y = J[x] & rm; y != 0; y &= y - 1)
						nj++;
					low |= A[x] & ~D[x] & ~U[x] & rm;
					if (x == xe)
						break;
				}
			}
			t->e = (uint32_t)e;
			/* letters: all but digits and joiners */
			nl = e - p - nd - nj;
			t->nlet = (uint16_t)nl;
			if (nd > 0)
				f |= TF_DIGIT;
			if (nl > 0)
				f |= TF_ALPHA | (low == 0 ? TF_UPPER : 0);
			t->f = (uint16_t)f;
			if (nj == 0 && e - p <= 16) {
				/* most words: two copies, kb has room past them
				 * (a key is no longer than its bytes; kb holds
				 * len + 16, fb as much) */
				memcpy(kd + kn, fbl + p, 8);
				memcpy(kd + kn + 8, fbl + p + 8, 8);
				kn += e - p;
			} else if (nj == 0) {
				/* eight bytes at a time: kb has room past it */
				for (i = p; i < e; i += 8)
					memcpy(kd + kn + (i - p), fbl + i, 8);
				kn += e - p;
			} else {
				for (i = p; i < e; i++)
					if (!((J[i >> 6] >> (i & 63)) & 1))
						kd[kn++] = fbl[i];
			}
			kd[kn] = '\0';
			t->kl = (uint32_t)(kn - t->ks);
		}
	}
	ntok = (size_t)(tn - tp);
	kb.len = kn;
	/*
	 * For the date scan: a digit; a joiner inside a word, after which
	 * a relative word may start (prepare() adds the words that may
	 * start one themselves).
	 */
	tok_dates = (dany != 0 ? TD_DIGIT : 0) | (jin != 0 ? TD_REL : 0);
	return 1;
}
#endif

/*
 * Cut s into word tokens (letters and digits, with inner apostrophes and
 * hyphens) and one-code-point punctuation tokens.  Runs of ASCII take a
 * fast path that folds the key in the same loop; a word with any other
 * byte is folded afterwards.
 */
void
tokenize(const char *s, size_t len)
{
	size_t i = 0, st;
	uint32_t cp;
	struct tok *t;
	int first = 1, ascii;

	if (kcls['a'] == 0)
		kcls_build();
#ifdef ENT_SSE2
	/* it gives up only on a byte of 0x80 or above */
	if ((tok_ascii = tokenize_ascii(s, len)) != 0)
		return;
#else
	tok_ascii = -1;
#endif
	tok_dates = TD_LOOK;	/* unsure: date_tag() looks */
	ntok = 0;
	tag_buf_reset(&kb);
	while (i < len) {
		/* most gaps are one space */
		if (s[i] == ' ') {
			i++;
			continue;
		}
		st = i;
		cp = nextcp(s, len, &i);
		if (isspc(cp))
			continue;
		if (ntok == ctok)
			tok_grow(ntok);
		t = &tv[ntok++];
		memset(t, 0, sizeof(*t));
		t->ph = -1;
		t->s = st;
		t->lx = t->wl = -1;
		t->ks = kb.len;
		if (isalph(cp) || isdig(cp)) {
			t->f = TF_WORD;
			if (isupp(cp))
				t->f |= TF_CAP;
			i = word_end(s, len, i, cp, t, &ascii);
			if (first)
				t->f |= TF_FIRST;
			first = 0;
			t->e = i;
			if (ascii)
				kb.data[kb.len] = '\0';
			else {
				kb.len = t->ks;
				fold(s + t->s, t->e - t->s, &kb);
			}
		} else {
			first = isquote(cp) || (first && !isalph(cp));
			t->e = i;
			/* an ASCII mark is its own key (fold drops - . ' `) */
			if (cp < 0x80 && cp != '-' && cp != '.' && cp != '\'' &&
			    cp != '`' && kb.cap - kb.len >= 2) {
				kb.data[kb.len++] = (char)cp;
				kb.data[kb.len] = '\0';
			} else
				fold(s + t->s, t->e - t->s, &kb);
		}
		t->kl = kb.len - t->ks;
	}
	/* 16 bytes from any key may be read (lx_memo) */
	rk_buf_grow(&kb, 16);
}

long
lx_find(const char *k, size_t n)
{
	return rk_hash_find(&lexh, k, n, 1);
}

static inline int
case_ok(const struct lex *x, const struct tok *t)
{
	switch (x->type) {
	case LX_ORG:
	case LX_ORGPFX:
	case LX_ABBR:
	case LX_PLACE:
	case LX_GELAR:
		if (x->caps == 2)
			return 1;
		if (x->caps)
			return (t->f & TF_UPPER) != 0;
		return (t->f & TF_CAP) != 0;
	case LX_ORGSUF:
	case LX_LOCSUF:
	case LX_PEMDA:
	case LX_NOTNAME:
	case LX_ADAT:
		return (t->f & TF_CAP) != 0;
	default:
		return 1;
	}
}

/*
 * A bit per (first 8 bytes, last 8 bytes, length) of every lexicon key
 * of 8 bytes or more (built with lxs): most phrases fill_phrases looks
 * up are no key, and a clear bit settles that without the table.
 */
uint64_t *phbits;

static long
lx_find_phrase(const char *k, size_t n)
{
	uint32_t b;

	if (n >= 8 && phbits != NULL) {
		b = ph_slot(k, n);
		if (!(phbits[b >> 6] & (1ULL << (b & 63))))
			return -1;
	}
	return lx_find(k, n);
}

/* Look up every phrase that starts at token i, once per sentence. */
void
fill_phrases(size_t i)
{
	struct tok *t = &tv[i];
	struct phr *p;
	size_t n, nw = 0, maxn = t->maxn, ends[MAXNG];
	long e, j;

	if (nph == cph)
		ph_grow(nph);
	t->ph = (int32_t)nph;
	p = &phv[nph++];
	/*
	 * phrase_end(i, n) for every n in one walk (it walked from i again
	 * for each n): the words from i on, up to a mark that has a key
	 */
	for (j = (long)i; (size_t)j < ntok && nw < maxn; j++) {
		if (tv[j].kl == 0)
			continue;
		if (!(tv[j].f & TF_WORD))
			break;
		ends[nw++] = (size_t)j;
	}
	for (n = maxn; n >= 2; n--) {
		p->pe[n - 2] = -1;
		if (n > nw || ends[n - 1] > INT32_MAX) {
			p->pj[n - 2] = -1;
			continue;
		}
		j = (long)ends[n - 1];
		p->pj[n - 2] = (int32_t)j;
		e = lx_find_phrase(kb.data + t->ks, tv[j].ks + tv[j].kl - t->ks);
		p->pe[n - 2] = (int32_t)e;
		for (e = p->pe[n - 2]; e >= 0; e = lx_next(e))
			t->pmask |= 1U << lx(e)->type;
	}
}

/*
 * Longest lexicon phrase at token i whose entry type is in mask (a bit
 * per type); *end gets the index after its last token.
 */
const struct lex *
match_at(size_t i, unsigned mask, size_t *end)
{
	const struct lex *x;
	long e, j;
	size_t n, maxn = 1;

	struct tok *t;

	t = &tv[i];
	maxn = t->maxn;
	for (n = maxn; n >= 2; n--) {
		j = phv[t->ph].pj[n - 2];
		for (e = phv[t->ph].pe[n - 2]; e >= 0;
		    e = lx_next(e)) {
			x = lx(e);
			/* IDI, not "I di": an acronym ends in capitals */
			if ((mask & (1U << x->type)) && case_ok(x, &tv[i]) &&
			    !(x->caps == 1 && !(tv[j].f & TF_UPPER))) {
				*end = (size_t)j + 1;
				return x;
			}
		}
	}
	for (e = tv[i].lx; e >= 0; e = lx_next(e)) {
		x = lx(e);
		if ((mask & (1U << x->type)) && case_ok(x, &tv[i])) {
			*end = i + 1;
			return x;
		}
	}
	return NULL;
}
