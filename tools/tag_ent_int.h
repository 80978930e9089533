/*
 * tag_ent_int.h: what the parts of rk-tag's entity recogniser share
 * (tag_ent.c the driver, tag_tok.c folding and tokens, tag_wil.c wilayah
 * and the memory of the document, tag_load.c loading, tag_per.c and
 * tag_org.c the rules): types, flags, the shared state as extern, the
 * functions called across files, and the small hot helpers as static
 * inline so that each file still inlines them.
 */
#ifndef TAG_ENT_INT_H
#define TAG_ENT_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "rk.h"
#include "tag.h"

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
/* a role's level only: a kota's area, else a kabupaten's (Kapolresta Serang, Kapolresta Sidoarjo) */
#define L_KOTA_KAB	100

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
	int		 ascii;		/* its tok_ascii */
	/* pass 1 kept its spans (see ru_reuse) */
	unsigned char	 ru;
	unsigned char	 w0, w1;	/* emit_weak before and after */
	size_t		 nd;		/* date spans it was given, first in sp */
	size_t		 ao0, nao;	/* its verdicts on the areas in ru.aobs */
	size_t		 ob0, nob;	/* its memory look-ups in ru.obs */
	size_t		 sp0, nsp;	/* its spans in ru.sp */
};

struct ent_ctx {
	/*
	 * The memory, folded surface -> memv: mv[e] belongs to entry e of
	 * mem (each key is added once), emptied by rk_hash_clear for the
	 * next document.
	 */
	struct rk_hash	 mem;
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
struct ru_state {
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
};
extern struct ru_state ru;

extern struct rk_table t_wil, t_alias, t_abbr, t_gelar, t_jab, t_lem, t_rapat,
    t_moda, t_tkata, t_tempat, t_bukan, t_kd, t_jabx, t_jabr, t_asing, t_cue, t_nama,
    t_adat;
extern struct rk_hash lexh, wilh;
/* desa and kelurahan names: 84k of the 91k rows, indexed on first use */
extern struct rk_hash desah;
extern int desa_built;
extern struct lex *lexv;
extern size_t nlex, clex;
extern unsigned char *wlev;
extern long *wpar;
extern size_t nwil;

/* The PER, LOC and ORG spans of this sentence, for the list rule. */
struct ent {
	size_t	 idx;		/* in the tag_list */
	size_t	 a, b;		/* tokens */
	char	 kind;		/* 'P' 'L' 'O' */
	char	 weak;		/* a PER only because nothing else fitted */
};
extern struct ent *ents;
extern size_t nents, cents;
extern int emit_weak;		/* the next PER emitted is a bare guess */

extern struct tok *tv;
extern size_t ntok, ctok;
/*
 * tv is tag_tok.c's own buffer or, lent (the first pass), the sentence's
 * place at the end of the document's token cache, which then needs no
 * copy.  tokenize() grows only the own one (tok_grow copies lent tokens).
 */
#define LEND_MAX	65536		/* sentence bytes: lent only below */
void	tok_grow(size_t n);		/* room past n tokens */
void	tok_own(void);			/* tv: the own buffer */
void	tok_lend(struct tok *p, size_t cap);
int	tok_lent(void);
void	tok_free(void);
/* The same for phv, the sentence's phrases (own, or lent from cphv). */
void	ph_grow(size_t n);
void	ph_own(void);
void	ph_lend(struct phr *p, size_t cap);
extern unsigned tok_dates;	/* TD_* of the sentence tokenize() cut */
extern int tok_ascii;		/* it is ASCII: 1, not: 0, unknown: -1 */
extern struct phr *phv;		/* this sentence's phrases (fill_phrases) */
extern size_t nph, cph;
extern struct phr *cphv;	/* the document's, for the second pass */
extern size_t ncphv, ccphv;
extern struct rk_buf kb, vb, tmpb;

extern const char *cs;
extern size_t clen;
extern int title_case;
extern uint64_t *phbits;

#define PHBITS	20
#define M(t) (1U << (t))
#define MEM_HAS(c, b)	((c)->mbits[(b) >> 6] & (1ULL << ((b) & 63)))

/* tag_tok.c */
void	fold(const char *s, size_t n, struct rk_buf *b);
int	isdig(uint32_t cp);
int	isalph(uint32_t cp);
uint32_t	peek(const char *s, size_t len, size_t i);
void	tokenize(const char *s, size_t len);
long	lx_find(const char *k, size_t n);
void	fill_phrases(size_t i);
const struct lex *	match_at(size_t i, unsigned mask, size_t *end);

/* tag_wil.c */
int	areas_named(const struct ent_ctx *c);
int	level_of(const char *s);
int	level_fits(int want, int have);
long	wil_row(const char *code);
void	wil_row_forget(void);
int	ctx_score(const struct ent_ctx *c, long row);
long	wil_pick(struct ent_ctx *c, const struct rk_hash *h, long e, int want,
    int *ambig);
long	wil_match_rest(size_t i, size_t *end);
long	desa_match(size_t i, size_t *end);
void	area_add(struct ent_ctx *c, long row);
void	mem_put(struct ent_ctx *c, const char *key, size_t klen, int type,
    const char *val, size_t vlen);
const struct memv *	mem_get(const struct ent_ctx *c, size_t a, size_t b);

/* tag_load.c */
size_t	form_key(const char *form, size_t *firstlenp);
void	add_form(struct rk_hash *h, const char *form, long val, int ptype);
void	ctx_take(struct ent_ctx *c);
void	ctx_keep(struct ent_ctx *c);

/* tag_per.c */
int	stem_common(const char *k, size_t n, int verbs);
int	is_common(size_t i);
int	ends_name(size_t i);
int	hajj_before(size_t i);
size_t	skip_titles_rest(size_t i);
int	is_particle(size_t i);
int	is_title_case(void);
int	namey(size_t i);
size_t	adat_rest(size_t i);
size_t	name_run(size_t i, size_t max);
void	emitk(struct tag_list *out, size_t a, size_t b, const char *kind,
    size_t klen, const char *v, size_t vl, int ent);

/*
 * The span of tokens [a,b) of kind, valued v.  Inline so that the
 * length of kind, a literal at every call, is a constant: no loop over
 * its letters for each span; nor a test whether it is a kind the list
 * rules (ents) take.
 */
static inline void
emit(struct tag_list *out, size_t a, size_t b, const char *kind,
    const char *v, size_t vl)
{
	emitk(out, a, b, kind, strlen(kind), v, vl, strcmp(kind, "PER") == 0 ||
	    strcmp(kind, "LOC") == 0 || strcmp(kind, "ORG") == 0);
}
void	surface(struct rk_buf *b, size_t a, size_t e);
void	emit_place(struct tag_list *out, size_t a, size_t b, const char *kind);
void	remember(struct ent_ctx *c, size_t a, size_t b, int type, const char *v,
    size_t vl);
size_t	degree_at(size_t i);
void	classify_run(struct ent_ctx *c, size_t a, size_t b, struct tag_list *out);

/* tag_org.c */
void	loc_value(struct rk_buf *b, long row, const char *level, size_t a, size_t e);
size_t	rule_level(struct ent_ctx *c, size_t i, struct tag_list *out);
size_t	rule_lochead(struct ent_ctx *c, size_t i, struct tag_list *out);
int	first_place(size_t a);
void	role_prep(struct lex *x);
size_t	rule_org(struct ent_ctx *c, size_t i, struct tag_list *out);
size_t	venue_tail(size_t e);
size_t	rule_orgpfx(struct ent_ctx *c, size_t i, struct tag_list *out);
size_t	rule_pemda(struct ent_ctx *c, size_t i, struct tag_list *out);
size_t	rule_role(struct ent_ctx *c, size_t i, struct tag_list *out);
size_t	rule_venue(size_t i, struct tag_list *out);
void	rule_cue(size_t i, struct tag_list *out);
int	kind_cue(size_t a);
int	speech_cue(size_t a);
int	roman(size_t i);
size_t	bare_place(struct ent_ctx *c, size_t a, size_t b, struct tag_list *out);

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
static inline const struct lex *
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

/* Index of the token that ends an n-token phrase starting at i, or -1. */
static inline long
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

/* Most tokens have no entry of the types asked: settle that inline. */
static inline const struct lex *
match(size_t i, unsigned mask, size_t *end)
{
	if (i >= ntok || !(tv[i].f & TF_WORD) ||
	    !((tv[i].tmask | tv[i].pmask) & mask))
		return NULL;
	return match_at(i, mask, end);
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

/*
 * The bit of c->mbits for key k, from its first and last bytes and its
 * length: most look-ups of the memory are of words it does not hold, and
 * a clear bit settles them before the table's hash (rk_hash_key), which
 * costs more.
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

/* s is the word w: the first letters inline, strcmp only when they agree. */
static inline int
str_is(const char *s, const char *w)
{
	return s[0] == w[0] && strcmp(s, w) == 0;
}

/*
 * The token's folded key is one of the words of list (NULL at its end):
 * a word whose first letter differs costs no strlen.
 */
static inline int
key_in(size_t i, const char *const *list)
{
	const char *p;
	size_t n;

	if (i >= ntok)
		return 0;
	p = kb.data + tv[i].ks;
	n = tv[i].kl;
	for (; *list != NULL; list++)
		if ((*list)[0] == p[0] && strlen(*list) == n &&
		    memcmp(p, *list, n) == 0)
			return 1;
	return 0;
}

static inline int
is_notname(size_t i)
{
	return is_word(i) && tok_has(&tv[i], LX_NOTNAME) != NULL;
}

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

/* A word that is no title, rank nor form of address ends it at once. */
static inline size_t
skip_titles(size_t i)
{
	if (i >= ntok || (!((tv[i].tmask | tv[i].pmask) &
	    (M(LX_GELAR) | M(LX_ADAT))) && !(tv[i].cue & C_SAPAAN)))
		return i;
	return skip_titles_rest(i);
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

static inline void
claim(size_t a, size_t b, int how)
{
	for (; a < b && a < ntok; a++)
		if (tv[a].used == U_FREE)
			tv[a].used = how;
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

static inline int
loc_cue(size_t a)
{
	return a > 0 && is_word(a - 1) && !(tv[a - 1].f & TF_CAP) &&
	    (tv[a - 1].cue & C_LOKASI);
}

#endif
