/*
 * extract_lex.c: the lexicons rk-extract reads (areas, roles, titles,
 * topics), the tokeniser, and the area recogniser built on them; the
 * roles, names and person phrases are in extract_person.c.
 */
#include <limits.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "extract.h"
#include "extract_int.h"
#include "extract_lex_int.h"

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define LEX_SSE2	1
#endif

static struct rk_table wil, jab, jab2, jab3, abb, ali;
struct rk_table gel, top;
static struct rk_hash ali_code;	/* code -> row of alias.tsv: the spelling news use */
static struct rk_hash wil_name, abb_name;
/*
 * wil's rows in the order of their codes (the file's own order, which is
 * sorted; else sorted here): a code is found by halving, and 91k codes
 * need no hash built at every start.
 */
static long *code_ord;
/* lex_area_parent() of a row plus 2, 0 not yet known (zeroed pages) */
static long *parent_of;
struct rk_hash jab_form, gel_form, top_cue;
size_t jab_kmax[256], top_kmax[256];
static int w_code, w_level, w_name, w_parent;
static unsigned char *wil_lv;
int g_kind;
int t_topic;
static struct rk_buf tmp;

/*
 * Every word any look-up starts with -> what it may start (LX_* bits in
 * extract_lex_int.h, the honorific kind) and the word sets of extract.c,
 * so that tokenising costs one look-up a token and the recognisers test bits.
 */
struct winfo {
	uint64_t	 m;
	unsigned char	 lx;
	unsigned char	 klen;
	unsigned char	 kjab, ktop;	/* struct ex_tok's, for this word */
	char		 key[24];	/* keys longer than a token's low[] never match */
	uint64_t	 h;
};
static struct winfo *winfo;
static size_t nwinfo, capwinfo;
/* Open addressing over winfo by khash() of the key. */
static uint32_t *wtab;
static size_t wmask;

/* Byte classes for the ASCII fast path of the tokeniser. */
#define C_W	0x01	/* letter or digit */
#define C_A	0x02	/* letter */
#define C_U	0x04	/* upper-case letter */
#define C_SK	0x08	/* folding drops it: . - space ' ` */
#define C_SP	0x10	/* white space */
#define C_J	0x20	/* joins a word when a letter or digit follows: ' - . */
static unsigned char ccls[256];

struct ctx_ent {
	char	 code[16];
	int	 w;
};
static struct ctx_ent ctx[64];
static size_t nctx;

/*
 * What rk_fold makes of s, quicker for ASCII (most of the data files);
 * returns 1 if so (rk_fold otherwise).
 */
static int
fold(const char *s, size_t n, struct rk_buf *out)
{
	size_t i;
	char *d;

	rk_buf_reset(out);
	rk_buf_grow(out, n);
	d = out->data;
	for (i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i], k = ccls[ch];

		if (ch >= 0x80) {
			rk_buf_reset(out);
			rk_fold(s, n, out);
			return 0;
		}
		if (k & (C_SK | C_SP))
			continue;
		*d++ = (char)(ch | (k & C_U) << 3);
	}
	*d = '\0';
	out->len = (size_t)(d - out->data);
	return 1;
}

/* Add key, folded, to h (as rk_hash_add(..., 0) would, only quicker). */
static void
hadd(struct rk_hash *h, const char *key, size_t n, long val)
{
	fold(key, n, &tmp);
	rk_hash_add(h, tmp.data ? tmp.data : "", tmp.len, val, 1);
}

/*
 * The hash of a folded key zero-padded to 24 bytes (a token's low[], a
 * winfo's key[]): three words, three multiplies, not one a byte.
 */
static uint64_t
khash3(uint64_t a, uint64_t b, uint64_t c)
{
	uint64_t h;

	h = a * 0x9E3779B97F4A7C15ULL;
	h = (h ^ (h >> 32) ^ b) * 0xC2B2AE3D27D4EB4FULL;
	h = (h ^ (h >> 32) ^ c) * 0x165667B19E3779F9ULL;
	return h ^ (h >> 32);
}

static uint64_t
khash(const char *k)
{
	uint64_t w[3];

	memcpy(w, k, sizeof(w));
	return khash3(w[0], w[1], w[2]);
}

/* Put winfo i in wtab, doubling it when half full. */
static void
wtab_put(size_t i)
{
	size_t n, k, j;

	if (wtab == NULL || (nwinfo + 1) * 2 > wmask + 1) {
		n = wtab == NULL ? 4096 : (wmask + 1) * 2;
		free(wtab);
		wtab = rk_xmalloc(n * sizeof(*wtab));
		for (k = 0; k < n; k++)
			wtab[k] = UINT32_MAX;
		wmask = n - 1;
		for (j = 0; j < nwinfo; j++) {
			if (j == i)
				continue;
			for (k = winfo[j].h & wmask; wtab[k] != UINT32_MAX; k = (k + 1) & wmask)
				;
			wtab[k] = (uint32_t)j;
		}
	}
	for (k = winfo[i].h & wmask; wtab[k] != UINT32_MAX; k = (k + 1) & wmask)
		;
	wtab[k] = (uint32_t)i;
}

/* The winfo of a 24-byte zero-padded key, or NULL. */
static inline struct winfo *
wfind(uint64_t h, const char *key, size_t n)
{
	size_t k;
	struct winfo *w;

	if (wtab == NULL)
		return NULL;
	for (k = h & wmask; wtab[k] != UINT32_MAX; k = (k + 1) & wmask) {
		w = &winfo[wtab[k]];
		if (w->h == h && w->klen == n && memcmp(w->key, key, sizeof(w->key)) == 0)
			return w;
	}
	return NULL;
}

/*
 * The last key seen in each of NWMEMO lines, with what wfind() said of it
 * (m and lx 0: not there): most tokens are a few hundred common words, and
 * a look-up here costs no two trips through the big table.  Emptied when
 * winfo changes.
 */
#define NWMEMO	4096
static struct winfo wmemo[NWMEMO];
static int wmemo_ok;

static inline const struct winfo *
wfind_memo(uint64_t h, const char *key, size_t n)
{
	struct winfo *e = &wmemo[(h >> 24) & (NWMEMO - 1)];
	const struct winfo *w;
	size_t k;

	if (!wmemo_ok) {
		for (k = 0; k < NWMEMO; k++)
			wmemo[k].klen = UCHAR_MAX;	/* no key is this long */
		wmemo_ok = 1;
	}
	if (e->h == h && e->klen == n && memcmp(e->key, key, sizeof(e->key)) == 0)
		return e;
	if ((w = wfind(h, key, n)) != NULL) {
		*e = *w;
		return e;
	}
	memset(e, 0, sizeof(*e));
	e->h = h;
	e->klen = (unsigned char)n;
	memcpy(e->key, key, sizeof(e->key));
	return e;
}

