/*
 * tag_ent.c: places, venues, people, roles, bodies, meeting types and
 * modes.  Every lexicon is a TSV file in data/ loaded into one folded-key
 * hash (wilayah names into a second one); a sentence is cut into tokens
 * whose folded keys sit back to back in one buffer, so the key of any run
 * of tokens is a slice of that buffer and a phrase look-up costs no copy.
 *
 * A document is read twice: the first pass collects what the document
 * says about itself (its kabupaten and provinsi, the full names of its
 * people), the second pass tags with that knowledge.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "tag.h"

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define ENT_SSE2	1
#endif

enum {
	LX_WORD = 1,	/* ordinary word (kata-dasar) */
	LX_ENG,		/* ordinary English word (kata-asing) */
	LX_PROPER,	/* kata-dasar proper noun */
	LX_GELAR,	/* degree, title, rank; sub = kind */
	LX_ROLE,	/* jabatan; a = canonical, sub = level */
	LX_ORG,		/* body or acronym; a = expansion */
	LX_ORGPFX,	/* head word of a body name: Dinas, PT, Universitas */
	LX_PEMDA,	/* Pemkab, Pemerintah Kota ... */
	LX_EVENT,	/* meeting type; a = canonical */
	LX_MODE,	/* a = virtual | offline | hybrid */
	LX_LEVEL,	/* Kabupaten, Kec., Desa; sub = level */
	LX_LOCHEAD,	/* Jalan, Bandara, Pantai; a = canonical */
	LX_VENUE,	/* Aula, Kantor, Hotel */
	LX_PLACE,	/* tempat.tsv: a = code or "", b = kind */
	LX_ABBR,	/* singkatan.tsv: a = code */
	LX_NOTNAME,	/* capitalised but not a name: months, days */
	LX_ORGSUF,	/* last word of a body's name: Corporation, FC */
	LX_LOCSUF,	/* last word of a place's name: Heights, Park */
	LX_CUE,		/* isyarat.tsv: a closed word class; cue = its bits */
	LX_PREFIX,	/* first token of longer phrases; ntok = longest */
	LX_WPREFIX,	/* the same for wilayah names */
	LX_ADAT		/* gelar-adat.tsv: a customary title that is part of a name */
};

/* Administrative levels, as in wilayah.tsv. */
enum { L_NONE, L_PROV, L_KAB, L_KOTA, L_KEC, L_DESA, L_KEL, L_DUSUN };

enum { G_DEGREE = 1, G_RELIGIOUS, G_HONORIFIC, G_RANK };

/* Cue classes (isyarat.tsv), a bit each. */
#define C_SAPAAN	0x001	/* Bapak, Pak, Mr before a name */
#define C_PARTIKEL	0x002	/* bin, van, de inside a name */
#define C_SAMBUNG	0x004	/* dan, &, of inside a body's name */
#define C_ORG		0x008	/* perusahaan X: X is a body */
#define C_BENDA		0x010	/* aplikasi X: X is a thing, not a name */
#define C_UCAP1		0x020	/* kata X: X is a person */
#define C_UCAP2		0x040	/* X mengatakan */
#define C_LOKASI	0x080	/* di X: X is a place */
#define C_JUDUL		0x100	/* The, And, Of: a title, not a name */
#define C_HENTI		0x200	/* No, Km end a street name */
#define C_LANTAI	0x400	/* lantai (floor) inside a venue */
#define C_NAMA		0x800	/* a given name (nama-depan.tsv): Budi, Rahmat */

static const char *const cue_class[] = { "sapaan", "partikel", "sambung",
	"org", "benda", "ucap-sebelum", "ucap-sesudah", "lokasi", "judul",
	"henti", "lantai", NULL };

struct lex {
	unsigned char	 type;
	unsigned char	 ntok;
	unsigned char	 sub;
	unsigned char	 caps;	/* form is an all-capital acronym */
	unsigned short	 cue;	/* LX_CUE: C_* bits */
	unsigned char	 rlev;	/* LX_ROLE: role_level(), set at load */
	unsigned char	 rf;	/* LX_ROLE: RF_* bits, set at load */
	const char	*a;
	const char	*b;
};

#define MAXNG	8

/* What a role's strings say, found once at load (role_prep). */
#define RF_PJ		1	/* Pj, Pjs, Plt, Plh: only a prefix */
#define RF_NOACR	2	/* no area after an acronym (acronym_area) */
#define RF_NOISL	4	/* no island as its area (island_at) */

/* Token flags. */
#define TF_WORD		0x001
#define TF_CAP		0x002	/* first letter upper case */
#define TF_UPPER	0x004	/* every letter upper case */
#define TF_DIGIT	0x008
#define TF_ALPHA	0x010
#define TF_FIRST	0x020	/* first word of the sentence or of a quote */
#define TF_SE		0x040	/* "se-" before a level word */

/* What claimed a token. */
enum { U_FREE, U_DATE, U_LOC, U_ORG, U_PER, U_NOPER };

/*
 * A token.  Kept small (48 bytes): the first pass's tokens are copied
 * for the second.  Offsets fit 32 bits because analyse() looks at no
 * more than MAXSENT bytes of a sentence.
 */
struct tok {
	uint32_t	 s, e;		/* bytes in the sentence */
	uint32_t	 ks, kl;	/* folded key in kb */
	uint16_t	 f;
	uint16_t	 nlet;		/* letters */
	int32_t		 lx;		/* first lexicon entry or -1 */
	int32_t		 wl;		/* first wilayah entry or -1 */
	uint32_t	 tmask;		/* types in the lx chain */
	uint32_t	 pmask;		/* types of the phrases starting here */
	uint16_t	 cue;		/* C_* bits of the word */
	unsigned char	 maxn;		/* longest lexicon phrase from here */
	unsigned char	 wmaxn;		/* longest wilayah name from here */
	unsigned char	 used;
	unsigned char	 venue;		/* inside a venue name */
	unsigned char	 noper;		/* a role's word: no part of a name */
	int32_t		 ph;		/* its phrases in phv (maxn > 1) */
};
#define MAXSENT	0x7fffffff

/*
 * The phrases that start at a token of maxn > 1 (a few tokens of a
 * sentence), apart from struct tok so that tokens stay small.
 */
struct phr {
	int32_t		 pe[MAXNG - 1];	/* entry for n tokens at n-2 */
	int32_t		 pj[MAXNG - 1];	/* and its last token */
};

struct memv {
	unsigned char	 type;		/* U_PER, U_LOC, U_ORG */
	unsigned char	 ambig;
	unsigned char	 weak;		/* only ever a bare guess */
	size_t		 voff, vlen;
};

struct sentc {
	const char	*s;
	size_t		 len;
	size_t		 t0, nt;	/* tokens in ct */
	size_t		 k0;		/* keys in ckb */
	size_t		 p0, np;	/* phrases in cphv */
	int		 tcase;		/* its title_case */
	/* pass 1 kept its spans (see ru_reuse) */
	unsigned char	 ru;
	unsigned char	 w0, w1;	/* emit_weak before and after */
	size_t		 nd;		/* date spans it was given, first in sp */
	size_t		 ao0, nao;	/* its verdicts on the areas in ru.aobs */
	size_t		 ob0, nob;	/* its memory look-ups in ru.obs */
	size_t		 sp0, nsp;	/* its spans in ru.sp */
};

struct ent_ctx {
	struct rk_hash	 mem;		/* folded surface -> memv */
	struct memv	*mv;
	size_t		 nmv, cmv;
	struct rk_buf	 mvals;
	long		*area;		/* wilayah rows the document names */
	size_t		 narea, carea;
	int		 pass;
	/* the first pass's tokens, replayed by the second */
	struct sentc	*sc;
	size_t		 nsc, csc, next;
	struct tok	*ct;
	size_t		 nct, cct;
	struct rk_buf	 ckb;
	uint64_t	 mbits[64];	/* mem_bit of every key in mem */
};

/*
 * Reusing the first pass's spans.  Both passes are given the sentence's
 * date spans; the second differs from the first only by the memory and
 * the areas, complete by then, and by emit_weak left over from the
 * sentence before.  So a sentence given the same date spans whose every
 * look-up of the memory and the areas would find what it found in the
 * first pass comes out the same: the first pass keeps every sentence's
 * spans (it runs the list rules too) with what it looked up, and the
 * second checks those look-ups instead of analysing it again.  So the rules must read the
 * memory only through mem_get() and the areas only through ctx_score()
 * and areas_named(), and any other state one sentence leaves to the next must
 * be checked in ru_reuse() as emit_weak is.
 */
struct memobs {
	uint32_t	 koff, klen;	/* the key, in the sentence's keys */
	int32_t		 idx;		/* c->mv entry found, or -1 */
	unsigned char	 type, ambig, weak;
	size_t		 voff, vlen;
};
static struct {
	int		 on;		/* recording the sentence being analysed */
	struct areaobs {
		const struct rk_hash *h;	/* a wil_pick(), else NULL */
		long	 e;		/* its entry, or ctx_score()'s row */
		int	 want;
		int	 amb;
		long	 v;		/* the row picked, or the score */
	}		*aobs;
	size_t		 naobs, caobs;
	struct memobs	*obs;
	size_t		 nobs, cobs;
	struct tag_span	*sp;
	size_t		 nsp, csp;
	struct rk_buf	 vals;
	struct tag_list	 out;		/* the first pass's spans */
} ru;

/*
 * A verdict on the document's areas, noted when a kept sentence reaches
 * it: areas named later in the document change a verdict only now and
 * then, and the second pass checks each one.
 */
static long
area_seen(const struct rk_hash *h, long e, int want, int amb, long v)
{
	struct areaobs *o;

	if (ru.on) {
		if (ru.naobs == ru.caobs) {
			ru.caobs = ru.caobs ? ru.caobs * 2 : 64;
			ru.aobs = rk_xrealloc(ru.aobs, ru.caobs, sizeof(*ru.aobs));
		}
		o = &ru.aobs[ru.naobs++];
		o->h = h;
		o->e = e;
		o->want = want;
		o->amb = amb;
		o->v = v;
	}
	return v;
}

static int
areas_named(const struct ent_ctx *c)
{
	return (int)area_seen(NULL, -1, 0, 0, c->narea > 0);
}

static struct rk_table t_wil, t_alias, t_abbr, t_gelar, t_jab, t_lem, t_rapat,
    t_moda, t_tkata, t_tempat, t_bukan, t_kd, t_jabx, t_jabr, t_asing, t_cue, t_nama,
    t_adat;
static struct rk_hash lexh, wilh;
/* desa and kelurahan names: 84k of the 91k rows, indexed on first use */
static struct rk_hash desah;
static int desa_built;
static struct lex *lexv;
static size_t nlex, clex;
static unsigned char *wlev;
static long *wpar;
static size_t nwil;

/* The PER, LOC and ORG spans of this sentence, for the list rule. */
struct ent {
	size_t	 idx;		/* in the tag_list */
	size_t	 a, b;		/* tokens */
	char	 kind;		/* 'P' 'L' 'O' */
	char	 weak;		/* a PER only because nothing else fitted */
};
static struct ent *ents;
static size_t nents, cents;
static int emit_weak;		/* the next PER emitted is a bare guess */

static struct tok *tv;
static size_t ntok, ctok;
static struct phr *phv;		/* this sentence's phrases (fill_phrases) */
static size_t nph, cph;
static struct phr *cphv;	/* the document's, for the second pass */
static size_t ncphv, ccphv;
static struct rk_buf kb, vb, tmpb;

/* ---- folding and tokens ----------------------------------------------- */

/* rk_fold, with a fast path for ASCII. */
static void
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

static int
isdig(uint32_t cp)
{
	return cp >= '0' && cp <= '9';
}

static int
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

static uint32_t
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
	uint64_t *A, *U, *D, *J, *S, *W, st, prev, z, rm, y, low, dj;
	unsigned f;
	size_t nt, kn, ct;
	struct tok *t, *tp;
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
		J[w] = j;
		S[w] = sp;
	}
	A[nw] = 0;
	for (w = 0; w < nw; w++)
		W[w] = A[w] | (J[w] & ((A[w] << 1) | (w > 0 ? A[w - 1] >> 63 : 0)) &
		    ((A[w] >> 1) | (A[w + 1] << 63)));
	W[nw] = 0;
	memset(fb + len, 0, 16);
	rk_buf_reset(&kb);
	rk_buf_grow(&kb, len + 16);
	kd = kb.data;
	/* the counts in locals: the key bytes written through kd could
	 * be anything to the compiler */
	nt = kn = 0;
	prev = 0;
	/* tv, ctok and fb in locals too, for the same reason */
	tp = tv;
	ct = ctok;
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
			if (nt == ct) {
				ctok = ct = ct ? ct * 2 : 64;
				tv = tp = rk_xrealloc(tv, ct, sizeof(*tv));
			}
			t = &tp[nt++];
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
	ntok = nt;
	kb.len = kn;
	return 1;
}
#endif

/*
 * Cut s into word tokens (letters and digits, with inner apostrophes and
 * hyphens) and one-code-point punctuation tokens.  Runs of ASCII take a
 * fast path that folds the key in the same loop; a word with any other
 * byte is folded afterwards.
 */
