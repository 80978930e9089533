/*
 * tag_org.c: the rules about places, bodies, roles and venues: level
 * words, location heads, bodies and their areas, roles, venues, cue
 * words and bare place names.  Split out of tag_ent.c to keep each file
 * readable in one sitting.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "tag.h"
#include "tag_ent_int.h"

static size_t org_tail(size_t);
static size_t org_country(size_t);
static size_t org_the(size_t);
static size_t wil_end(size_t, size_t);
static size_t suffix_reach(size_t);
static size_t polity_end(const struct lex *, size_t);

/* LOC value of a resolved place into b: code, or level:name. */
void
loc_value(struct rk_buf *b, long row, const char *level, size_t a, size_t e)
{
	tag_buf_reset(b);
	if (row >= 0) {
		tag_buf_adds(b, RK_CELL(&t_wil, row, 0));
		return;
	}
	tag_buf_adds(b, level);
	tag_buf_addc(b, ':');
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
size_t
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
size_t
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
	tag_buf_reset(&vb);
	tag_buf_adds(&vb, x->a);
	tag_buf_addc(&vb, ':');
	surface(&vb, k, m);
	/* pulau Belitung, selat Gaspar: a feature's word is its name's part */
	emit(out, (tv[i].f & TF_CAP) || str_is(x->a, "pulau") ||
	    str_is(x->a, "selat") || str_is(x->a, "gunung") ||
	    str_is(x->a, "danau") || str_is(x->a, "teluk") ? i : k,
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
int
first_place(size_t a)
{
	const struct lex *x;
	size_t e;

	if (!(tv[a].tmask & M(LX_PLACE)) && !(tv[a].pmask & M(LX_PLACE)))
		return 0;
	if ((x = match(a, M(LX_PLACE), &e)) == NULL)
		return 0;
	return e > a + 1 || (x->b != NULL && str_is(x->b, "negara"));
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

	if (!str_is(x->a, "republik") && !str_is(x->a, "kerajaan") &&
	    !str_is(x->a, "kesultanan") && !str_is(x->a, "kekaisaran") &&
	    !str_is(x->a, "kadipaten"))
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
	if (want == L_KOTA_KAB) {
		m = place_at(c, k, L_KOTA, 0, row, &amb);
		if (*row >= 0 && !amb)
			return m;
		want = L_KAB;
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
	if (str_is(x->b, "kabupaten/kota") || str_is(x->b, "daerah"))
		return L_NONE;
	if (str_is(x->b, "desa/kelurahan"))
		return L_DESA;
	if (str_is(x->b, "kota/kabupaten"))
		return L_KOTA_KAB;
	return level_of(x->b);
}

static int
role_level(const struct lex *x)
{
	return x->rlev;
}

/* A role's level and RF_* bits from its strings, once at load. */
void
role_prep(struct lex *x)
{
	x->rlev = (unsigned char)role_level_of(x);
	if (x->a != NULL && (str_is(x->a, "pj") || str_is(x->a, "pjs") ||
	    str_is(x->a, "plt") || str_is(x->a, "plh")))
		x->rf |= RF_PJ;
	if (x->b == NULL || str_is(x->b, "pusat") ||
	    str_is(x->b, "kecamatan") ||
	    str_is(x->b, "desa/kelurahan"))
		x->rf |= RF_NOACR;
	if (x->b == NULL || str_is(x->b, "pusat"))
		x->rf |= RF_NOISL;
}

/* Body: Forkopimda, DPRD Kotim, Polres Kutim, BPBD. */
size_t
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
	tag_buf_reset(&vb);
	tag_buf_adds(&vb, x->a);
	if (row >= 0) {
		tag_buf_addc(&vb, ' ');
		tag_buf_adds(&vb, RK_CELL(&t_wil, row, 2));
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
size_t
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
size_t
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
	tag_buf_reset(&vb);
	tag_buf_adds(&vb, x->a);
	tag_buf_addc(&vb, ' ');
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
 * Pemkab Kutim, Pemerintah Kota Banjarbaru: a PEMDA span, not an ORG.
 * A local government is named by its area, and the area is the entity
 * (the NER corpora tag "Pemkot Surabaya" as the place Surabaya alone).
 */
size_t
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
	tag_buf_reset(&vb);
	tag_buf_adds(&vb, x->a);
	if (m > j) {
		tag_buf_addc(&vb, ' ');
		if (row >= 0 && !amb)
			tag_buf_adds(&vb, RK_CELL(&t_wil, row, 2));
		else
			surface(&vb, j, m);
	}
	/* a resolved area is its own LOC: Pemkab | Kotim */
	if (row >= 0 && !amb) {
		emit(out, i, j, "PEMDA", vb.data, vb.len);
		claim(i, j, U_ORG);
		tag_buf_reset(&vb);
		tag_buf_adds(&vb, RK_CELL(&t_wil, row, 0));
		emit(out, j, m, "LOC", vb.data, vb.len);
		claim(j, m, U_LOC);
		return m;
	}
	emit(out, i, m, "PEMDA", vb.data, vb.len);
	claim(i, m, U_ORG);
	remember(c, i, m, U_ORG, vb.data, vb.len);
	return m;
}

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
	return str_is(x->a, "pulau") || str_is(x->a, "teluk");
}

/* Role [area] [,] [titles] name: Camat Seranau Yudi H. Sulardi. */
size_t
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
	tag_buf_reset(&vb);
	tag_buf_adds(&vb, x->a);
	if (row >= 0) {
		tag_buf_addc(&vb, '@');
		tag_buf_adds(&vb, RK_CELL(&t_wil, row, 0));
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
size_t
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
	if (str_is(x->a, "hotel") || str_is(x->a, "hall") ||
	    str_is(x->a, "room"))
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
	if (str_is(x->a, "hotel") || str_is(x->a, "gedung") ||
	    str_is(x->a, "wisma") || str_is(x->a, "graha") ||
	    str_is(x->a, "hall") || str_is(x->a, "restoran") ||
	    str_is(x->a, "balai")) {
		for (k = a; k < last; k++)
			if (!is_free(k))
				return last;
		tag_buf_reset(&vb);
		tag_buf_adds(&vb, x->a);
		tag_buf_addc(&vb, ':');
		surface(&vb, a, last);
		emit(out, (tv[a].f & TF_CAP) ? a : a + 1, last, "LOC", vb.data,
		    vb.len);
		claim(a, last, U_LOC);
	}
	return last;
}

void
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
int
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
int
speech_cue(size_t a)
{
	return (a > 0 && (tv[a - 1].cue & C_UCAP1)) ||
	    (a + 1 < ntok && (tv[a + 1].cue & C_UCAP2));
}

int
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
size_t
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
			tag_buf_reset(&vb);
			tag_buf_adds(&vb, x->b);
			tag_buf_addc(&vb, ':');
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
		tag_buf_reset(&vb);
		tag_buf_adds(&vb, RK_CELL(&t_wil, row, 0));
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