/*
 * What tok_set() made of the last token written as these bytes, in each of
 * NRMEMO lines: a token is a function of its bytes, and most are a few
 * hundred words written a few ways.  Emptied when winfo changes.
 */
#define RMEMO_BITS 14
#define NRMEMO	(1 << RMEMO_BITS)
#define RMEMO_MAX 16	/* longer tokens are not kept */
/* a token from fl on (fl, low, len, lx, m): what tok_make() fills */
#define TOK_TAIL	offsetof(struct ex_tok, fl)
#define TOK_TAILN	(sizeof(struct ex_tok) - TOK_TAIL)
struct rmemo {
	uint64_t	 raw[2];	/* the bytes, zero-padded */
	/* the token's tail as tok_make() left it: copied whole, not field by field */
	unsigned char	 tail[TOK_TAILN];
	unsigned char	 rlen;		/* UCHAR_MAX: empty */
};
static struct rmemo rmemo[NRMEMO];
/* the same for a one-byte ASCII mark (", . ( )"), by the byte: no hash */
static struct rmemo rmemo1[0x80];
static int rmemo_ok;
/* keep[n]: the bits of the first n bytes in two little-endian words */
static uint64_t keep[RMEMO_MAX + 1][2];

static struct winfo *
winfo_get(const char *key, size_t len)
{
	static struct winfo none;	/* keys longer than a token's low[] never match */
	char k[sizeof(none.key)] = { 0 };
	struct winfo *w;
	uint64_t h;

	if (len >= sizeof(k))
		return &none;
	wmemo_ok = 0;		/* its entries may change */
	rmemo_ok = 0;
	memcpy(k, key, len);
	h = khash(k);
	if ((w = wfind(h, k, len)) != NULL)
		return w;
	if (nwinfo == capwinfo) {
		capwinfo = capwinfo ? capwinfo * 2 : 4096;
		winfo = rk_xrealloc(winfo, capwinfo, sizeof(*winfo));
	}
	w = &winfo[nwinfo];
	memset(w, 0, sizeof(*w));
	w->h = h;
	memcpy(w->key, k, sizeof(w->key));
	w->klen = (unsigned char)len;
	wtab_put(nwinfo);
	return &winfo[nwinfo++];
}

/*
 * The first word (folded) of a key of a multi-word lexicon gets bit: a
 * token that starts none of them needs no longer look-up.
 */
static void
add_first(const char *key, unsigned bit)
{
	size_t n = strcspn(key, " \t");

	fold(key, n, &tmp);
	winfo_get(tmp.data ? tmp.data : "", tmp.len)->lx |= bit;
}

/*
 * The longest folded key of h by its first byte: longest() need not look
 * up a run of tokens whose key is longer than any that starts like it.
 */
static void
kmax_of(const struct rk_hash *h, size_t *kmax)
{
	size_t e;

	memset(kmax, 0, 256 * sizeof(*kmax));
	for (e = 0; e < h->nent; e++) {
		const struct rk_hash_ent *he = &h->ent[e];
		unsigned char c = he->klen > 0 ?
		    (unsigned char)h->keys.data[he->koff] : 0;

		if (he->klen > kmax[c])
			kmax[c] = he->klen;
	}
}

/*
 * Each word a key of h starts with (as a string: "kepala" of "kepaladinas")
 * gets the longest such key in its kjab (istop 0) or ktop (istop 1): a run of
 * tokens from that word is looked up only while its key fits, where the
 * first byte's kmax lets most through.  Words made later keep 0: no bound.
 */
static void
kpre_of(const struct rk_hash *h, int istop)
{
	size_t e, p;
	char k[sizeof(winfo[0].key)];
	struct winfo *w;

	for (e = 0; e < h->nent; e++) {
		const struct rk_hash_ent *he = &h->ent[e];
		/* UCHAR_MAX is more than any run's key (KEYMAX cut tokens) */
		unsigned char b = he->klen < UCHAR_MAX ? (unsigned char)he->klen :
		    UCHAR_MAX, *f;

		memset(k, 0, sizeof(k));
		for (p = 1; p <= he->klen && p < sizeof(k); p++) {
			k[p - 1] = h->keys.data[he->koff + p - 1];
			if ((w = wfind(khash(k), k, p)) == NULL)
				continue;
			f = istop ? &w->ktop : &w->kjab;
			if (*f < b)
				*f = b;
		}
	}
	wmemo_ok = 0;
	rmemo_ok = 0;
}

static void	winfo_words(const char *const *, unsigned);
static void	winfo_lists(void);

void
lex_word_add(const char *w, uint64_t m)
{
	/* as written ("-" is a token's form too) and folded ("jum'at") */
	winfo_get(w, strlen(w))->m |= m;
	fold(w, strlen(w), &tmp);
	if (tmp.len > 0)
		winfo_get(tmp.data, tmp.len)->m |= m;
}

/* The words of list, as written and folded, get bit. */
static void
winfo_words(const char *const *list, unsigned bit)
{
	size_t i;

	for (i = 0; list[i] != NULL; i++) {
		winfo_get(list[i], strlen(list[i]))->lx |= bit;
		fold(list[i], strlen(list[i]), &tmp);
		if (tmp.len > 0)
			winfo_get(tmp.data, tmp.len)->lx |= bit;
	}
}

static enum ex_level
level_of(const char *s)
{
	/* 91k rows: the first letter rules most levels out */
	if (s[0] != 'p' && s[0] != 'k' && s[0] != 'd')
		return LV_NONE;
	if (s[0] == 'd')	/* most rows: "desa" without a call */
		return s[1] == 'e' && s[2] == 's' && s[3] == 'a' && s[4] == '\0' ?
		    LV_DESA : LV_NONE;
	if (strcmp(s, "provinsi") == 0)
		return LV_PROV;
	if (strcmp(s, "kabupaten") == 0)
		return LV_KAB;
	if (strcmp(s, "kota") == 0)
		return LV_KOTA;
	if (strcmp(s, "kecamatan") == 0)
		return LV_KEC;
	if (strcmp(s, "kelurahan") == 0)
		return LV_KEL;
	if (strcmp(s, "desa") == 0)
		return LV_DESA;
	return LV_NONE;
}

static int
code_ord_cmp(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;
	int d = strcmp(RK_CELL(&wil, x, w_code), RK_CELL(&wil, y, w_code));

	/* equal codes: file order, the first is the one found */
	return d != 0 ? d : (x > y) - (x < y);
}

