/*
 * extract_lex.c: the lexicons rk-extract reads (areas, roles, titles,
 * topics) and the small recognisers built on them: areas, roles, names
 * and person phrases over a sentence's tokens.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "extract.h"
#include "extract_int.h"

#define LVBIT(l) (1u << (l))
#define LV_GOV	(LVBIT(LV_PROV) | LVBIT(LV_KAB) | LVBIT(LV_KOTA))
#define LV_ANY	(LV_GOV | LVBIT(LV_KEC) | LVBIT(LV_KEL) | LVBIT(LV_DESA))

static struct rk_table wil, jab, jab2, jab3, gel, top, abb, ali;
static struct rk_hash ali_code;	/* code -> row of alias.tsv: the spelling news use */
#define JAB2	100000	/* role ids from jabatan-rapat.tsv start here */
#define JAB3	200000	/* and from jabatan-ext.tsv (rk-tag's further roles) */
static struct rk_hash wil_name, wil_code, jab_form, gel_form, top_cue, abb_name;
static int w_code, w_level, w_name, w_parent;
static unsigned char *wil_lv;
static int g_kind;
static int t_topic;
static struct rk_buf tmp;

/*
 * Every word any look-up starts with -> what it may start (LX_* bits, the
 * honorific kind) and the word sets of extract.c, so that tokenising costs
 * one look-up a token and the recognisers test bits.
 */
#define LX_WIL	0x01
#define LX_JAB	0x02
#define LX_TOP	0x04
#define LX_HON1	0x08	/* title: H., Drs., Prof. */
#define LX_HON2	0x10	/* degree: S.Sos, M.Si */
#define LX_STOP	0x20	/* stopcap() may hold it */
#define LX_UNIT	0x40	/* unit_word() may hold it */
#define LX_LVL	0x80	/* level_word() may hold it */
#define LX_ALL	0xFF
struct winfo {
	uint64_t	 m;
	unsigned char	 lx;
	unsigned char	 klen;
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
static unsigned char ccls[256];

struct ctx_ent {
	char	 code[16];
	int	 w;
};
static struct ctx_ent ctx[64];
static size_t nctx;

/* What rk_fold makes of s, quicker for ASCII (most of the data files). */
static void
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
			return;
		}
		if (k & (C_SK | C_SP))
			continue;
		*d++ = (char)(ch | (k & C_U) << 3);
	}
	*d = '\0';
	out->len = (size_t)(d - out->data);
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
#define NRMEMO	16384
#define RMEMO_MAX 16	/* longer tokens are not kept */
struct rmemo {
	uint64_t	 raw[2];	/* the bytes, zero-padded */
	uint64_t	 m;
	unsigned	 fl;
	unsigned char	 rlen;		/* UCHAR_MAX: empty */
	unsigned char	 len, lx;
	char		 low[24];
};
static struct rmemo rmemo[NRMEMO];
static int rmemo_ok;

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
	if (s[0] == 'd')
		return strcmp(s, "desa") == 0 ? LV_DESA : LV_NONE;
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

static void
load_abbr(struct rk_table *t, const char *name)
{
	size_t r;
	int ca, cc;

	rk_table_load(t, name);
	ca = rk_table_col(t, "abbr");
	cc = rk_table_col(t, "code");
	for (r = 0; r < t->nrows; r++) {
		long w = rk_hash_find(&wil_code, RK_CELL(t, r, cc),
		    strlen(RK_CELL(t, r, cc)), 1);

		if (w >= 0) {
			hadd(&abb_name, RK_CELL(t, r, ca), strlen(RK_CELL(t, r, ca)),
			    rk_hash_val(&wil_code, w));
			add_first(RK_CELL(t, r, ca), LX_WIL);
		}
	}
}

static void
load_roles(struct rk_table *t, const char *name, long base)
{
	size_t r;
	int cf;

	rk_table_load(t, name);
	cf = rk_table_col(t, "form");
	(void)rk_table_col(t, "canonical");
	(void)rk_table_col(t, "level");
	if (base == 0)
		rk_hash_init(&jab_form);
	for (r = 0; r < t->nrows; r++) {
		const char *f = RK_CELL(t, r, cf);

		hadd(&jab_form, f, strlen(f), base + (long)r);
		add_first(f, LX_JAB);
	}
}

/* A role's table row: ids from the second and third files are offset. */
static const char *
role_cell(int role, const char *col)
{
	const struct rk_table *t = role >= JAB3 ? &jab3 : role >= JAB2 ? &jab2 : &jab;
	int r = role >= JAB3 ? role - JAB3 : role >= JAB2 ? role - JAB2 : role;

	return RK_CELL(t, r, rk_table_col(t, col));
}

