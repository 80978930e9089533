/*
 * tag_load.c: loading the lexicons of rk-tag's entity recogniser (the
 * TSV files in data/ into the folded-key hashes), ent_init, and keeping
 * a document context's arrays for the next.  Split out of tag_ent.c to
 * keep each file readable in one sitting.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "tag.h"
#include "tag_ent_int.h"

static const char *const cue_class[] = { "sapaan", "partikel", "sambung",
	"org", "benda", "ucap-sebelum", "ucap-sesudah", "lokasi", "judul",
	"henti", "lantai", NULL };

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
 * The key of a form, in kb: the form tokenised like text and folded.
 * Returns its tokens; *firstlenp gets the key length of the first.
 */
size_t
form_key(const char *form, size_t *firstlenp)
{
	size_t i, n = 0, firstlen = 0, kl = 0;
	const unsigned char *p = (const unsigned char *)form;
	char *d;
	int inword = 0;

	/* ASCII forms (nearly all): fold and count tokens in one sweep,
	 * the key's bytes and length in locals (a char store could change
	 * kb.len for all the compiler knows: it would load it again) */
	tag_buf_reset(&kb);
	rk_buf_grow(&kb, strlen(form) + 1);
	d = kb.data;
	for (i = 0; p[i] != '\0'; i++) {
		unsigned char ch = p[i];

		if (ch >= 0x80)
			break;
		if ((ch | 32) >= 'a' && (ch | 32) <= 'z') {
			if (!inword && n++ == 1)
				firstlen = kl;
			inword = 1;
			d[kl++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
		} else if (ch >= '0' && ch <= '9') {
			if (!inword && n++ == 1)
				firstlen = kl;
			inword = 1;
			d[kl++] = (char)ch;
		} else if ((ch == '\'' || ch == '-' || ch == '`') && inword &&
		    p[i + 1] != '\0' && (isalph(p[i + 1]) || isdig(p[i + 1]))) {
			continue;
		} else if (ch == '.' || ch == '-' || ch == '\'' || ch == '`' ||
		    ch == ' ' || (ch >= '\t' && ch <= '\r')) {
			inword = 0;
		} else {
			if (n++ == 1)
				firstlen = kl;
			inword = 0;
			d[kl++] = (char)ch;
		}
	}
	kb.len = kl;
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
	*firstlenp = firstlen;
	return n;
}

/*
 * Add a form under its key (form_key); a form of several tokens also
 * marks its first token as a phrase prefix.
 */
void
add_form(struct rk_hash *h, const char *form, long val, int ptype)
{
	size_t n, firstlen;

	n = form_key(form, &firstlen);
	if (kb.len == 0)
		return;
	rk_hash_add(h, kb.data, kb.len, val, 1);
	if (n > 1 && n <= MAXNG && ptype != 0)
		add_prefix(kb.data, firstlen, n, ptype);
	if (ptype != 0 && strchr(form, '-') != NULL)
		hyphen_prefix(form, ptype);
}

static void
load_simple(struct rk_table *t, int type, int ca, int cb)
{
	size_t r;
	long e;

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
	size_t r, k, depth = 0, slen[8], n = 0;
	long stack[8];
	const char *code;
	long row;

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
			n++;
	}
	/* the table at its size at once, not doubled and rehashed 7 times */
	rk_hash_reserve(&wilh, n + t_alias.nrows);
	for (r = 0; r < nwil; r++)
		if (wlev[r] < L_DESA)
			add_form(&wilh, RK_CELL(&t_wil, r, 2), (long)r, LX_WPREFIX);
	for (r = 0; r < t_alias.nrows; r++)
		if ((row = wil_row(RK_CELL(&t_alias, r, 1))) >= 0)
			add_form(&wilh, RK_CELL(&t_alias, r, 0), row, LX_WPREFIX);
}

/* The abbreviations, added to lexh right after the wilayah. */
static void
load_abbr(void)
{
	size_t r;
	long e;

	for (r = 0; r < t_abbr.nrows; r++) {
		e = lex_new(LX_ABBR, 0, RK_CELL(&t_abbr, r, 3),
		    RK_CELL(&t_abbr, r, 1));
		lexv[e].caps = (unsigned char)all_caps(RK_CELL(&t_abbr, r, 0));
		add_form(&lexh, RK_CELL(&t_abbr, r, 0), e, LX_PREFIX);
	}
}