/* code_ord: the rows by code; sorted already unless the file was edited */
static void
code_order(void)
{
	size_t r;
	int sorted = 1;

	code_ord = rk_xmalloc((wil.nrows + 1) * sizeof(*code_ord));
	parent_of = rk_xcalloc(wil.nrows + 1, sizeof(*parent_of));
	for (r = 0; r < wil.nrows; r++) {
		code_ord[r] = (long)r;
		if (r > 0 && strcmp(RK_CELL(&wil, r - 1, w_code),
		    RK_CELL(&wil, r, w_code)) > 0)
			sorted = 0;
	}
	if (!sorted)
		qsort(code_ord, wil.nrows, sizeof(*code_ord), code_ord_cmp);
}

static void
load_abbr(struct rk_table *t, const char *name)
{
	size_t r;
	int ca, cc;

	rk_table_load(t, name);
	ca = rk_table_col(t, "abbr");
	cc = rk_table_col(t, "code");
	for (r = 0; r < t->nrows; r++) {
		long w = lex_area_code(RK_CELL(t, r, cc),
		    strlen(RK_CELL(t, r, cc)));

		if (w >= 0) {
			hadd(&abb_name, RK_CELL(t, r, ca), strlen(RK_CELL(t, r, ca)),
			    w);
			add_first(RK_CELL(t, r, ca), LX_WIL);
		}
	}
}

/* the "canonical" and "level" columns of jab, jab2, jab3 (load_roles) */
static int role_col[3][2];

static void
load_roles(struct rk_table *t, const char *name, long base)
{
	size_t r;
	int cf;

	rk_table_load(t, name);
	cf = rk_table_col(t, "form");
	/* role_cell() reads these two most: their columns found once here */
	role_col[base / JAB2][0] = rk_table_col(t, "canonical");
	role_col[base / JAB2][1] = rk_table_col(t, "level");
	if (base == 0)
		rk_hash_init(&jab_form);
	for (r = 0; r < t->nrows; r++) {
		const char *f = RK_CELL(t, r, cf);

		hadd(&jab_form, f, strlen(f), base + (long)r);
		add_first(f, LX_JAB);
	}
}

/* A role's table row: ids from the second and third files are offset. */
const char *
role_cell(int role, const char *col)
{
	const struct rk_table *t = role >= JAB3 ? &jab3 : role >= JAB2 ? &jab2 : &jab;
	int r = role >= JAB3 ? role - JAB3 : role >= JAB2 ? role - JAB2 : role;
	const int *rc = role_col[role >= JAB3 ? 2 : role >= JAB2 ? 1 : 0];
	int c;

	if (col[0] == 'l' && strcmp(col, "level") == 0)
		c = rc[1];
	else if (col[0] == 'c' && strcmp(col, "canonical") == 0)
		c = rc[0];
	else
		c = rk_table_col(t, col);
	return RK_CELL(t, r, c);
}

/*
 * A place name folded as fold() does it, into buf, in one pass with no
 * strlen: *len its length, *first how much of it the first word (up to a
 * space or tab) is, *sp whether the name has a space.  0 if the name is
 * not ASCII or does not fit; fold() and add_first() then.
 */
static int
wil_fold(const char *n, char *buf, size_t size, size_t *len, size_t *first, int *sp)
{
	size_t i, d = 0, f = SIZE_MAX;

	*sp = 0;
	for (i = 0; n[i] != '\0'; i++) {
		unsigned char ch = (unsigned char)n[i], k = ccls[ch];

		if (ch >= 0x80 || d + 1 >= size)
			return 0;
		if (k & (C_SK | C_SP)) {
			if (ch == ' ' || ch == '\t') {
				if (f == SIZE_MAX)
					f = d;
				*sp |= ch == ' ';
			}
			continue;
		}
		buf[d++] = (char)(ch | (k & C_U) << 3);
	}
	buf[d] = '\0';
	*len = d;
	*first = f == SIZE_MAX ? d : f;
	return 1;
}