void
lex_init(void)
{
	size_t r;

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
		ccls[r] = k;
	}
	rk_table_load(&wil, "wilayah/wilayah.tsv");
	w_code = rk_table_col(&wil, "code");
	w_level = rk_table_col(&wil, "level");
	w_name = rk_table_col(&wil, "name");
	w_parent = rk_table_col(&wil, "parent_code");
	rk_hash_init(&wil_name);
	rk_hash_init(&wil_code);
	rk_hash_reserve(&wil_name, wil.nrows);
	rk_hash_reserve(&wil_code, wil.nrows);
	wil_lv = rk_xmalloc(wil.nrows + 1);
	for (r = 0; r < wil.nrows; r++) {
		const char *n = RK_CELL(&wil, r, w_name);
		const char *c = RK_CELL(&wil, r, w_code);

		wil_lv[r] = (unsigned char)level_of(RK_CELL(&wil, r, w_level));
		hadd(&wil_name, n, strlen(n), (long)r);
		add_first(n, LX_WIL);
		/* "Tanjungpinang" for Tanjung Pinang: the name written as one word */
		if (wil_lv[r] != LV_DESA && wil_lv[r] != LV_KEL && strchr(n, ' ') != NULL) {
			fold(n, strlen(n), &tmp);
			winfo_get(tmp.data, tmp.len)->lx |= LX_WIL;
		}
		rk_hash_add(&wil_code, c, strlen(c), (long)r, 1);
	}
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
	winfo_lists();
	/* the first entry of a form decides its kind, as lex_honorific did */
	for (r = 0; r < gel_form.nent; r++) {
		const struct rk_hash_ent *he = &gel_form.ent[r];
		long e = rk_hash_find(&gel_form, gel_form.keys.data + he->koff, he->klen, 1);
		const char *k = RK_CELL(&gel, rk_hash_val(&gel_form, e), g_kind);

		winfo_get(gel_form.keys.data + he->koff, he->klen)->lx |=
		    strcmp(k, "degree") == 0 ? LX_HON2 : LX_HON1;
	}
}

void
lex_fini(void)
{
	rk_hash_free(&wil_name);
	rk_hash_free(&wil_code);
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
	}
	i = t->s;
	c = next_cp(s, t->e, &i);
	if (!is_wordcp(c))
		return;
	t->fl |= TK_WORD;
	if (c >= '0' && c <= '9')
		t->fl |= TK_DIGIT;
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

/* tok_make(), and what it made kept in e for the next token of these bytes. */
static void	tok_keep(struct ex_tok *, const char *, size_t, struct rmemo *,
    const uint64_t *, size_t) __attribute__((noinline));
static void	tok_set(struct ex_tok *, const char *, size_t)
    __attribute__((always_inline));

static void
tok_keep(struct ex_tok *t, const char *s, size_t slen, struct rmemo *e,
    const uint64_t *w, size_t len)
{
	unsigned fl = t->fl;

	t->fl = 0;
	tok_make(t, s, slen);
	e->raw[0] = w[0];
	e->raw[1] = w[1];
	e->rlen = (unsigned char)len;
	memcpy(e->low, t->low, sizeof(e->low));
	e->len = t->len;
	e->lx = t->lx;
	e->m = t->m;
	e->fl = t->fl;
	t->fl |= fl;
}

/* tok_make(), or what it made of the same bytes before: inline, most hit. */
static inline void
tok_set(struct ex_tok *t, const char *s, size_t slen)
{
	static const union { uint16_t u; unsigned char c[2]; } one = { 1 };
	size_t len = t->e - t->s, k;
	const unsigned char *p = (const unsigned char *)s + t->s;
	uint64_t w[2] = { 0, 0 }, h;
	struct rmemo *e;

	if (len == 0 || len > RMEMO_MAX) {
		tok_make(t, s, slen);
		return;
	}
	if (slen - t->s >= sizeof(w) && one.c[0] == 1) {
		/* little endian: the whole words, the bytes past the token masked */
		memcpy(w, p, sizeof(w));
		if (len <= 8) {
			w[1] = 0;
			if (len < 8)
				w[0] &= ((uint64_t)1 << (8 * len)) - 1;
		} else if (len < 16) {
			w[1] &= ((uint64_t)1 << (8 * (len - 8))) - 1;
		}
	} else {
		memcpy(w, p, len);
	}
	if (!rmemo_ok) {
		for (k = 0; k < NRMEMO; k++)
			rmemo[k].rlen = UCHAR_MAX;
		rmemo_ok = 1;
	}
	h = khash3(w[0], w[1], len);
	e = &rmemo[(h >> 24) & (NRMEMO - 1)];
	if (e->rlen == len && e->raw[0] == w[0] && e->raw[1] == w[1]) {
		memcpy(t->low, e->low, sizeof(t->low));
		t->len = e->len;
		t->lx = e->lx;
		t->m = e->m;
		t->fl |= e->fl;
		return;
	}
	tok_keep(t, s, slen, e, w, len);
}

