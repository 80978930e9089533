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
 *
 * This file is the driver: the shared state, the lexicon summary and
 * memo prepare() uses, the passes over a sentence (analyse) and a
 * document.  Folding and tokens are in tag_tok.c, wilayah and the memory
 * of the document in tag_wil.c, loading in tag_load.c, the rules in
 * tag_per.c (people) and tag_org.c (places, bodies, roles, venues);
 * tag_ent_int.h holds what they share.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "tag.h"
#include "tag_ent_int.h"

struct ru_state ru;

struct rk_table t_wil, t_alias, t_abbr, t_gelar, t_jab, t_lem, t_rapat,
    t_moda, t_tkata, t_tempat, t_bukan, t_kd, t_jabx, t_jabr, t_asing, t_cue, t_nama,
    t_adat;
struct rk_hash lexh, wilh;
/* desa and kelurahan names: 84k of the 91k rows, indexed on first use */
struct rk_hash desah;
int desa_built;
struct lex *lexv;
size_t nlex, clex;
unsigned char *wlev;
long *wpar;
size_t nwil;

struct ent *ents;
size_t nents, cents;
int emit_weak;		/* the next PER emitted is a bare guess */

struct tok *tv;
size_t ntok, ctok;
struct phr *phv;		/* this sentence's phrases (fill_phrases) */
size_t nph, cph;
struct phr *cphv;	/* the document's, for the second pass */
size_t ncphv, ccphv;
struct rk_buf kb, vb, tmpb;

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
	int32_t		 lx;
	int32_t		 wl;		/* -2 not looked up yet */
	/*
	 * lx's chain summed up as prepare() sums it into a token (struct
	 * lxsum, with no trip to lxs), 32 bytes a line: its types, with
	 * LXM_REL, LXM_SE and the key's length in bits no type uses, and
	 * cue, maxn, wmaxn laid out as in struct tok (copied at once).
	 */
	uint32_t	 tn;
	uint16_t	 cue;
	unsigned char	 maxn, wmaxn;
};
#define LXM_TYPES	0x01ffffffU	/* 1 << LX_* */
#define LXM_SE		0x02000000U	/* more than 2 bytes, "se" first */
#define LXM_REL		0x04000000U	/* may start a relative date */
#define LXM_NSHIFT	27		/* the key's length, 1..16 */
_Static_assert(offsetof(struct tok, maxn) == offsetof(struct tok, cue) + 2 &&
    offsetof(struct tok, wmaxn) == offsetof(struct tok, cue) + 3,
    "struct tok: cue, maxn, wmaxn one after another, as in struct lxmemo");
_Static_assert(LX_ADAT < 25, "LXM_TYPES holds every 1 << LX_*");
static struct lxmemo lxm[NLXM];

/* m's lx chain summed up as prepare() reads it (lxs or the chain). */
static void
lx_sum(struct lxmemo *m)
{
	long e = m->lx;
	uint32_t tmask = 0;

	m->cue = 0;
	m->maxn = m->wmaxn = 1;
	if (e >= 0 && (size_t)e < nlxs && lxs[e].head) {
		tmask = lxs[e].tmask;
		m->cue = lxs[e].cue;
		m->maxn = lxs[e].maxn;
		m->wmaxn = lxs[e].wmaxn;
		e = -1;
	}
	for (; e >= 0; e = lx_next(e)) {
		const struct lex *x = lx(e);

		tmask |= 1U << x->type;
		m->cue |= x->cue;
		if (x->type == LX_PREFIX)
			m->maxn = x->ntok;
		else if (x->type == LX_WPREFIX)
			m->wmaxn = x->ntok;
	}
	m->tn = (m->tn & ~LXM_TYPES) | tmask;
}

/*
 * The memo's line for key k, filled in; NULL for a long key.  k is a key
 * in kb just tokenised: 16 bytes from it may be read (see tokenize), so
 * its words are two loads masked to its length.
 */
/* The low n bytes of a word: a load, not a shift computed per key. */
static const uint64_t lomask[9] = {
	0, 0xff, 0xffff, 0xffffff, 0xffffffffULL, 0xffffffffffULL,
	0xffffffffffffULL, 0xffffffffffffffULL, ~0ULL
};