void
lex_init(void)
{
	size_t r;

	for (r = 0; r <= RMEMO_MAX; r++) {
		keep[r][0] = r >= 8 ? ~(uint64_t)0 : ((uint64_t)1 << (8 * r)) - 1;
		keep[r][1] = r <= 8 ? 0 : r >= 16 ? ~(uint64_t)0 :
		    ((uint64_t)1 << (8 * (r - 8))) - 1;
	}
	for (r = 0; r < 256; r++) {
		unsigned char k = 0;

		if ((r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z'))
			k |= C_W | C_A;
		if (r >= 'A' && r <= 'Z')
			k |= C_U;
		if (r >= '0' && r <= '9')
			k |= C_W;
		if (r == '.' || r == '-' || r == ' ' || r == '\'' || r == '`')
			k |= C_SK;
		if (r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' ||
		    r == '\v')
			k |= C_SP;
		if (r == '\'' || r == '-' || r == '.')
			k |= C_J;
		ccls[r] = k;
	}
	rk_table_load(&wil, "wilayah/wilayah.tsv");
	w_code = rk_table_col(&wil, "code");
	w_level = rk_table_col(&wil, "level");
	w_name = rk_table_col(&wil, "name");
	w_parent = rk_table_col(&wil, "parent_code");
	rk_hash_init(&wil_name);
	rk_hash_reserve(&wil_name, wil.nrows);
	wil_lv = rk_xmalloc(wil.nrows + 1);
	for (r = 0; r < wil.nrows; r++) {
		const char *n = RK_CELL(&wil, r, w_name);
		char fname[256];
		size_t fl, ff;
		int sp;

		wil_lv[r] = (unsigned char)level_of(RK_CELL(&wil, r, w_level));
		/* hadd(), add_first() and the one-word form, the name folded once */
		if (wil_fold(n, fname, sizeof(fname), &fl, &ff, &sp)) {
			rk_hash_add(&wil_name, fname, fl, (long)r, 1);
			winfo_get(fname, ff)->lx |= LX_WIL;
			/* "Tanjungpinang" for Tanjung Pinang: as below */
			if (wil_lv[r] != LV_DESA && wil_lv[r] != LV_KEL && sp)
				winfo_get(fname, fl)->lx |= LX_WIL;
			continue;
		}
		if (fold(n, strlen(n), &tmp)) {
			size_t k, m = 0;

			rk_hash_add(&wil_name, tmp.data, tmp.len, (long)r, 1);
			/* the first word's fold is the bytes it kept of it */
			for (k = 0; n[k] != '\0' && n[k] != ' ' && n[k] != '\t'; k++)
				if (!(ccls[(unsigned char)n[k]] & (C_SK | C_SP)))
					m++;
			winfo_get(tmp.data, m)->lx |= LX_WIL;
		} else {
			rk_hash_add(&wil_name, tmp.data ? tmp.data : "", tmp.len,
			    (long)r, 1);
			add_first(n, LX_WIL);
		}
		/* "Tanjungpinang" for Tanjung Pinang: the name written as one word */
		if (wil_lv[r] != LV_DESA && wil_lv[r] != LV_KEL && strchr(n, ' ') != NULL) {
			fold(n, strlen(n), &tmp);
			winfo_get(tmp.data, tmp.len)->lx |= LX_WIL;
		}
	}
	code_order();
	rk_hash_init(&abb_name);
	load_abbr(&abb, "singkatan.tsv");
	rk_table_load(&ali, "wilayah/alias.tsv");
	rk_hash_init(&ali_code);
	for (r = 0; r < ali.nrows; r++) {
		const char *c = RK_CELL(&ali, r, rk_table_col(&ali, "code"));
		const char *a = RK_CELL(&ali, r, rk_table_col(&ali, "alias"));

		rk_hash_add(&ali_code, c, strlen(c), (long)r, 1);
		rk_hash_add(&abb_name, a, strlen(a), lex_area_code(c, strlen(c)), 0);
	}

	load_roles(&jab, "jabatan.tsv", 0);
	load_roles(&jab2, "jabatan-rapat.tsv", JAB2);
	load_roles(&jab3, "jabatan-ext.tsv", JAB3);
	rk_table_load(&gel, "gelar.tsv");
	g_kind = rk_table_col(&gel, "kind");
	rk_hash_init(&gel_form);
	for (r = 0; r < gel.nrows; r++) {
		const char *f = RK_CELL(&gel, r, rk_table_col(&gel, "form"));

		hadd(&gel_form, f, strlen(f), (long)r);
	}
	rk_table_load(&top, "topik.tsv");
	t_topic = rk_table_col(&top, "topic");
	rk_hash_init(&top_cue);
	for (r = 0; r < top.nrows; r++) {
		const char *f = RK_CELL(&top, r, rk_table_col(&top, "cue"));

		hadd(&top_cue, f, strlen(f), (long)r);
		add_first(f, LX_TOP);
	}
	kmax_of(&jab_form, jab_kmax);
	kmax_of(&top_cue, top_kmax);
	winfo_lists();
	/* the first entry of a form decides its kind, as lex_honorific did */
	for (r = 0; r < gel_form.nent; r++) {
		const struct rk_hash_ent *he = &gel_form.ent[r];
		long e = rk_hash_find(&gel_form, gel_form.keys.data + he->koff, he->klen, 1);
		const char *k = RK_CELL(&gel, rk_hash_val(&gel_form, e), g_kind);

		winfo_get(gel_form.keys.data + he->koff, he->klen)->lx |=
		    strcmp(k, "degree") == 0 ? LX_HON2 : LX_HON1;
	}
	kpre_of(&jab_form, 0);
	kpre_of(&top_cue, 1);
}

void
lex_fini(void)
{
	rk_hash_free(&wil_name);
	free(code_ord);
	code_ord = NULL;
	free(parent_of);
	parent_of = NULL;
	rk_hash_free(&abb_name);
	rk_hash_free(&jab_form);
	rk_hash_free(&gel_form);
	rk_hash_free(&top_cue);
	free(winfo);
	winfo = NULL;
	nwinfo = capwinfo = 0;
	free(wtab);
	wtab = NULL;
	wmask = 0;
	rk_table_free(&wil);
	rk_table_free(&abb);
	rk_table_free(&jab);
	rk_table_free(&jab2);
	rk_table_free(&jab3);
	rk_table_free(&ali);
	rk_hash_free(&ali_code);
	rk_table_free(&gel);
	rk_table_free(&top);
	free(wil_lv);
	rk_buf_free(&tmp);
}

/* ---- tokens -------------------------------------------------------------- */

static int
is_wordcp(uint32_t c)
{
	if (c < 0x80)
		return ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9');
	return rk_cp_isalpha(c);
}

/* The code point at *i, ASCII without a call. */
static uint32_t
next_cp(const char *s, size_t len, size_t *i)
{
	unsigned char ch = (unsigned char)s[*i];

	if (ch < 0x80) {
		(*i)++;
		return ch;
	}
	return rk_utf8_next(s, len, i);
}

/*
 * The end of the run of ASCII letters and digits (C_W) at s + j: 16 bytes
 * at a time while 16 are left (a sentence's words end mostly within one
 * block; the byte loop cost a few instructions a letter).
 */
static inline size_t
word_end(const char *s, size_t j, size_t len)
{
#ifdef LEX_SSE2
	while (len - j >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(s + j));
		__m128i lw = _mm_or_si128(v, _mm_set1_epi8(0x20));
		/*
		 * One add and one signed compare a range: adding 0x80 - 'a'
		 * (mod 256) moves 'a'..'z' alone to -128..-103; likewise digits.
		 */
		__m128i al = _mm_cmplt_epi8(_mm_add_epi8(lw, _mm_set1_epi8((char)(0x80 - 'a'))),
		    _mm_set1_epi8((char)(-128 + 26)));
		__m128i dg = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '0'))),
		    _mm_set1_epi8((char)(-128 + 10)));
		unsigned m = ~(unsigned)_mm_movemask_epi8(_mm_or_si128(al, dg)) & 0xFFFF;

		if (m != 0)
			return j + (unsigned)__builtin_ctz(m);
		j += 16;
	}
#endif
	while (j < len && (ccls[(unsigned char)s[j]] & C_W))
		j++;
	return j;
}

/* high bit of each byte of w (all < 0x80) set where the byte is >= c */
#define GE(w, c)	((((w) | RK_HIGHS) - RK_ONES * (c)) & RK_HIGHS)

/* How many bytes of x have their high bit set (no other bits set). */
static size_t
nhigh(uint64_t x)
{
	return (size_t)(((x >> 7) * RK_ONES) >> 56);
}

/*
 * The common token, short and plain ASCII with nothing folding drops,
 * folded eight bytes at a time into t->low (zeroed); 0 if it is not one.
 */
static int
swar_fold(struct ex_tok *t, const unsigned char *p, size_t len, size_t room,
    size_t *nl, size_t *nu, uint64_t *h)
{
	static const union { uint16_t u; unsigned char c[2]; } one = { 1 };
	uint64_t w[3] = { 0, 0, 0 }, up, al, dg, lw, pad;
	size_t k, nw = (len + 7) / 8, nu0 = 0, nl0 = 0;

	if (room >= sizeof(w) && one.c[0] == 1) {
		/* little endian: whole words straight from the text, the rest masked */
		memcpy(w, p, sizeof(w));
		for (k = 0; k < 3; k++)
			if (len <= 8 * k)
				w[k] = 0;
			else if (len < 8 * k + 8)
				w[k] &= ((uint64_t)1 << (8 * (len - 8 * k))) - 1;
	} else {
		memcpy(w, p, len);
	}
	for (k = 0; k < nw; k++) {
		if ((w[k] & RK_HIGHS) != 0)
			return 0;
		up = GE(w[k], 'A') & ~GE(w[k], 'Z' + 1);
		lw = w[k] | up >> 2;
		al = GE(lw, 'a') & ~GE(lw, 'z' + 1);
		dg = GE(w[k], '0') & ~GE(w[k], '9' + 1);
		/* bytes past the token (little or big endian alike: zero) */
		pad = GE(~w[k] & ~RK_HIGHS, 0x7F);
		if ((al | dg | pad) != RK_HIGHS)
			return 0;
		nu0 += nhigh(up);
		nl0 += nhigh(al);
		w[k] = lw;
	}
	*nu += nu0;
	*nl += nl0;
	memcpy(t->low, w, sizeof(w));
	*h = khash3(w[0], w[1], w[2]);
	return 1;
}