static void
tokenize(const char *s, size_t len)
{
	size_t i = 0, st;
	uint32_t cp;
	struct tok *t;
	int first = 1, ascii;

	if (kcls['a'] == 0)
		kcls_build();
#ifdef ENT_SSE2
	if (tokenize_ascii(s, len))
		return;
#endif
	ntok = 0;
	rk_buf_reset(&kb);
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
		if (ntok == ctok) {
			ctok = ctok ? ctok * 2 : 64;
			tv = rk_xrealloc(tv, ctok, sizeof(*tv));
		}
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

static long
lx_find(const char *k, size_t n)
{
	return rk_hash_find(&lexh, k, n, 1);
}

/*
 * Entry e of lexh (e >= 0) and the next with its key: read inline from
 * the table's entries, not through rk_hash_val and rk_hash_nextval calls,
 * for these walks are in every rule's inner loop.
 */
static inline const struct lex *
lx(long e)
{
	return &lexv[lexh.ent[e].val];
}

static inline long
lx_next(long e)
{
	return lexh.ent[e].next;
}

/* Does the token's first lexicon chain hold an entry of this type? */
static const struct lex *
tok_has(const struct tok *t, int type)
{
	long e;

	if (!(t->tmask & (1U << type)))
		return NULL;
	for (e = t->lx; e >= 0; e = lx_next(e))
		if (lx(e)->type == type)
			return lx(e);
	return NULL;
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

/* Index of the token that ends an n-token phrase starting at i, or -1. */
static long
phrase_end(size_t i, size_t n)
{
	size_t j, k = 0;

	for (j = i; j < ntok; j++) {
		if (tv[j].kl == 0)
			continue;
		if (!(tv[j].f & TF_WORD) && tv[j].kl > 0)
			return -1;
		if (++k == n)
			return (long)j;
	}
	return -1;
}

/*
 * A bit per (first 8 bytes, last 8 bytes, length) of every lexicon key
 * of 8 bytes or more (built with lxs): most phrases fill_phrases looks
 * up are no key, and a clear bit settles that without the table.
 */
#define PHBITS	20
static uint64_t *phbits;

static inline uint32_t
ph_slot(const char *k, size_t n)
{
	uint64_t a, b;

	memcpy(&a, k, 8);
	memcpy(&b, k + n - 8, 8);
	return (uint32_t)(((a * 0x9E3779B97F4A7C15ULL) ^
	    (b * 0xC2B2AE3D27D4EB4FULL) ^ (n * 0x165667B19E3779F9ULL)) >>
	    (64 - PHBITS));
}

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
static void
fill_phrases(size_t i)
{
	struct tok *t = &tv[i];
	struct phr *p;
	size_t n;
	long e, j;

	if (nph == cph) {
		cph = cph ? cph * 2 : 64;
		phv = rk_xrealloc(phv, cph, sizeof(*phv));
	}
	t->ph = (int32_t)nph;
	p = &phv[nph++];
	for (n = t->maxn; n >= 2; n--) {
		p->pe[n - 2] = -1;
		if ((j = phrase_end(i, n)) < 0 || j > INT32_MAX) {
			p->pj[n - 2] = -1;
			continue;
		}
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
static const struct lex *
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

/* Most tokens have no entry of the types asked: settle that inline. */
static inline const struct lex *
match(size_t i, unsigned mask, size_t *end)
{
	if (i >= ntok || !(tv[i].f & TF_WORD) ||
	    !((tv[i].tmask | tv[i].pmask) & mask))
		return NULL;
	return match_at(i, mask, end);
}

#define M(t) (1U << (t))

/* ---- wilayah ------------------------------------------------------------ */

static int
level_of(const char *s)
{
	const char *w;
	int l;

	/* one strcmp: the first letters pick the candidate (~90k rows at load) */
	switch (s[0]) {
	case 'p':
		w = "provinsi", l = L_PROV;
		break;
	case 'd':
		if (s[1] == 'e')
			w = "desa", l = L_DESA;
		else
			w = "dusun", l = L_DUSUN;
		break;
	case 'k':
		if (s[1] == 'a')
			w = "kabupaten", l = L_KAB;
		else if (s[1] == 'o')
			w = "kota", l = L_KOTA;
		else if (s[1] == 'e' && s[2] == 'c')
			w = "kecamatan", l = L_KEC;
		else
			w = "kelurahan", l = L_KEL;
		break;
	default:
		return L_NONE;
	}
	return strcmp(s, w) == 0 ? l : L_NONE;
}

static int
level_fits(int want, int have)
{
	if (want == L_NONE)
		return 1;
	if (want == L_DESA || want == L_KEL)
		return have == L_DESA || have == L_KEL;
	return want == have;
}

static long
wil_row(const char *code)
{
	size_t lo = 0, hi = nwil, mid;
	int c;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		c = strcmp(RK_CELL(&t_wil, mid, 0), code);
		if (c == 0)
			return (long)mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

static int
inside(long row, long anc)
{
	for (; row >= 0; row = wpar[row])
		if (row == anc)
			return 1;
	return 0;
}

/* How well row fits the document: 2 inside a named area, 1 near it. */
static int
ctx_score(const struct ent_ctx *c, long row)
{
	size_t i;
	int best = 0;

	if (c == NULL)
		return 0;
	for (i = 0; i < c->narea; i++) {
		if (inside(row, c->area[i]) || inside(c->area[i], row)) {
			if (wlev[c->area[i]] != L_PROV || wlev[row] <= L_KOTA)
				return (int)area_seen(NULL, row, 0, 0, 2);
			best = 1;
		}
	}
	return (int)area_seen(NULL, row, 0, 0, best);
}

/*
 * Pick the row for a name among the rows that share its key: the wanted
 * level, inside the document's areas, higher levels first.  Returns -1
 * when nothing fits; *ambig is set when the choice was a guess.
 */
static long
wil_pick(struct ent_ctx *c, const struct rk_hash *h, long e, int want,
    int *ambig)
{
	long best = -1, row, e0 = e;
	int bs = -1, s, nbest = 0, on = ru.on;

	/* one verdict for the pick, not one per row looked at */
	ru.on = 0;
	for (; e >= 0; e = rk_hash_nextval(h, e)) {
		row = rk_hash_val(h, e);
		if (!level_fits(want, wlev[row]))
			continue;
		s = ctx_score(c, row) * 16 + (8 - wlev[row]);
		if (s > bs) {
			bs = s;
			best = row;
			nbest = 1;
		} else if (s == bs && row != best)
			nbest++;	/* an alias of the same row is no rival */
	}
	ru.on = on;
	*ambig = nbest > 1;
	return c != NULL ? area_seen(h, e0, want, *ambig, best) : best;
}

/*
 * A name with its acronym inside: Mentawa Baru (MB) Ketapang.  The words
 * around the bracketed acronym make the key; the span covers all.
 */
static int is_word(size_t);
static int punct_is(size_t, char);
static size_t org_tail(size_t);
static size_t org_country(size_t);
static size_t org_the(size_t);
static size_t venue_tail(size_t);
static size_t wil_end(size_t, size_t);
static size_t suffix_reach(size_t);
static int initials_at(size_t);
static size_t polity_end(const struct lex *, size_t);
static int first_place(size_t);

/*
 * Longest phrase of maxn down to minn words at token i, every word
 * capitalised or a number, that h knows; returns the entry and sets *end.
 */
static long
longest_phrase(struct rk_hash *h, size_t i, size_t maxn, size_t minn, size_t *end)
{
	long e, j;
	size_t n, k;

	for (n = maxn; n >= minn && n > 0; n--) {
		if ((j = phrase_end(i, n)) < 0)
			continue;
		for (k = i; k <= (size_t)j; k++)
			if ((tv[k].f & TF_WORD) && !(tv[k].f & (TF_CAP | TF_DIGIT)))
				break;
		if (k <= (size_t)j)
			continue;
		e = rk_hash_find(h, kb.data + tv[i].ks,
		    tv[j].ks + tv[j].kl - tv[i].ks, 1);
		if (e >= 0) {
			*end = (size_t)j + 1;
			return e;
		}
	}
	return -1;
}

static long
wil_match_paren(size_t i, size_t maxn, size_t *end)
{
	size_t j, n = 0, paren = 0, ends[MAXNG], idx[MAXNG];
	long e;

	if (maxn < 2 || maxn > MAXNG)
		return -1;
	rk_buf_reset(&tmpb);
	for (j = i; j < ntok && n < maxn; j++) {
		if (punct_is(j, '(') && paren == 0 && n > 0 && is_word(j + 1) &&
		    (tv[j + 1].f & TF_UPPER) && punct_is(j + 2, ')')) {
			paren = j;
			j += 2;
			continue;
		}
		if (!is_word(j) || !(tv[j].f & (TF_CAP | TF_DIGIT)))
			break;
		rk_buf_add(&tmpb, kb.data + tv[j].ks, tv[j].kl);
		ends[n] = tmpb.len;
		idx[n++] = j;
	}
	/* longest first, with the acronym inside the name */
	for (; paren > 0 && n >= 2 && idx[n - 1] > paren; n--) {
		if ((e = rk_hash_find(&wilh, tmpb.data, ends[n - 1], 1)) >= 0) {
			*end = idx[n - 1] + 1;
			return e;
		}
	}
	return -1;
}

/*
 * Longest wilayah name at token i (all words capitalised); returns the
 * hash entry and sets *end.
 */
static long
wil_match_rest(size_t i, size_t *end)
{
	long e;
	size_t maxn;

	if (i >= ntok || !(tv[i].f & TF_CAP))
		return -1;
	maxn = tv[i].wmaxn;
	if ((e = longest_phrase(&wilh, i, maxn, 2, end)) >= 0)
		return e;
	if ((e = wil_match_paren(i, maxn, end)) >= 0)
		return e;
	if (tv[i].wl >= 0) {
		*end = i + 1;
		return tv[i].wl;
	}
	return -1;
}

/* wil_match_rest, a word that starts no name of two words or more inline */
static inline long
wil_match(size_t i, size_t *end)
{
	if (i >= ntok || !(tv[i].f & TF_CAP))
		return -1;
	if (tv[i].wmaxn < 2) {
		if (tv[i].wl >= 0) {
			*end = i + 1;
			return tv[i].wl;
		}
		return -1;
	}
	return wil_match_rest(i, end);
}

static void add_form(struct rk_hash *, const char *, long, int);

/*
 * The desa index is built the first time a village is asked for: most
 * runs that never name one skip 84k inserts at start-up.
 */
static void
desa_index(void)
{
	size_t r;

	if (desa_built)
		return;
	desa_built = 1;
	for (r = 0; r < nwil; r++)
		if (wlev[r] == L_DESA || wlev[r] == L_KEL)
			add_form(&desah, RK_CELL(&t_wil, r, 2), (long)r, 0);
}

/* Longest desa or kelurahan name (up to five words) at token i. */
static long
desa_match(size_t i, size_t *end)
{
	size_t save_ntok;

	if (i >= ntok || !(tv[i].f & TF_CAP))
		return -1;
	/* add_form tokenises; keep this sentence's tokens safe */
	save_ntok = ntok;
	if (!desa_built) {
		struct tok *keep = rk_xmalloc((ntok ? ntok : 1) * sizeof(*tv));
		struct rk_buf kkeep = { 0 };

		memcpy(keep, tv, ntok * sizeof(*tv));
		rk_buf_add(&kkeep, kb.data ? kb.data : "", kb.len);
		desa_index();
		ntok = save_ntok;
		memcpy(tv, keep, ntok * sizeof(*tv));
		rk_buf_reset(&kb);
		rk_buf_add(&kb, kkeep.data ? kkeep.data : "", kkeep.len);
		free(keep);
		rk_buf_free(&kkeep);
	}
	return longest_phrase(&desah, i, 5, 1, end);
}

static void
area_add(struct ent_ctx *c, long row)
{
	size_t i;

	/* a kecamatan stands for its kabupaten: Bangkal in Kotim wins */
	while (row >= 0 && wlev[row] > L_KOTA)
		row = wpar[row];
	if (c == NULL || row < 0)
		return;
	for (i = 0; i < c->narea; i++)
		if (c->area[i] == row)
			return;
	if (c->narea == c->carea) {
		c->carea = c->carea ? c->carea * 2 : 16;
		c->area = rk_xrealloc(c->area, c->carea, sizeof(*c->area));
	}
	c->area[c->narea++] = row;
}

/* ---- memory of the document --------------------------------------------- */

static int
contains(const char *h, size_t hl, const char *n, size_t nl)
{
	size_t i;

	for (i = 0; nl <= hl && i <= hl - nl; i++)
		if (memcmp(h + i, n, nl) == 0)
			return 1;
	return 0;
}

/*
 * A bit of c->mbits for key k: most look-ups of the memory are of words
 * it does not hold, and a clear bit settles them without the table.
 */
static inline unsigned
mem_bit(const char *k, size_t n)
{
	uint64_t a = 0, b = 0;
	uint32_t x, y;

	if (n >= 8) {
		memcpy(&a, k, 8);
		memcpy(&b, k + n - 8, 8);
	} else if (n >= 4) {
		memcpy(&x, k, 4);
		memcpy(&y, k + n - 4, 4);
		a = x | (uint64_t)y << 32;
	} else if (n > 0)
		a = (unsigned char)k[0] | (unsigned)(unsigned char)k[n / 2] << 8 |
		    (unsigned)(unsigned char)k[n - 1] << 16;
	return (unsigned)(((a * 0x9E3779B97F4A7C15ULL) ^
	    (b * 0xC2B2AE3D27D4EB4FULL) ^ (n * 0x165667B19E3779F9ULL)) >> 52);
}

#define MEM_HAS(c, b)	((c)->mbits[(b) >> 6] & (1ULL << ((b) & 63)))

static void
mem_put(struct ent_ctx *c, const char *key, size_t klen, int type,
    const char *val, size_t vlen)
{
	struct memv *m;
	long e;
	unsigned bit;

	if (c == NULL || klen == 0)
		return;
	bit = mem_bit(key, klen);
	e = MEM_HAS(c, bit) ? rk_hash_find(&c->mem, key, klen, 1) : -1;
	if (e >= 0) {
		m = &c->mv[rk_hash_val(&c->mem, e)];
		if (m->type == type && !emit_weak)
			m->weak = 0;
		if (m->type != type || m->vlen != vlen ||
		    memcmp(c->mvals.data + m->voff, val, vlen) != 0) {
			/* a longer full name wins over a part of it */
			if (m->type == type && type == U_PER && vlen > m->vlen &&
			    contains(val, vlen, c->mvals.data + m->voff, m->vlen)) {
				m->voff = c->mvals.len;
				m->vlen = vlen;
				rk_buf_add(&c->mvals, val, vlen);
			} else if (!(m->type == type && type == U_PER &&
			    vlen < m->vlen))
				m->ambig = 1;
		}
		return;
	}
	if (c->nmv == c->cmv) {
		c->cmv = c->cmv ? c->cmv * 2 : 64;
		c->mv = rk_xrealloc(c->mv, c->cmv, sizeof(*c->mv));
	}
	m = &c->mv[c->nmv];
	m->type = (unsigned char)type;
	m->ambig = 0;
	m->weak = (unsigned char)emit_weak;
	m->voff = c->mvals.len;
	m->vlen = vlen;
	rk_buf_add(&c->mvals, val, vlen);
	rk_hash_add(&c->mem, key, klen, (long)c->nmv, 1);
	c->mbits[bit >> 6] |= 1ULL << (bit & 63);
	c->nmv++;
}

/* Note a look-up of the memory by a kept sentence (see ru_reuse). */
static void
mem_seen(const struct ent_ctx *c, size_t koff, size_t klen, long idx)
{
	struct memobs *o;

	if (ru.nobs == ru.cobs) {
		ru.cobs = ru.cobs ? ru.cobs * 2 : 256;
		ru.obs = rk_xrealloc(ru.obs, ru.cobs, sizeof(*ru.obs));
	}
	o = &ru.obs[ru.nobs++];
	memset(o, 0, sizeof(*o));
	o->koff = (uint32_t)koff;
	o->klen = (uint32_t)klen;
	o->idx = (int32_t)idx;
	if (idx >= 0) {
		o->type = c->mv[idx].type;
		o->ambig = c->mv[idx].ambig;
		o->weak = c->mv[idx].weak;
		o->voff = c->mv[idx].voff;
		o->vlen = c->mv[idx].vlen;
	}
}

static const struct memv *
mem_get(const struct ent_ctx *c, size_t a, size_t b)
{
	long e = -1;
	unsigned bit;

	if (c == NULL || a >= b)
		return NULL;
	bit = mem_bit(kb.data + tv[a].ks, tv[b - 1].ks + tv[b - 1].kl - tv[a].ks);
	if (c->nmv > 0 && MEM_HAS(c, bit))
		e = rk_hash_find((struct rk_hash *)&c->mem, kb.data + tv[a].ks,
		    tv[b - 1].ks + tv[b - 1].kl - tv[a].ks, 1);
	if (e >= 0)
		e = rk_hash_val(&c->mem, e);
	if (ru.on)
		mem_seen(c, tv[a].ks, tv[b - 1].ks + tv[b - 1].kl - tv[a].ks, e);
	return e >= 0 ? &c->mv[e] : NULL;
}

/* ---- loading -------------------------------------------------------------- */

static long
lex_new(int type, int sub, const char *a, const char *b)
{
	struct lex *x;

	if (nlex == clex) {
		clex = clex ? clex * 2 : 4096;
		lexv = rk_xrealloc(lexv, clex, sizeof(*lexv));
	}
	x = &lexv[nlex];
	memset(x, 0, sizeof(*x));
	x->type = (unsigned char)type;
	x->sub = (unsigned char)sub;
	x->a = a;
	x->b = b;
	return (long)nlex++;
}

static int
islower_ascii(char ch)
{
	return ch >= 'a' && ch <= 'z';
}

static int
all_caps(const char *s)
{
	int up = 0, low = 0;

	for (; *s; s++) {
		if (*s >= 'A' && *s <= 'Z')
			up++;
		else if (*s >= 'a' && *s <= 'z')
			low++;
	}
	return up >= 2 && low == 0;
}

/* Record that a phrase of n tokens starts with the token whose key is k. */
static void
add_prefix(const char *k, size_t klen, size_t n, int type)
{
	long e;
	struct lex *x;

	for (e = lx_find(k, klen); e >= 0; e = lx_next(e)) {
		x = &lexv[rk_hash_val(&lexh, e)];
		if (x->type == type) {
			if (x->ntok < n)
				x->ntok = (unsigned char)n;
			return;
		}
	}
	e = lex_new(type, 0, NULL, NULL);
	lexv[e].ntok = (unsigned char)n;
	rk_hash_add(&lexh, k, klen, e, 1);
}

/*
 * Go-Jek, Bangsa-Bangsa are written "Go - Jek" in tokenised text: the
 * key is the same (a lone hyphen adds nothing to it), but the phrase is
 * one word longer.  Count the parts between spaces and hyphens and mark
 * the first part as the start of a phrase that long.  ASCII forms only.
 */
static void
hyphen_prefix(const char *form, int ptype)
{
	char first[64];
	size_t n = 0, fl = 0, i;
	int inword = 0;

	for (i = 0; form[i] != '\0'; i++) {
		unsigned char ch = (unsigned char)form[i];

		if (ch >= 0x80)
			return;
		if (ch == ' ' || ch == '-') {
			inword = 0;
			continue;
		}
		if (!inword)
			n++;
		inword = 1;
		if (n == 1 && (ch | 32) >= 'a' && (ch | 32) <= 'z' &&
		    fl < sizeof(first) - 1)
			first[fl++] = (char)(ch | 32);
		else if (n == 1 && ch >= '0' && ch <= '9' && fl < sizeof(first) - 1)
			first[fl++] = (char)ch;
	}
	if (n > 1 && n <= MAXNG && fl > 0)
		add_prefix(first, fl, n, ptype);
}

/*
 * Add a form: tokenised like text, its key is the folded form; a form of
 * several tokens also marks its first token as a phrase prefix.
 */
static void
add_form(struct rk_hash *h, const char *form, long val, int ptype)
{
	size_t i, n = 0, firstlen = 0;
	const unsigned char *p = (const unsigned char *)form;
	int inword = 0;

	/* ASCII forms (nearly all): fold and count tokens in one sweep */
	rk_buf_reset(&kb);
	rk_buf_grow(&kb, strlen(form) + 1);
	for (i = 0; p[i] != '\0'; i++) {
		unsigned char ch = p[i];

		if (ch >= 0x80)
			break;
		if ((ch | 32) >= 'a' && (ch | 32) <= 'z') {
			if (!inword && n++ == 1)
				firstlen = kb.len;
			inword = 1;
			kb.data[kb.len++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
		} else if (ch >= '0' && ch <= '9') {
			if (!inword && n++ == 1)
				firstlen = kb.len;
			inword = 1;
			kb.data[kb.len++] = (char)ch;
		} else if ((ch == '\'' || ch == '-' || ch == '`') && inword &&
		    p[i + 1] != '\0' && (isalph(p[i + 1]) || isdig(p[i + 1]))) {
			continue;
		} else if (ch == '.' || ch == '-' || ch == '\'' || ch == '`' ||
		    ch == ' ' || (ch >= '\t' && ch <= '\r')) {
			inword = 0;
		} else {
			if (n++ == 1)
				firstlen = kb.len;
			inword = 0;
			kb.data[kb.len++] = (char)ch;
		}
	}
	kb.data[kb.len] = '\0';
	if (n == 1)
		firstlen = kb.len;
	if (p[i] != '\0') {
		n = 0;
		tokenize(form, strlen(form));
		for (i = 0; i < ntok; i++) {
			if (tv[i].kl == 0)
				continue;
			if (n++ == 0)
				firstlen = tv[i].kl;
		}
	}
	if (kb.len == 0)
		return;
	rk_hash_add(h, kb.data, kb.len, val, 1);
	if (n > 1 && n <= MAXNG && ptype != 0)
		add_prefix(kb.data, firstlen, n, ptype);
	if (ptype != 0 && strchr(form, '-') != NULL)
		hyphen_prefix(form, ptype);
}

static void
load_simple(struct rk_table *t, const char *file, int type, int ca, int cb)
{
	size_t r;
	long e;

	rk_table_load(t, file);
	for (r = 0; r < t->nrows; r++) {
		e = lex_new(type, 0, ca >= 0 ? RK_CELL(t, r, ca) : NULL,
		    cb >= 0 ? RK_CELL(t, r, cb) : NULL);
		lexv[e].caps = (unsigned char)all_caps(RK_CELL(t, r, 0));
		add_form(&lexh, RK_CELL(t, r, 0), e, LX_PREFIX);
	}
}

static void
load_wilayah(void)
{
	size_t r, k, depth = 0, slen[8];
	long stack[8];
	const char *code;
	long e, row;

	rk_table_load(&t_wil, "wilayah/wilayah.tsv");
	nwil = t_wil.nrows;
	wlev = rk_xmalloc(nwil ? nwil : 1);
	wpar = rk_xmalloc((nwil ? nwil : 1) * sizeof(*wpar));
	for (r = 0; r < nwil; r++) {
		code = RK_CELL(&t_wil, r, 0);
		wlev[r] = (unsigned char)level_of(RK_CELL(&t_wil, r, 1));
		/* pre-order: the parent is the deepest open code that prefixes this */
		for (k = 0; code[k]; k++)
			;
		while (depth > 0) {
			const char *pc = RK_CELL(&t_wil, stack[depth - 1], 0);
			size_t pl = slen[depth - 1];	/* strlen(pc) */

			if (pl < k && memcmp(pc, code, pl) == 0 && code[pl] == '.')
				break;
			depth--;
		}
		wpar[r] = depth > 0 ? stack[depth - 1] : -1;
		if (depth < 8) {
			slen[depth] = k;
			stack[depth++] = (long)r;
		}
		if (wlev[r] < L_DESA)
			add_form(&wilh, RK_CELL(&t_wil, r, 2), (long)r, LX_WPREFIX);
	}
	rk_table_load(&t_alias, "wilayah/alias.tsv");
	for (r = 0; r < t_alias.nrows; r++)
		if ((row = wil_row(RK_CELL(&t_alias, r, 1))) >= 0)
			add_form(&wilh, RK_CELL(&t_alias, r, 0), row, LX_WPREFIX);
	rk_table_load(&t_abbr, "singkatan.tsv");
	for (r = 0; r < t_abbr.nrows; r++) {
		e = lex_new(LX_ABBR, 0, RK_CELL(&t_abbr, r, 3),
		    RK_CELL(&t_abbr, r, 1));
		lexv[e].caps = (unsigned char)all_caps(RK_CELL(&t_abbr, r, 0));
		add_form(&lexh, RK_CELL(&t_abbr, r, 0), e, LX_PREFIX);
	}
}

static void	role_prep(struct lex *);

static void
load_roles(struct rk_table *t, const char *file)
{
	size_t r;
	long e;

	rk_table_load(t, file);
	for (r = 0; r < t->nrows; r++) {
		e = lex_new(LX_ROLE, level_of(RK_CELL(t, r, 2)),
		    RK_CELL(t, r, 1), RK_CELL(t, r, 2));
		role_prep(&lexv[e]);
		add_form(&lexh, RK_CELL(t, r, 0), e, LX_PREFIX);
	}
}

static int
gelar_kind(const char *s)
{
	if (strcmp(s, "degree") == 0)
		return G_DEGREE;
	if (strcmp(s, "religious") == 0)
		return G_RELIGIOUS;
	if (strcmp(s, "rank") == 0)
		return G_RANK;
	return G_HONORIFIC;
}

void
ent_init(void)
{
	size_t r;
	long e;
	const char *k;

	rk_hash_init(&lexh);
	rk_hash_init(&wilh);
	rk_hash_init(&desah);
	desa_built = 0;
	load_wilayah();

	rk_table_load(&t_kd, "kata-dasar.tsv");
	for (r = 0; r < t_kd.nrows; r++) {
		e = lex_new(strcmp(RK_CELL(&t_kd, r, 1), "1") == 0 ?
		    LX_PROPER : LX_WORD, 0, NULL, NULL);
		add_form(&lexh, RK_CELL(&t_kd, r, 0), e, LX_PREFIX);
	}
	rk_table_load(&t_gelar, "gelar.tsv");
	for (r = 0; r < t_gelar.nrows; r++) {
		k = RK_CELL(&t_gelar, r, 0);
		e = lex_new(LX_GELAR, gelar_kind(RK_CELL(&t_gelar, r, 1)),
		    RK_CELL(&t_gelar, r, 2), NULL);
		/* "H" alone is a title; other single letters are initials */
		lexv[e].caps = (unsigned char)(all_caps(k) || strcmp(k, "H") == 0 ||
		    strcmp(k, "H.") == 0);
		add_form(&lexh, k, e, LX_PREFIX);
	}
	load_roles(&t_jab, "jabatan.tsv");
	load_roles(&t_jabx, "jabatan-ext.tsv");
	load_roles(&t_jabr, "jabatan-rapat.tsv");
	rk_table_load(&t_asing, "kata-asing.tsv");
	for (r = 0; r < t_asing.nrows; r++)
		add_form(&lexh, RK_CELL(&t_asing, r, 0),
		    lex_new(LX_ENG, 0, NULL, NULL), LX_PREFIX);
	rk_table_load(&t_lem, "lembaga.tsv");
	for (r = 0; r < t_lem.nrows; r++) {
		k = RK_CELL(&t_lem, r, 2);
		e = lex_new(strcmp(k, "prefix") == 0 ? LX_ORGPFX :
		    strcmp(k, "pemda") == 0 ? LX_PEMDA :
		    strcmp(k, "suffix") == 0 ? LX_ORGSUF : LX_ORG, 0,
		    RK_CELL(&t_lem, r, 1), NULL);
		lexv[e].caps = (unsigned char)all_caps(RK_CELL(&t_lem, r, 0));
		/* detikcom, tvOne: written with a small letter first */
		if (strcmp(k, "body") == 0 &&
		    islower_ascii(RK_CELL(&t_lem, r, 0)[0]))
			lexv[e].caps = 2;
		add_form(&lexh, RK_CELL(&t_lem, r, 0), e, LX_PREFIX);
	}
	load_simple(&t_rapat, "rapat.tsv", LX_EVENT, 1, -1);
	load_simple(&t_moda, "moda.tsv", LX_MODE, 1, -1);
	rk_table_load(&t_tkata, "tempat-kata.tsv");
	for (r = 0; r < t_tkata.nrows; r++) {
		k = RK_CELL(&t_tkata, r, 1);
		e = lex_new(strcmp(k, "level") == 0 ? LX_LEVEL :
		    strcmp(k, "venue") == 0 ? LX_VENUE :
		    strcmp(k, "locsuffix") == 0 ? LX_LOCSUF : LX_LOCHEAD,
		    level_of(RK_CELL(&t_tkata, r, 2)), RK_CELL(&t_tkata, r, 2),
		    NULL);
		add_form(&lexh, RK_CELL(&t_tkata, r, 0), e, LX_PREFIX);
	}
	load_simple(&t_tempat, "tempat.tsv", LX_PLACE, 2, 1);
	load_simple(&t_bukan, "bukan-nama.tsv", LX_NOTNAME, 1, -1);
	rk_table_load(&t_cue, "isyarat.tsv");
	for (r = 0; r < t_cue.nrows; r++) {
		size_t cl;

		for (cl = 0; cue_class[cl] != NULL; cl++)
			if (strcmp(cue_class[cl], RK_CELL(&t_cue, r, 1)) == 0)
				break;
		if (cue_class[cl] == NULL)
			rk_die(RK_EXIT_FAIL, "isyarat.tsv: unknown class %s",
			    RK_CELL(&t_cue, r, 1));
		e = lex_new(LX_CUE, 0, NULL, NULL);
		lexv[e].cue = (unsigned short)(1U << cl);
		add_form(&lexh, RK_CELL(&t_cue, r, 0), e, LX_PREFIX);
	}
	rk_table_load(&t_nama, "nama-depan.tsv");
	for (r = 0; r < t_nama.nrows; r++) {
		e = lex_new(LX_CUE, 0, NULL, NULL);
		lexv[e].cue = C_NAMA;
		add_form(&lexh, RK_CELL(&t_nama, r, 0), e, LX_PREFIX);
	}
	load_simple(&t_adat, "gelar-adat.tsv", LX_ADAT, 2, -1);
}

/*
 * The token cache and the memory's arrays, kept from one document to the
 * next: growing them again for every document cost more than filling them.
 */
static struct ent_ctx spare;

static void
ctx_take(struct ent_ctx *c)
{
	c->mv = spare.mv;
	c->cmv = spare.cmv;
	c->mvals = spare.mvals;
	c->area = spare.area;
	c->carea = spare.carea;
	c->sc = spare.sc;
	c->csc = spare.csc;
	c->ct = spare.ct;
	c->cct = spare.cct;
	c->ckb = spare.ckb;
	c->mem = spare.mem;
	memset(&spare, 0, sizeof(spare));
	rk_buf_reset(&c->mvals);
	rk_buf_reset(&c->ckb);
}

/* Keep c's arrays for the next document; NULL frees the kept ones. */
static void
ctx_keep(struct ent_ctx *c)
{
	free(spare.mv);
	free(spare.area);
	free(spare.sc);
	free(spare.ct);
	rk_buf_free(&spare.mvals);
	rk_buf_free(&spare.ckb);
	rk_hash_free(&spare.mem);
	memset(&spare, 0, sizeof(spare));
	if (c == NULL)
		return;
	spare.mv = c->mv;
	spare.cmv = c->cmv;
	spare.mvals = c->mvals;
	spare.area = c->area;
	spare.carea = c->carea;
	spare.sc = c->sc;
	spare.csc = c->csc;
	spare.ct = c->ct;
	spare.cct = c->cct;
	spare.ckb = c->ckb;
	/* emptied here, not rebuilt and rehashed for every document */
	rk_hash_clear(&c->mem);
	spare.mem = c->mem;
}

/*
 * What prepare() wants of a key's lexicon entries, kept by its first
 * entry: walking the entries, scattered in lexh and lexv, for every word
 * cost a cache miss or two each.  Summed once, on the first sentence (the
 * lexicon is complete by then).
 */
struct lxsum {
	uint32_t	 tmask;
	uint16_t	 cue;
	unsigned char	 maxn, wmaxn;
	unsigned char	 head;		/* no entry's next */
};
static struct lxsum *lxs;
static size_t nlxs;

/*
 * The last key seen in each of NLXM lines, with its lexh and wilh
 * entries: a few hundred words (dan, yang, di) are most of the text, and
 * a look-up here costs no trip through the big tables.
 */
#define NLXM	16384
struct lxmemo {
	uint64_t	 k0, k1;	/* the key zero-padded to 16 bytes */
	uint32_t	 n;
	int32_t		 lx;
	int32_t		 wl;		/* -2 not looked up yet */
};
static struct lxmemo lxm[NLXM];

/*
 * Key k of 1 to 16 bytes zero-padded to two words, from loads inside it:
 * the first and the last 8 (or 4) bytes, the overlap shifted out.
 */
static inline void
key_words(const char *k, size_t n, uint64_t *w0p, uint64_t *w1p)
{
	uint64_t w0, w1 = 0;

	if (n < 4) {
		/* the first, middle and last byte cover 1 to 3 */
		w0 = (uint64_t)(unsigned char)k[0] |
		    (uint64_t)(unsigned char)k[n / 2] << (8 * (n / 2)) |
		    (uint64_t)(unsigned char)k[n - 1] << (8 * (n - 1));
	}
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	else if (n >= 8) {
		memcpy(&w0, k, 8);
		if (n > 8) {
			memcpy(&w1, k + n - 8, 8);
			w1 >>= 8 * (16 - n);
		}
	} else {
		uint32_t a, b;

		memcpy(&a, k, 4);
		memcpy(&b, k + n - 4, 4);
		w0 = a | ((uint64_t)b >> (8 * (8 - n))) << 32;
	}
#else
	else {
		size_t i;

		for (w0 = 0, i = 0; i < n && i < 8; i++)
			w0 |= (uint64_t)(unsigned char)k[i] << (8 * i);
		for (; i < n; i++)
			w1 |= (uint64_t)(unsigned char)k[i] << (8 * (i - 8));
	}
#endif
	*w0p = w0;
	*w1p = w1;
}

/*
 * The memo's line for key k, filled in; NULL for a long key.  k is a key
 * in kb just tokenised: 16 bytes from it may be read (see tokenize), so
 * its words are two loads masked to its length.
 */
static struct lxmemo *
lx_memo(const char *k, size_t n)
{
	struct lxmemo *m;
	uint64_t w0, w1, h;

	if (n == 0 || n > 16)
		return NULL;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy(&w0, k, 8);
	if (n < 8) {
		w0 &= ~0ULL >> (8 * (8 - n));
		w1 = 0;
	} else if (n == 8)
		w1 = 0;
	else {
		memcpy(&w1, k + 8, 8);
		w1 &= ~0ULL >> (8 * (16 - n));
	}
#else
	key_words(k, n, &w0, &w1);
#endif
	h = (w0 * 0x9E3779B97F4A7C15ULL) ^ (w1 * 0xC2B2AE3D27D4EB4FULL);
	m = &lxm[(h >> 40) & (NLXM - 1)];
	if (m->n == n && m->k0 == w0 && m->k1 == w1)
		return m;
	m->k0 = w0;
	m->k1 = w1;
	m->n = (uint32_t)n;
	m->lx = (int32_t)lx_find(k, n);
	m->wl = -2;
	return m;
}

static void
lxs_build(void)
{
	size_t i;
	long e;

	memset(lxm, 0, sizeof(lxm));
	nlxs = lexh.nent;
	lxs = rk_xcalloc(nlxs ? nlxs : 1, sizeof(*lxs));
	phbits = rk_xcalloc((1U << PHBITS) / 64, sizeof(*phbits));
	for (i = 0; i < nlxs; i++)
		if (lexh.ent[i].klen >= 8) {
			uint32_t b = ph_slot(lexh.keys.data + lexh.ent[i].koff,
			    lexh.ent[i].klen);

			phbits[b >> 6] |= 1ULL << (b & 63);
		}
	for (i = 0; i < nlxs; i++)
		lxs[i].head = 1;
	for (i = 0; i < nlxs; i++)
		if ((e = rk_hash_nextval(&lexh, (long)i)) >= 0)
			lxs[e].head = 0;
	for (i = 0; i < nlxs; i++) {
		struct lxsum *m = &lxs[i];

		if (!m->head)
			continue;
		m->maxn = m->wmaxn = 1;
		for (e = (long)i; e >= 0; e = lx_next(e)) {
			const struct lex *x = lx(e);

			m->tmask |= 1U << x->type;
			m->cue |= x->cue;
			if (x->type == LX_PREFIX)
				m->maxn = x->ntok;
			else if (x->type == LX_WPREFIX)
				m->wmaxn = x->ntok;
		}
	}
}

void
ent_fini(void)
{
	free(lxs);
	lxs = NULL;
	free(phbits);
	phbits = NULL;
	nlxs = 0;
	ctx_keep(NULL);
	free(phv);
	free(cphv);
	phv = cphv = NULL;
	nph = cph = ncphv = ccphv = 0;
	free(ru.obs);
	free(ru.aobs);
	free(ru.sp);
	rk_buf_free(&ru.vals);
	tag_list_free(&ru.out);
	memset(&ru, 0, sizeof(ru));
	rk_hash_free(&lexh);
	rk_hash_free(&wilh);
	rk_hash_free(&desah);
	free(lexv);
	free(wlev);
	free(wpar);
	free(tv);
	free(ents);
	ents = NULL;
	nents = cents = 0;
	lexv = NULL;
	wlev = NULL;
	wpar = NULL;
	tv = NULL;
	nlex = clex = ntok = ctok = 0;
	rk_buf_free(&kb);
	rk_buf_free(&vb);
	rk_buf_free(&tmpb);
	rk_table_free(&t_wil);
	rk_table_free(&t_alias);
	rk_table_free(&t_abbr);
	rk_table_free(&t_gelar);
	rk_table_free(&t_jab);
	rk_table_free(&t_lem);
	rk_table_free(&t_rapat);
	rk_table_free(&t_moda);
	rk_table_free(&t_tkata);
	rk_table_free(&t_tempat);
	rk_table_free(&t_bukan);
	rk_table_free(&t_kd);
	rk_table_free(&t_jabx);
	rk_table_free(&t_jabr);
	rk_table_free(&t_asing);
	rk_table_free(&t_cue);
	rk_table_free(&t_nama);
	rk_table_free(&t_adat);
}


/* ---- the rules -------------------------------------------------------------- */

static const char *cs;		/* the sentence being tagged */
static size_t clen;

static inline int
is_word(size_t i)
{
	return i < ntok && (tv[i].f & TF_WORD);
}

static inline int
is_cap(size_t i)
{
	return i < ntok && (tv[i].f & TF_CAP) && (tv[i].f & TF_ALPHA);
}

static inline int
is_free(size_t i)
{
	return i < ntok && tv[i].used == U_FREE;
}

static inline int
punct_is(size_t i, char ch)
{
	return i < ntok && !(tv[i].f & TF_WORD) && tv[i].e - tv[i].s == 1 &&
	    cs[tv[i].s] == ch;
}

/* The token's folded key equals w. */
static inline int
key_is(size_t i, const char *w)
{
	size_t n = strlen(w);

	return i < ntok && tv[i].kl == n && memcmp(kb.data + tv[i].ks, w, n) == 0;
}

static int
is_word_key(const char *k, size_t n)
{
	long e;

	for (e = lx_find(k, n); e >= 0; e = lx_next(e))
		if (lx(e)->type == LX_WORD)
			return 1;
	return 0;
}

/* An inflected ordinary word: strip the common affixes, look up the stem. */
/*
 * stem_common's answers for the last key of 5 to 16 bytes in each line
 * (-1: not asked yet with that verbs): a key's answer is the lexicon's,
 * the same every time it is asked.
 */
#define NSTM	1024
static struct {
	uint64_t	 k0, k1;
	uint32_t	 n;
	signed char	 r[2];
} stm[NSTM];

/*
 * Verb prefixes (me-, di-, ber-) only count when verbs is set: names such
 * as Megawati and Dimas look like inflected verbs; nouns (per-an, ke-an)
 * are what stands capitalised next to a name.
 */
static int	stem_common(const char *, size_t, int);

static int
stem_calc(const char *k, size_t n, int verbs)
{
	static const char *const pre[] = { "peng", "peny", "pem", "pen", "per",
	    "pe", "ke", "", "meng", "meny", "mem", "men", "me", "di", "ber",
	    "be", "ter", "se", NULL };
	static const char *const suf[] = { "nya", "lah", "kan", "an", "i", "", NULL };
	/* their lengths; the first byte is tested before any memcmp */
	static const unsigned char prel[] = { 4, 4, 3, 3, 3, 2, 2, 0, 4, 4,
	    3, 3, 2, 2, 3, 2, 3, 2 };
	static const unsigned char sufl[] = { 3, 3, 3, 2, 1, 0 };
	char buf[64];
	size_t i, j, pl, sl, m;

	if (n < 5 || n >= sizeof(buf) - 2)
		return 0;
	/* -nya after another affix: Penetapannya, Keberadaannya */
	if (n > 8 && memcmp(k + n - 3, "nya", 3) == 0 &&
	    stem_common(k, n - 3, verbs))
		return 1;
	for (i = 0; pre[i] != NULL; i++) {
		pl = prel[i];
		if (!verbs && i > 7)
			break;
		if (pl > 0 && (k[0] != pre[i][0] || n <= pl ||
		    memcmp(k, pre[i], pl) != 0))
			continue;
		for (j = 0; suf[j] != NULL; j++) {
			sl = sufl[j];
			if (pl == 0 && sl == 0)
				continue;
			if (n < pl + sl + 3 || (sl > 0 &&
			    (k[n - 1] != suf[j][sl - 1] ||
			    memcmp(k + n - sl, suf[j], sl) != 0)))
				continue;
			m = n - pl - sl;
			if (is_word_key(k + pl, m))
				return 1;
			/* nasal prefixes ate the stem's first consonant */
			if (pl >= 3 && m + 1 < sizeof(buf)) {
				const char *sub = strcmp(pre[i] + pl - 2, "ny") == 0 ?
				    "s" : pre[i][pl - 1] == 'm' ? "p" :
				    pre[i][pl - 1] == 'n' ? "t" : "k";

				buf[0] = sub[0];
				memcpy(buf + 1, k + pl, m);
				if (is_word_key(buf, m + 1))
					return 1;
			}
		}
	}
	return 0;
}

static int
stem_common(const char *k, size_t n, int verbs)
{
	uint64_t w0, w1, h;
	size_t l;
	int v, r;

	if (n < 5 || n > 16)
		return stem_calc(k, n, verbs);
	key_words(k, n, &w0, &w1);
	h = (w0 * 0x9E3779B97F4A7C15ULL) ^ (w1 * 0xC2B2AE3D27D4EB4FULL);
	l = (size_t)(h >> 40) & (NSTM - 1);
	v = verbs != 0;
	if (stm[l].n == n && stm[l].k0 == w0 && stm[l].k1 == w1 &&
	    stm[l].r[v] >= 0)
		return stm[l].r[v];
	/* the line is filled after: stem_calc may ask for -nya's stem */
	r = stem_calc(k, n, verbs) != 0;
	if (stm[l].n != n || stm[l].k0 != w0 || stm[l].k1 != w1) {
		stm[l].k0 = w0;
		stm[l].k1 = w1;
		stm[l].n = (uint32_t)n;
		stm[l].r[0] = stm[l].r[1] = -1;
	}
	stm[l].r[v] = (signed char)r;
	return r;
}

/*
 * A verb form of a known root (Terbuka, Tertinggal, Dikatakan): no name
 * looks like that once a suffix -i or -an and stems under four letters
 * are left out (Megawati, Dimas, Dian are names).
 */
static int
is_verb_form(size_t i)
{
	static const char *const pre[] = { "ter", "di", "ber", "se", "meng",
	    "meny", "mem", "men", "me", NULL };
	static const char *const suf[] = { "kan", "nya", "lah", "kah", "i", "",
	    NULL };
	/* their lengths; the first byte is tested before any memcmp */
	static const unsigned char prel[] = { 3, 2, 3, 2, 4, 4, 3, 3, 2 };
	static const unsigned char sufl[] = { 3, 3, 3, 3, 1, 0 };
	const char *k = kb.data + tv[i].ks;
	size_t n = tv[i].kl, p, q, pl, sl;
	char buf[64];

	if (n >= sizeof(buf))
		return 0;
	if (n < 6 || (k[0] != 't' && k[0] != 'd' && k[0] != 'b' &&
	    k[0] != 's' && k[0] != 'm'))
		goto kah;
	for (p = 0; pre[p] != NULL; p++) {
		pl = prel[p];
		if (n < pl + 4 || k[0] != pre[p][0] ||
		    memcmp(k, pre[p], pl) != 0)
			continue;
		for (q = 0; suf[q] != NULL; q++) {
			sl = sufl[q];
			/* me- with -i is how Megawati looks */
			if (sl == 1 && pre[p][0] == 'm')
				continue;
			if (n < pl + sl + 4 || memcmp(k + n - sl, suf[q], sl) != 0)
				continue;
			if (is_word_key(k + pl, n - pl - sl))
				return 1;
			/* the nasal ate the root's first letter: mengembangkan */
			if (pl >= 3 && pre[p][0] == 'm') {
				buf[0] = pre[p][pl - 1] == 'y' ? 's' :
				    pre[p][pl - 1] == 'm' ? 'p' :
				    pre[p][pl - 1] == 'n' ? 't' : 'k';
				memcpy(buf + 1, k + pl, n - pl - sl);
				if (is_word_key(buf, n - pl - sl + 1))
					return 1;
			}
		}
	}
	/* akankah, apakah: a word with -kah or -lah */
kah:
	return n > 5 && (memcmp(k + n - 3, "kah", 3) == 0 ||
	    memcmp(k + n - 3, "lah", 3) == 0) && is_word_key(k, n - 3);
}

static int
is_common(size_t i)
{
	if (!is_word(i))
		return 0;
	if (tok_has(&tv[i], LX_WORD) || tok_has(&tv[i], LX_ENG))
		return 1;
	if (tv[i].lx >= 0 && (tok_has(&tv[i], LX_PROPER) ||
	    tok_has(&tv[i], LX_PLACE)))
		return 0;
	return stem_common(kb.data + tv[i].ks, tv[i].kl,
	    (tv[i].f & TF_FIRST) != 0);
}

/* A capitalised word that ends a body's or venue's name: Dan, Yang, Senin. */
static int
ends_name(size_t i)
{
	const struct lex *x = is_word(i) ? tok_has(&tv[i], LX_NOTNAME) : NULL;

	return x != NULL && x->a != NULL && (strcmp(x->a, "fungsi") == 0 ||
	    strcmp(x->a, "bulan") == 0 || strcmp(x->a, "hari") == 0);
}

static inline int
is_notname(size_t i)
{
	return is_word(i) && tok_has(&tv[i], LX_NOTNAME) != NULL;
}

static size_t adat_rest(size_t);

/* Most words are no adat title: settled inline, the rest in adat_rest. */
static inline size_t
adat_at(size_t i)
{
	if (i >= ntok || !(tv[i].f & TF_CAP) ||
	    ((tv[i].f & TF_UPPER) && tv[i].nlet > 1) ||
	    !((tv[i].tmask | tv[i].pmask) & M(LX_ADAT)))
		return i;
	return adat_rest(i);
}

/* H. or Hj.: one who made the hajj */
static int
is_hajj(const struct lex *x)
{
	return x->sub == G_RELIGIOUS && x->a[0] == 'H' && (x->a[1] == '.' ||
	    (x->a[1] == 'j' && x->a[2] == '.'));
}

/* H. or Hj. ends just before token i */
static int
hajj_before(size_t i)
{
	const struct lex *x;
	size_t k = punct_is(i - 1, '.') ? i - 1 : i, b, j;

	for (b = k > 2 ? k - 2 : 0; b < k; b++)
		if ((x = match(b, M(LX_GELAR), &j)) != NULL && (j == k || j == i) &&
		    is_hajj(x))
			return 1;
	return 0;
}

/* A title, degree or rank in front of a name (H., Drs., AKBP, Bapak). */
static size_t
skip_titles_rest(size_t i)
{
	const struct lex *x;
	size_t j;
	int hajj = i > 0 && hajj_before(i);

	for (;;) {
		/* a customary title stays in the name: Raden Ajeng Sumarni */
		if (adat_at(i) > i)
			break;
		if ((x = match(i, M(LX_GELAR), &j)) != NULL && x->sub != G_DEGREE) {
			/* a capital letter that starts a name is an initial */
			if (tv[i].nlet == 1 && !x->caps)
				break;
			/* "H. Habib Syarifuddin": after Haji, Habib is his name */
			if (hajj && x->sub == G_RELIGIOUS && strcmp(x->a, "Habib") == 0)
				break;
			hajj = is_hajj(x);
			i = j;
		} else if (x != NULL && tv[i].nlet > 1 &&
		    (x->caps || punct_is(j, '.') || (j == i + 1 &&
		    (key_is(i, "dr") || key_is(i, "drs") || key_is(i, "ir")) &&
		    is_cap(j) && !(tv[j].f & TF_UPPER)))) {
			i = j;		/* Dr. Ir. before a name; Drs Endang */
		} else if (is_cap(i) && (tv[i].cue & C_SAPAAN)) {
			i++;
		} else
			break;
		if (punct_is(i, '.'))
			i++;
	}
	return i;
}

/* A word that is no title, rank nor form of address ends it at once. */
static inline size_t
skip_titles(size_t i)
{
	if (i >= ntok || (!((tv[i].tmask | tv[i].pmask) &
	    (M(LX_GELAR) | M(LX_ADAT))) && !(tv[i].cue & C_SAPAAN)))
		return i;
	return skip_titles_rest(i);
}

static int
is_particle(size_t i)
{
	return is_word(i) && !(tv[i].f & TF_CAP) && (tv[i].cue & C_PARTIKEL);
}

static int roman(size_t);

static int title_case;		/* the sentence is a headline in Title Case */

/*
 * A headline: every longer word capitalised and one of them an ordinary
 * word, or nearly every one and two of them.  Its capitalised ordinary words (Minta, Pimpin,
 * Inflasi) are no names.
 */
static int
is_title_case(void)
{
	size_t i, n = 0, cap = 0, ord = 0;

	/* flags only first: most sentences have lower-case words */
	for (i = 0; i < ntok; i++) {
		if ((tv[i].f & (TF_WORD | TF_ALPHA | TF_FIRST)) !=
		    (TF_WORD | TF_ALPHA) || tv[i].nlet < 4)
			continue;
		n++;
		if (tv[i].f & TF_CAP)
			cap++;
		else if (n - cap > 1 && (n - cap) * 5 > ntok)
			return 0;
	}
	if (n < 2 || cap * 5 < n * 4)
		return 0;
	for (i = 0; i < ntok; i++) {
		if (!is_word(i) || !(tv[i].f & TF_CAP) || tv[i].nlet < 4)
			continue;
		if (!(tv[i].f & (TF_UPPER | TF_FIRST)) && !(tv[i].cue & C_NAMA) &&
		    tok_has(&tv[i], LX_WORD) != NULL &&
		    !(tv[i].tmask & (M(LX_ROLE) | M(LX_LEVEL) | M(LX_VENUE) |
		    M(LX_ORGPFX) | M(LX_GELAR) | M(LX_PLACE) | M(LX_ABBR))))
			ord++;
	}
	/* a body sentence full of names ends with a full stop */
	return n >= 2 && ((cap == n && ord >= 1) || (n >= 3 &&
	    cap * 5 >= n * 4 && ord >= 2 && ntok > 0 && !punct_is(ntok - 1, '.')));
}

/*
 * An ordinary word that may end a name after a given name or another
 * name word: Muhammad Idrus Salam, Rahmat Jaya (bukan-nama.tsv "umum"
 * words that are also kata-dasar words), Syahrul Ramadhan ("hari-raya").
 */
static int
name_part(size_t i)
{
	const struct lex *x;

	if (title_case || !is_cap(i) || !is_free(i) || tv[i].venue ||
	    tv[i].nlet < 4 ||
	    tv[i].noper || (tv[i].f & TF_UPPER) || (tv[i].cue & C_SAPAAN))
		return 0;
	x = tok_has(&tv[i], LX_NOTNAME);
	if (x == NULL || x->a == NULL ||
	    (tv[i].tmask & (M(LX_ROLE) | M(LX_LEVEL) | M(LX_EVENT))))
		return 0;
	/* a month or feast name is a common surname: Syahrul Ramadhan, Dewi Fitri */
	if (strcmp(x->a, "hari-raya") == 0)
		return 1;
	return strcmp(x->a, "umum") == 0 && tok_has(&tv[i], LX_WORD) != NULL;
}

/* A word that may be part of a person's name at position i. */
static int
namey(size_t i)
{
	const struct lex *x;
	size_t j;

	if (!is_cap(i) || !is_free(i) || tv[i].venue || tv[i].noper)
		return 0;
	if (is_notname(i))
		return 0;
	if ((x = match(i, M(LX_ROLE) | M(LX_LEVEL) | M(LX_VENUE) |
	    M(LX_LOCHEAD) | M(LX_EVENT) | M(LX_PEMDA) | M(LX_ORGPFX), &j)) != NULL &&
	    (tv[i].nlet > 1 || j > i + 1))
		return 0;
	if ((x = match(i, M(LX_GELAR), &j)) != NULL && x->sub == G_DEGREE &&
	    x->caps && tv[i].nlet > 1)
		return 0;
	/* a body's acronym (PDIP) or an unknown one (DPP) is no part of a name */
	if (tv[i].wl >= 0 || match(i, M(LX_ABBR) | M(LX_PLACE), &j) != NULL)
		return 1;
	if (title_case && !(tv[i].cue & C_NAMA) && is_common(i))
		return 0;
	if ((tv[i].f & TF_UPPER) && tv[i].nlet >= 3 && !roman(i))
		return 0;
	if (match(i, M(LX_ORG), &j) != NULL)
		return 0;
	return 1;
}

/*
 * A customary title that is written as part of a name (Lalu, Baiq,
 * Anak Agung, Teuku, Raden Ajeng) at i, before a name word; returns its
 * end, or i.  Some are ordinary words too (Lalu = then): first in a
 * sentence such a word needs two name words after it.
 */
/* Raja, Ratu, Pangeran, Putri at j (keys as folded, lower case) */
static int
noble_word(size_t j)
{
	static const char *const w[] = { "raja", "ratu", "pangeran", "putri", NULL };
	size_t k;

	if (j >= ntok || !(tv[j].f & TF_CAP))
		return 0;
	for (k = 0; w[k] != NULL; k++)
		if (tv[j].kl == strlen(w[k]) &&
		    memcmp(kb.data + tv[j].ks, w[k], tv[j].kl) == 0)
			return 1;
	return 0;
}

static size_t
adat_rest(size_t i)
{
	size_t j, k;

	if (i >= ntok || !(tv[i].f & TF_CAP) ||
	    ((tv[i].f & TF_UPPER) && tv[i].nlet > 1) ||
	    !((tv[i].tmask | tv[i].pmask) & M(LX_ADAT)) ||
	    match(i, M(LX_ADAT), &j) == NULL)
		return i;
	if (punct_is(j, '.'))
		j++;
	/* a noble word after the title is the name's too: Teuku Raja Nasrun */
	if (!namey(j) && noble_word(j) && namey(j + 1))
		j++;
	if (!namey(j))
		return i;
	if ((tv[i].f & TF_FIRST) && (tok_has(&tv[i], LX_WORD) != NULL ||
	    is_notname(i))) {
		k = j + 1;
		if (punct_is(k, '.'))
			k++;
		if (!namey(k))
			return i;
	}
	return j;
}

/*
 * A police or military rank before a name at i (Kombes Pol Ridwan): it
 * starts the next name.  Titles such as Dt. stay inside one (Irwan Dt.
 * Rajo Mudo).
 */
static inline int
is_rank(size_t i)
{
	const struct lex *x;
	size_t j;

	if (i >= ntok || tv[i].nlet < 2 || !(tv[i].tmask & M(LX_GELAR)) ||
	    (x = match(i, M(LX_GELAR), &j)) == NULL || x->sub != G_RANK)
		return 0;
	return (j = skip_titles(i)) > i && (namey(j) || adat_at(j) > j);
}

/*
 * An apostrophe and a short lower-case part of an Arabic name written
 * apart in tokenised text (Ma ' ruf, Syafi ' i, Mu ' ti) at j.
 */
static int
apos_part(size_t j)
{
	return punct_is(j, '\'') && tv[j].s > tv[j - 1].e && is_word(j + 1) &&
	    tv[j + 1].s > tv[j].e && !(tv[j + 1].f & (TF_CAP | TF_DIGIT)) &&
	    tv[j + 1].nlet <= 3 && is_free(j + 1) &&
	    (tv[j + 1].nlet == 1 || !is_common(j + 1)) &&
	    tok_has(&tv[j + 1], LX_CUE) == NULL;
}

/* The run of name words from i; returns its end (exclusive). */
static size_t
name_run(size_t i, size_t max)
{
	const struct lex *x;
	size_t j = i, n = 0, k;

	while (j < ntok && n < max) {
		/* a rank or title starts the next name: Lease | Kombes Pol Ridwan */
		if (n > 0 && is_rank(j))
			break;
		if ((k = adat_at(j)) > j) {
			/* one written only in front starts a name: Umum | Tengku */
			if (n > 0 && (x = match(j, M(LX_ADAT), &k)) != NULL &&
			    strcmp(x->a, "depan") == 0)
				break;
			j = adat_at(j);	/* Lalu Mahsun, Anak Agung Gde */
			n++;
		} else if (n > 0 && (key_is(j, "al") || key_is(j, "el")) &&
		    punct_is(j + 1, '-') && namey(j + 2)) {
			j += 2;	/* tokenised text: Bashar al - Assad, Faruq El - Shara */
		} else if (namey(j)) {
			j++;
			n++;
			/* an initial or a short form: H. M. Muh. */
			if (punct_is(j, '.') && tv[j - 1].nlet <= 3 &&
			    (namey(j + 1) || is_particle(j + 1)))
				j++;
		} else if (n > 0 && is_particle(j) && namey(j + 1)) {
			j++;
		} else if (n > 0 && name_part(j) && !is_cap(j + 1)) {
			j++;	/* Muhammad Idrus Salam */
			n++;
		} else if (n > 0 && punct_is(j, '-') && tv[j].s > tv[j - 1].e &&
		    is_word(j + 1) && tv[j + 1].s > tv[j].e && is_free(j + 1) &&
		    tv[j - 1].wl < 0 && !(tv[j + 1].f & TF_CAP) &&
		    tv[j + 1].nlet <= 4 && !(tv[j + 1].kl == tv[j - 1].kl &&
		    memcmp(kb.data + tv[j + 1].ks, kb.data + tv[j - 1].ks,
		    tv[j - 1].kl) == 0)) {
			j += 2;	/* tokenised text: Song Hye - kyo */
			n++;
		} else if (n > 0 && apos_part(j)) {
			j += 2;	/* tokenised text: Ma ' ruf Amin, Syafi ' i */

		} else
			break;
	}
	return j;
}

static void
emit(struct tag_list *out, size_t a, size_t b, const char *kind,
    const char *v, size_t vl)
{
	struct ent *e;

	if (b <= a)
		return;
	tag_add(out, tv[a].s, tv[b - 1].e, kind, v, vl);
	/* PER LOC ORG only: letters compared inline, not three strcmp calls */
	if (!(kind[0] == 'P' && kind[1] == 'E' && kind[2] == 'R' && !kind[3]) &&
	    !(kind[0] == 'L' && kind[1] == 'O' && kind[2] == 'C' && !kind[3]) &&
	    !(kind[0] == 'O' && kind[1] == 'R' && kind[2] == 'G' && !kind[3]))
		return;
	if (nents == cents) {
		cents = cents ? cents * 2 : 32;
		ents = rk_xrealloc(ents, cents, sizeof(*ents));
	}
	e = &ents[nents++];
	e->idx = out->n - 1;
	e->a = a;
	e->b = b;
	e->kind = kind[0];
	e->weak = (char)emit_weak;
}

static void
claim(size_t a, size_t b, int how)
{
	for (; a < b && a < ntok; a++)
		if (tv[a].used == U_FREE)
			tv[a].used = how;
}

/* Surface text of tokens [a,b) into vb (single spaces). */
static void
surface(struct rk_buf *b, size_t a, size_t e)
{
	size_t i;

	for (i = a; i < e; i++) {
		if (i > a && tv[i].s > tv[i - 1].e)
			rk_buf_addc(b, ' ');
		rk_buf_add(b, cs + tv[i].s, tv[i].e - tv[i].s);
	}
}

/* A LOC for tokens [a,b) valued "kind:surface" (tempat:, sekolah:), claimed. */
static void
emit_place(struct tag_list *out, size_t a, size_t b, const char *kind)
{
	rk_buf_reset(&vb);
	rk_buf_adds(&vb, kind);
	surface(&vb, a, b);
	emit(out, a, b, "LOC", vb.data, vb.len);
	claim(a, b, U_LOC);
}

static void
remember(struct ent_ctx *c, size_t a, size_t b, int type, const char *v,
    size_t vl)
{
	size_t i;
	int w;

	if (c == NULL || c->pass != 1 || b <= a)
		return;
	mem_put(c, kb.data + tv[a].ks, tv[b - 1].ks + tv[b - 1].kl - tv[a].ks,
	    type, v, vl);
	if (type != U_PER || b - a < 2)
		return;
	/*
	 * Parts of a full name: later short mentions point back to it.  A
	 * name of two words or more vouches for its parts, so that "Gatot"
	 * alone is a name after "Gatot Nurmantyo".
	 */
	w = emit_weak;
	for (i = a; i < b; i++)
		if (is_word(i) && tv[i].nlet >= 3 && !(tv[i].f & TF_UPPER))
			mem_put(c, kb.data + tv[i].ks, tv[i].kl, U_PER, v, vl);
	emit_weak = w;
}

/* LOC value of a resolved place into b: code, or level:name. */
static void
loc_value(struct rk_buf *b, long row, const char *level, size_t a, size_t e)
{
	rk_buf_reset(b);
	if (row >= 0) {
		rk_buf_adds(b, RK_CELL(&t_wil, row, 0));
		return;
	}
	rk_buf_adds(b, level);
	rk_buf_addc(b, ':');
	surface(b, a, e);
}

/*
 * A place name at k, for a level word or a role's area: an acronym
 * (Kutim), a wilayah name, or, when loose, any capitalised run.  Returns
 * the end, the row in *row (-1 when unresolved).
 */
static size_t
place_at(struct ent_ctx *c, size_t k, int want, int loose, long *row, int *amb)
{
	const struct lex *x;
	size_t m, n;
	long e;

	*row = -1;
	*amb = 0;
	if (!is_cap(k) || !is_free(k))
		return k;
	if ((x = match(k, M(LX_ABBR), &m)) != NULL) {
		*row = wil_row(x->a);
		if (*row >= 0 && level_fits(want, wlev[*row]))
			return m;
		if (want == L_NONE || want == L_KAB || want == L_KOTA ||
		    want == L_PROV) {
			return m;
		}
		*row = -1;
	}
	if (want == L_DESA || want == L_KEL) {
		if ((e = desa_match(k, &m)) >= 0 &&
		    (*row = wil_pick(c, &desah, e, want, amb)) >= 0)
			return m;
	} else if ((e = wil_match(k, &m)) >= 0) {
		*row = wil_pick(c, &wilh, e, want, amb);
		if (*row >= 0)
			return m;
	}
	if ((x = match(k, M(LX_PLACE), &m)) != NULL && x->a[0] != '\0' &&
	    (*row = wil_row(x->a)) >= 0 && level_fits(want, wlev[*row]))
		return m;
	*row = -1;
	if (!loose)
		return k;
	n = name_run(k, 4);
	return n;
}

/* Level word + name: Kecamatan Seranau, Kab. Kapuas, se-Kabupaten Kutim. */
static size_t
rule_level(struct ent_ctx *c, size_t i, struct tag_list *out)
{
	const struct lex *x;
	size_t j, k, m;
	long row;
	int amb;

	if ((x = match(i, M(LX_LEVEL), &j)) == NULL)
		return 0;
	k = j;
	if (punct_is(k, '.'))
		k++;
	if (!is_cap(k))
		return 0;
	/* "Kota" and "Desa" before an ordinary word are ordinary words */
	m = place_at(c, k, x->sub, 1, &row, &amb);
	if (m == k)
		return 0;
	if (row < 0 && (!(tv[i].f & TF_CAP) || title_case) && is_common(k))
		return 0;	/* kota besar; Wali Kota Buka Rakor */
	loc_value(&vb, amb ? -1 : row, x->a, k, m);
	/* the level word is part of the name, lowercase or not: kota Medan */
	emit(out, i, m, "LOC", vb.data, vb.len);
	claim(i, m, U_LOC);
	remember(c, k, m, U_LOC, vb.data, vb.len);
	if (row >= 0 && !amb && c != NULL && c->pass == 1)
		area_add(c, row);
	return m;
}

/* Jalan Jenderal Sudirman, Bandara Soekarno-Hatta, Pantai Lido. */
static size_t
rule_lochead(struct ent_ctx *c, size_t i, struct tag_list *out)
{
	const struct lex *x;
	size_t j, k, m;
	long e, row;
	int amb;

	/* a wilayah name that starts with such a word: Pulau Hanaut */
	if ((e = wil_match(i, &m)) >= 0 && m > i + 1) {
		row = wil_pick(c, &wilh, e, L_NONE, &amb);
		if (row >= 0 && (!amb || ctx_score(c, row) > 0)) {
			loc_value(&vb, row, "", i, m);
			emit(out, i, m, "LOC", vb.data, vb.len);
			claim(i, m, U_LOC);
			return m;
		}
	}
	if ((x = match(i, M(LX_LOCHEAD), &j)) == NULL)
		return 0;
	k = j;
	if (punct_is(k, '.'))
		k++;
	m = k;
	if ((j = polity_end(x, k)) > k)
		m = j;		/* Republik Indonesia | Joko Widodo */
	else
	while (m < ntok && m - k < 6 && is_free(m) && !(tv[m].cue & C_HENTI) &&
	    (is_cap(m) || (is_word(m) && (tv[m].f & TF_DIGIT)))) {
		/* a rank starts a person: Pulau-Pulau Lease | Kombes Pol Ridwan */
		if (m > k && is_rank(m))
			break;
		m++;
		/* Soekarno - Hatta in tokenised text */
		if (punct_is(m, '-') && tv[m].s > tv[m - 1].e && is_cap(m + 1) &&
		    is_free(m + 1))
			m++;
		if (punct_is(m, '.') && tv[m - 1].nlet <= 3 && is_cap(m + 1))
			m++;
		/* Stadion Parc des Princes, Gunung Sinai el ... */
		if (is_particle(m) && is_cap(m + 1) && is_free(m + 1) &&
		    m - k < 5)
			m++;
	}
	if (m == k)
		return 0;
	rk_buf_reset(&vb);
	rk_buf_adds(&vb, x->a);
	rk_buf_addc(&vb, ':');
	surface(&vb, k, m);
	/* pulau Belitung, selat Gaspar: a feature's word is its name's part */
	emit(out, (tv[i].f & TF_CAP) || strcmp(x->a, "pulau") == 0 ||
	    strcmp(x->a, "selat") == 0 || strcmp(x->a, "gunung") == 0 ||
	    strcmp(x->a, "danau") == 0 || strcmp(x->a, "teluk") == 0 ? i : k,
	    m, "LOC", vb.data, vb.len);
	claim(i, m, U_LOC);
	remember(c, k, m, U_LOC, vb.data, vb.len);
	return m;
}

/*
 * A country's name, or a place name of several words, opening a sentence
 * (Indonesia adalah, Amerika Serikat menyerang): a place although its
 * first word is also written as an ordinary word (bahasa indonesia).
 * Medan, Batu and the like stay ordinary words there.
 */
static int
first_place(size_t a)
{
	const struct lex *x;
	size_t e;

	if (!(tv[a].tmask & M(LX_PLACE)) && !(tv[a].pmask & M(LX_PLACE)))
		return 0;
	if ((x = match(a, M(LX_PLACE), &e)) == NULL)
		return 0;
	return e > a + 1 || (x->b != NULL && strcmp(x->b, "negara") == 0);
}

/*
 * A state's name after Republik, Kerajaan, Kesultanan: the country or
 * area it names (Republik Indonesia, Kerajaan Arab Saudi), else one word
 * (Kerajaan Majapahit).  Returns its end, or 0 for other heads.
 */
static size_t
polity_end(const struct lex *x, size_t k)
{
	size_t e;

	if (strcmp(x->a, "republik") != 0 && strcmp(x->a, "kerajaan") != 0 &&
	    strcmp(x->a, "kesultanan") != 0 && strcmp(x->a, "kekaisaran") != 0 &&
	    strcmp(x->a, "kadipaten") != 0)
		return 0;
	size_t j;

	if (!is_cap(k) || !is_free(k))
		return 0;
	/* Republik Demokratik Kongo, Republik Rakyat Tiongkok */
	for (j = k; j < k + 3 && is_cap(j) && is_free(j); j++)
		if (match(j, M(LX_PLACE), &e) != NULL || wil_match(j, &e) >= 0)
			return e;
	return k + 1;
}

/* The area after a body or role: Polres Kutim, Bupati Kotim. */
static size_t
area_after(struct ent_ctx *c, size_t k, int want, long *row)
{
	const struct lex *x;
	size_t m;
	int amb;

	*row = -1;
	if ((x = match(k, M(LX_LEVEL), &m)) != NULL) {
		size_t n = m;

		if (punct_is(n, '.'))
			n++;
		n = place_at(c, n, x->sub, 0, row, &amb);
		if (*row >= 0 && !amb)
			return n;
		*row = -1;
		return k;
	}
	m = place_at(c, k, want, 0, row, &amb);
	if (*row < 0 || amb || (want == L_NONE && wlev[*row] > L_KOTA)) {
		*row = -1;
		return k;
	}
	return m;
}

static int
role_level_of(const struct lex *x)
{
	if (x->b == NULL)
		return L_NONE;
	if (strcmp(x->b, "kabupaten/kota") == 0 || strcmp(x->b, "daerah") == 0)
		return L_NONE;
	if (strcmp(x->b, "desa/kelurahan") == 0)
		return L_DESA;
	return level_of(x->b);
}

static int
role_level(const struct lex *x)
{
	return x->rlev;
}

/* A role's level and RF_* bits from its strings, once at load. */
static void
role_prep(struct lex *x)
{
	x->rlev = (unsigned char)role_level_of(x);
	if (x->a != NULL && (strcmp(x->a, "pj") == 0 || strcmp(x->a, "pjs") == 0 ||
	    strcmp(x->a, "plt") == 0 || strcmp(x->a, "plh") == 0))
		x->rf |= RF_PJ;
	if (x->b == NULL || strcmp(x->b, "pusat") == 0 ||
	    strcmp(x->b, "kecamatan") == 0 ||
	    strcmp(x->b, "desa/kelurahan") == 0)
		x->rf |= RF_NOACR;
	if (x->b == NULL || strcmp(x->b, "pusat") == 0)
		x->rf |= RF_NOISL;
}

/* Body: Forkopimda, DPRD Kotim, Polres Kutim, BPBD. */
static size_t
rule_org(struct ent_ctx *c, size_t i, struct tag_list *out)
{
	const struct lex *x;
	size_t j, m, a;
	long row;

	if ((x = match(i, M(LX_ORG), &j)) == NULL)
		return 0;
	if (j == i + 1 && (tv[i].f & TF_FIRST) && !(tv[i].f & TF_UPPER) &&
	    is_common(i))
		return 0;
	/* Samsung Electronics, West Ham United: the body's own last words */
	while (is_cap(j) && is_free(j) && tok_has(&tv[j], LX_ORGSUF) != NULL) {
		j++;
		x = NULL;
	}
	/* Pixar Animation Studios: a word or two, then the body's last word */
	if ((m = suffix_reach(j)) > j) {
		j = m;
		x = NULL;
	}
	/* Volkswagen Arena, Honda Center: a place named after the body */
	if ((m = venue_tail(j)) > j) {
		emit_place(out, i, m, "tempat:");
		return m;
	}
	if ((m = org_tail(org_country(j))) > j) {
		j = m;		/* Samsung Electronics Indonesia, Pertamina (Persero) */
		x = NULL;
	}
	/* The Walt Disney Company: the article is the name's */
	if ((a = org_the(i)) < i)
		x = NULL;
	if (x == NULL) {
		emit(out, a, j, "ORG", cs + tv[a].s, tv[j - 1].e - tv[a].s);
		claim(a, j, U_ORG);
		remember(c, a, j, U_ORG, cs + tv[a].s, tv[j - 1].e - tv[a].s);
		return j;
	}
	/* the area is its own LOC: Polres | Kutim */
	m = area_after(c, j, L_NONE, &row);
	rk_buf_reset(&vb);
	rk_buf_adds(&vb, x->a);
	if (row >= 0) {
		rk_buf_addc(&vb, ' ');
		rk_buf_adds(&vb, RK_CELL(&t_wil, row, 2));
	}
	emit(out, i, j, "ORG", vb.data, vb.len);
	claim(i, j, U_ORG);
	remember(c, i, j, U_ORG, vb.data, vb.len);
	if (row >= 0) {
		emit(out, j, m, "LOC", RK_CELL(&t_wil, row, 0),
		    strlen(RK_CELL(&t_wil, row, 0)));
		claim(j, m, U_LOC);
	}
	return m;
}

static int
is_connector(size_t i)
{
	return i < ntok && ((tv[i].cue & C_SAMBUNG) || punct_is(i, '&'));
}

/*
 * What may follow a body's name and belongs to it: the legal form of a
 * state company in parentheses and the listed mark, PT Pertamina
 * (Persero) Tbk.  Returns the new end.
 */
static size_t
org_tail(size_t e)
{
	if (punct_is(e, '(') && key_is(e + 1, "persero") && punct_is(e + 2, ')'))
		e += 3;
	if (is_free(e) && key_is(e, "tbk") && is_cap(e))
		e++;
	return e;
}

/*
 * One or two capitalised words after a body's name and then a word that
 * ends bodies' names (Animation Studios, Mobile Communications): the end
 * of that word, or e.
 */
static size_t
suffix_reach(size_t e)
{
	size_t k;

	for (k = e; k < e + 3 && is_cap(k) && is_free(k); k++) {
		if (k > e && tok_has(&tv[k], LX_ORGSUF) != NULL)
			return k + 1;
		if ((tv[k].cue & C_NAMA) || tv[k].wl >= 0 ||
		    (tv[k].tmask & (M(LX_PLACE) | M(LX_ORG) | M(LX_ORGPFX))))
			break;
	}
	return e;
}

/* The place-name last words after e (Arena, Stadium, City Center): their end. */
static size_t
venue_tail(size_t e)
{
	size_t k = e;

	while (is_cap(k) && is_free(k) && !(tv[k].f & TF_UPPER) &&
	    (tok_has(&tv[k], LX_LOCSUF) != NULL || (k == e && is_cap(k + 1) &&
	    tok_has(&tv[k + 1], LX_LOCSUF) != NULL && key_is(k, "city"))) &&
	    tok_has(&tv[k], LX_ORGSUF) == NULL)
		k++;
	return k;
}

/* "The" written before a body's name (The Walt Disney Company): its start. */
static size_t
org_the(size_t i)
{
	if (i > 0 && key_is(i - 1, "the") && is_cap(i - 1) && is_free(i - 1) &&
	    !(tv[i - 1].f & TF_UPPER))
		return i - 1;
	return i;
}

/*
 * The local arm of a firm or body named with the country: General Motors
 * Indonesia, Kadin Indonesia.  Returns the new end.
 */
static size_t
org_country(size_t e)
{
	if (is_free(e) && is_cap(e) && key_is(e, "indonesia") &&
	    !(e + 1 < ntok && is_cap(e + 1)))
		return e + 1;
	return e;
}

/*
 * A function word inside a body's name, before another capitalised word:
 * Kementerian Dalam Negeri, Badan Urusan Luar Negeri.
 */
static int
org_inner(size_t m)
{
	return key_is(m, "dalam") && is_cap(m) && is_cap(m + 1) &&
	    !(tv[m].f & TF_FIRST);
}

/* An English noun's ending (Maintenance, Facility, Communication). */
static int
english_tail(size_t i)
{
	static const char *const tail[] = { "ance", "ence", "ity", "tion",
	    "ment", "ing", "ship", "ness", "ics", "ure", "ery", "ies", NULL };
	const char *k = kb.data + tv[i].ks;
	size_t n = tv[i].kl, l, t;

	for (t = 0; tail[t] != NULL; t++) {
		l = strlen(tail[t]);
		if (n > l + 2 && memcmp(k + n - l, tail[t], l) == 0)
			return 1;
	}
	return 0;
}

/*
 * A capitalised word that may be part of a person's name: no list knows
 * it but as an ordinary word or a given name (Sundari, Akbar are words
 * too), and it starts no longer phrase.
 */
static int
name_word(size_t k)
{
	const unsigned ok = M(LX_WORD) | M(LX_PROPER) | M(LX_CUE);

	return is_cap(k) && !(tv[k].f & TF_UPPER) && tv[k].wl < 0 &&
	    !(tv[k].tmask & ~ok) && !(tv[k].pmask & ~ok) &&
	    !(tv[k].cue & ~C_NAMA) && !english_tail(k);
}

/* A word no list knows, not inflected (Perjuangan), or a given name. */
static int
unknown_or_given(size_t k)
{
	return (tv[k].lx < 0 && tv[k].wl < 0 && !is_common(k)) ||
	    (tv[k].cue & C_NAMA);
}

/*
 * Two words no list knows after an ordinary word or a known body's name
 * inside a body's name start a person's name: Kementerian Pertanian |
 * Yusni Emilia Harahap, Partai Golkar | Aburizal Bakrie.  So do two
 * name words whose second is unknown or a given name (Eva Sundari,
 * Syarif Hasan), the first too unless a known body's name stands
 * before them (Partai Golkar | Akbar Tandjung): a body's own words are
 * ordinary words (Partai Amanat Nasional).
 */
static int
person_starts(size_t m)
{
	if (!is_cap(m) || !is_cap(m + 1) || is_connector(m - 1) ||
	    !(is_common(m - 1) || tok_has(&tv[m - 1], LX_ORG) != NULL))
		return 0;
	if (!(tv[m].f & TF_UPPER) && !(tv[m + 1].f & TF_UPPER) &&
	    tv[m].lx < 0 && tv[m + 1].lx < 0 && tv[m].wl < 0 &&
	    tv[m + 1].wl < 0 && !is_common(m) && !is_common(m + 1) &&
	    !english_tail(m) && !english_tail(m + 1))
		return 1;
	return name_word(m) && name_word(m + 1) && unknown_or_given(m + 1) &&
	    (unknown_or_given(m) || tok_has(&tv[m - 1], LX_ORG) != NULL);
}

/*
 * A role, a known body's name [i,m) and then a person's name at m: Ketua
 * Umum Partai Gerindra | Suhardi, Bendahara Umum Partai Demokrat | M
 * Nazaruddin, Direktur SDM dan Umum PT Pos Indonesia | Febriyanto (the
 * role a few words before the body, no comma between).  The role asks
 * for its holder, so a word no list knows (or a given name, or an
 * initial before one) after the body is the holder's name, not the
 * body's.  Without the role, such a word is as often the body's (PT
 * Semen | Tonasa, PT Barito Pacific | Timber).  So is the word after a
 * kind of body, a place's (Kepala UPT Puskesmas Samuda).
 */
static int
person_after(size_t i, size_t j, size_t m)
{
	size_t k;

	for (k = i; k > 0 && k + 4 > i && is_word(k - 1) &&
	    !tv[k - 1].noper; k--)
		;
	if (k == 0 || !tv[k - 1].noper || !is_cap(m) ||
	    ((tv[m].f & TF_UPPER) && tv[m].nlet > 1) ||
	    tok_has(&tv[m], LX_ORGSUF) != NULL)
		return 0;
	if (tv[m].nlet == 1) {
		if (!is_cap(m + 1) || (tv[m + 1].f & TF_UPPER) ||
		    !unknown_or_given(m + 1))
			return 0;	/* an initial, then the name */
	} else if (!unknown_or_given(m) || (is_cap(m + 1) &&
	    !(name_word(m + 1) && unknown_or_given(m + 1))))
		return 0;
	/* a kind of body takes its place's name: UPT Puskesmas Samuda */
	if (match(j, M(LX_ORGPFX), &k) != NULL)
		return 0;
	return match(j, M(LX_ORG), &k) != NULL && k == m;
}

/* Head word + name: Dinas Kesehatan, PT Telkom, SMA Negeri 1 Kawali. */
static size_t
rule_orgpfx(struct ent_ctx *c, size_t i, struct tag_list *out)
{
	const struct lex *x;
	size_t j, m, last, k;
	int school;

	if ((x = match(i, M(LX_ORGPFX), &j)) == NULL)
		return 0;
	if (punct_is(j, '.') && tv[i].nlet <= 3)
		j++;
	school = strncmp(x->a, "Sekolah", 7) == 0 ||
	    strncmp(x->a, "Madrasah", 8) == 0;
	m = last = j;
	while (m < ntok && m - j < 8 && (is_free(m) ||
	    (tv[m].used == U_DATE && (tv[m].f & TF_DIGIT) && !(tv[m].f & TF_ALPHA)))) {
		/* another body starts: Komisi VII | DPR, Fakultas Hukum | Universitas */
		if (m > j && match(m, M(LX_ORG) | M(LX_ORGPFX) | M(LX_PEMDA),
		    &k) != NULL && !(m == j + 1 && tok_has(&tv[j], LX_ORGPFX)))
			break;	/* but PT Bank | Danamon is one body */
		/* a person: Dinas | Anak Agung Gde Rai */
		if (adat_at(m) > m || (m > j && person_starts(m)))
			break;
		/* PT Telkom | Yogyakarta: a known body, then its place */
		if (m > j && (tv[m].wl >= 0 || (tv[m].tmask & M(LX_PLACE))) &&
		    !key_is(m, "indonesia") &&
		    match(j, M(LX_ORG), &k) != NULL && k == m)
			break;
		/* Ketua Umum Partai Gerindra | Suhardi */
		if (m > j && person_after(i, j, m))
			break;
		/* PT Blue Bird Tbk | Purnomo Prawiro; Partai Gerindra | Prabowo */
		if (m > j && is_cap(m) && ((m - 1 > j &&
		    tok_has(&tv[m - 1], LX_ORGSUF)) ||
		    ((tv[m].cue & C_NAMA) && is_cap(m + 1) &&
		    !tok_has(&tv[m + 1], LX_ORGSUF))))
			break;
		if (is_cap(m) && (!ends_name(m) || org_inner(m))) {
			last = ++m;
		} else if (is_word(m) && (tv[m].f & TF_DIGIT) && (m > j ||
		    school) && (is_cap(m + 1) || key_is(m - 1, "negeri") ||
		    school)) {
			last = ++m;	/* SMA Negeri 1 Kawali, not Golkar 1993 */
		} else if (m > j && is_connector(m) && is_cap(m + 1) &&
		    match(m + 1, M(LX_ORGPFX) | M(LX_ORG) | M(LX_PEMDA),
		    &k) == NULL) {
			m++;
		} else
			break;
	}
	/*
	 * A school is a place once it has a number or a name (SMA Negeri 1
	 * Kawali); the bare kind (lulusan SMA) is neither place nor body.
	 */
	if (school) {
		/* Sekolah Lanjutan Atas: a kind of school, no school's name */
		for (k = j; k < last; k++)
			if (!is_word(k) || (tv[k].f & TF_DIGIT) || !is_common(k))
				break;
		if (k == last) {
			claim(i, j, U_NOPER);
			return j;
		}
		emit_place(out, i, last, "sekolah:");
		return last;
	}
	for (k = j; k < last; k++)
		if (is_word(k) && !roman(k) && !(tv[k].f & TF_DIGIT))
			break;
	if (k == last)
		return 0;	/* Komisi VII: a part of the body that follows */
	last = org_tail(org_country(last));
	rk_buf_reset(&vb);
	rk_buf_adds(&vb, x->a);
	rk_buf_addc(&vb, ' ');
	surface(&vb, j, last);
	emit(out, i, last, "ORG", vb.data, vb.len);
	claim(i, last, U_ORG);
	remember(c, i, last, U_ORG, vb.data, vb.len);
	/* PT Indofood Sukses Makmur: later "Indofood" alone is the body too */
	if (tv[i].f & TF_UPPER) {
		remember(c, j, last, U_ORG, vb.data, vb.len);
		if (last > j + 1 && !is_common(j))
			remember(c, j, j + 1, U_ORG, vb.data, vb.len);
	}
	return last;
}

/*
 * A party's or association's board before the body's name (DPP PDI
 * Perjuangan, DPD Partai Golkar, DPC Organda): the body is the entity,
 * its board's acronym none.  Returns the end of the board word, or i.
 */
static inline size_t
board_at(size_t i)
{
	size_t k;

	if (!(tv[i].f & TF_UPPER) || tv[i].kl != 3 ||
	    !(key_is(i, "dpp") || key_is(i, "dpd") || key_is(i, "dpw") ||
	    key_is(i, "dpc")) ||
	    match(i + 1, M(LX_ORG) | M(LX_ORGPFX), &k) == NULL)
		return i;
	return i + 1;
}

/*
 * Pemkab Kutim, Pemerintah Kota Banjarbaru: a PEMDA span, not an ORG.
 * A local government is named by its area, and the area is the entity
 * (the NER corpora tag "Pemkot Surabaya" as the place Surabaya alone).
 */
static size_t
rule_pemda(struct ent_ctx *c, size_t i, struct tag_list *out)
{
	const struct lex *x;
	size_t j, m;
	long row;
	int want, amb;

	if ((x = match(i, M(LX_PEMDA), &j)) == NULL)
		return 0;
	want = strstr(x->a, "Kabupaten") ? L_KAB : strstr(x->a, "Kota") ?
	    L_KOTA : strstr(x->a, "Provinsi") ? L_PROV : strstr(x->a, "Desa") ?
	    L_DESA : strstr(x->a, "Kecamatan") ? L_KEC : L_NONE;
	m = place_at(c, j, want, 1, &row, &amb);
	rk_buf_reset(&vb);
	rk_buf_adds(&vb, x->a);
	if (m > j) {
		rk_buf_addc(&vb, ' ');
		if (row >= 0 && !amb)
			rk_buf_adds(&vb, RK_CELL(&t_wil, row, 2));
		else
			surface(&vb, j, m);
	}
	/* a resolved area is its own LOC: Pemkab | Kotim */
	if (row >= 0 && !amb) {
		emit(out, i, j, "PEMDA", vb.data, vb.len);
		claim(i, j, U_ORG);
		rk_buf_reset(&vb);
		rk_buf_adds(&vb, RK_CELL(&t_wil, row, 0));
		emit(out, j, m, "LOC", vb.data, vb.len);
		claim(j, m, U_LOC);
		return m;
	}
	emit(out, i, m, "PEMDA", vb.data, vb.len);
	claim(i, m, U_ORG);
	remember(c, i, m, U_ORG, vb.data, vb.len);
	return m;
}

static size_t bare_place(struct ent_ctx *, size_t, size_t, struct tag_list *);

/*
 * An area's short form unknown to the lexicon right after a role word
 * (Sekda Bonbol Ir. Hasbullah): a short capitalised word that no list
 * knows, followed by a title, degree, rank or customary title (after an
 * optional comma).
 */
static int
acronym_area(const struct lex *x, size_t i)
{
	size_t k, t;

	if (x->rf & RF_NOACR)
		return 0;
	if (!is_word(i) || !is_free(i) || !(tv[i].f & TF_CAP) ||
	    (tv[i].f & (TF_UPPER | TF_DIGIT)) || tv[i].nlet < 4 ||
	    tv[i].nlet > 7 || tv[i].tmask != 0 || tv[i].pmask != 0 ||
	    tv[i].wl >= 0 || tv[i].cue != 0)
		return 0;
	k = i + 1;
	if (punct_is(k, ','))
		k++;
	if (adat_at(k) > k)
		return 1;
	if ((t = skip_titles(k)) > k && (tv[k].tmask & M(LX_GELAR)))
		return namey(t) || adat_at(t) > t;
	/* a bare name after it is no proof: Wakil Ketua Priyo Budi Santoso */
	return 0;
}

/* An island or bay named as a role's area: Pulau Ambon, Teluk Bintuni. */
static int
island_at(const struct lex *r, size_t i)
{
	const struct lex *x;
	size_t q;

	if ((r->rf & RF_NOISL) || !is_free(i) ||
	    (x = match(i, M(LX_LOCHEAD), &q)) == NULL || x->a == NULL)
		return 0;
	return strcmp(x->a, "pulau") == 0 || strcmp(x->a, "teluk") == 0;
}

/* Role [area] [,] [titles] name: Camat Seranau Yudi H. Sulardi. */
static size_t
rule_role(struct ent_ctx *c, size_t i, struct tag_list *out)
{
	const struct lex *x;
	size_t j, m, p, q, k;
	long row;

	if ((x = match(i, M(LX_ROLE), &j)) == NULL)
		return 0;
	/* Pj, Plt alone are only prefixes */
	if (x->rf & RF_PJ)
		return 0;
	m = area_after(c, j, role_level(x), &row);
	if (row < 0 && m == j && acronym_area(x, j))
		m = j + 1;	/* Sekda Bonbol | Ir. Hasbullah */
	/* islands: Kapolresta Pulau Ambon dan Pulau-Pulau Lease | Kombes */
	if (row < 0 && m == j && island_at(x, j) && (q = rule_lochead(c, j,
	    out)) > j) {
		m = q;
		if (m + 1 < ntok && (tv[m].cue & C_SAMBUNG) &&
		    island_at(x, m + 1) && (q = rule_lochead(c, m + 1, out)) > m + 1)
			m = q;
	}
	rk_buf_reset(&vb);
	rk_buf_adds(&vb, x->a);
	if (row >= 0) {
		rk_buf_addc(&vb, '@');
		rk_buf_adds(&vb, RK_CELL(&t_wil, row, 0));
		emit(out, j, m, "LOC", RK_CELL(&t_wil, row, 0),
		    strlen(RK_CELL(&t_wil, row, 0)));
		claim(j, m, U_LOC);
		if (c != NULL && c->pass == 1)
			area_add(c, row);
	}
	emit(out, i, m, "ROLE", vb.data, vb.len);
	/* the role's words are no name, but may hold a body: Kepala Dinas */
	for (k = i; k < m; k++)
		tv[k].noper = 1;
	/* the person: skip a comma, titles, and the office's own words */
	p = m;
	if (punct_is(p, ','))
		p++;
	p = skip_titles(p);
	/* after Haji comes the name: H. Habib Syarifuddin */
	while (p < ntok && is_free(p) && is_cap(p) && p < m + 3 && !hajj_before(p)) {
		if (match(p, M(LX_ORGPFX), &q) != NULL &&
		    (q = rule_orgpfx(c, p, out)) > p)
			p = q;
		else if (match(p, M(LX_ORG), &q) != NULL)
			p = rule_org(c, p, out);
		else if (match(p, M(LX_PLACE) | M(LX_ABBR), &q) != NULL)
			p = bare_place(c, p, wil_end(p, q), out);
		else if (p > m && acronym_area(x, p))
			p++;	/* Kadis Kominfo Bonbol | Drs. Lalu */
		else if ((q = board_at(p)) > p) {
			claim(p, q, U_NOPER);
			p = q;	/* Ketua DPP | PDIP Hendrawan */
		} else if ((tv[p].f & TF_UPPER) && tv[p].nlet >= 3 && !roman(p) &&
		    !(tv[p].cue & C_NAMA)) {
			if (!is_common(p)) {
				emit(out, p, p + 1, "ORG", cs + tv[p].s,
				    tv[p].e - tv[p].s);
				claim(p, p + 1, U_ORG);
			}
			p++;	/* Ketua DPP PDIP Hendrawan */
		}
		else if (tok_has(&tv[p], LX_WORD) == NULL &&
		    stem_common(kb.data + tv[p].ks, tv[p].kl, 0) && namey(p + 1))
			p++;	/* the office's own words: Menteri Perhubungan */
		else if (p >= m && p > 0 && tok_has(&tv[p], LX_WORD) != NULL &&
		    !(tv[p].cue & C_NAMA) && is_cap(p + 1) &&
		    (tv[p - 1].tmask & M(LX_ORGPFX)))
			p++;	/* Kepala Dinas Sosial | Kukar */
		else
			break;
	}
	p = skip_titles(p);
	q = name_run(p, 6);
	for (k = p; k < q; k++)
		if (is_word(k) && (tv[k].cue & C_NAMA ||
		    (!is_common(k) && !is_notname(k) && !roman(k))))
			break;
	if (k == q)
		q = p;		/* Menteri Kehutanan: the office, not a name */
	/* laporan gubernur, Palembang sudah mulai: a place, not a name */
	if (q == p + 1 && !(tv[p].cue & C_NAMA) && (tv[p].wl >= 0 ||
	    tok_has(&tv[p], LX_PLACE) != NULL))
		q = p;
	if (q > p) {
		emit(out, p, q, "PER", cs + tv[p].s, tv[q - 1].e - tv[p].s);
		claim(p, q, U_PER);
		remember(c, p, q, U_PER, cs + tv[p].s, tv[q - 1].e - tv[p].s);
	}
	return j;
}

/* Aula Kecamatan Seranau; Room Oasis, Aston Hotel dan Convention Samarinda. */
static size_t
rule_venue(size_t i, struct tag_list *out)
{
	const struct lex *x;
	size_t j, m, last, a, k;

	if (tv[i].venue || (x = match(i, M(LX_VENUE), &j)) == NULL)
		return 0;
	if (!(tv[i].f & TF_CAP) && !is_cap(j))
		return 0;
	a = i;
	/* Aston Hotel, Grand Ballroom: the name may come first */
	if (strcmp(x->a, "hotel") == 0 || strcmp(x->a, "hall") == 0 ||
	    strcmp(x->a, "room") == 0)
		while (a > 0 && is_cap(a - 1) && is_free(a - 1) &&
		    !is_notname(a - 1) && i - a < 3)
			a--;
	m = last = j;
	while (m < ntok && m - j < 12) {
		if (is_cap(m) && (!ends_name(m) || org_inner(m))) {
			last = ++m;
		} else if (is_word(m) && (tv[m].f & TF_DIGIT) && m > j) {
			last = ++m;
		} else if ((tv[m].cue & C_LANTAI) && is_word(m + 1)) {
			m += 2;
			last = m;
		} else if (m > j && is_connector(m) && is_cap(m + 1)) {
			m++;
		} else if (punct_is(m, '.') && m > j && tv[m - 1].nlet <= 3 &&
		    is_cap(m + 1)) {
			m++;
		} else if (punct_is(m, ',') && m > j) {
			/* go on only into another venue name */
			for (k = m + 1; k < ntok && k < m + 5 && is_cap(k); k++)
				if (match(k, M(LX_VENUE), &k) != NULL)
					break;
			if (k < ntok && k < m + 5 && is_cap(k - 1) &&
			    match(k - 1, M(LX_VENUE), &k) != NULL)
				m++;
			else
				break;
		} else
			break;
	}
	if (last == j && a == i)
		return 0;
	emit(out, a, last, "VENUE", cs + tv[a].s, tv[last - 1].e - tv[a].s);
	for (k = a; k < last; k++)
		tv[k].venue = 1;
	/* a building is a place too; rooms and offices hold places inside */
	if (strcmp(x->a, "hotel") == 0 || strcmp(x->a, "gedung") == 0 ||
	    strcmp(x->a, "wisma") == 0 || strcmp(x->a, "graha") == 0 ||
	    strcmp(x->a, "hall") == 0 || strcmp(x->a, "restoran") == 0 ||
	    strcmp(x->a, "balai") == 0) {
		for (k = a; k < last; k++)
			if (!is_free(k))
				return last;
		rk_buf_reset(&vb);
		rk_buf_adds(&vb, x->a);
		rk_buf_addc(&vb, ':');
		surface(&vb, a, last);
		emit(out, (tv[a].f & TF_CAP) ? a : a + 1, last, "LOC", vb.data,
		    vb.len);
		claim(a, last, U_LOC);
	}
	return last;
}

static void
rule_cue(size_t i, struct tag_list *out)
{
	const struct lex *x;
	size_t j;

	if ((x = match(i, M(LX_EVENT), &j)) != NULL) {
		emit(out, i, j, "EVENT", x->a, strlen(x->a));
		claim(i, j, U_NOPER);
	}
	if ((x = match(i, M(LX_MODE), &j)) != NULL) {
		emit(out, i, j, "MODE", x->a, strlen(x->a));
		claim(i, j, U_NOPER);
	}
}

/* The word before a says what follows: a body, or a product or title. */
static int
kind_cue(size_t a)
{
	if (a == 0 || !is_word(a - 1) || (tv[a - 1].f & TF_CAP))
		return 0;
	if (tv[a - 1].cue & C_ORG)
		return 1;
	if (tv[a - 1].cue & C_BENDA)
		return 2;
	return 0;
}

/* A speech verb or a form of address next to a: kata Bambang, Bambang mengatakan. */
static int
speech_cue(size_t a)
{
	return (a > 0 && (tv[a - 1].cue & C_UCAP1)) ||
	    (a + 1 < ntok && (tv[a + 1].cue & C_UCAP2));
}

static inline int
loc_cue(size_t a)
{
	return a > 0 && is_word(a - 1) && !(tv[a - 1].f & TF_CAP) &&
	    (tv[a - 1].cue & C_LOKASI);
}

static int
roman(size_t i)
{
	size_t k;

	for (k = tv[i].s; k < tv[i].e; k++)
		if (strchr("IVXLC", cs[k]) == NULL)
			return 0;
	return 1;
}

/*
 * A region's name that runs past the place list's (Sumatera Barat, not
 * the island Sumatera) within [a,b).
 */
static int
wil_longer(size_t a, size_t mp, size_t b)
{
	size_t mw;

	return tv[a].wmaxn > 1 && wil_match(a, &mw) >= 0 && mw > mp && mw <= b;
}

/* The end of the longer of a place-list name ending at q and a region's. */
static size_t
wil_end(size_t a, size_t q)
{
	size_t mw;

	return tv[a].wmaxn > 1 && wil_match(a, &mw) >= 0 && mw > q ? mw : q;
}

/* A bare place name at a: the gazetteer, the document, a cue word. */
static size_t
bare_place(struct ent_ctx *c, size_t a, size_t b, struct tag_list *out)
{
	const struct lex *x;
	size_t m = a, mp = a;
	long e, row = -1;
	int amb = 0, cue = loc_cue(a);

	if ((x = match(a, M(LX_ABBR), &m)) != NULL && m <= b) {
		row = wil_row(x->a);
	} else if ((x = match(a, M(LX_PLACE), &mp)) != NULL && mp <= b &&
	    !wil_longer(a, mp, b) &&
	    !(mp == a + 1 && (tv[a].f & TF_FIRST) && is_common(a) &&
	    !(a == 0 && punct_is(mp, '-')) &&	/* Paris - (a dateline) */
	    !first_place(a))) {
		m = mp;
		row = x->a[0] ? wil_row(x->a) : -1;
		if (row < 0) {
			rk_buf_reset(&vb);
			rk_buf_adds(&vb, x->b);
			rk_buf_addc(&vb, ':');
			surface(&vb, a, m);
			goto found;
		}
	} else if (((e = wil_match(a, &m)) >= 0 && m <= b &&
	    (row = wil_pick(c, &wilh, e, L_NONE, &amb)) >= 0) ||
	    (cue && (e = desa_match(a, &m)) >= 0 && m <= b &&
	    (row = wil_pick(c, &desah, e, L_NONE, &amb)) >= 0)) {
		if (row < 0)
			return a;
		/* Ketapang in a Kotim story: the kelurahan there, not Kab. Ketapang */
		if (c != NULL && areas_named(c) && ctx_score(c, row) == 0 &&
		    (e = desa_match(a, &mp)) >= 0 && mp == m) {
			long drow = wil_pick(c, &desah, e, L_NONE, &amb);

			if (drow >= 0 && ctx_score(c, drow) == 2 && !amb) {
				row = drow;
				cue = 1;
			}
		}
		if (wlev[row] >= L_KEC && !cue && ctx_score(c, row) < 2)
			return a;
		if (wlev[row] >= L_DESA && !cue)
			return a;
		/* an ordinary word opening a sentence is not a place (Medan) */
		if (m == a + 1 && is_common(a) && !cue &&
		    (wlev[row] > L_KOTA || (tv[a].f & TF_FIRST)))
			return a;
		if (amb && ctx_score(c, row) == 0 && wlev[row] >= L_KEC)
			row = -1;
	} else
		return a;
	if (row >= 0) {
		rk_buf_reset(&vb);
		rk_buf_adds(&vb, RK_CELL(&t_wil, row, 0));
		/* Kotim, Sampit: a kabupaten the story names sets its context */
		if (c != NULL && c->pass == 1 && x != NULL && wlev[row] <= L_KOTA)
			area_add(c, row);
	} else
		loc_value(&vb, -1, "tempat", a, m);
found:
	emit(out, a, m, "LOC", vb.data, vb.len);
	claim(a, m, U_LOC);
	return m;
}

/* A degree after a name's comma at i (S.Sos., M.A, SH); its end, or i. */
static size_t
degree_at(size_t i)
{
	const struct lex *x;
	size_t j = i, best = i, nw = 0;
	long e;

	if (!is_cap(i))
		return i;
	rk_buf_reset(&tmpb);
	while (is_word(j) && (tv[j].f & TF_ALPHA) && nw < 5) {
		rk_buf_add(&tmpb, kb.data + tv[j].ks, tv[j].kl);
		nw++;
		j++;
		for (e = lx_find(tmpb.data, tmpb.len); e >= 0;
		    e = lx_next(e))
			if ((x = lx(e))->type == LX_GELAR && x->sub == G_DEGREE) {
				best = j;
				break;
			}
		/* S.Sos, M.Hum: parts joined by dots without spaces */
		if (!punct_is(j, '.') || tv[j].s != tv[j - 1].e ||
		    !is_word(j + 1) || tv[j + 1].s != tv[j].e)
			break;
		j++;
	}
	if (best > i && punct_is(best, '.') && tv[best].s == tv[best - 1].e)
		best++;
	return best;
}

/*
 * An active verb of a known root after i, past a few adverbs: Lorenzo
 * bertekad, Mega malah mengkritik.  People act; so do firms, but less
 * often in the news.
 */
#define VA_PASSIVE	1	/* a passive verb counts too */
#define VA_STRICT	2	/* no -nya form (berikutnya) */

static int
verb_after(size_t i, int how)
{
	static const char *const adv[] = { "juga", "pun", "tidak", "tak",
	    "sudah", "telah", "akan", "masih", "malah", "bahkan", "kemudian",
	    "lalu", "belum", "sempat", "langsung", "segera", "justru", "tetap",
	    "pernah", "sendiri", "lantas", "selalu", "sering", "turut",
	    "hanya", "sekali", "sangat", "terus", "mulai", "kerap", "kembali",
	    "segera", "baru", "belakangan", "kini", "pula", "akhirnya", NULL };
	static const char *const any[] = { "merupakan", "menjadi", "memiliki",
	    "mempunyai", "berada", "berlokasi", "terletak", "meliputi",
	    "mencapai", "menerima", "mengalami", "berasal", "berjarak",
	    "berbatasan", "menghubungkan", "membuka", "menutup", "bersama",
	    "bersamaan", "berdasarkan", "berkat", "beserta", "berupa",
	    "bermula", "mengenai", "menjelang", "menuju", "melalui",
	    "menurut", "meskipun", "mereka", NULL };
	size_t n, k;

	for (n = 0; n < 3 && is_word(i) && !(tv[i].f & TF_CAP); n++, i++) {
		for (k = 0; adv[k] != NULL; k++)
			if (key_is(i, adv[k]))
				break;
		if (adv[k] == NULL)
			break;
	}
	if (!is_word(i) || (tv[i].f & TF_CAP))
		return 0;
	if ((tv[i].cue & C_UCAP2) || key_is(i, "lahir") || key_is(i, "wafat") ||
	    key_is(i, "meninggal"))
		return 1;	/* Barata juga mengatakan; Siwon lahir */
	/*
	 * A passive verb after one word that opens a clause: Waryono
	 * ditahan, Pudji dilantik.  Things are done to as well (Munaslub
	 * diatur), but they seldom lead a clause in one unknown word.
	 */
	if ((how & VA_PASSIVE) && tv[i].kl >= 6 &&
	    memcmp(kb.data + tv[i].ks, "di", 2) == 0 && is_verb_form(i))
		return 1;
	if (tv[i].kl < 6 || (kb.data[tv[i].ks] != 'm' &&
	    memcmp(kb.data + tv[i].ks, "ber", 3) != 0))
		return 0;
	if ((how & VA_STRICT) &&
	    memcmp(kb.data + tv[i].ks + tv[i].kl - 3, "nya", 3) == 0)
		return 0;
	/* verbs any subject takes: Semugih merupakan ibukota */
	for (k = 0; any[k] != NULL; k++)
		if (key_is(i, any[k]))
			return 0;
	/* memperoleh, memperkuat: the per- inside a me- verb */
	if (tv[i].kl > 8 && memcmp(kb.data + tv[i].ks, "memper", 6) == 0 &&
	    is_word_key(kb.data + tv[i].ks + 6, tv[i].kl - 6))
		return 1;
	return is_verb_form(i) || stem_common(kb.data + tv[i].ks, tv[i].kl, 1);
}

/*
 * A person's description after a name at b: "X adalah seorang penyanyi",
 * "X merupakan pelatih" (an occupation word of the sapaan class, five
 * letters or more, so not "ibu kota").
 */
static int
desc_after(size_t b)
{
	size_t p = b;

	if (!key_is(p, "adalah") && !key_is(p, "merupakan") &&
	    !key_is(p, "ialah") && !key_is(p, "menjadi") &&
	    !key_is(p, "sebagai"))
		return 0;
	p++;
	if (key_is(p, "seorang") || key_is(p, "sang"))
		p++;
	return is_word(p) && !(tv[p].f & TF_CAP) && tv[p].kl >= 5 &&
	    (tv[p].cue & C_SAPAAN);
}

/*
 * A word no list knows with the ending of an Indonesian or Arabic
 * personal name: Nazaruddin, Febriyanto, Waryono, Puspitawati,
 * Ferdiansyah, Hidayatullah.  Places have lists; these endings are rare
 * in other words.
 */
static int
name_suffix(size_t k)
{
	static const char *const end[] = { "uddin", "udin", "anto", "yono",
	    "wati", "yati", "ningsih", "ningrum", "syah", "ullah", "ardi",
	    "yadi", NULL };
	size_t j, l;
	const char *w;

	if (tv[k].lx >= 0 || tv[k].wl >= 0 || tv[k].kl < 6 ||
	    !(tv[k].f & TF_CAP) || (tv[k].f & TF_UPPER))
		return 0;
	w = kb.data + tv[k].ks;
	for (j = 0; end[j] != NULL; j++) {
		l = strlen(end[j]);
		if (tv[k].kl > l + 1 && memcmp(w + tv[k].kl - l, end[j], l) == 0)
			return 1;
	}
	return 0;
}

/*
 * What says that [a,b) is a person (a0: where its run began): a role,
 * title or form of address before it, a speech verb next to
 * it, a degree after it, a given name, a full name met before; for two
 * words or more, no ordinary word among them.  Without it a capitalised
 * run is a brand, a club, a title of a work as often as a name.
 */
static int
per_evidence(const struct memv *mv, size_t a0, size_t a, size_t b)
{
	size_t k, m, p;
	uint32_t q;

	if (mv != NULL && mv->type == U_PER && !mv->weak)
		return 2;
	/* "Injected Sufferage", 'Finding Nemo': between quotes, a title */
	if (a0 > 0 && b < ntok && !is_word(a0 - 1) && !is_word(b) &&
	    ((q = peek(cs, clen, tv[a0 - 1].s)) == '"' || q == 0x201C ||
	    q == '\'' || q == 0x2018) &&
	    ((q = peek(cs, clen, tv[b].s)) == '"' || q == 0x201D ||
	    q == '\'' || q == 0x2019))
		return 0;
	for (k = a; k < b; k++)
		if (tv[k].cue & C_NAMA)
			return 2;
	/* Waryono, Maju Daryono Pakpahan; not @SBYudhoyono, Disampaikan X */
	for (k = a; k < b; k++)
		if (is_verb_form(k) || (k > 0 && punct_is(k - 1, '@')))
			break;
	if (k == b)
		for (k = a; k < b; k++)
			if (name_suffix(k))
				return 2;
	p = a0;
	if (p > 0 && punct_is(p - 1, ','))
		p--;
	if (p > 0 && (tv[p - 1].noper || (tv[p - 1].cue & (C_SAPAAN | C_UCAP1)) ||
	    (match(p - 1, M(LX_GELAR), &m) != NULL && m == p)))
		return 2;
	if (a > 0 && punct_is(a - 1, '.') && a > 1 &&
	    match(a - 2, M(LX_GELAR), &m) != NULL && m == a - 1)
		return 2;
	p = b;
	if (punct_is(p, ','))
		p++;
	if (p < ntok && (tv[p].cue & C_UCAP2))
		return 2;
	/*
	 * Rouhani, seorang ulama; Tsvangirai, mantan perdana menteri: an
	 * apposition that only a person takes (an occupation word alone
	 * follows bodies too: Kadin, pengurus ...).  After "di X," a new
	 * clause starts (Di Sungai Lurus, seorang warga ...).
	 */
	if (p > b && !loc_cue(a0) && (key_is(p, "seorang") ||
	    key_is(p, "mantan")))
		return 2;
	/*
	 * Smith, wakil presiden Philip Morris; Sukardi, kepala desa
	 * setempat: a role in lower case after the comma is the holder's
	 * (a body's or place's name comes with its role capitalised).  Not
	 * in a list, where the role is an item of its own (perwakilan
	 * Manggala Agni, camat, serta ...).
	 */
	if (p > b && !loc_cue(a0) && is_word(p) && !(tv[p].f & TF_CAP) &&
	    match(p, M(LX_ROLE), &m) != NULL && m < ntok &&
	    !punct_is(m, ',') && !punct_is(m, ';') && !key_is(m, "dan") &&
	    !key_is(m, "serta"))
		return 2;
	if (desc_after(b))
		return 2;	/* Chrisye adalah seorang penyanyi */
	if (punct_is(b, '(') && key_is(b + 1, "lahir"))
		return 2;	/* Liberace (lahir 16 Mei 1919): a life's dates */
	/* Sutrisno (52): an age in parentheses */
	if (punct_is(b, '(') && is_word(b + 1) && (tv[b + 1].f & TF_DIGIT) &&
	    !(tv[b + 1].f & TF_ALPHA) && tv[b + 1].e - tv[b + 1].s <= 2 &&
	    punct_is(b + 2, ')'))
		return 2;
	if (verb_after(b, b == a + 1 && a == a0 && (a == 0 ||
	    (tv[a].f & TF_FIRST) || punct_is(a - 1, ',')) ? VA_PASSIVE : 0))
		return 1;	/* a guess good enough to tag, not to remember */
	if (punct_is(b, ',') && b + 1 < ntok && tv[b + 1].used == U_NOPER &&
	    degree_at(b + 1) > b + 1)
		return 2;
	if (b >= a + 2) {
		for (k = a; k < b; k++)
			if (is_word(k) && !(tv[k].nlet == 1 && k + 1 < b && !roman(k)) &&
			    ((tok_has(&tv[k], LX_WORD) &&
			    (k + 1 < b || k == a || tv[k].wl >= 0 ||
			    (tv[k].tmask & (M(LX_PLACE) | M(LX_ABBR))))) ||
			    is_notname(k) || roman(k) || tok_has(&tv[k], LX_ENG) ||
			    (tv[k].f & TF_UPPER) || is_verb_form(k)))
				return 0;	/* Joe Hart: an ordinary word last */
		/* an initial before a name is the name's: M Arsyad Sanusi */
		return 1;
	}
	return 0;
}

/*
 * A given name among [a,b) (Bambang Pamungkas: both are ordinary words
 * too, but Bambang opens names).
 */
static int
given_in(size_t a, size_t b)
{
	for (; a < b; a++)
		if (tv[a].cue & C_NAMA)
			return 1;
	return 0;
}

/* Initials after "berinisial" or "inisial": a person's, not a body's. */
static int
initials_at(size_t a)
{
	return a > 0 && (key_is(a - 1, "berinisial") || key_is(a - 1, "inisial"));
}

/*
 * A football club's name: Pers and a vowel (Persib, Persisam).  It may
 * look like a per- noun (Persema: per-sema), but not like one with -an
 * (Persatuan) nor be an ordinary word itself.
 */
static int
club_word(size_t a)
{
	return tv[a].kl >= 6 && memcmp(kb.data + tv[a].ks, "pers", 4) == 0 &&
	    strchr("aeiu", kb.data[tv[a].ks + 4]) != NULL &&
	    !(tv[a].f & TF_UPPER) && (!is_common(a) ||
	    (tok_has(&tv[a], LX_WORD) == NULL &&
	    memcmp(kb.data + tv[a].ks + tv[a].kl - 2, "an", 2) != 0));
}

/* A capital letter after the first (BTS, GHz): an acronym or a unit. */
static int
inner_capital(size_t i)
{
	uint32_t k;

	for (k = tv[i].s + 1; k < tv[i].e; k++)
		if (cs[k] >= 'A' && cs[k] <= 'Z')
			return 1;
	return 0;
}

/* Classify a run of capitalised words [a,b) that no rule claimed. */
static void
classify_run(struct ent_ctx *c, size_t a, size_t b, struct tag_list *out)
{
	const struct memv *mv;
	size_t m, k, ncommon = 0, a0 = a;
	int titled = 0, ev;
	long row;

	if ((mv = mem_get(c, a, b)) != NULL && mv->type == U_PER && b > a + 1) {
		emit(out, a, b, "PER", c->mvals.data + mv->voff, mv->vlen);
		claim(a, b, U_PER);
		return;
	}
	/*
	 * 8 BTS, 1 GHz, 2.700 TKA: a word with capitals inside it after a
	 * number is a unit or a thing counted, not a body (a place keeps
	 * its name: Level 4 BONTANG).
	 */
	if (b == a + 1 && a > 0 && is_word(a - 1) && (tv[a - 1].f & TF_DIGIT) &&
	    !(tv[a - 1].f & TF_ALPHA) && inner_capital(a) && tv[a].wl < 0 &&
	    !(tv[a].tmask & M(LX_PLACE)) && mem_get(c, a, b) == NULL) {
		claim(a, b, U_NOPER);
		return;
	}
	while (a < b) {
		m = skip_titles(a);
		if (m > a) {
			a0 = a = m;
			titled = 1;
			continue;
		}
		if (adat_at(a) > a) {
			/* Tengku Syafri: a name; Lalu Lintas is traffic */
			titled = key_is(a, "lalu") ? 1 : 2;
			break;
		}
		if (is_notname(a) || ((tv[a].f & TF_FIRST) && is_common(a) &&
		    !(tv[a].f & TF_UPPER) && !first_place(a) &&
		    (mv = mem_get(c, a, a + 1)) == NULL &&
		    !((tv[a].cue & C_NAMA) && (b > a + 1 || verb_after(a + 1, 0))) &&
		    !(a == 0 && punct_is(a + 1, '-') && (tv[a].wl >= 0 ||
		    (tv[a].tmask & M(LX_PLACE))))))
			a++;
		else if (b > a + 1 && !(tv[a].f & TF_UPPER) &&
		    tok_has(&tv[a], LX_WORD) == NULL &&
		    tok_has(&tv[a], LX_PROPER) == NULL && !(tv[a].cue & C_NAMA) &&
		    stem_common(kb.data + tv[a].ks, tv[a].kl, 0) &&
		    (tv[a].kl > 6 || kb.data[tv[a].ks + tv[a].kl - 1] != 'n') &&
		    !club_word(a))
			a++;	/* an inflected word is not a name: Wakilnya */
		else
			break;
	}
	while (b > a && ((is_notname(b - 1) && !(b - 1 > a &&
	    name_part(b - 1))) || punct_is(b - 1, '.')))
		b--;
	if (a >= b)
		return;
	/* initials or degrees alone (S.I.K., M) are not names */
	for (k = a; k < b; k++)
		if (is_word(k) && tv[k].nlet > 1 &&
		    !(match(k, M(LX_GELAR), &m) != NULL && m <= b))
			break;
	if (k == b)
		return;
	/* LRT Jakarta, DPP Organda: an unknown acronym, then the rest */
	if (b > a + 1 && (tv[a].f & TF_UPPER) && tv[a].nlet >= 3 &&
	    !roman(a) && match(a, M(LX_GELAR) | M(LX_PLACE) | M(LX_ABBR),
	    &m) == NULL && tv[a].wl < 0) {
		if (!is_common(a)) {
			emit(out, a, a + 1, "ORG", cs + tv[a].s, tv[a].e - tv[a].s);
			claim(a, a + 1, U_ORG);
		}
		classify_run(c, a + 1, b, out);
		return;
	}
	/* Korea Tourism Organization: the last word makes it a body */
	if (b > a + 1 && tok_has(&tv[b - 1], LX_ORGSUF) &&
	    !tok_has(&tv[b - 1], LX_LOCSUF) && !(tv[b - 1].f & TF_UPPER)) {
		emit(out, a, b, "ORG", cs + tv[a].s, tv[b - 1].e - tv[a].s);
		claim(a, b, U_ORG);
		return;
	}
	/* Ambon City Center, Wembley Stadium: the last word makes it a place */
	if (b > a + 1 && venue_tail(b - 1) == b) {
		emit_place(out, a, b, "tempat:");
		return;
	}
	/* a place first, then what is left */
	/* dari Raden Machjar: a customary title opens a name, not a place */
	m = initials_at(a) || titled == 2 ? a : bare_place(c, a, b, out);
	if (m > a) {
		if (m < b)
			classify_run(c, m, b, out);
		return;
	}
	/* Persib Bandung, Persisam Putra Samarinda: a football club */
	if (club_word(a)) {
		/* its town, a run of its own, is its name's */
		if (b == a + 1)
			while (b < a + 4 && is_cap(b) && is_free(b) &&
			    (tv[b].wl >= 0 || (tv[b].tmask & M(LX_PLACE))))
				b++;
		emit(out, a, b, "ORG", cs + tv[a].s, tv[b - 1].e - tv[a].s);
		claim(a, b, U_ORG);
		return;
	}
	/* Lockheed Corporation, Express Air; Selwyn Heights */
	if (b > a + 1 && (tok_has(&tv[b - 1], LX_ORGSUF) ||
	    tok_has(&tv[b - 1], LX_LOCSUF))) {
		int org = tok_has(&tv[b - 1], LX_ORGSUF) != NULL;

		rk_buf_reset(&vb);
		if (!org)
			rk_buf_adds(&vb, "tempat:");
		surface(&vb, a, b);
		emit(out, a, b, org ? "ORG" : "LOC", vb.data, vb.len);
		claim(a, b, org ? U_ORG : U_LOC);
		return;
	}
	if ((mv = mem_get(c, a, b)) != NULL && mv->type != U_PER) {
		emit(out, a, b, mv->type == U_LOC ? "LOC" : "ORG",
		    c->mvals.data + mv->voff, mv->vlen);
		claim(a, b, mv->type);
		return;
	}
	/*
	 * SBY, JK: a person known by initials (nama-depan.tsv); pelaku
	 * berinisial AS: initials
	 */
	if (b == a + 1 && (tv[a].f & TF_UPPER) && tv[a].nlet >= 2 &&
	    !(tv[a].cue & C_NAMA) && !initials_at(a)) {
		/* a unit code (0909/KTM) is not a body */
		if (roman(a) || tv[a].nlet < 3 || (is_common(a) && tv[a].nlet > 3) ||
		    (a > 0 && punct_is(a - 1, '/')))
			return;
		/* ajang CTIA, sistem DRC: a thing's kind names a thing */
		if (kind_cue(a) == 2) {
			claim(a, b, U_NOPER);
			return;
		}
		/*
		 * In parentheses after words that are no name, the acronym
		 * is a term's: Air Traffic Control (ATC), Kartu Indonesia
		 * Pintar (KIP).
		 */
		if (a >= 2 && punct_is(a - 1, '(') && punct_is(b, ')') &&
		    is_word(a - 2) && (tv[a - 2].used == U_FREE ||
		    tv[a - 2].used == U_NOPER))
			return;
		emit(out, a, b, "ORG", cs + tv[a].s, tv[a].e - tv[a].s);
		claim(a, b, U_ORG);
		return;
	}
	/* a body after "perusahaan", a thing after "aplikasi" */
	switch (kind_cue(a)) {
	case 1:
		emit(out, a, b, "ORG", cs + tv[a].s, tv[b - 1].e - tv[a].s);
		claim(a, b, U_ORG);
		remember(c, a, b, U_ORG, cs + tv[a].s, tv[b - 1].e - tv[a].s);
		return;
	case 2:
		claim(a, b, U_NOPER);
		return;
	default:
		break;
	}
	if (loc_cue(a) && key_is(a - 1, "di") && mv == NULL) {
		row = -1;
		loc_value(&vb, row, "tempat", a, b);
		emit(out, a, b, "LOC", vb.data, vb.len);
		claim(a, b, U_LOC);
		return;
	}
	for (k = a; k < b; k++) {
		if (is_word(k) && (is_common(k) || is_notname(k) || roman(k)))
			ncommon++;
		/* titles of works and brands: The Force Awakens, Bear and Bow */
		if (tv[k].cue & C_JUDUL)
			return;
	}
	/*
	 * A lone ordinary word is a name only where a name is expected:
	 * after "kata" or "Pak", before "mengatakan" (Bambang, Bayu), or
	 * where a full name met before vouches for it; at a sentence's
	 * start, only if no root word looks like it (Diana, not Karya).
	 * "oleh" names the doer of a passive, a team or a firm as often as
	 * a person: before a lone English word (dibalas oleh City) it
	 * vouches for nothing.
	 */
	if (b == a + 1 && !(speech_cue(a) && !(key_is(a - 1, "oleh") &&
	    tok_has(&tv[a], LX_ENG) != NULL && !(tv[a].cue & C_NAMA))) &&
	    (ncommon == 1 || is_verb_form(a)) &&
	    !(mv != NULL && mv->type == U_PER && !mv->weak && (!(tv[a].f & TF_FIRST) ||
	    tok_has(&tv[a], LX_WORD) == NULL)) &&
	    !((tv[a].cue & C_NAMA) && !is_verb_form(a) &&
	    verb_after(b, VA_STRICT)))
		return;	/* but a given name acts: Maria mengajar, Budi menolak */
	/* Premier League, Sky Sports: names do not end in English words */
	if (b > a + 1 && tok_has(&tv[b - 1], LX_ENG) && mv == NULL)
		return;
	if (mv == NULL && b > a + 1 && ncommon >= (size_t)(b - a) &&
	    !given_in(a, b) && titled != 2) {	/* but Raden Wijaya */
		/* every word is an ordinary word: not a name */
		size_t nw = 0;

		for (k = a; k < b; k++)
			if (is_word(k))
				nw++;
		if (ncommon >= nw)
			return;
	}
	ev = titled ? 2 : per_evidence(mv, a0, a, b);
	/*
	 * Toyota Sienta, BlackBerry PlayBook: a lone word that only acts
	 * (mengusung) right after a body's name is the body's product;
	 * its people come with better evidence (a role, a given name).
	 */
	if (ev == 1 && a == a0 && a > 0 && b == a + 1 && is_word(a - 1) &&
	    tv[a - 1].used == U_ORG) {
		claim(a, b, U_NOPER);
		return;
	}
	/* two unknown words alone vouch for the run, not for its parts */
	emit_weak = ev < 2;
	if (ev == 0) {
		/* Inflasi Tala: a place at the run's tail */
		for (k = a + 1; k < b; k++)
			if (bare_place(c, k, b, out) > k)
				return;
		/* a guess: kept only if a list makes it a place or a body */
		emit_weak = 2;
		emit(out, a, b, "PER", cs + tv[a].s, tv[b - 1].e - tv[a].s);
		claim(a, b, U_PER);
		emit_weak = 0;
		return;
	}
	if (mv != NULL && mv->type == U_PER && !mv->ambig)
		emit(out, a, b, "PER", c->mvals.data + mv->voff, mv->vlen);
	else
		emit(out, a, b, "PER", cs + tv[a].s, tv[b - 1].e - tv[a].s);
	claim(a, b, U_PER);
	remember(c, a, b, U_PER, cs + tv[a].s, tv[b - 1].e - tv[a].s);
	emit_weak = 0;
}

static void
prepare(const char *s, size_t len)
{
	struct lxmemo *m;
	size_t i, n;
	struct tok *tp;
	const char *kd, *sc;
	const struct lxsum *ls;
	size_t nls;

	if (lxs == NULL)
		lxs_build();
	nph = 0;
	tokenize(s, len);
	/*
	 * One walk: a token's phrases need only the later tokens' keys.
	 * The globals it reads in locals (nothing below moves them): the
	 * char stores (maxn, wmaxn) would make the compiler load them again.
	 */
	tp = tv;
	n = ntok;
	kd = kb.data;
	sc = cs;
	ls = lxs;
	nls = nlxs;
	for (i = 0; i < n; i++) {
		struct tok *t = &tp[i];
		long e;

		t->maxn = t->wmaxn = 1;
		if (!(t->f & TF_WORD))
			continue;	/* a mark: no lexicon entry (lx -1) */
		if (t->kl > 2 && (sc[t->s] == 's' || sc[t->s] == 'S') &&
		    (sc[t->s + 1] == 'e' || sc[t->s + 1] == 'E') &&
		    sc[t->s + 2] == '-') {
			t->lx = lx_find(kd + t->ks + 2, t->kl - 2);
			t->f |= TF_SE;
			if (t->s + 3 < t->e && sc[t->s + 3] >= 'A' &&
			    sc[t->s + 3] <= 'Z')
				t->f |= TF_CAP;
		} else {
			m = lx_memo(kd + t->ks, t->kl);
			t->lx = m != NULL ? m->lx : lx_find(kd + t->ks, t->kl);
			if (!(t->f & TF_CAP))
				;	/* wl only for a capitalised word */
			else if (m == NULL)
				t->wl = rk_hash_find(&wilh, kd + t->ks, t->kl, 1);
			else {
				if (m->wl == -2)
					m->wl = (int32_t)rk_hash_find(&wilh,
					    kd + t->ks, t->kl, 1);
				t->wl = m->wl;
			}
		}
		e = t->lx;
		if (e >= 0 && (size_t)e < nls && ls[e].head) {
			t->tmask |= ls[e].tmask;
			t->cue |= ls[e].cue;
			t->maxn = ls[e].maxn;
			t->wmaxn = ls[e].wmaxn;
			e = -1;
		}
		for (; e >= 0; e = lx_next(e)) {
			const struct lex *x = lx(e);

			t->tmask |= 1U << x->type;
			t->cue |= x->cue;
			if (x->type == LX_PREFIX)
				t->maxn = x->ntok;
			else if (x->type == LX_WPREFIX)
				t->wmaxn = x->ntok;
		}
		if (t->maxn > 1)
			fill_phrases(i);
	}
	title_case = is_title_case();
}

static void
cache_put(struct ent_ctx *c, const char *s, size_t len)
{
	struct sentc *sc;

	if (c->nsc == c->csc) {
		c->csc = c->csc ? c->csc * 2 : 32;
		c->sc = rk_xrealloc(c->sc, c->csc, sizeof(*c->sc));
	}
	sc = &c->sc[c->nsc++];
	sc->s = s;
	sc->len = len;
	sc->t0 = c->nct;
	sc->nt = ntok;
	sc->k0 = c->ckb.len;
	sc->p0 = ncphv;
	sc->np = nph;
	sc->tcase = title_case;
	sc->ru = 0;
	if (c->nct + ntok > c->cct) {
		c->cct = (c->nct + ntok) * 2;
		c->ct = rk_xrealloc(c->ct, c->cct, sizeof(*c->ct));
	}
	if (ntok > 0)
		memcpy(c->ct + c->nct, tv, ntok * sizeof(*tv));
	c->nct += ntok;
	if (ncphv + nph > ccphv) {
		ccphv = (ncphv + nph) * 2;
		cphv = rk_xrealloc(cphv, ccphv, sizeof(*cphv));
	}
	if (nph > 0)
		memcpy(cphv + ncphv, phv, nph * sizeof(*phv));
	ncphv += nph;
	rk_buf_add(&c->ckb, kb.data ? kb.data : "", kb.len);
}

/* The second pass: the same sentence, in the same order, as the first. */
static int
cache_get(struct ent_ctx *c, const char *s, size_t len)
{
	struct sentc *sc;
	size_t i, kl;

	if (c->next >= c->nsc || c->sc[c->next].s != s ||
	    c->sc[c->next].len != len)
		return 0;
	sc = &c->sc[c->next++];
	ntok = sc->nt;
	title_case = sc->tcase;
	if (ntok > ctok) {
		ctok = ntok;
		tv = rk_xrealloc(tv, ctok, sizeof(*tv));
	}
	if (ntok > 0)
		memcpy(tv, c->ct + sc->t0, ntok * sizeof(*tv));
	nph = sc->np;
	if (nph > cph) {
		cph = nph;
		phv = rk_xrealloc(phv, cph, sizeof(*phv));
	}
	if (nph > 0)
		memcpy(phv, cphv + sc->p0, nph * sizeof(*phv));
	kl = (c->next < c->nsc ? c->sc[c->next].k0 : c->ckb.len) - sc->k0;
	rk_buf_reset(&kb);
	rk_buf_add(&kb, c->ckb.data + sc->k0, kl);
	for (i = 0; i < ntok; i++) {
		tv[i].used = U_FREE;
		tv[i].venue = 0;
		tv[i].noper = 0;
	}
	return 1;
}

/*
 * Kept spans v[0..n) (see ru_end: their values lie in ru.vals one after
 * another, in order) added to out as tag_add() adds them one by one: the
 * spans and the values each copied at once.
 */
static void
ru_add(struct tag_list *out, const struct tag_span *v, size_t n)
{
	size_t k, v0, v1, base;

	if (n == 0)
		return;
	if (out->n + n > out->cap) {
		out->cap = out->n + n > 16 ? (out->n + n) * 2 : 32;
		out->v = rk_xrealloc(out->v, out->cap, sizeof(*out->v));
	}
	v0 = v[0].voff;
	v1 = v[n - 1].voff + v[n - 1].vlen;
	base = out->vals.len;
	if (v1 > v0)
		rk_buf_add(&out->vals, ru.vals.data + v0, v1 - v0);
	memcpy(out->v + out->n, v, n * sizeof(*v));
	for (k = 0; k < n; k++)
		out->v[out->n + k].voff = v[k].voff - v0 + base;
	out->n += n;
}

/* The first pass starts keeping the sentence just cached. */
static void
ru_begin(struct ent_ctx *c, const struct tag_list *out)
{
	struct sentc *sc = &c->sc[c->nsc - 1];

	sc->ru = 1;
	sc->nd = out->n;
	sc->w0 = (unsigned char)emit_weak;
	sc->ob0 = ru.nobs;
	sc->ao0 = ru.naobs;
	ru.on = 1;
}

/* ... and keeps its final spans. */
static void
ru_end(struct ent_ctx *c, const struct tag_list *out)
{
	struct sentc *sc = &c->sc[c->nsc - 1];
	struct tag_span *sp;
	const struct tag_span *v;
	const char *src;
	size_t i, n, nv, vl;
	char *d;

	ru.on = 0;
	sc->w1 = (unsigned char)emit_weak;
	sc->nao = ru.naobs - sc->ao0;
	sc->nob = ru.nobs - sc->ob0;
	sc->sp0 = ru.nsp;
	sc->nsp = out->n;
	if (ru.nsp + out->n > ru.csp) {
		ru.csp = (ru.nsp + out->n) * 2;
		ru.sp = rk_xrealloc(ru.sp, ru.csp, sizeof(*ru.sp));
	}
	/* room for all the values first, then each copied in place */
	for (i = 0, n = 0; i < out->n; i++)
		n += out->v[i].vlen;
	rk_buf_grow(&ru.vals, n);
	d = ru.vals.data;
	/* counts and pointers in locals: memcpy could write anywhere */
	v = out->v;
	src = out->vals.data;
	nv = out->n;
	vl = ru.vals.len;
	sp = ru.sp + ru.nsp;
	for (i = 0; i < nv; i++, sp++) {
		*sp = v[i];
		sp->voff = vl;
		if (sp->vlen > 0) {
			memcpy(d + vl, src + v[i].voff, sp->vlen);
			vl += sp->vlen;
		}
	}
	ru.nsp += nv;
	ru.vals.len = vl;
	d[ru.vals.len] = '\0';
}

/*
 * The second pass: if the sentence was kept, is given the same date spans
 * (out) and would look up the same as in the first pass, add its kept
 * spans after the dates.
 */
static int
ru_reuse(struct ent_ctx *c, const char *s, size_t len, struct tag_list *out)
{
	const struct sentc *sc;
	const struct memobs *o;
	const struct areaobs *a;
	const struct memv *m;
	size_t k;
	int amb;

	if (c->next >= c->nsc)
		return 0;
	sc = &c->sc[c->next];
	if (sc->s != s || sc->len != len || !sc->ru || sc->w0 != emit_weak ||
	    out->n != sc->nd)
		return 0;
	for (k = 0; k < sc->nd; k++)
		if (out->v[k].start != ru.sp[sc->sp0 + k].start ||
		    out->v[k].end != ru.sp[sc->sp0 + k].end)
			return 0;
	for (k = sc->ob0; k < sc->ob0 + sc->nob; k++) {
		o = &ru.obs[k];
		if (o->idx < 0) {
			/* not there then: is it now? */
			if (c->nmv > 0 && MEM_HAS(c, mem_bit(c->ckb.data +
			    sc->k0 + o->koff, o->klen)) && rk_hash_find(&c->mem,
			    c->ckb.data + sc->k0 + o->koff, o->klen, 1) >= 0)
				return 0;
			continue;
		}
		/* entries stay where they are; their fields may change */
		m = &c->mv[o->idx];
		if (m->type != o->type || m->ambig != o->ambig ||
		    m->weak != o->weak || m->voff != o->voff ||
		    m->vlen != o->vlen)
			return 0;
	}
	for (k = sc->ao0; k < sc->ao0 + sc->nao; k++) {
		a = &ru.aobs[k];
		if (a->h != NULL ? wil_pick(c, a->h, a->e, a->want, &amb) != a->v ||
		    amb != a->amb : a->e < 0 ? (c->narea > 0) != a->v :
		    ctx_score(c, a->e) != a->v)
			return 0;
	}
	c->next++;
	ru_add(out, ru.sp + sc->sp0 + sc->nd, sc->nsp - sc->nd);
	emit_weak = sc->w1;
	return 1;
}

static int
ent_cmp(const void *x, const void *y)
{
	const struct ent *p = x, *q = y;

	return p->a < q->a ? -1 : p->a > q->a;
}

/*
 * ents by start token: for the few spans of a sentence an insertion sort,
 * stable as glibc's qsort (a merge sort) is, without its calls.
 */
static void
ents_sort(void)
{
	struct ent t;
	size_t i, j;

	if (nents > 32) {
		qsort(ents, nents, sizeof(*ents), ent_cmp);
		return;
	}
	for (i = 1; i < nents; i++) {
		if (ents[i - 1].a <= ents[i].a)
			continue;
		t = ents[i];
		for (j = i; j > 0 && ents[j - 1].a > t.a; j--)
			ents[j] = ents[j - 1];
		ents[j] = t;
	}
}

/* A conjunction among the tokens [a,b) between two items of a list. */
static int
conj_between(size_t a, size_t b)
{
	for (; a < b; a++)
		if (!punct_is(a, ','))
			return 1;
	return 0;
}

/*
 * Items of one list are of one kind: in "Marelan, Hamparan Perak dan Sei
 * Baharu" the known place makes places of the unknown words that a bare
 * guess had made people.
 */
static void
fix_lists(struct tag_list *out)
{
	size_t i, j, k, g, nl, no;
	struct tag_span *sp;
	int sep;

	if (nents < 2)
		return;
	ents_sort();
	for (i = 0; i < nents; i = j) {
		nl = no = 0;
		for (j = i; j < nents; j++) {
			if (j > i) {
				/* only commas and "dan" between the items */
				sep = ents[j].a > ents[j - 1].b;
				for (k = ents[j - 1].b; k < ents[j].a; k++)
					if (!punct_is(k, ',') && !punct_is(k, '/') &&
					    !punct_is(k, '-') &&
					    !(tv[k].cue & C_SAMBUNG) &&
					    !key_is(k, "serta") && !key_is(k, "atau"))
						sep = 0;	/* Marcus/Chris, Mega-JK */
				if (!sep)
					break;
			}
			if (!ents[j].weak)
				nl += ents[j].kind == 'L', no += ents[j].kind == 'O';
		}
		if (j - i < 2)
			continue;
		/*
		 * A body, a bare comma and a guess are a body and its man
		 * (politikus Golkar, Zaenal Bintang, berpendapat), no list
		 * unless one goes on after them (Disney, Nike, dan ...).
		 */
		k = ents[i + 1].b;
		if (punct_is(k, ','))
			k++;
		if (j - i == 2 && !conj_between(ents[i].b, ents[i + 1].a) &&
		    no == 1 && ents[i + 1].kind == 'P' && ents[i + 1].weak &&
		    !(k < ntok && (tv[k].cue & C_SAMBUNG)) && !key_is(k, "serta") &&
		    !key_is(k, "atau")) {
			ents[i + 1].weak = 1;
			continue;
		}
		if (nl == 0 && no == 0) {
			/* Henman dan Rusedski: a guess beside a name is a name */
			for (g = i; g < j; g++)
				if (ents[g].kind == 'P' && !ents[g].weak)
					break;
			for (k = i; g < j && k < j; k++)
				if (ents[k].weak == 2)
					ents[k].weak = 1;
			continue;
		}
		for (g = i; g < j; g++) {
			if (!ents[g].weak)
				continue;
			sp = &out->v[ents[g].idx];
			rk_buf_reset(&vb);
			if (nl >= no)
				rk_buf_adds(&vb, "tempat:");
			surface(&vb, ents[g].a, ents[g].b);
			memcpy(sp->kind, nl >= no ? "LOC" : "ORG", 4);
			sp->voff = out->vals.len;
			sp->vlen = vb.len;
			rk_buf_add(&out->vals, vb.data, vb.len);
			ents[g].weak = 1;
		}
	}
}

/*
 * A chain of areas each inside the next is one place: Kecamatan Lasem
 * Kabupaten Rembang Jawa Tengah.  The span grows, the value stays the
 * innermost area's.
 */
static void
join_chains(struct tag_list *out)
{
	size_t i, j;
	struct tag_span *p, *q;

	if (nents < 2)
		return;
	ents_sort();
	for (i = 0; i < nents; i = j) {
		for (j = i + 1; j < nents && ents[i].kind == 'L' &&
		    ents[j].kind == 'L' && ents[j].a == ents[j - 1].b &&
		    ents[j].weak != 2; j++) {
			p = &out->v[ents[j - 1].idx];
			q = &out->v[ents[j].idx];
			/* the next value is a code that prefixes this one */
			if (q->vlen == 0 || q->vlen >= p->vlen ||
			    memcmp(out->vals.data + p->voff,
			    out->vals.data + q->voff, q->vlen) != 0 ||
			    out->vals.data[p->voff + q->vlen] != '.' ||
			    out->vals.data[q->voff] < '0' ||
			    out->vals.data[q->voff] > '9')
				break;
		}
		if (j > i + 1) {
			p = &out->v[ents[i].idx];
			p->end = out->v[ents[j - 1].idx].end;
			while (--j > i)
				ents[j].weak = 2;
			j = i + 1;
			while (j < nents && ents[j].weak == 2)
				j++;
		}
	}
}

/*
 * A compass word in lower case after a place names a part of it: Israel
 * utara, Afrika barat laut, Sumatera selatan.  Not "tengah", which is
 * as often "now" (Indonesia tengah menghadapi krisis).
 */
static void
loc_part(struct tag_list *out)
{
	static const char *const dir[] = { "utara", "selatan", "barat",
	    "timur", "tenggara", NULL };
	size_t i, b, k;

	for (i = 0; i < nents; i++) {
		if (ents[i].kind != 'L' || ents[i].weak == 2)
			continue;
		b = ents[i].b;
		if (!is_word(b) || (tv[b].f & TF_CAP) || tv[b].used != U_FREE)
			continue;
		for (k = 0; dir[k] != NULL; k++)
			if (key_is(b, dir[k]))
				break;
		if (dir[k] == NULL)
			continue;
		b++;
		if ((key_is(b - 1, "barat") || key_is(b - 1, "timur")) &&
		    is_word(b) && !(tv[b].f & TF_CAP) && tv[b].used == U_FREE &&
		    (key_is(b, "laut") || key_is(b, "daya")))
			b++;
		claim(ents[i].b, b, U_LOC);
		out->v[ents[i].idx].end = tv[b - 1].e;
		ents[i].b = b;
	}
}

/* Drop the guesses (weak 2) that no list turned into a place or body. */
static void
drop_guesses(struct tag_list *out)
{
	size_t i, j, k;
	unsigned char *gone;

	for (i = 0; i < nents; i++)
		if (ents[i].weak == 2)
			break;
	if (i == nents)
		return;
	gone = rk_xcalloc(out->n ? out->n : 1, 1);
	for (i = 0; i < nents; i++)
		if (ents[i].weak == 2)
			gone[ents[i].idx] = 1;
	for (j = k = 0; j < out->n; j++)
		if (!gone[j])
			out->v[k++] = out->v[j];
	out->n = k;
	free(gone);
	nents = 0;
}

/*
 * Capitals shouted in a row (LUNA SEA 10TH ANNIVERSARY GIG): three or
 * more upper-case words around i, two unknown to every lexicon, are a
 * title, not bodies.
 */
static int
shouted(size_t i)
{
	size_t a = i, b = i + 1, k, n = 0, unk = 0;

	while (a > 0 && (!is_word(a - 1) ? a >= 2 && is_word(a - 2) &&
	    (tv[a - 2].f & TF_UPPER) && tv[a - 2].nlet >= 2 :
	    (tv[a - 1].f & TF_UPPER) && tv[a - 1].nlet >= 2))
		a--;
	while (b < ntok && (!is_word(b) ? b + 1 < ntok && is_word(b + 1) &&
	    (tv[b + 1].f & TF_UPPER) && tv[b + 1].nlet >= 2 :
	    (tv[b].f & TF_UPPER) && tv[b].nlet >= 2))
		b++;
	for (k = a; k < b; k++)
		if (is_word(k)) {
			n++;
			if (tv[k].lx < 0 && tv[k].wl < 0)
				unk++;
		}
	return n >= 3 && unk >= 2;
}

#define RULE_TYPES (M(LX_ROLE) | M(LX_VENUE) | M(LX_EVENT) | M(LX_MODE) | \
	M(LX_LEVEL) | M(LX_LOCHEAD) | M(LX_PEMDA) | M(LX_ORG) | M(LX_ORGPFX))

/*
 * analyse()'s walks over the tokens pass most tokens by at once: these
 * skip, in a tight loop over a fresh tv (a rule may have moved it), the
 * tokens the walk's first test would pass by, and nothing else.
 */
static inline size_t
skip_to_comma(size_t i)		/* to a token after a ',' */
{
	const struct tok *t = tv;
	size_t n = ntok;

	while (i < n && ((t[i - 1].f & TF_WORD) || cs[t[i - 1].s] != ','))
		i++;
	return i;
}

static inline size_t
skip_to_rule(size_t i)		/* to a free word a rule or board_at may take */
{
	const struct tok *t = tv;
	size_t n = ntok;

	while (i < n && (!(t[i].f & TF_WORD) || t[i].used != U_FREE ||
	    (!(t[i].f & TF_UPPER) && !((t[i].tmask | t[i].pmask) & RULE_TYPES) &&
	    !((t[i].f & TF_CAP) && t[i].wmaxn > 1))))
		i++;
	return i;
}

static inline size_t
skip_to_name(size_t i)		/* to a free capitalised word */
{
	const struct tok *t = tv;
	size_t n = ntok;

	while (i < n && ((t[i].f & (TF_CAP | TF_ALPHA)) != (TF_CAP | TF_ALPHA) ||
	    t[i].used != U_FREE || t[i].venue || t[i].noper))
		i++;
	return i;
}

static void
analyse(struct ent_ctx *c, const char *s, size_t len, struct tag_list *out)
{
	size_t i, j, k, role_until = 0, role_from = 0;
	unsigned mk;
	int keep;

	if (len > MAXSENT)
		len = MAXSENT;
	cs = s;
	clen = len;
	nents = 0;
	if (c != NULL && c->pass == 2 && ru_reuse(c, s, len, out))
		return;
	if (c == NULL || c->pass != 2 || !cache_get(c, s, len)) {
		prepare(s, len);
		if (c != NULL && c->pass == 1)
			cache_put(c, s, len);
	}
	keep = c != NULL && c->pass == 1;
	if (keep)
		ru_begin(c, out);
	/*
	 * spans already found (dates, numbers) are not names: the tokens
	 * lie in order, apart, so those overlapping a span are a run from
	 * the first that ends after its start
	 */
	for (k = 0; k < out->n; k++) {
		size_t lo = 0, hi = ntok, mid;

		while (lo < hi) {
			mid = lo + (hi - lo) / 2;
			if (tv[mid].e <= out->v[k].start)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (i = lo; i < ntok && tv[i].s < out->v[k].end; i++)
			tv[i].used = U_DATE;
	}

	/* a degree after a name's comma is no body nor name: , M.A, S.Sos. */
	for (i = 2; i < ntok; i++)
		if ((i = skip_to_comma(i)) < ntok &&
		    !(tv[i - 1].f & TF_WORD) && cs[tv[i - 1].s] == ',' &&
		    is_free(i) &&
		    ((is_cap(i - 2) && !(tv[i - 2].f & TF_UPPER)) ||
		    punct_is(i - 2, '.')) && (j = degree_at(i)) > i) {
			claim(i, j, U_NOPER);
			i = j - 1;
		}
	for (i = 0; i < ntok; i++) {
		i = skip_to_rule(i);
		if (!is_word(i) || !is_free(i))
			continue;
		if ((j = board_at(i)) > i) {
			claim(i, j, U_NOPER);
			continue;
		}
		if (!((tv[i].tmask | tv[i].pmask) & RULE_TYPES) &&
		    !((tv[i].f & TF_CAP) && tv[i].wmaxn > 1))
			continue;
		/*
		 * Each rule below starts with match(i, its type): a rule whose
		 * type the word has not is not called (the masks are the
		 * word's, set in prepare; no rule changes them).  A wilayah
		 * name for rule_lochead has two words or more (wil_match).
		 */
		mk = tv[i].tmask | tv[i].pmask;
		if (i >= role_until && (mk & M(LX_ROLE)) &&
		    (j = rule_role(c, i, out)) > 0) {
			role_from = i;	/* no place inside the role's words: */
			role_until = j;	/* Menteri ... Perumahan Rakyat */
		}
		if (!is_free(i))
			continue;
		if (mk & M(LX_VENUE))
			(void)rule_venue(i, out);
		if (mk & (M(LX_EVENT) | M(LX_MODE)))
			rule_cue(i, out);
		if (!is_free(i))
			continue;
		if (((mk & M(LX_LEVEL)) && (j = rule_level(c, i, out)) > 0) ||
		    ((i >= role_until || i == role_from) &&
		    ((mk & M(LX_LOCHEAD)) ||
		    ((tv[i].f & TF_CAP) && tv[i].wmaxn > 1)) &&
		    (j = rule_lochead(c, i, out)) > 0) ||
		    ((mk & M(LX_PEMDA)) && (j = rule_pemda(c, i, out)) > 0) ||
		    ((mk & M(LX_ORG)) && (j = rule_org(c, i, out)) > 0) ||
		    ((mk & M(LX_ORGPFX)) && (j = rule_orgpfx(c, i, out)) > 0))
			i = j - 1;
	}
	for (i = 0; i < ntok; i++) {
		i = skip_to_name(i);
		if (!is_cap(i) || !is_free(i) || tv[i].venue || tv[i].noper)
			continue;
		j = name_run(i, 8);
		if (j == i) {
			j = i + 1;
			if ((tv[i].f & TF_UPPER) && tv[i].nlet >= 2 && !shouted(i))
				classify_run(c, i, j, out);
			continue;
		}
		classify_run(c, i, j, out);
		i = j - 1;
	}
	fix_lists(out);
	join_chains(out);
	loc_part(out);
	drop_guesses(out);
	if (keep)
		ru_end(c, out);
}

struct ent_ctx *
ent_doc_begin(const struct rk_stream *s, const struct rk_doc *doc,
    struct date_ctx *dc)
{
	struct ent_ctx *c;
	const struct rk_row *r;
	size_t i;
	long e, row;
	int amb;

	(void)s;
	c = rk_xcalloc(1, sizeof(*c));
	ctx_take(c);
	c->pass = 1;
	ncphv = 0;
	ru.nobs = ru.nsp = ru.naobs = 0;
	rk_buf_reset(&ru.vals);
	for (i = 0; i < doc->n; i++) {
		r = doc->rows[i];
		if (r->nf < 6)
			continue;
		if (TAG_IS(r->f[3], "dateline") && r->f[5].len > 0) {
			rk_buf_reset(&tmpb);
			fold(r->f[5].s, r->f[5].len, &tmpb);
			e = rk_hash_find(&wilh, tmpb.data, tmpb.len, 1);
			if (e >= 0 && (row = wil_pick(NULL, &wilh, e, L_NONE, &amb)) >= 0 &&
			    wlev[row] <= L_KOTA)
				area_add(c, row);
			continue;
		}
		if (!TAG_IS(r->f[3], "sent"))
			continue;
		tag_list_reset(&ru.out);
		if (dc != NULL)
			date_tag(dc, r->f[4].s, r->f[4].len, &ru.out);
		analyse(c, r->f[4].s, r->f[4].len, &ru.out);
	}
	c->pass = 2;
	return c;
}

/*
 * The date spans the first pass was given for s, the next sentence, are
 * the ones date_tag() would give again: added to out, no second scan.
 */
int
ent_dates(struct ent_ctx *c, const char *s, size_t len, struct tag_list *out)
{
	const struct sentc *sc;
	const struct tag_span *sp;
	size_t k;

	if (len > MAXSENT)
		len = MAXSENT;
	if (c == NULL || c->next >= c->nsc)
		return 0;
	sc = &c->sc[c->next];
	if (sc->s != s || sc->len != len || !sc->ru)
		return 0;
	for (k = sc->sp0; k < sc->sp0 + sc->nd; k++) {
		sp = &ru.sp[k];
		tag_add(out, sp->start, sp->end, sp->kind,
		    ru.vals.data + sp->voff, sp->vlen);
	}
	return 1;
}

void
ent_tag(struct ent_ctx *c, const char *s, size_t len, struct tag_list *out)
{
	analyse(c, s, len, out);
}

void
ent_doc_end(struct ent_ctx *c)
{
	if (c == NULL)
		return;
	ctx_keep(c);
	free(c);
}