static struct lxmemo *
lx_memo(const char *k, size_t n)
{
	struct lxmemo *m;
	uint64_t w0, w1, h;

	if (n == 0 || n > 16)
		return NULL;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy(&w0, k, 8);
	if (n <= 8) {
		w0 &= lomask[n];
		w1 = 0;
	} else {
		memcpy(&w1, k + 8, 8);
		w1 &= lomask[n - 8];
	}
#else
	key_words(k, n, &w0, &w1);
#endif
	h = (w0 * 0x9E3779B97F4A7C15ULL) ^ (w1 * 0xC2B2AE3D27D4EB4FULL);
	m = &lxm[(h >> 40) & (NLXM - 1)];
	if ((m->tn >> LXM_NSHIFT) == n && m->k0 == w0 && m->k1 == w1)
		return m;
	m->k0 = w0;
	m->k1 = w1;
	m->tn = (uint32_t)n << LXM_NSHIFT |
	    (date_relword(k, n) ? LXM_REL : 0) |
	    (n > 2 && k[0] == 's' && k[1] == 'e' ? LXM_SE : 0);
	m->lx = (int32_t)lx_find(k, n);
	m->wl = -2;
	lx_sum(m);
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
	wil_row_forget();
	nlxs = 0;
	ctx_keep(NULL);
	free(cphv);
	cphv = NULL;
	ncphv = ccphv = 0;
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
	tok_free();
	free(ents);
	ents = NULL;
	nents = cents = 0;
	lexv = NULL;
	wlev = NULL;
	wpar = NULL;
	nlex = clex = 0;
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

static void
prepare(const char *s, size_t len)
{
	struct lxmemo *m;
	size_t i, n;
	struct tok *tp;
	const char *kd, *sc;
	const struct lxsum *ls;
	size_t nls;
	unsigned rel = 0;

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
		m = NULL;
		if (!(t->f & TF_WORD))
			continue;	/* a mark: no lexicon entry (lx -1) */
		/*
		 * The memo first: it knows whether the key starts "se"
		 * ("se-Jawa" keys as "sejawa"); the bytes then tell.
		 */
		m = lx_memo(kd + t->ks, t->kl);
		if (m != NULL && !(m->tn & (LXM_SE | LXM_REL))) {
			/* most words: the memo's entries and sum, no more */
			t->lx = m->lx;
			if (t->f & TF_CAP) {
				if (m->wl == -2)
					m->wl = (int32_t)rk_hash_find(&wilh,
					    kd + t->ks, t->kl, 1);
				t->wl = m->wl;
			}
			t->tmask = m->tn & LXM_TYPES;
			memcpy(&t->cue, &m->cue, 4);
			if (t->maxn > 1)
				fill_phrases(i);
			continue;
		}
		if ((m != NULL ? (m->tn & LXM_SE) != 0 : t->kl > 2 &&
		    memcmp(kd + t->ks, "se", 2) == 0) &&
		    (sc[t->s] == 's' || sc[t->s] == 'S') &&
		    (sc[t->s + 1] == 'e' || sc[t->s + 1] == 'E') &&
		    sc[t->s + 2] == '-') {
			m = NULL;
			t->lx = lx_find(kd + t->ks + 2, t->kl - 2);
			t->f |= TF_SE;
			if (t->s + 3 < t->e && sc[t->s + 3] >= 'A' &&
			    sc[t->s + 3] <= 'Z')
				t->f |= TF_CAP;
		} else {
			t->lx = m != NULL ? m->lx : lx_find(kd + t->ks, t->kl);
			/*
			 * For the date scan: a word that starts kemarin ...
			 * (the key may, "hari" of "hari ini" only with
			 * what follows: the sentence tells)
			 */
			if ((m != NULL ? (m->tn & LXM_REL) != 0 : date_relword(kd +
			    t->ks, t->kl)) && date_relword_at(sc + t->s, len - t->s))
				rel = TD_REL;
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
		if (m != NULL) {
			/* the memo's sum of the chain */
			t->tmask = m->tn & LXM_TYPES;
			memcpy(&t->cue, &m->cue, 4);
			if (t->maxn > 1)
				fill_phrases(i);
			continue;
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
	tok_dates |= rel;
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
	sc->ascii = tok_ascii;
	sc->ru = 0;
	/* tokenised in place (tok_lend in analyse) but when tv grew */
	if (tv != c->ct + c->nct) {
		if (c->nct + ntok > c->cct) {
			c->cct = (c->nct + ntok) * 2;
			c->ct = rk_xrealloc(c->ct, c->cct, sizeof(*c->ct));
		}
		if (ntok > 0)
			memcpy(c->ct + c->nct, tv, ntok * sizeof(*tv));
	}
	c->nct += ntok;
	/* the phrases too (but when phv grew) */
	if (phv != cphv + ncphv) {
		if (ncphv + nph > ccphv) {
			ccphv = (ncphv + nph) * 2;
			cphv = rk_xrealloc(cphv, ccphv, sizeof(*cphv));
		}
		if (nph > 0)
			memcpy(cphv + ncphv, phv, nph * sizeof(*phv));
	}
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
	ent_ascii = sc->ascii;
	/* the cached tokens in place (the rules change only used,
	 * venue and noper, set again below) */
	tok_lend(c->ct + sc->t0, ntok);
	nph = sc->np;
	ph_lend(cphv + sc->p0, nph);
	kl = (c->next < c->nsc ? c->sc[c->next].k0 : c->ckb.len) - sc->k0;
	tag_buf_reset(&kb);
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
		/* short values mostly: no memcpy call a span */
		tag_copy_short(d + vl, src + v[i].voff, sp->vlen);
		vl += sp->vlen;
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
			const char *key = c->ckb.data + sc->k0 + o->koff;

			if (c->nmv == 0)
				continue;
			if (MEM_HAS(c, mem_bit(key, o->klen)) &&
			    rk_hash_find_h(&c->mem, key, o->klen,
			    rk_hash_key(key, o->klen)) >= 0)
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
	ent_ascii = sc->ascii;
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
				for (k = ents[j - 1].b; sep && k < ents[j].a; k++)
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
			tag_buf_reset(&vb);
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
	size_t i, b;

	for (i = 0; i < nents; i++) {
		if (ents[i].kind != 'L' || ents[i].weak == 2)
			continue;
		b = ents[i].b;
		if (!is_word(b) || (tv[b].f & TF_CAP) || tv[b].used != U_FREE)
			continue;
		if (!key_in(b, dir))
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
 * tokens the walk has no use for, and nothing else; the walks test only
 * the end after them.
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
analyse(struct ent_ctx *c, const char *s, size_t len, struct tag_list *out,
    struct date_ctx *dc)
{
	size_t i, j, k, role_until = 0, role_from = 0, dlen = len;
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
		if (c != NULL && c->pass == 1 && len < LEND_MAX) {
			/* tokenised where the cache keeps it: room for a
			 * token a byte (tokenize grows its own tv if not);
			 * a longer sentence is copied, not given room for
			 * a token a byte */
			if (c->nct + len + 1 > c->cct) {
				c->cct = (c->nct + len + 1) * 2;
				c->ct = rk_xrealloc(c->ct, c->cct,
				    sizeof(*c->ct));
			}
			tok_lend(c->ct + c->nct, c->cct - c->nct);
			/* and the phrases: at most one a token */
			if (ncphv + len + 1 > ccphv) {
				ccphv = (ncphv + len + 1) * 2;
				cphv = rk_xrealloc(cphv, ccphv, sizeof(*cphv));
			}
			ph_lend(cphv + ncphv, ccphv - ncphv);
		} else {
			tok_own();
			ph_own();
		}
		prepare(s, len);
		/* now: a rule may tokenise a desa name (desa_index) */
		ent_ascii = tok_ascii;
		if (c != NULL && c->pass == 1)
			cache_put(c, s, len);
	}
	/*
	 * The first pass's dates, after the tokens: their flags spare most
	 * sentences the date recogniser's own look at the bytes.
	 */
	if (dc != NULL)
		date_tag_hint(dc, s, dlen, tok_dates, out);
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
		if ((i = skip_to_comma(i)) < ntok && is_free(i) &&
		    ((is_cap(i - 2) && !(tv[i - 2].f & TF_UPPER)) ||
		    punct_is(i - 2, '.')) && (j = degree_at(i)) > i) {
			claim(i, j, U_NOPER);
			i = j - 1;
		}
	for (i = 0; i < ntok; i++) {
		/* a free word there (skip_to_rule), or the end */
		if ((i = skip_to_rule(i)) >= ntok)
			break;
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
		/* a free capitalised word there (skip_to_name), or the end */
		if ((i = skip_to_name(i)) >= ntok)
			break;
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
	tag_buf_reset(&ru.vals);
	for (i = 0; i < doc->n; i++) {
		r = doc->rows[i];
		if (r->nf < 6)
			continue;
		if (TAG_IS(r->f[3], "dateline") && r->f[5].len > 0) {
			tag_buf_reset(&tmpb);
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
		analyse(c, r->f[4].s, r->f[4].len, &ru.out, dc);
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

int ent_ascii = -1;

void
ent_tag(struct ent_ctx *c, const char *s, size_t len, struct tag_list *out)
{
	ent_ascii = -1;
	analyse(c, s, len, out, NULL);
}

void
ent_doc_end(struct ent_ctx *c)
{
	if (c == NULL)
		return;
	/* tv and phv may be lent from c's token cache */
	tok_own();
	ph_own();
	ctx_keep(c);
	free(c);
}