static void
tok_make(struct ex_tok *t, const char *s, size_t slen)
{
	size_t n, nl = 0, nu = 0, len = t->e - t->s;
	uint32_t c;
	size_t i;
	const unsigned char *p = (const unsigned char *)s + t->s;
	const struct winfo *w;
	uint64_t h;

	if (len < sizeof(t->low) && swar_fold(t, p, len, slen - t->s, &nl, &nu, &h)) {
		n = len;
		i = len;
	} else {
		memset(t->low, 0, sizeof(t->low));
		h = 0;
		/* ASCII words fold here (what rk_fold does to them), others through rk_fold */
		for (n = 0, i = 0; i < len; i++) {
			unsigned ch = p[i], k = ccls[ch];

			if (ch >= 0x80)
				break;
			if (k & C_SK)
				continue;
			nl += k >> 1 & 1;	/* C_A */
			nu += k >> 2 & 1;	/* C_U */
			if (n < sizeof(t->low) - 1)
				t->low[n++] = (char)(ch | (k & C_U) << 3);
		}
	}
	if (i == len && n == 0) {
		/* ASCII "." and "-" fold to nothing: keep them as written */
		for (i = 0; i < len && n < sizeof(t->low) - 1; i++)
			t->low[n++] = (char)p[i];
	} else if (i < len) {
		rk_buf_reset(&tmp);
		rk_fold(s + t->s, len, &tmp);
		if (tmp.len == 0)	/* "." and "-" fold to nothing: keep them */
			rk_buf_add(&tmp, s + t->s, len);
		n = tmp.len < sizeof(t->low) - 1 ? tmp.len : sizeof(t->low) - 1;
		memset(t->low, 0, sizeof(t->low));
		if (n > 0)
			memcpy(t->low, tmp.data, n);
		nl = SIZE_MAX;		/* count below */
	}
	t->len = (unsigned char)n;
	if (n >= sizeof(t->low) - 1) {
		t->lx = LX_ALL & ~(LX_HON1 | LX_HON2);	/* cut: look the text up */
	} else {
		w = wfind_memo(h ? h : khash(t->low), t->low, n);
		t->m = w->m;
		t->lx = w->lx;
		t->kjab = w->kjab;
		t->ktop = w->ktop;
	}
	if (t->low[0] == 'r' && strncmp(t->low, "rakor", 5) == 0)
		t->m |= (uint64_t)1 << S_RAKOR;
	if (t->lx & LX_TOP)
		t->m |= (uint64_t)1 << S_TOPW;
	i = t->s;
	c = next_cp(s, t->e, &i);
	if (!is_wordcp(c))
		return;
	t->fl |= TK_WORD;
	if (c >= '0' && c <= '9') {
		t->fl |= TK_DIGIT;
		if (t->len == 4)
			t->m |= (uint64_t)1 << S_YEAR4;
	}
	if (c < 0x80 ? (c >= 'A' && c <= 'Z') : rk_cp_isupper(c)) {
		size_t j = t->s;

		t->fl |= TK_CAP;
		if (nl == SIZE_MAX) {
			for (nl = 0; j < t->e; ) {
				c = next_cp(s, t->e, &j);
				if (c < 0x80) {
					if ((c | 32) >= 'a' && (c | 32) <= 'z') {
						nl++;
						nu += c <= 'Z';
					}
				} else if (rk_cp_isalpha(c)) {
					nl++;
					if (rk_cp_isupper(c))
						nu++;
				}
			}
		}
		if (nl >= 2 && nu == nl)
			t->fl |= TK_UPPER;
	}
}

/* tok_make() of a new token: its fields start empty. */
static void
tok_fresh(struct ex_tok *t, const char *s, size_t slen)
{
	t->fl = 0;
	t->len = 0;
	t->lx = 0;
	t->kjab = t->ktop = 0;
	t->m = 0;
	tok_make(t, s, slen);
}

/* tok_make(), and what it made kept in e for the next token of these bytes. */
static void	tok_keep(struct ex_tok *, const char *, size_t, struct rmemo *)
    __attribute__((noinline));
static void	tok_set(struct ex_tok *, const char *, size_t)
    __attribute__((always_inline));

static void
tok_keep(struct ex_tok *t, const char *s, size_t slen, struct rmemo *e)
{
	tok_fresh(t, s, slen);
	memcpy(e->tail, (const char *)t + TOK_TAIL, TOK_TAILN);
}

/* tok_make(), or what it made of the same bytes before: inline, most hit. */
static inline void
tok_set(struct ex_tok *t, const char *s, size_t slen)
{
	static const union { uint16_t u; unsigned char c[2]; } one = { 1 };
	size_t len = t->e - t->s;
	const unsigned char *p = (const unsigned char *)s + t->s;
	uint64_t w[2] = { 0, 0 }, h;
	struct rmemo *e;

	if (len == 0 || len > RMEMO_MAX) {
		tok_fresh(t, s, slen);
		return;
	}
	if (slen - t->s >= sizeof(w) && one.c[0] == 1) {
		/* little endian: the whole words, the bytes past the token masked */
		memcpy(w, p, sizeof(w));
		w[0] &= keep[len][0];
		w[1] &= keep[len][1];
	} else if (slen >= sizeof(w) && one.c[0] == 1) {
		/* near the end: the text's last 16 bytes, shifted down to the token */
		uint64_t q[2];
		unsigned sh = (unsigned)(8 * (sizeof(w) - (slen - t->s)));	/* 8..120 */

		memcpy(q, s + slen - sizeof(q), sizeof(q));
		if (sh >= 64) {
			w[0] = q[1] >> (sh - 64);
			w[1] = 0;
		} else {
			w[0] = q[0] >> sh | q[1] << (64 - sh);
			w[1] = q[1] >> sh;
		}
		w[0] &= keep[len][0];
		w[1] &= keep[len][1];
	} else {
		memcpy(w, p, len);
	}
	/*
	 * Two independent multiplies, the line from the top bits: the
	 * bytes (with their length zero padding) pick it, rlen checks it.
	 */
	h = (w[0] * 0x9E3779B97F4A7C15ULL) ^ (w[1] * 0xC2B2AE3D27D4EB4FULL) ^ len;
	e = &rmemo[h >> (64 - RMEMO_BITS)];
	if (e->rlen == len && e->raw[0] == w[0] && e->raw[1] == w[1]) {
		memcpy((char *)t + TOK_TAIL, e->tail, TOK_TAILN);
		return;
	}
	/* the key here, not through a pointer: w stays in registers */
	e->raw[0] = w[0];
	e->raw[1] = w[1];
	e->rlen = (unsigned char)len;
	tok_keep(t, s, slen, e);
}