static void
load_roles(struct rk_table *t)
{
	size_t r;
	long e;

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

/*
 * The data tables, loaded in this order before any is added to a hash,
 * so that the hashes can be sized at once (lexicon rows: lexh entries).
 */
static const struct {
	struct rk_table	*t;
	const char	*file;
	int		 lex;		/* its rows go into lexh */
} tables[] = {
	{ &t_wil, "wilayah/wilayah.tsv", 0 },
	{ &t_alias, "wilayah/alias.tsv", 0 },
	{ &t_abbr, "singkatan.tsv", 1 },
	{ &t_kd, "kata-dasar.tsv", 1 },
	{ &t_gelar, "gelar.tsv", 1 },
	{ &t_jab, "jabatan.tsv", 1 },
	{ &t_jabx, "jabatan-ext.tsv", 1 },
	{ &t_jabr, "jabatan-rapat.tsv", 1 },
	{ &t_asing, "kata-asing.tsv", 1 },
	{ &t_lem, "lembaga.tsv", 1 },
	{ &t_rapat, "rapat.tsv", 1 },
	{ &t_moda, "moda.tsv", 1 },
	{ &t_tkata, "tempat-kata.tsv", 1 },
	{ &t_tempat, "tempat.tsv", 1 },
	{ &t_bukan, "bukan-nama.tsv", 1 },
	{ &t_cue, "isyarat.tsv", 1 },
	{ &t_nama, "nama-depan.tsv", 1 },
	{ &t_adat, "gelar-adat.tsv", 1 },
};

void
ent_init(void)
{
	size_t r, nlexrows = 0;
	long e;
	const char *k;

	rk_hash_init(&lexh);
	rk_hash_init(&wilh);
	rk_hash_init(&desah);
	desa_built = 0;
	for (r = 0; r < sizeof(tables) / sizeof(tables[0]); r++) {
		rk_table_load(tables[r].t, tables[r].file);
		if (tables[r].lex)
			nlexrows += tables[r].t->nrows;
	}
	rk_hash_reserve(&lexh, nlexrows);
	load_wilayah();
	load_abbr();

	for (r = 0; r < t_kd.nrows; r++) {
		e = lex_new(strcmp(RK_CELL(&t_kd, r, 1), "1") == 0 ?
		    LX_PROPER : LX_WORD, 0, NULL, NULL);
		add_form(&lexh, RK_CELL(&t_kd, r, 0), e, LX_PREFIX);
	}
	for (r = 0; r < t_gelar.nrows; r++) {
		k = RK_CELL(&t_gelar, r, 0);
		e = lex_new(LX_GELAR, gelar_kind(RK_CELL(&t_gelar, r, 1)),
		    RK_CELL(&t_gelar, r, 2), NULL);
		/* "H" alone is a title; other single letters are initials */
		lexv[e].caps = (unsigned char)(all_caps(k) || strcmp(k, "H") == 0 ||
		    strcmp(k, "H.") == 0);
		add_form(&lexh, k, e, LX_PREFIX);
	}
	load_roles(&t_jab);
	load_roles(&t_jabx);
	load_roles(&t_jabr);
	for (r = 0; r < t_asing.nrows; r++)
		add_form(&lexh, RK_CELL(&t_asing, r, 0),
		    lex_new(LX_ENG, 0, NULL, NULL), LX_PREFIX);
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
	load_simple(&t_rapat, LX_EVENT, 1, -1);
	load_simple(&t_moda, LX_MODE, 1, -1);
	for (r = 0; r < t_tkata.nrows; r++) {
		k = RK_CELL(&t_tkata, r, 1);
		e = lex_new(strcmp(k, "level") == 0 ? LX_LEVEL :
		    strcmp(k, "venue") == 0 ? LX_VENUE :
		    strcmp(k, "locsuffix") == 0 ? LX_LOCSUF : LX_LOCHEAD,
		    level_of(RK_CELL(&t_tkata, r, 2)), RK_CELL(&t_tkata, r, 2),
		    NULL);
		add_form(&lexh, RK_CELL(&t_tkata, r, 0), e, LX_PREFIX);
	}
	load_simple(&t_tempat, LX_PLACE, 2, 1);
	load_simple(&t_bukan, LX_NOTNAME, 1, -1);
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
	for (r = 0; r < t_nama.nrows; r++) {
		e = lex_new(LX_CUE, 0, NULL, NULL);
		lexv[e].cue = C_NAMA;
		add_form(&lexh, RK_CELL(&t_nama, r, 0), e, LX_PREFIX);
	}
	load_simple(&t_adat, LX_ADAT, 2, -1);
	/* wil_row's memo from here on holds the lexicon's codes only */
	wil_row_forget();
}

/*
 * The token cache and the memory's arrays, kept from one document to the
 * next: growing them again for every document cost more than filling them.
 */
static struct ent_ctx spare;

void
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
	tag_buf_reset(&c->mvals);
	tag_buf_reset(&c->ckb);
}

/* Keep c's arrays for the next document; NULL frees the kept ones. */
void
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
	/* emptied, not made anew for every document */
	rk_hash_clear(&c->mem);
	spare.mem = c->mem;
}
