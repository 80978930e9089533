/*
 * tag_per.c: the rules about people: word tests, titles, adat titles,
 * name runs, emitting and claiming spans, the evidence that a run of
 * capitalised words is a person, and classify_run.  Split out of
 * tag_ent.c to keep each file readable in one sitting.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "tag.h"
#include "tag_ent_int.h"

static int initials_at(size_t);

/* ---- the rules -------------------------------------------------------------- */

const char *cs;		/* the sentence being tagged */
size_t clen;

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
				const char *sub = str_is(pre[i] + pl - 2, "ny") ?
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

int
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

int
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
int
ends_name(size_t i)
{
	const struct lex *x = is_word(i) ? tok_has(&tv[i], LX_NOTNAME) : NULL;

	return x != NULL && x->a != NULL && (str_is(x->a, "fungsi") ||
	    str_is(x->a, "bulan") || str_is(x->a, "hari"));
}

/* H. or Hj.: one who made the hajj */
static int
is_hajj(const struct lex *x)
{
	return x->sub == G_RELIGIOUS && x->a[0] == 'H' && (x->a[1] == '.' ||
	    (x->a[1] == 'j' && x->a[2] == '.'));
}

/* H. or Hj. ends just before token i */
int
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
size_t
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
			if (hajj && x->sub == G_RELIGIOUS && str_is(x->a, "Habib"))
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

int
is_particle(size_t i)
{
	return is_word(i) && !(tv[i].f & TF_CAP) && (tv[i].cue & C_PARTIKEL);
}

int title_case;		/* the sentence is a headline in Title Case */

/*
 * A headline: every longer word capitalised and one of them an ordinary
 * word, or nearly every one and two of them.  Its capitalised ordinary words (Minta, Pimpin,
 * Inflasi) are no names.
 */
int
is_title_case(void)
{
	size_t i, n = 0, cap = 0, ord = 0;

	/* flags only first: most sentences have lower-case words */
	for (i = 0; i < ntok; i++) {
		if ((tv[i].f & (TF_WORD | TF_ALPHA | TF_FIRST)) !=
		    (TF_WORD | TF_ALPHA) || tv[i].nlet < 4)
			continue;
		n++;
		/*
		 * Both answers but 0 need capitals in 4 of 5 of these words:
		 * 0 once even every later token a capital would not make up
		 * for the lower-case ones (cap + rest < 4 * lower)
		 */
		if (tv[i].f & TF_CAP)
			cap++;
		else if (4 * (n - cap) + i >= cap + ntok)
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
	if (str_is(x->a, "hari-raya"))
		return 1;
	return str_is(x->a, "umum") && tok_has(&tv[i], LX_WORD) != NULL;
}

/*
 * "Camat Lubuk Basung, Fitri Yenti, S.STP": a feast's name (Fitri,
 * Ramadhan) opens a name set off by commas, one more capitalised word
 * and a comma or full stop after it; "Idul Fitri" never follows a comma.
 */
static int
feast_first(size_t i)
{
	const struct lex *x = tok_has(&tv[i], LX_NOTNAME);

	return x != NULL && x->a != NULL && str_is(x->a, "hari-raya") &&
	    punct_is(i - 1, ',') && i + 2 < ntok && is_word(i + 1) &&
	    is_cap(i + 1) && is_free(i + 1) && !(tv[i + 1].f & TF_UPPER) &&
	    !is_notname(i + 1) && (punct_is(i + 2, ',') || punct_is(i + 2, '.'));
}

/* A word that may be part of a person's name at position i. */
int
namey(size_t i)
{
	const struct lex *x;
	size_t j;

	if (!is_cap(i) || !is_free(i) || tv[i].venue || tv[i].noper)
		return 0;
	/* "Hj. Ika Rahmawati": after H. or Hj. a word of a motto is a name */
	if (is_notname(i) && !(i > 0 && (hajj_before(i) || feast_first(i))))
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

size_t
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
size_t
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
			    str_is(x->a, "depan"))
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

void
emitk(struct tag_list *out, size_t a, size_t b, const char *kind,
    size_t klen, const char *v, size_t vl, int ent)
{
	struct ent *e;

	if (b <= a)
		return;
	tag_addk(out, tv[a].s, tv[b - 1].e, kind, klen, v, vl);
	/* PER LOC ORG only (ent: emit() compared the literal) */
	if (!ent)
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

/* Surface text of tokens [a,b) into vb (single spaces). */
void
surface(struct rk_buf *b, size_t a, size_t e)
{
	size_t i;

	for (i = a; i < e; i++) {
		if (i > a && tv[i].s > tv[i - 1].e)
			tag_buf_addc(b, ' ');
		tag_buf_add(b, cs + tv[i].s, tv[i].e - tv[i].s);
	}
}

/* A LOC for tokens [a,b) valued "kind:surface" (tempat:, sekolah:), claimed. */
void
emit_place(struct tag_list *out, size_t a, size_t b, const char *kind)
{
	tag_buf_reset(&vb);
	tag_buf_adds(&vb, kind);
	surface(&vb, a, b);
	emit(out, a, b, "LOC", vb.data, vb.len);
	claim(a, b, U_LOC);
}

void
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

/* A degree after a name's comma at i (S.Sos., M.A, SH); its end, or i. */
size_t
degree_at(size_t i)
{
	const struct lex *x;
	size_t j = i, best = i, nw = 0;
	long e;

	if (!is_cap(i))
		return i;
	tag_buf_reset(&tmpb);
	while (is_word(j) && (tv[j].f & TF_ALPHA) && nw < 5) {
		tag_buf_add(&tmpb, kb.data + tv[j].ks, tv[j].kl);
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
	size_t n;

	for (n = 0; n < 3 && is_word(i) && !(tv[i].f & TF_CAP); n++, i++)
		if (!key_in(i, adv))
			break;
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
	if (key_in(i, any))
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
void
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

		tag_buf_reset(&vb);
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
