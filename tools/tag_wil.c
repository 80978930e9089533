/*
 * tag_wil.c: wilayah (levels, rows, picking a place that fits the
 * document, names of several words, desa names) and the memory of the
 * document (what earlier sentences named).  Split out of tag_ent.c to
 * keep each file readable in one sitting.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "tag.h"
#include "tag_ent_int.h"

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

int
areas_named(const struct ent_ctx *c)
{
	return (int)area_seen(NULL, -1, 0, 0, c->narea > 0);
}

/* ---- wilayah ------------------------------------------------------------ */

int
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

int
level_fits(int want, int have)
{
	if (want == L_NONE)
		return 1;
	if (want == L_DESA || want == L_KEL)
		return have == L_DESA || have == L_KEL;
	return want == have;
}

/*
 * wil_row's last answer for each of NWRMEMO codes (by address): a binary
 * search of the ~90k codes is ~17 strcmp calls.
 */
#define NWRMEMO	256
static struct {
	const char	*code;
	long		 row;
} wrmemo[NWRMEMO];

long
wil_row(const char *code)
{
	size_t lo = 0, hi = nwil, mid, slot;
	int c;
	long row = -1;

	/* the codes asked are the lexicon's, each always at one address */
	slot = ((uintptr_t)code >> 3) & (NWRMEMO - 1);
	if (wrmemo[slot].code == code)
		return wrmemo[slot].row;
	while (lo < hi) {
		mid = (lo + hi) / 2;
		c = strcmp(RK_CELL(&t_wil, mid, 0), code);
		if (c == 0) {
			row = (long)mid;
			break;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	wrmemo[slot].code = code;
	wrmemo[slot].row = row;
	return row;
}

/* The tables go (ent_fini): their addresses may hold other codes next. */
void
wil_row_forget(void)
{
	memset(wrmemo, 0, sizeof(wrmemo));
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
int
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
long
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

/*
 * Longest phrase of maxn down to minn words at token i, every word
 * capitalised or a number, that h knows; returns the entry and sets *end.
 */
static long
longest_phrase(struct rk_hash *h, size_t i, size_t maxn, size_t minn, size_t *end)
{
	long e;
	size_t n, j, nw = 0, ends[MAXNG];

	/*
	 * The phrases' ends (phrase_end) in one walk, not one walk and one
	 * test of the words for each n: it stops at a word neither
	 * capitalised nor a number, which no phrase may hold
	 */
	if (maxn > MAXNG)
		maxn = MAXNG;
	for (j = i; j < ntok && nw < maxn; j++) {
		if ((tv[j].f & TF_WORD) && !(tv[j].f & (TF_CAP | TF_DIGIT)))
			break;
		if (tv[j].kl == 0)
			continue;
		if (!(tv[j].f & TF_WORD))
			break;
		ends[nw++] = j;
	}
	for (n = nw; n >= minn && n > 0; n--) {
		j = ends[n - 1];
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
	tag_buf_reset(&tmpb);
	for (j = i; j < ntok && n < maxn; j++) {
		if (punct_is(j, '(') && paren == 0 && n > 0 && is_word(j + 1) &&
		    (tv[j + 1].f & TF_UPPER) && punct_is(j + 2, ')')) {
			paren = j;
			j += 2;
			continue;
		}
		if (!is_word(j) || !(tv[j].f & (TF_CAP | TF_DIGIT)))
			break;
		tag_buf_add(&tmpb, kb.data + tv[j].ks, tv[j].kl);
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
long
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

/*
 * The desa index is built the first time a village is asked for: most
 * runs that never name one skip 84k inserts at start-up.  Each name's
 * key (form_key, as add_form makes it) is hashed once; a key met for the
 * first time (most) is added with no second look-up, another row of a
 * known key through rk_hash_add, which chains it.
 */
static void
desa_index(void)
{
	size_t r, n = 0, fl, kl;
	const char *k;
	uint64_t hv;

	if (desa_built)
		return;
	desa_built = 1;
	for (r = 0; r < nwil; r++)
		n += wlev[r] == L_DESA || wlev[r] == L_KEL;
	/* sized at once: doubling it from 1024 rehashed 8 times */
	rk_hash_reserve(&desah, n);
	for (r = 0; r < nwil; r++) {
		if (wlev[r] != L_DESA && wlev[r] != L_KEL)
			continue;
		(void)form_key(RK_CELL(&t_wil, r, 2), &fl);
		k = kb.data;
		kl = kb.len;
		if (kl == 0)
			continue;	/* as add_form: no key, no entry */
		hv = rk_hash_key(k, kl);
		if (rk_hash_find_h(&desah, k, kl, hv) < 0)
			(void)rk_hash_add_h(&desah, k, kl, hv, (long)r);
		else
			rk_hash_add(&desah, k, kl, (long)r, 1);
	}
}

/* Longest desa or kelurahan name (up to five words) at token i. */
long
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
		struct tok *stv = tv;
		size_t sct = ctok;
		int lent = tok_lent();

		memcpy(keep, tv, ntok * sizeof(*tv));
		rk_buf_add(&kkeep, kb.data ? kb.data : "", kb.len);
		/* it tokenises in the own buffer: lent tokens (the token
		 * cache's) stay where they are */
		tok_own();
		desa_index();
		if (lent)
			tok_lend(stv, sct);
		else
			tok_own();
		ntok = save_ntok;
		memcpy(tv, keep, ntok * sizeof(*tv));
		tag_buf_reset(&kb);
		rk_buf_add(&kb, kkeep.data ? kkeep.data : "", kkeep.len);
		free(keep);
		rk_buf_free(&kkeep);
	}
	return longest_phrase(&desah, i, 5, 1, end);
}

void
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

void
mem_put(struct ent_ctx *c, const char *key, size_t klen, int type,
    const char *val, size_t vlen)
{
	struct memv *m;
	long e;
	unsigned bit;
	uint64_t h;

	if (c == NULL || klen == 0)
		return;
	h = rk_hash_key(key, klen);
	bit = mem_bit(key, klen);
	e = MEM_HAS(c, bit) ? rk_hash_find_h(&c->mem, key, klen, h) : -1;
	if (e >= 0) {
		m = &c->mv[e];
		if (m->type == type && !emit_weak)
			m->weak = 0;
		if (m->type != type || m->vlen != vlen ||
		    memcmp(c->mvals.data + m->voff, val, vlen) != 0) {
			/* a longer full name wins over a part of it */
			if (m->type == type && type == U_PER && vlen > m->vlen &&
			    contains(val, vlen, c->mvals.data + m->voff, m->vlen)) {
				m->voff = c->mvals.len;
				m->vlen = vlen;
				tag_buf_add(&c->mvals, val, vlen);
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
	tag_buf_add(&c->mvals, val, vlen);
	rk_hash_add_h(&c->mem, key, klen, h, (long)c->nmv);
	c->nmv++;
	c->mbits[bit >> 6] |= 1ULL << (bit & 63);
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

const struct memv *
mem_get(const struct ent_ctx *c, size_t a, size_t b)
{
	const char *k;
	long e = -1;
	size_t n;

	if (c == NULL || a >= b)
		return NULL;
	k = kb.data + tv[a].ks;
	n = tv[b - 1].ks + tv[b - 1].kl - tv[a].ks;
	if (c->nmv > 0 && MEM_HAS(c, mem_bit(k, n)))
		e = rk_hash_find_h(&c->mem, k, n, rk_hash_key(k, n));
	if (ru.on)
		mem_seen(c, tv[a].ks, tv[b - 1].ks + tv[b - 1].kl - tv[a].ks, e);
	return e >= 0 ? &c->mv[e] : NULL;
}