/*
 * A new token at *next, the array grown when *next reached *end; tok_set()
 * fills it all (s and e are the caller's).  Pointers, not an index: no
 * multiply by the struct's size a token.
 */
static inline struct ex_tok *
tok_push(struct ex_tok **t, struct ex_tok **next, struct ex_tok **end)
{
	if (*next == *end) {
		size_t n = *t == NULL ? 0 : (size_t)(*next - *t);
		size_t cap = n ? n * 2 : 64;

		*t = rk_xrealloc(*t, cap, sizeof(**t));
		*next = *t + n;
		*end = *t + cap;
	}
	return (*next)++;
}

/*
 * "Rakor di pimpin oleh Camat X", "di buka oleh Bupati": a passive verb
 * written apart from its prefix, as hurried pages do, made one token
 * (dipimpin) over both words.  Only verbs: "di" before a noun is "at".
 */
static int
split_passive(struct ex_tok *di, const struct ex_tok *w, const char *s)
{
	static const char *const stem[] = { "pimpin", "buka", "gelar",
		"laksanakan", "selenggarakan", "adakan", "hadiri", "ikuti",
		"ketuai", "pandu", "bacakan", "wakili", "tutup", NULL };
	static const unsigned char slen[] = { 6, 4, 5, 10, 13, 6, 6, 5, 6, 5,
		7, 6, 5 };
	char buf[RMEMO_MAX + 1];
	struct ex_tok j;
	size_t k, wl = w->e - w->s;

	if (di->e - di->s != 2 || di->low[0] != 'd' || di->low[1] != 'i' ||
	    di->low[2] != '\0' || w->s != di->e + 1 || s[di->e] != ' ' ||
	    wl + 2 > RMEMO_MAX || (w->fl & TK_CAP))
		return 0;
	for (k = 0; stem[k] != NULL; k++)
		if (w->len == slen[k] && memcmp(w->low, stem[k], slen[k]) == 0)
			break;
	if (stem[k] == NULL)
		return 0;
	memcpy(buf, s + di->s, 2);
	memcpy(buf + 2, s + w->s, wl);
	memset(&j, 0, sizeof(j));
	j.e = wl + 2;
	tok_set(&j, buf, wl + 2);
	j.s = di->s;
	j.e = w->e;
	*di = j;
	return 1;
}

/*
 * The end of a word whose letters and digits end at i: the run goes on
 * over non-ASCII letters and over ' - . between word characters; *joined
 * is set when such a mark was crossed.
 */
static size_t
word_join(const char *s, size_t len, size_t i, int *joined)
{
	size_t j, k;
	uint32_t c, d;

	for (;;) {
		j = i;
		if (j >= len)
			break;
		if ((unsigned char)s[j] < 0x80) {
			unsigned char cj = ccls[(unsigned char)s[j]];

			if (cj & C_W) {
				/* bytes >= 0x80 have no class: the run stops there */
				i = word_end(s, j + 1, len);
				continue;
			}
			if (!(cj & C_J))
				break;
			if (j + 1 < len && (unsigned char)s[j + 1] < 0x80) {
				if (!(ccls[(unsigned char)s[j + 1]] & C_W))
					break;
				i = j + 1;
				*joined = 1;
				continue;
			}
		}
		c = next_cp(s, len, &j);
		if (is_wordcp(c)) {
			i = j;
			continue;
		}
		if (c == '\'' || c == 0x2019 || c == '-' || c == '.') {
			k = j;
			if (k < len && is_wordcp(d = next_cp(s, len, &k))) {
				i = j;
				*joined = 1;
				continue;
			}
		}
		break;
	}
	return i;
}

size_t
lex_tokenize(const char *s, size_t len, struct ex_tok **t, size_t *cap,
    uint64_t *m)
{
	size_t i = 0, k;
	uint64_t um = 0;
	uint32_t c;
	struct ex_tok *x;
	int joined;
	/* the array in locals: x's stores could alias *t and *cap, reloaded a token */
	struct ex_tok *tv = *t, *xn = tv, *xend = tv == NULL ? NULL : tv + *cap;

	/* tok_set()'s memo, emptied when the words changed: once a sentence */
	if (!rmemo_ok) {
		for (k = 0; k < NRMEMO; k++)
			rmemo[k].rlen = UCHAR_MAX;
		for (k = 0; k < 0x80; k++)
			rmemo1[k].rlen = UCHAR_MAX;
		rmemo_ok = 1;
	}
	while (i < len) {
		size_t st = i;
		unsigned char b0 = (unsigned char)s[i];

		/* ASCII by its class: space, a word's first letter, a mark */
		if (b0 < 0x80) {
			i++;
			if (ccls[b0] & C_SP)
				continue;
			c = b0;
		} else {
			size_t q = i;	/* &i would keep i in memory all along */

			c = rk_utf8_next(s, len, &q);
			i = q;
			if (rk_cp_isspace(c))
				continue;
		}
		if (c < 0x80 ? !(ccls[c] & C_W) : !is_wordcp(c)) {
			x = tok_push(&tv, &xn, &xend);
			x->s = st;
			x->e = i;
			/* an ASCII mark is one byte: its own memo line, no hash */
			if (c >= 0x80) {
				tok_set(x, s, len);
			} else if (rmemo1[c].rlen == 1) {
				memcpy((char *)x + TOK_TAIL, rmemo1[c].tail, TOK_TAILN);
			} else {
				rmemo1[c].rlen = 1;
				tok_keep(x, s, len, &rmemo1[c]);
			}
			um |= x->m;
			/* and the space after a mark: ", " */
			if (i < len && s[i] == ' ')
				i++;
			continue;
		}
		/* a word: letters/digits, with ' - . / inside when a word char follows */
		if (c < 0x80)
			i = word_end(s, i, len);
		joined = 0;	/* a mark inside: only then can it be "se-X" */
		/* most words end at a space: nothing joins them */
		if (i < len && s[i] != ' ')
			i = word_join(s, len, i, &joined);
		/* "se-Kabupaten": split off the "se" */
		if (joined && i - st > 3 && s[st + 2] == '-' && (s[st] == 's' || s[st] == 'S') &&
		    s[st + 1] == 'e' && ((unsigned char)s[st + 3] >= 'A' &&
		    (unsigned char)s[st + 3] <= 'Z')) {
			x = tok_push(&tv, &xn, &xend);
			x->s = st;
			x->e = st + 2;
			tok_set(x, s, len);
			um |= x->m;
			x->fl |= TK_SE;
			st += 3;
		}
		/*
		 * A short capitalised word keeps its period (H. Kab. Jl. Pj.), and
		 * so does a short lowercase title before a name (dr. Umar).
		 */
		if (i < len && s[i] == '.' && i - st <= 4) {
			int up = (unsigned char)s[st] >= 'A' && (unsigned char)s[st] <= 'Z';

			k = i + 1;
			while (k < len && (s[k] == ' ' || s[k] == '\t'))
				k++;
			if (k < len && k > i + 1 && (up || (i - st <= 3 &&
			    (unsigned char)s[k] >= 'A' && (unsigned char)s[k] <= 'Z')))
				i++;
		}
		x = tok_push(&tv, &xn, &xend);
		x->s = st;
		x->e = i;
		tok_set(x, s, len);
		/* split_passive()'s first test, here: a call only after "di" */
		if (x > tv && x[-1].low[0] == 'd' && x[-1].low[1] == 'i' &&
		    x[-1].low[2] == '\0' && split_passive(x - 1, x, s))
			x = --xn - 1;
		um |= x->m;
		/* the space after a word, most often one: skipped here */
		if (i < len && s[i] == ' ')
			i++;
	}
	if (m != NULL)
		*m = um;
	if (tv == NULL)
		return 0;
	*t = tv;
	*cap = (size_t)(xend - tv);
	return (size_t)(xn - tv);
}