/* A new token; tok_set() fills low[] (and zeroes it first). */
static inline struct ex_tok *
tok_push(struct ex_tok **t, size_t *n, size_t *cap)
{
	struct ex_tok *x;

	if (*n >= *cap) {
		*cap = *cap ? *cap * 2 : 64;
		*t = rk_xrealloc(*t, *cap, sizeof(**t));
	}
	x = &(*t)[(*n)++];
	x->fl = 0;
	x->len = 0;
	x->lx = 0;
	x->m = 0;
	return x;
}

size_t
lex_tokenize(const char *s, size_t len, struct ex_tok **t, size_t *cap)
{
	size_t i = 0, n = 0, j, k;
	uint32_t c, d;
	struct ex_tok *x;

	while (i < len) {
		size_t st = i;

		if ((unsigned char)s[i] < 0x80 && (ccls[(unsigned char)s[i]] & C_SP)) {
			i++;
			continue;
		}
		c = next_cp(s, len, &i);
		if (c >= 0x80 && rk_cp_isspace(c))
			continue;
		if (!is_wordcp(c)) {
			x = tok_push(t, &n, cap);
			x->s = st;
			x->e = i;
			tok_set(x, s, len);
			continue;
		}
		/* a word: letters/digits, with ' - . / inside when a word char follows */
		for (;;) {
			j = i;
			if (j >= len)
				break;
			if ((unsigned char)s[j] < 0x80) {
				unsigned char ch = (unsigned char)s[j];

				if (ccls[ch] & C_W) {
					/* bytes >= 0x80 have no class: the loop stops there */
					while (j < len && (ccls[(unsigned char)s[j]] & C_W))
						j++;
					i = j;
					continue;
				}
				if (ch != '\'' && ch != '-' && ch != '.')
					break;
				if (j + 1 < len && (unsigned char)s[j + 1] < 0x80) {
					if (!(ccls[(unsigned char)s[j + 1]] & C_W))
						break;
					i = j + 1;
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
					continue;
				}
			}
			break;
		}
		/* "se-Kabupaten": split off the "se" */
		if (i - st > 3 && s[st + 2] == '-' && (s[st] == 's' || s[st] == 'S') &&
		    s[st + 1] == 'e' && ((unsigned char)s[st + 3] >= 'A' &&
		    (unsigned char)s[st + 3] <= 'Z')) {
			x = tok_push(t, &n, cap);
			x->s = st;
			x->e = st + 2;
			tok_set(x, s, len);
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
		x = tok_push(t, &n, cap);
		x->s = st;
		x->e = i;
		tok_set(x, s, len);
	}
	return n;
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

/*
 * The folded keys of tokens i..i+1, i..i+2, ... i..i+maxn-1 at once: key
 * holds them end to end, key[0..cum[n]) is the key of n tokens.  Returns
 * how many tokens have such a key (a cut token and those after it do not).
 */
#define KEYMAX	6
static size_t
keys_build(const struct ex_sent *st, size_t i, size_t maxn, char *key, size_t *cum)
{
	size_t j, l;

	cum[0] = 0;
	for (j = 0; j < maxn && j < KEYMAX; j++) {
		l = st->tok[i + j].len;
		if (l >= sizeof(st->tok[0].low) - 1)
			break;
		memcpy(key + cum[j], st->tok[i + j].low, l);
		cum[j + 1] = cum[j] + l;
	}
	return j;
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

long
lex_area_code(const char *code, size_t len)
{
	long e = rk_hash_find(&wil_code, code, len, 1);

	return e < 0 ? -1 : rk_hash_val(&wil_code, e);
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

static unsigned
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

static int
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
	p = RK_CELL(&wil, row, w_parent);
	return *p == '\0' ? -1 : lex_area_code(p, strlen(p));
}

/* ---- roles, names, persons ----------------------------------------------- */

/* Longest run of word tokens from i (at most max) whose folded text is in h. */
static long
longest(struct rk_hash *h, unsigned first, const struct ex_sent *st, size_t i,
    size_t max, size_t *te)
{
	size_t n, j, maxn = 0, nk, cum[KEYMAX + 1];
	char key[KEYMAX * 24];
	long e;

	if (i >= st->ntok || !(st->tok[i].lx & first))
		return -1;
	for (j = i; j < st->ntok && j < i + max && j < i + KEYMAX; j++) {
		if (!(st->tok[j].fl & TK_WORD))
			break;
		maxn++;
	}
	nk = keys_build(st, i, maxn, key, cum);
	for (n = maxn; n > 0; n--) {
		if (n <= nk)
			e = rk_hash_find(h, key, cum[n], 1);
		else
			e = rk_hash_find(h, st->text + st->tok[i].s,
			    st->tok[i + n - 1].e - st->tok[i].s, 0);
		if (e >= 0) {
			*te = i + n;
			return e;
		}
	}
	return -1;
}

int
lex_role(const struct ex_sent *st, size_t i, size_t *te)
{
	long e;

	if (i >= st->ntok)
		return -1;
	e = longest(&jab_form, LX_JAB, st, i, 6, te);
	return e < 0 ? -1 : (int)rk_hash_val(&jab_form, e);
}

const char *
lex_role_canon(int role)
{
	return role < 0 ? "" : role_cell(role, "canonical");
}

enum ex_level
lex_role_level(int role)
{
	unsigned m = role_mask(role);

	if (m == LVBIT(LV_PROV))
		return LV_PROV;
	if (m & LVBIT(LV_KAB))
		return LV_KAB;
	if (m & LVBIT(LV_KOTA))
		return LV_KOTA;
	if (m & LVBIT(LV_KEC))
		return LV_KEC;
	if (m & LVBIT(LV_KEL))
		return LV_KEL;
	if (m & LVBIT(LV_DESA))
		return LV_DESA;
	return LV_NONE;
}

int
lex_role_is_head(int role)
{
	static const char *const head[] = { "gubernur", "bupati", "wali kota",
		"camat", "lurah", "kepala desa", "sekda", "asisten sekda",
		"sekretaris kecamatan", "staf ahli", NULL };
	const char *c = lex_role_canon(role);
	size_t i;

	for (i = 0; head[i] != NULL; i++)
		if (strstr(c, head[i]) != NULL)
			return 1;
	return 0;
}

int
lex_role_national(int role)
{
	return role >= 0 && strcmp(role_cell(role, "level"), "pusat") == 0;
}

int
lex_honorific(const struct ex_tok *t)
{
	long e;
	const char *k;

	if (!(t->fl & TK_WORD))
		return 0;
	if (t->len < sizeof(t->low) - 1)
		return (t->lx & LX_HON2) ? 2 : (t->lx & LX_HON1) ? 1 : 0;
	e = rk_hash_find(&gel_form, t->low, t->len, 0);
	if (e < 0)
		return 0;
	k = RK_CELL(&gel, rk_hash_val(&gel_form, e), g_kind);
	if (strcmp(k, "degree") == 0)
		return 2;
	return 1;
}

/*
 * Degrees written irregularly after a name: "S.i.p.MM" and "s.sos.mm" (two
 * degrees run together), "S. IP." (split in two tokens), "STTP" (not in the
 * list: a short all-capital word after a comma).  Returns the tokens used.
 */
static int	stopcap(const struct ex_tok *);

size_t
lex_degree(const struct ex_sent *st, size_t k)
{
	const struct ex_tok *t;
	size_t n, c, te;
	long e;

	if (k >= st->ntok || !((t = &st->tok[k])->fl & TK_WORD))
		return 0;
	if (lex_honorific(t) == 2)
		return 1;
	n = strlen(t->low);
	/* two degrees run together, only when written with dots or capitals */
	if (n >= 4 && n < sizeof(t->low) - 1 && ((t->fl & TK_UPPER) ||
	    memchr(st->text + t->s, '.', t->e - t->s) != NULL)) {
		for (c = 2; c + 2 <= n; c++) {
			e = rk_hash_find(&gel_form, t->low, c, 0);
			if (e < 0 || strcmp(RK_CELL(&gel, rk_hash_val(&gel_form, e), g_kind),
			    "degree") != 0)
				continue;
			e = rk_hash_find(&gel_form, t->low + c, n - c, 0);
			if (e >= 0 && strcmp(RK_CELL(&gel, rk_hash_val(&gel_form, e),
			    g_kind), "degree") == 0)
				return 1;
		}
	}
	/* "S. IP.": a capital with a dot, then the rest */
	if (n == 1 && (t->fl & TK_CAP) && k + 1 < st->ntok &&
	    (st->tok[k + 1].fl & TK_WORD) && n + strlen(st->tok[k + 1].low) < 16) {
		char key[24];

		snprintf(key, sizeof(key), "%s%s", t->low, st->tok[k + 1].low);
		e = rk_hash_find(&gel_form, key, strlen(key), 0);
		if (e >= 0 && strcmp(RK_CELL(&gel, rk_hash_val(&gel_form, e), g_kind),
		    "degree") == 0)
			return 2;
	}
	/* "Yohanes Ngau, STTP, MA": a short capital word between commas */
	if ((t->fl & TK_UPPER) && n <= 5 && k > 0 && lex_is(&st->tok[k - 1], ",") &&
	    (k + 1 >= st->ntok || !(st->tok[k + 1].fl & TK_WORD) ||
	    lex_honorific(&st->tok[k + 1]) == 2) && lex_role(st, k, &te) < 0 &&
	    !stopcap(t))
		return 1;
	return 0;
}

/* Capitalised words that start sentences or name things, never persons. */
static const char *const stop_w[] = {
	"rakor", "rapat", "pertemuan", "kegiatan", "acara", "dalam", "pada",
	"saat", "ketika", "di", "dan", "yang", "ini", "itu", "tersebut",
	"pemerintah", "pemkab", "pemkot", "pemprov", "pemda", "kabupaten",
	"kota", "provinsi", "kecamatan", "desa", "kelurahan", "dinas",
	"badan", "kantor", "aula", "hotel", "ruang", "gedung", "balai",
	"tim", "satgas", "forkopimda", "unsur", "seluruh", "para", "sekretariat",
	"setda", "namun", "selain", "sementara", "menurut", "untuk", "sebab",
	"hal", "ia", "dia", "mereka", "kami", "kita", "tidak", "adapun",
	"selanjutnya", "kemudian", "diketahui", "sebelumnya", "usai", "setelah",
	"bersama", "melalui", "kepada", "terkait", "sedangkan", "atas", "oleh",
	"maka", "jadi", "sehingga", "dengan", "karena", "agar", "supaya", "guna",
	"bagi", "ke", "dari", "dirinya", "pihaknya", "beliau", "senin", "selasa",
	"rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad", "januari",
	"februari", "maret", "april", "mei", "juni", "juli", "agustus",
	"september", "oktober", "november", "desember", "covid", "covid19",
	"tahun", "nomor", "sekda", "rakorcam", "rakornas", "rakorda", "wib",
	"wita", "wit", "polres", "polda", "kodim", "dprd", "opd", "skpd",
	"saya", "kamu", "anda", "bapak", "ibu", "pak", "bu", "sdr", "turut", "hadir",
	"juga", "sekaligus", "langsung", "secara", "kepala", "ketua", "wakil",
	"menteri", "jadi", "selaku", "sebagai", "the", "video", "zoom",
	"virtual", "mako", "markas", "pendopo", "rumah", "jalan", "jl",
	/* a headline's verbs: "Tengku Said Arifin Pimpin Rakor ..." */
	"pimpin", "memimpin", "buka", "membuka", "gelar", "menggelar", "hadiri",
	"ikuti", "minta", "ajak", "tegaskan", "instruksikan", "imbau", "bahas",
	"tekankan", "tindaklanjuti", "ingatkan", "harapkan", "dorong", "pastikan",
	"soroti", "serukan", "targetkan", "siapkan", "perintahkan",
	NULL
};

static int
stopcap(const struct ex_tok *t)
{
	size_t i;

	if (!(t->lx & LX_STOP))
		return 0;
	for (i = 0; stop_w[i] != NULL; i++)
		if (stop_w[i][0] == t->low[0] && strcmp(t->low, stop_w[i]) == 0)
			return 1;
	return 0;
}

static int
name_link(const struct ex_tok *t)
{
	return lex_is(t, "bin") || lex_is(t, "binti") || lex_is(t, "van") ||
	    lex_is(t, "de") || lex_is(t, "al") || lex_is(t, "el") || lex_is(t, "da") ||
	    lex_is(t, "boru") || lex_is(t, "br");
}

size_t
lex_name(const struct ex_sent *st, size_t i)
{
	size_t j, te, te2, real = 0, last = i;
	struct ex_area a;
	int r;

	for (j = i; j < st->ntok && j < i + 8; j++) {
		const struct ex_tok *t = &st->tok[j];
		int h;

		if (!(t->fl & TK_WORD))
			break;
		h = lex_honorific(t);
		/* a degree ends a name, but leads none: "Prof. Drs. H. Andi ..." */
		if (h == 2 && real > 0)
			break;
		if (h != 0) {
			if (j == i || real == 0)
				continue;
		}
		if (!(t->fl & TK_CAP)) {
			if (real > 0 && name_link(t) && j + 1 < st->ntok &&
			    (st->tok[j + 1].fl & TK_CAP))
				continue;
			break;
		}
		if (t->fl & TK_DIGIT)
			break;
		if (stopcap(t))
			break;
		if ((r = lex_role(st, j, &te)) >= 0) {
			/*
			 * "Teuku Raja Nasrun": a title of rk-tag's wider list
			 * inside a name; "Hj. Ratu Dewi Anggraini": a royal
			 * title opening one
			 */
			if (!(r >= JAB3 && (real > 0 || lex_is(t, "ratu") ||
			    lex_is(t, "raja") || lex_is(t, "sultan")) && te < st->ntok &&
			    (st->tok[te].fl & TK_CAP) && lex_role(st, te, &te2) < 0))
				break;
		}
		/* "Kutai Kartanegara" is no name; "Bima Arya" is one */
		if (real == 0 && area_mask(st, j, LV_GOV, 1, &a) && (a.te >= st->ntok ||
		    !(st->tok[a.te].fl & TK_CAP) || !(st->tok[a.te].fl & TK_WORD) ||
		    lex_role(st, a.te, &te) >= 0))
			break;
		real++;
		last = j + 1;
		/* "Moch. Arifin", "Muh. Rizal": a short given name cut with a
		 * period goes on */
		if (t->e - t->s <= 4 && j + 2 < st->ntok && lex_is(&st->tok[j + 1], ".") &&
		    (st->tok[j + 2].fl & TK_CAP) && (st->tok[j + 2].fl & TK_WORD) &&
		    lex_honorific(&st->tok[j + 2]) == 0)
			j++;
	}
	if (real == 0)
		return 0;
	return last;
}

void
lex_name_clean(const struct ex_sent *st, size_t ns, size_t ne, struct rk_buf *out)
{
	size_t j, n = 0;

	/* titles, ranks and the corps after a rank: "Brigjen TNI", "Letkol Inf" */
	while (ns + 1 < ne && (lex_honorific(&st->tok[ns]) != 0 ||
	    lex_is(&st->tok[ns], "tni") || lex_is(&st->tok[ns], "pol") ||
	    lex_is(&st->tok[ns], "inf") || lex_is(&st->tok[ns], "purn") ||
	    lex_is(&st->tok[ns], "czi") || lex_is(&st->tok[ns], "arh") ||
	    lex_is(&st->tok[ns], "kav") || lex_is(&st->tok[ns], "cpm") ||
	    lex_is(&st->tok[ns], "(purn)")))
		ns++;
	while (ne > ns + 1 && (lex_honorific(&st->tok[ne - 1]) == 2 ||
	    lex_degree(st, ne - 1) == 1))
		ne--;
	for (j = ns; j < ne; j++) {
		const struct ex_tok *t = &st->tok[j];
		size_t len = t->e - t->s;

		if (!(t->fl & TK_WORD))
			continue;
		if (n++ > 0)
			rk_buf_addc(out, ' ');
		rk_buf_add(out, st->text + t->s, len);
	}
}

/* Words naming a unit between a role and its area: Kepala Bagian Organisasi. */
static const char *const unit_w[] = {
	"kesehatan", "pendidikan", "sosial", "organisasi", "pemerintahan",
	"kesra", "perekonomian", "pembangunan", "umum", "hukum", "keuangan",
	"perhubungan", "pertanian", "perikanan", "lingkungan", "hidup",
	"pekerjaan", "perumahan", "kependudukan", "pencatatan", "sipil",
	"komunikasi", "informatika", "statistik", "persandian", "kominfo",
	"diskominfo", "setda", "setdakab", "setkab", "setdaprov", "setdakot",
	"tata", "pemberdayaan", "masyarakat", "ketahanan", "pangan",
	"perindustrian", "perdagangan", "koperasi", "umkm", "pariwisata",
	"kebudayaan", "pemuda", "olahraga", "tenaga", "kerja", "transmigrasi",
	"penanaman", "modal", "ptsp", "kesbangpol", "bpbd", "satpol", "pp",
	"bappeda", "bapperida", "inspektorat", "aset", "pendapatan", "daerah",
	"kesejahteraan", "rakyat", "administrasi", "bidang", "dan", "protokol",
	"humas", "prokopim", "ekonomi", "sda", "sdm", "ketertiban", "trantib",
	"perencanaan", "penelitian", "kepegawaian", "bkpsdm", "bkd", "dinkes",
	"disdik", "dishub", "dpmd", "dpmpd", "dukcapil", "disdukcapil",
	"penanggulangan", "bencana", "harian", "satgas", "gugus", "tugas",
	"percepatan", "penanganan", "covid-19", "pelaksana", "i", "ii", "iii",
	"kemendagri", "kemenko", "kemenkeu", "kemenkes", "kementan", "kemensos",
	"kemenag", "kemenpan", "polri", "tni", "ri", "bnpb", "pusat",
	"iv", NULL
};

static int
unit_word(const struct ex_tok *t)
{
	size_t i;

	if (!(t->fl & TK_WORD) || !(t->lx & LX_UNIT))
		return 0;
	for (i = 0; unit_w[i] != NULL; i++)
		if (strcmp(t->low, unit_w[i]) == 0)
			return 1;
	return 0;
}

/* A short parenthesis at token j: "(Sekda)", "(NTB)"; returns the token after it. */
static size_t
skip_paren(const struct ex_sent *st, size_t j)
{
	size_t c;

	if (j >= st->ntok || !lex_is(&st->tok[j], "("))
		return j;
	for (c = j + 1; c < st->ntok && c < j + 6; c++)
		if (lex_is(&st->tok[c], ")"))
			return c + 1;
	return j;
}

static int
modifier_role(int role)
{
	const char *c = lex_role_canon(role);

	return strcmp(c, "pj") == 0 || strcmp(c, "pjs") == 0 || strcmp(c, "plt") == 0 ||
	    strcmp(c, "plh") == 0;
}

/* Role, then unit words, an area, a parenthesis; returns the token after. */
static size_t
role_tail(const struct ex_sent *st, size_t i, struct ex_person *p)
{
	struct ex_area a;
	size_t j, te, units;
	int role, r2;

	role = lex_role(st, i, &te);
	if (role < 0)
		return i;
	/* "Penjabat (Pj) Wali Kota", "Plt. Kepala Dinas" */
	j = skip_paren(st, te);
	if (modifier_role(role) && (r2 = lex_role(st, j, &te)) >= 0) {
		role = r2;
		j = skip_paren(st, te);
	}
	p->role = role;
	p->rs = i;
	/* a unit number: "Dandim 1015/Sampit", "Danrem 102/Panju Panjung" */
	if (j + 2 < st->ntok && (st->tok[j].fl & TK_DIGIT) && lex_is(&st->tok[j + 1], "/")) {
		size_t k2;

		for (k2 = j + 2; k2 < st->ntok && k2 < j + 6 && (st->tok[k2].fl & TK_CAP) &&
		    lex_honorific(&st->tok[k2]) == 0; k2++)
			;
		if (k2 < st->ntok && lex_honorific(&st->tok[k2]) != 0)
			j = k2;
		else
			j = j + 3;
		p->re = j;
		return j;
	}
	for (units = 0; j < st->ntok && units < 6; units++) {
		if (p->area < 0 && area_mask(st, j, role_mask(role), 1, &a)) {
			p->area = a.row;
			j = skip_paren(st, a.te);
			/* "Asisten I Setkab Kukar Bidang Pemerintahan dan Kesra" */
			if (j < st->ntok && lex_is(&st->tok[j], "bidang"))
				continue;
			break;
		}
		if (!unit_word(&st->tok[j]) && !((st->tok[j].fl & TK_UPPER) &&
		    lex_role(st, j, &te) < 0 && units < 3))
			break;
		/* "dan" only inside a unit name, before another unit word */
		if (lex_is(&st->tok[j], "dan") && (j + 1 >= st->ntok ||
		    !unit_word(&st->tok[j + 1])))
			break;
		j = skip_paren(st, j + 1);
	}
	p->re = j;
	return j;
}

/*
 * rk-tag read a longer role from token i than role_tail() did: "Kapolresta
 * Pulau Ambon dan Pulau-Pulau Lease": the token after its ROLE row, else j.
 */
static size_t
tag_role_end(const struct ex_sent *st, size_t i, size_t j)
{
	size_t k, e;

	for (k = 0; k < st->nent; k++) {
		if (st->ent[k].s != st->tok[i].s || strcmp(st->ent[k].kind, "ROLE") != 0)
			continue;
		for (e = j; e < st->ntok && st->tok[e].e <= st->ent[k].e; e++)
			;
		return e;
	}
	return j;
}

/*
 * The office's name that starts at token j (capitalised words, "dan",
 * "&") and ends at a comma or after a bracketed acronym, when a name
 * rk-tag tagged follows (after honorifics); the end token, or j.
 */
static size_t
office_end(const struct ex_sent *st, size_t j)
{
	size_t e, h, c;

	if (lex_honorific(&st->tok[j]) != 0 || in_ent(st, j, "PER"))
		return j;
	for (e = j; e < st->ntok && e < j + 12 &&
	    ((st->tok[e].fl & TK_CAP) || lex_is(&st->tok[e], "dan") ||
	    lex_is(&st->tok[e], "&")); e++)
		;
	if (e >= st->ntok || e == j)
		return j;
	if (lex_is(&st->tok[e], "(")) {
		for (c = e + 1; c < st->ntok && c < e + 6 && !lex_is(&st->tok[c], ")"); c++)
			;
		if (c >= st->ntok || !lex_is(&st->tok[c], ")"))
			return j;
		e = c + 1;
		h = e;
		/* "(Kesbangpol) Banyuwangi, R. Agus Mulyono": its area, a comma */
		for (c = e; c < st->ntok && c < e + 3 && (st->tok[c].fl & TK_CAP) &&
		    !in_ent(st, c, "PER"); c++)
			;
		if (c > e && c < st->ntok && lex_is(&st->tok[c], ",")) {
			e = c;
			h = c + 1;
		}
	} else if (lex_is(&st->tok[e], ",")) {
		h = e + 1;
	} else {
		return j;
	}
	if (h < st->ntok && lex_degree(st, h) > 0)
		return j;
	while (h < st->ntok && h < e + 4 && lex_honorific(&st->tok[h]) == 1)
		h++;	/* "..., H. Ahmad Syarkawi" */
	return h < st->ntok && in_ent(st, h, "PER") ? e : j;
}

int
lex_person(const struct ex_sent *st, size_t i, struct ex_person *p)
{
	size_t j, n, te, h;

	memset(p, 0, sizeof(*p));
	p->role = -1;
	p->area = -1;
	p->ts = i;
	while (i < st->ntok && (lex_is(&st->tok[i], "bapak") || lex_is(&st->tok[i], "ibu") ||
	    lex_is(&st->tok[i], "pak") || lex_is(&st->tok[i], "bu")))
		i++;
	if (lex_role(st, i, &te) >= 0) {
		j = tag_role_end(st, i, role_tail(st, i, p));
		p->re = j;
		if (j < st->ntok && lex_is(&st->tok[j], ","))
			j++;
		n = lex_name(st, j);
		/*
		 * "Deputi Bidang Koordinasi Penanggulangan Kemiskinan Kemenko
		 * PMK, Lisa Wardhani", "Menteri Koordinator Bidang Pembangunan
		 * Manusia dan Kebudayaan (Menko PMK) Haryono ...": Title Case
		 * words rk-tag left untagged, then a comma or a bracketed
		 * acronym and a tagged name, are the office's
		 */
		if (n > j && (h = office_end(st, j)) > j) {
			p->re = h;
			j = h + (h < st->ntok && lex_is(&st->tok[h], ","));
			n = lex_name(st, j);
		}
		if (n > j) {
			p->ns = j;
			p->ne = n;
			p->te = n;
		} else {
			p->te = p->re;
		}
		return 1;
	}
	n = lex_name(st, i);
	if (n == 0)
		return 0;
	p->ns = i;
	p->ne = n;
	p->te = n;
	j = n;
	/* "Rina Marlina, S.Sos., M.Si., Camat Sukajadi": past the degrees */
	for (;;) {
		size_t k = j, d;

		if (k < st->ntok && lex_is(&st->tok[k], ","))
			k++;
		if ((d = lex_degree(st, k)) == 0)
			break;
		for (j = k + d; j < st->ntok && lex_is(&st->tok[j], "."); j++)
			;
	}
	if (j < st->ntok && lex_is(&st->tok[j], ","))
		j++;
	if (lex_role(st, j, &te) >= 0)
		p->te = role_tail(st, j, p);
	return 1;
}

const char *
lex_topic(const struct ex_sent *st, size_t i, size_t *te)
{
	long e;

	/* most tokens start no topic: no call */
	if (i >= st->ntok || !(st->tok[i].lx & LX_TOP))
		return NULL;
	e = longest(&top_cue, LX_TOP, st, i, 5, te);
	return e < 0 ? NULL : RK_CELL(&top, rk_hash_val(&top_cue, e), t_topic);
}

/* The recognisers' own word lists, defined above them. */
static void
winfo_lists(void)
{
	size_t i;

	winfo_words(stop_w, LX_STOP);
	winfo_words(unit_w, LX_UNIT);
	for (i = 0; i < sizeof(lw) / sizeof(lw[0]); i++)
		winfo_get(lw[i].w, strlen(lw[i].w))->lx |= LX_LVL;
}