int
lex_role_word(const struct ex_tok *t)
{
	return (t->lx & LX_JAB) != 0;
}

int
(lex_is)(const struct ex_tok *t, const char *w)
{
	return t->low[0] == w[0] && strcmp(t->low, w) == 0;
}

/* ---- areas --------------------------------------------------------------- */

void
lex_ctx_reset(void)
{
	nctx = 0;
}

void
lex_ctx_add(const char *code, int weight)
{
	size_t i, n = strlen(code);

	if (n == 0 || n >= sizeof(ctx[0].code))
		return;
	for (i = 0; i < nctx; i++)
		if (strcmp(ctx[i].code, code) == 0) {
			ctx[i].w += weight;
			return;
		}
	if (nctx == sizeof(ctx) / sizeof(ctx[0]))
		return;
	memcpy(ctx[nctx].code, code, n + 1);
	ctx[nctx++].w = weight;
}

/* The area of that level the document names most, or -1. */
long
lex_ctx_best(enum ex_level lv)
{
	size_t i;
	long row, best = -1;
	int bw = 0;

	for (i = 0; i < nctx; i++) {
		row = lex_area_code(ctx[i].code, strlen(ctx[i].code));
		if (row < 0 || ctx[i].w <= bw)
			continue;
		if (wil_lv[row] == lv || (lv == LV_KAB && wil_lv[row] == LV_KOTA)) {
			bw = ctx[i].w;
			best = row;
		}
	}
	return best;
}

/* How well a code fits the document: weights of the context codes above it. */
static int
ctx_score(const char *code)
{
	size_t i, n;
	int sc = 0;

	for (i = 0; i < nctx; i++) {
		n = strlen(ctx[i].code);
		if (strncmp(code, ctx[i].code, n) == 0 &&
		    (code[n] == '\0' || code[n] == '.'))
			sc += ctx[i].w * (int)(1 + n);
		else if (strncmp(code, ctx[i].code, strlen(code)) == 0 &&
		    ctx[i].code[strlen(code)] == '.')
			sc += ctx[i].w;
	}
	return sc;
}

static unsigned
want_mask(enum ex_level want)
{
	return want == LV_NONE ? LV_GOV : LVBIT(want);
}

static long
resolve_raw(const char *name, size_t len, unsigned mask, int raw)
{
	long e, best = -1, row;
	int sc, bestsc = -1;

	e = rk_hash_find(&abb_name, name, len, raw);
	if (e >= 0) {
		row = rk_hash_val(&abb_name, e);
		if (mask & LVBIT(wil_lv[row]))
			return row;
	}
	for (e = rk_hash_find(&wil_name, name, len, raw); e >= 0;
	    e = rk_hash_nextval(&wil_name, e)) {
		row = rk_hash_val(&wil_name, e);
		if (!(mask & LVBIT(wil_lv[row])))
			continue;
		/* higher levels first, then the document's context */
		sc = ctx_score(RK_CELL(&wil, row, w_code)) * 8 + (8 - wil_lv[row]);
		if (sc > bestsc) {
			bestsc = sc;
			best = row;
		}
	}
	return best;
}

static long
resolve(const char *name, size_t len, unsigned mask)
{
	return resolve_raw(name, len, mask, 0);
}

long
lex_area_name(const char *name, size_t len, enum ex_level want)
{
	return resolve(name, len, want_mask(want));
}

/* code (len bytes, no NUL) against a cell: strcmp()'s order */
static int
code_cmp(const char *cell, const char *code, size_t len)
{
	size_t k;

	/* a cell's NUL differs from any byte of code: no reading past it */
	for (k = 0; k < len; k++)
		if (cell[k] != code[k])
			return (unsigned char)cell[k] - (unsigned char)code[k];
	return cell[len] != '\0';
}

/* the first row (in the file) with the code, as the hash gave it */
long
lex_area_code(const char *code, size_t len)
{
	size_t lo = 0, hi = wil.nrows;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (code_cmp(RK_CELL(&wil, code_ord[mid], w_code), code, len) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < wil.nrows &&
	    code_cmp(RK_CELL(&wil, code_ord[lo], w_code), code, len) == 0)
		return code_ord[lo];
	return -1;
}

static const struct {
	const char *w;
	enum ex_level l;
} lw[] = {
	{ "kabupaten", LV_KAB }, { "kab", LV_KAB }, { "kota", LV_KOTA },
	{ "provinsi", LV_PROV }, { "prov", LV_PROV }, { "propinsi", LV_PROV },
	{ "kecamatan", LV_KEC }, { "kec", LV_KEC }, { "desa", LV_DESA },
	{ "kelurahan", LV_KEL }, { "kel", LV_KEL }, { "distrik", LV_KEC },
	{ "gampong", LV_DESA }, { "nagari", LV_DESA }, { "kampung", LV_DESA },
};

static enum ex_level
level_word(const struct ex_tok *t)
{
	size_t i;

	if (!(t->lx & LX_LVL))
		return LV_NONE;
	for (i = 0; i < sizeof(lw) / sizeof(lw[0]); i++)
		if (strcmp(t->low, lw[i].w) == 0)
			return lw[i].l;
	return LV_NONE;
}

unsigned
role_mask(int role)
{
	const char *l;

	if (role < 0)
		return LV_GOV;
	l = role_cell(role, "level");
	if (strcmp(l, "provinsi") == 0)
		return LVBIT(LV_PROV);
	if (strcmp(l, "kabupaten") == 0)
		return LVBIT(LV_KAB) | LVBIT(LV_KOTA);
	if (strcmp(l, "kota") == 0)
		return LVBIT(LV_KOTA);
	if (strcmp(l, "kota/kabupaten") == 0)
		return LVBIT(LV_KOTA) | LVBIT(LV_KAB);
	if (strcmp(l, "kabupaten/kota") == 0 || strcmp(l, "daerah") == 0)
		return LV_GOV;
	if (strcmp(l, "kecamatan") == 0)
		return LVBIT(LV_KEC);
	if (strcmp(l, "kelurahan") == 0)
		return LVBIT(LV_KEL);
	if (strcmp(l, "desa") == 0)
		return LVBIT(LV_DESA);
	if (strcmp(l, "desa/kelurahan") == 0)
		return LVBIT(LV_DESA) | LVBIT(LV_KEL);
	if (strcmp(l, "pusat") == 0)
		return 0;
	return LV_GOV | LVBIT(LV_KEC);
}

/* Try names of 1..4 word tokens from i, longest first. */
static long
area_run(const struct ex_sent *st, size_t i, unsigned mask, int needcap, size_t *te)
{
	size_t n, j, maxn = 0, nk, cum[KEYMAX + 1];
	char key[KEYMAX * 24];
	long row;

	for (j = i; j < st->ntok && j < i + 4; j++) {
		if (!(st->tok[j].fl & TK_WORD))
			break;
		if (needcap && !(st->tok[j].fl & (TK_CAP | TK_DIGIT)))
			break;
		maxn++;
	}
	if (maxn == 0 || !(st->tok[i].lx & LX_WIL))
		return -1;
	nk = keys_build(st, i, maxn, key, cum);
	for (n = maxn; n > 0; n--) {
		if (n <= nk)
			row = resolve_raw(key, cum[n], mask, 1);
		else
			row = resolve(st->text + st->tok[i].s,
			    st->tok[i + n - 1].e - st->tok[i].s, mask);
		if (row >= 0) {
			*te = i + n;
			return row;
		}
	}
	return -1;
}

int
area_mask(const struct ex_sent *st, size_t i, unsigned mask, int bare, struct ex_area *a)
{
	enum ex_level lv;
	size_t te;
	long row;

	if (i < st->ntok && (st->tok[i].fl & TK_SE))
		i++;
	if (i >= st->ntok || !(st->tok[i].fl & TK_WORD))
		return 0;
	if (!(st->tok[i].fl & TK_CAP) && strchr("kpdgn", st->tok[i].low[0]) == NULL)
		return 0;
	lv = strchr("kpdgn", st->tok[i].low[0]) ? level_word(&st->tok[i]) : LV_NONE;
	if (lv != LV_NONE && i + 1 < st->ntok) {
		unsigned m = LVBIT(lv);

		if (lv == LV_KAB)
			m |= LVBIT(LV_KOTA);	/* "Kabupaten Kotabaru" */
		row = area_run(st, i + 1, m, 0, &te);
		if (row >= 0) {
			a->row = row;
			a->te = te;
			return 1;
		}
	}
	if (!bare || mask == 0 || !(st->tok[i].fl & TK_CAP))
		return 0;
	row = area_run(st, i, mask, 1, &te);
	if (row < 0)
		return 0;
	a->row = row;
	a->te = te;
	return 1;
}

int
lex_area(const struct ex_sent *st, size_t i, enum ex_level want, int bare, struct ex_area *a)
{
	return area_mask(st, i, want == LV_NONE ? LV_GOV : LVBIT(want), bare, a);
}

void
lex_area_full(long row, struct rk_buf *out)
{
	static const char *const word[] = { "", "Provinsi", "Kabupaten", "Kota",
		"Kecamatan", "Kelurahan", "Desa" };

	const char *n;
	long e;

	if (row < 0)
		return;
	rk_buf_adds(out, word[wil_lv[row]]);
	rk_buf_addc(out, ' ');
	n = RK_CELL(&wil, row, w_name);
	e = rk_hash_find(&ali_code, RK_CELL(&wil, row, w_code),
	    strlen(RK_CELL(&wil, row, w_code)), 1);
	if (e >= 0)
		n = RK_CELL(&ali, rk_hash_val(&ali_code, e), rk_table_col(&ali, "alias"));
	/* the name everyone writes: Provinsi DKI Jakarta */
	if (strncmp(n, "Daerah Khusus Ibukota ", 22) == 0) {
		rk_buf_adds(out, "DKI ");
		n += 22;
	}
	rk_buf_adds(out, n);
}

const char *
lex_area_codestr(long row)
{
	return row < 0 ? "" : RK_CELL(&wil, row, w_code);
}

enum ex_level
lex_area_level(long row)
{
	return row < 0 ? LV_NONE : (enum ex_level)wil_lv[row];
}

long
lex_area_parent(long row)
{
	const char *p;

	if (row < 0)
		return -1;
	/* the same few rows' parents are asked for again and again */
	if (parent_of[row] != 0)
		return parent_of[row] - 2;
	p = RK_CELL(&wil, row, w_parent);
	parent_of[row] = 2 + (*p == '\0' ? -1 : lex_area_code(p, strlen(p)));
	return parent_of[row] - 2;
}

/* The recognisers' own word lists (stop_w, unit_w: extract_person.c). */
static void
winfo_lists(void)
{
	size_t i;

	winfo_words(stop_w, LX_STOP);
	/* what tok_make() compared each new token with: its winfo says it */
	for (i = 0; stop_w[i] != NULL; i++)
		winfo_get(stop_w[i], strlen(stop_w[i]))->m |= (uint64_t)1 << S_STOPX;
	winfo_get("kunjungan", 9)->m |= (uint64_t)1 << S_NEGW;
	winfo_get("halal", 5)->m |= (uint64_t)1 << S_NEGW;
	winfo_get("setiap", 6)->m |= (uint64_t)1 << S_OTHW;
	winfo_get("arahan", 6)->m |= (uint64_t)1 << S_OTHW;
	winfo_get("peserta", 7)->m |= (uint64_t)1 << S_PESERTA;
	winfo_get("pimpinan", 8)->m |= (uint64_t)1 << S_PIMP;
	winfo_words(unit_w, LX_UNIT);
	for (i = 0; i < sizeof(lw) / sizeof(lw[0]); i++)
		winfo_get(lw[i].w, strlen(lw[i].w))->lx |= LX_LVL;
}
