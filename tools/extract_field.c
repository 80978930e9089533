/*
 * extract_field.c: the fields of one meeting, decided from the sentences
 * of its part of the document: venue, organizer and place, mode,
 * participants, topics, title, date and time (do_meeting).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "extract.h"
#include "extract_lex_int.h"
#include "extract_int.h"
#include "tag.h"
/* ---- participants and topics --------------------------------------------------- */


static void
list_add(struct rk_buf *b, const char *s, size_t len)
{
	size_t i, n;
	const char *q;

	/* no duplicates, case-insensitive */
	for (i = 0; i < b->len;) {
		q = memchr(b->data + i, ';', b->len - i);
		n = q != NULL ? (size_t)(q - b->data) : b->len;
		if (n - i == len && strncasecmp(b->data + i, s, len) == 0)
			return;
		i = n + 1;
	}
	if (b->len > 0)
		rk_buf_addc(b, ';');
	rk_buf_add(b, s, len);
}

/*
 * "dan" inside one office's name: "Asisten Perekonomian dan Pembangunan",
 * "Kepala Dinas Perdagangan dan Perindustrian"; not between two offices
 * or bodies ("Kapolres dan Dandim", "Bappeda dan BPBD", "Dinas Kesehatan
 * dan Dinas Sosial").
 */
static int
office_and(const struct ex_sent *st, size_t e)
{
	struct ex_area a;
	size_t te, k;

	if (!tis(st, e, "dan") || e == 0 || e + 1 >= st->ntok ||
	    !(st->tok[e - 1].fl & TK_CAP) || !(st->tok[e + 1].fl & TK_CAP) ||
	    (st->tok[e - 1].fl & TK_UPPER) || (st->tok[e + 1].fl & TK_UPPER) ||
	    tin(st, e + 1, S_BODY) || lex_role(st, e + 1, &te) >= 0 ||
	    lex_role(st, e - 1, &te) >= 0 || lex_area(st, e + 1, LV_NONE, 1, &a))
		return 0;
	/* "Tanah Grogot, Kuaro dan Long Ikis": places */
	for (k = e > 4 ? e - 4 : 0; k < e; k++)
		if (lex_area(st, k, LV_NONE, 1, &a) && a.te == e)
			return 0;
	/* an office's name: a Dinas, Badan, Bagian ... right before */
	for (k = e; k > 0 && e - k < 5 && (st->tok[k - 1].fl & TK_CAP); k--)
		if (tis(st, k - 1, "dinas") || tis(st, k - 1, "badan") ||
		    tis(st, k - 1, "bagian") || tis(st, k - 1, "biro") ||
		    tis(st, k - 1, "bidang") || tis(st, k - 1, "asisten") ||
		    tis(st, k - 1, "kementerian") || tis(st, k - 1, "komisi"))
			return !tis(st, e + 1, "perum") && !tis(st, e + 1, "pt");
	return 0;
}

static int
participants_in(size_t si, struct rk_buf *out)
{
	struct ex_sent *st = &D.sent[si];
	size_t v, k, s, e, nitem = 0;
	int depth, joined;
	const uint64_t pb = (uint64_t)1 << S_PART | (uint64_t)1 << S_PESERTA;

	for (v = tok_next(st, 0, pb); v < st->ntok; v = tok_next(st, v + 1, pb)) {
		if (tin(st, v, S_PART) || (tis(st, v, "peserta") && !tis(st, v + 1, "yang") &&
		    (tis(st, v + 1, "terdiri") || tis(st, v + 2, "terdiri") ||
		    tis(st, v + 3, "terdiri") || tis(st, v + 1, "yakni") ||
		    tis(st, v + 1, "adalah"))))
			break;
	}
	if (v >= st->ntok)
		return 0;
	k = v + 1;
	while (k < st->ntok && (tis(st, k, "rakor") || tis(st, k, "rapat") ||
	    tis(st, k, "terdiri") || tis(st, k, "atas") || tis(st, k, "dari")))
		k++;
	while (k < st->ntok && nitem < 24) {
		/* one item: up to a top-level separator */
		depth = 0;
		while (k < st->ntok && tin(st, k, S_DROP))
			k++;
		s = k;
		joined = 0;
		for (e = k; e < st->ntok; e++) {
			if (tis(st, e, "("))
				depth++;
			else if (tis(st, e, ")") && depth > 0)
				depth--;
			else if (depth == 0 && office_and(st, e))
				joined = 1;
			else if (depth == 0 && (tin(st, e, S_SPLIT) || tis(st, e, ".") ||
			    tis(st, e, "yang") || tis(st, e, "untuk") || tis(st, e, "guna") ||
			    tis(st, e, "dalam") || tis(st, e, "di") || tis(st, e, "pada") ||
			    tis(st, e, "secara") || tis(st, e, "melalui") || tis(st, e, "via") ||
			    tis(st, e, "lewat") || tis(st, e, "\"") || tis(st, e, "\xe2\x80\x9c")))
				break;
		}
		{
			size_t e2 = e, te;

			while (e2 > s && !(st->tok[e2 - 1].fl & TK_WORD) &&
			    !tis(st, e2 - 1, ")"))
				e2--;
			if (e2 > s && lex_honorific(&st->tok[s]) == 2)
				e2 = s;	/* a degree after a name: ", SSTP, MM" */
			/* an office's long name: "Kepala Badan Kependudukan dan
			 * Keluarga Berencana Nasional (BKKBN) Provinsi X" */
			if (e2 > s && e2 - s <= (joined ? 18u : 10u) &&
			    ((st->tok[s].fl & TK_CAP) ||
			    lex_role(st, s, &te) >= 0)) {
				list_add(out, st->text + st->tok[s].s,
				    st->tok[e2 - 1].e - st->tok[s].s);
				nitem++;
			}
		}
		if (e >= st->ntok || !(tin(st, e, S_SPLIT)))
			break;
		k = e + 1;
	}
	return nitem > 0;
}

static void
topics_in(size_t si, struct rk_buf *out)
{
	struct ex_sent *st = &D.sent[si];
	size_t j, te;
	const char *t;

	/* lex_topic()'s own first test, here: most tokens start no topic */
	for (j = tok_next(st, 0, (uint64_t)1 << S_TOPW); j < st->ntok;
	    j = tok_next(st, j + 1, (uint64_t)1 << S_TOPW)) {
		if (!(st->tok[j].fl & TK_WORD))
			continue;
		if ((t = lex_topic(st, j, &te)) != NULL) {
			list_add(out, t, strlen(t));
			j = te - 1;
		}
	}
}

/* ---- title and type ------------------------------------------------------------- */


/* Affixed verbs end a lowercase meeting name: "rapat koordinasi banjir digelar". */
static int
verbish(const struct ex_tok *t)
{
	size_t n = strlen(t->low);

	return n >= 6 && (strncmp(t->low, "me", 2) == 0 || strncmp(t->low, "di", 2) == 0 ||
	    strncmp(t->low, "ber", 3) == 0 || strncmp(t->low, "ter", 3) == 0);
}

size_t
title_end(const struct mention *m)
{
	struct ex_sent *st = &D.sent[m->si];
	size_t k = m->te, c;
	int low = m->te < st->ntok && (st->tok[m->te].fl & TK_WORD) &&
	    !(st->tok[m->te].fl & (TK_CAP | TK_DIGIT));

	while (k < st->ntok && k < m->te + 20) {
		const struct ex_tok *t = &st->tok[k];

		if (tis(st, k, "(")) {
			for (c = k + 1; c < st->ntok && c < k + 4 && !tis(st, c, ")"); c++)
				;
			if (c < st->ntok && tis(st, c, ")")) {
				k = c + 1;
				continue;
			}
			break;
		}
		if (t->fl & TK_WORD) {
			if (tin(st, k, S_TSTOP))
				break;
			if ((t->fl & (TK_CAP | TK_DIGIT)) || (t->fl & TK_SE)) {
				k++;
				continue;
			}
			/* a lowercase name runs on over nouns: "rapat koordinasi persiapan" */
			if (low && k < m->te + 8 && !verbish(t) && !tis(st, k, "untuk") &&
			    !tis(st, k, "se") && !(tis(st, k, "dan") && (k + 1 >= st->ntok ||
			    !(st->tok[k + 1].fl & TK_CAP)))) {
				k++;
				continue;
			}
		}
		if ((tis(st, k, "dan") || tis(st, k, "untuk") || tis(st, k, "tentang") ||
		    tis(st, k, "tingkat") || tis(st, k, "&") || tis(st, k, "/") ||
		    tis(st, k, "-") || tis(st, k, "tahun") || tis(st, k, "se")) &&
		    k + 1 < st->ntok && (st->tok[k + 1].fl & (TK_CAP | TK_DIGIT))) {
			k++;
			continue;
		}
		break;
	}
	while (k > m->te && (tis(st, k - 1, "dan") || tis(st, k - 1, "/") ||
	    tis(st, k - 1, "-")))
		k--;
	return k;
}

static void
title_of(const struct mention *m, struct rk_buf *out)
{
	add_tokens(out, &D.sent[m->si], m->ts, title_end(m));
}


/*
 * The date at token j is the report's, in a dateline the page left in the
 * lead: "KUPANG, Rabu, 24 Agustus 2022 (Flores Pos) - Pemprov NTT
 * menggelar rakor ..., Senin (22/8/2022)".  The sentence opens on a city
 * in capitals and a comma, and a dash follows the date closely.
 */
static int
dateline_date(const struct ex_sent *st, size_t j)
{
	size_t k;
	const char *w;

	if (st->ntok < 4 || !(st->tok[0].fl & TK_UPPER) || j > 12)
		return 0;
	for (k = 1; k < j && !tis(st, k, ","); k++)
		if (!(st->tok[k].fl & TK_UPPER))
			return 0;
	if (k >= j)
		return 0;
	for (k = j; k < st->ntok && k < j + 10; k++) {
		w = st->text + st->tok[k].s;
		if (tis(st, k, "-") || strncmp(w, "\xE2\x80\x93", 3) == 0 ||
		    strncmp(w, "\xE2\x80\x94", 3) == 0)
			return 1;
	}
	return 0;
}

/* A date at byte bs is not the meeting's: "sejak", "hingga" ... before it, or a dateline's. */
int
date_penalty(const struct ex_sent *st, size_t bs)
{
	size_t j, first = 0, hi = st->ntok, mid;

	/* the first token ending past bs, halving: the tokens are in order */
	for (j = 0; j < hi; ) {
		mid = j + (hi - j) / 2;
		if (st->tok[mid].e <= bs)
			j = mid + 1;
		else
			hi = mid;
	}
	first = j > 5 ? j - 5 : 0;
	for (; first < j; first++)
		if (tin(st, first, S_DNEG))
			return 1;
	return dateline_date(st, j);
}

/* ---- one meeting ----------------------------------------------------------------- */

/*
 * The page's spelling of an area's name where it differs from the table's
 * only in spaces and hyphens: "Kecamatan Gadingrejo" on the page, "Gading
 * Rejo" in the table.  The reader of the table finds the place as the page
 * wrote it; place_code still joins it to the official name.  Returns the
 * spelling (a LOC entity's text) and its length in *wlen, or NULL.
 */
static const char *
page_spelling(long row, const char *name, size_t nlen, size_t *wlen)
{
	const char *code = lex_area_codestr(row);
	size_t i, k, c, nc;
	char *want;

	if (memchr(name, ' ', nlen) == NULL && memchr(name, '-', nlen) == NULL)
		return NULL;
	want = rk_xmalloc(nlen + 1);
	for (c = 0, k = 0; k < nlen; k++)
		if (name[k] != ' ' && name[k] != '-')
			want[c++] = (char)(name[k] | 0x20);
	for (i = 0; i < D.nsent; i++) {
		struct ex_sent *st = &D.sent[i];

		for (k = 0; k < st->nent; k++) {
			const char *t = st->ent[k].text, *b;
			size_t tl = strlen(t), j;
			int lower = 0;

			if (!kis(st->ent[k].kind, "LOC") || strcmp(st->ent[k].value, code) != 0)
				continue;
			/* the last c letters of the text, spaces and hyphens aside */
			for (j = tl, nc = c; j > 0 && nc > 0; j--) {
				if (t[j - 1] == ' ' || t[j - 1] == '-')
					continue;
				if ((t[j - 1] | 0x20) != want[nc - 1])
					break;
				nc--;
			}
			if (nc > 0 || (j > 0 && t[j - 1] != ' '))
				continue;
			b = t + j;
			for (j = 0; b + j < t + tl; j++)
				lower |= b[j] >= 'a' && b[j] <= 'z';
			/* not a headline's capitals, and a spelling of its own */
			if (!lower || (size_t)(t + tl - b) == nlen)
				continue;
			free(want);
			*wlen = (size_t)(t + tl - b);
			return b;
		}
	}
	free(want);
	return NULL;
}

/* Replace the n bytes of b at off by s[0..len). */
static void
buf_splice(struct rk_buf *b, size_t off, size_t n, const char *s, size_t len)
{
	if (len > n)
		rk_buf_grow(b, len - n);
	memmove(b->data + off + len, b->data + off + n, b->len - off - n + 1);
	memcpy(b->data + off, s, len);
	b->len = b->len - n + len;
}

static void
region_of(long row, struct rk_buf *out)
{
	long p = row, kab = -1, prov = -1;

	while (p >= 0) {
		enum ex_level l = lex_area_level(p);

		if ((l == LV_KAB || l == LV_KOTA) && kab < 0)
			kab = p;
		if (l == LV_PROV)
			prov = p;
		p = lex_area_parent(p);
	}
	if (kab >= 0) {
		lex_area_full(kab, out);
		if (prov >= 0)
			rk_buf_adds(out, ", ");
	}
	if (prov >= 0)
		lex_area_full(prov, out);
}

/* The page gives its day ("Rabu, 29 Maret 2023", "29/03/2023"). */
static int
page_day(void)
{
	return D.pub_d > 0 && D.pub_text != NULL;
}

/*
 * "RAKOR - Kepala Dinas X memimpin rapat koordinasi ... di Ruang Pola,
 * Kamis (26/10/2023). FOTO: IST": when the text dates the meeting nowhere,
 * a caption that names it does, with a day not after the page's.
 */
static int
caption_date(struct meeting *mt)
{
	struct ex_date cd[MAXDATE];
	struct mention cm;
	size_t i, j, k, nd;
	int ism;

	if (mt->from != 0 || D.ncap == 0)
		return 0;
	caps_dates();
	for (i = D.nsent; i < D.nsent + D.ncap; i++) {
		struct ex_sent *st = &D.sent[i];

		for (ism = 0, k = 0; k < st->ntok && !ism; k++)
			ism = ment_word(&st->tok[k]) && mention_at(st, k, &cm) > 0;
		if (!ism || (nd = dates_of(st, cd, MAXDATE)) == 0)
			continue;
		for (j = 0; j < nd; j++) {
			struct ex_date *d = &cd[j];

			date_fix_year(d, D.years, D.nyears, D.pub_y);
			if (d->d == 0 || d->y == 0 || (D.pub_y > 0 &&
			    (d->y - D.pub_y) * 400 + (d->m - D.pub_m) * 32 +
			    d->d - D.pub_d > 0))
				continue;
			put_str(mt->date, sizeof(mt->date), d->value);
			mt->dsi = i;
			mt->ds = d->s;
			mt->de = d->e;
			return 1;
		}
	}
	return 0;
}

static int
title_word(const struct ex_tok *t)
{
	return lex_honorific(t) != 0 || lex_is(t, "tni") || lex_is(t, "pol") ||
	    lex_is(t, "purn");
}

/*
 * rk-tag's PER value, less any role or area words before a title:
 * "Konsel Ir. Hasbullah Rauf" is Hasbullah Rauf.  The name is what follows
 * the last title that is followed by a name; an initial ("Yudi H. Sulardi")
 * counts only after a role or an area word.
 */
static int
per_value(const char *v, int cutonly, struct rk_buf *out)
{
	struct ex_sent vs;
	struct ex_area a;
	size_t n, k, ns = 0, ne, te, from;
	int other = 0;

	memset(&vs, 0, sizeof(vs));
	vs.text = v;
	vs.len = strlen(v);
	n = lex_tokenize(v, vs.len, &vtok, &nvtokcap, NULL);
	vs.tok = vtok;
	vs.ntok = n;
	for (k = 0; k < n; k++) {
		const struct ex_tok *t = &vtok[k];
		size_t m;

		if (!(t->fl & TK_WORD))
			continue;
		if (!title_word(t)) {
			if (lex_role(&vs, k, &te) >= 0 || lex_area(&vs, k, LV_NONE, 1, &a))
				other = 1;
			continue;
		}
		if (t->len < 2 && !other)
			continue;
		/* "Azwar Hamdani Dt. Rajo Mudo": an adat title is part of the name */
		if (k > 0 && !other && (lex_is(t, "dt") || lex_is(t, "datuk") ||
		    lex_is(t, "datuak") || lex_is(t, "datu")))
			continue;
		for (m = k + 1; m < n && (!(vtok[m].fl & TK_WORD) ||
		    title_word(&vtok[m])); m++)
			;
		if (m < n && (vtok[m].fl & TK_CAP) && k > 0)
			ns = m;
	}
	if (ns == 0) {
		if (!cutonly) {
			from = out->len;
			rk_buf_add(out, v, vs.len);
			lex_name_hm(out, from);
		}
		return !cutonly;
	}
	for (ne = n; ne > ns + 1 && (!(vtok[ne - 1].fl & TK_WORD) ||
	    lex_honorific(&vtok[ne - 1]) == 2 || lex_degree(&vs, ne - 1) == 1); ne--)
		;
	from = out->len;
	rk_buf_add(out, v + vtok[ns].s, vtok[ne - 1].e - vtok[ns].s);
	lex_name_hm(out, from);
	return 1;
}

static void
person_name(const struct ex_sent *st, const struct ex_person *p, struct rk_buf *out)
{
	size_t j, n;

	if (p->ne <= p->ns)
		return;
	/* "Moch. Arifin Nurcahyo" that rk-tag cut in two: the whole name */
	for (n = 0, j = 0; j < st->nent; j++)
		n += kis(st->ent[j].kind, "PER") && st->ent[j].e <= st->tok[p->ne - 1].e &&
		    st->tok[p->ns].s <= st->ent[j].s;
	if (n >= 2) {
		lex_name_clean(st, p->ns, p->ne, out);
		return;
	}
	/* rk-tag's PER value is the cleaned name */
	for (j = 0; j < st->nent; j++) {
		const struct ex_ent *e = &st->ent[j];

		if (kis(e->kind, "PER") && e->e <= st->tok[p->ne - 1].e &&
		    st->tok[p->ns].s <= e->s && *e->value != '\0') {
			per_value(e->value, 0, out);
			return;
		}
	}
	/* a PER running over the name: used only when a title marks the name */
	for (j = 0; j < st->nent; j++) {
		const struct ex_ent *e = &st->ent[j];

		if (kis(e->kind, "PER") && e->s < st->tok[p->ne - 1].e &&
		    st->tok[p->ns].s < e->e && per_value(e->value, 1, out))
			return;
	}
	lex_name_clean(st, p->ns, p->ne, out);
}

/* v in decimal, as "%d" writes it: a printf per number costs ten times this. */
static void
add_int(struct rk_buf *b, int v)
{
	char d[16];
	size_t n = sizeof(d);
	unsigned u = v < 0 ? 0U - (unsigned)v : (unsigned)v;

	do {
		d[--n] = (char)('0' + u % 10);
		u /= 10;
	} while (u != 0);
	if (v < 0)
		d[--n] = '-';
	rk_buf_add(b, d + n, sizeof(d) - n);
}

void
do_meeting(struct meeting *mt, int event, const struct meeting *prev)
{
	const struct mention *am = &D.men[mt->anchor];
	size_t i, j, nd, k, best_si = 0, title_m = mt->anchor;
	int best_own = 0;	/* the best date is in a sentence of a mention */
	double best = -1e9, sc;
	struct ex_date bd;
	struct venue v, bv = { 0 };
	int have_v = 0, mode = 0, remote;
	size_t here = 0;		/* 1 + a sentence saying some came in person */
	struct chair ch = { 0 };
	struct org org;
	int have_org = 0;
	long place = -1;
	int national = 0;
	char buf[64];

	for (i = 0; i < NF; i++)
		rk_buf_reset(&fb[i]);
	memset(D.ev, 0, D.nsent);
	memset(&bd, 0, sizeof(bd));
	evid(am->si);

	/* title: the longest name among the first mentions; type the most specific */
	{
		size_t bestlen = 0, cnt = 0, headlen = 0, head_m = mt->anchor;

		for (k = 0; k < D.nmen && cnt < 6; k++) {
			const struct mention *m = &D.men[k];

			if (m->si < mt->from || m->si >= mt->to || m->future)
				continue;
			cnt++;
			rk_buf_reset(&scratch);
			title_of(m, &scratch);
			/* a headline names the meeting only when the body does not */
			if (D.sent[m->si].title) {
				if (scratch.len > headlen) {
					headlen = scratch.len;
					head_m = k;
				}
				continue;
			}
			if (scratch.len > bestlen) {
				bestlen = scratch.len;
				title_m = k;
			}
		}
		if (bestlen <= 16 && headlen > bestlen)
			title_m = head_m;
		title_of(&D.men[title_m], &fb[F_TITLE]);
		rk_buf_adds(&fb[F_TYPE], D.men[title_m].type);
		if (strcmp(D.men[title_m].type, "rakor") == 0)
			for (k = 0; k < D.nmen; k++)
				if (D.men[k].si >= mt->from && D.men[k].si < mt->to &&
				    strncmp(D.men[k].type, "rakor", 5) == 0 &&
				    strcmp(D.men[k].type, "rakor") != 0) {
					rk_buf_reset(&fb[F_TYPE]);
					rk_buf_adds(&fb[F_TYPE], D.men[k].type);
					break;
				}
	}

	/*
	 * venue: the anchor sentence first, then mention sentences, then the
	 * rest; a remote participant's room only when there is nothing else
	 */
	for (remote = 0; remote < 2 && !have_v; remote++) {
		struct venue plain = { 0 };
		int have_plain = 0;

		if (venue_in(&D.sent[am->si], &v, remote)) {
			v.si = am->si;
			bv = v;
			have_v = 1;
		}
		for (i = mt->from; i < mt->to && !have_v; i++) {
			int ism = 0;

			for (k = 0; k < D.nmen; k++)
				if (D.men[k].si == i && !D.men[k].future)
					ism = 1;
			if ((i == am->si || ism) && venue_in(&D.sent[i], &v, remote)) {
				v.si = i;
				/*
				 * "hadir langsung di ruang rapat" in a mention's
				 * sentence yields to "Rapat dipimpin X di Ruang
				 * Rapat Wali Kota" in another
				 */
				if (!named_venue(&D.sent[i], &v)) {
					if (!have_plain)
						plain = v;
					have_plain = 1;
					continue;
				}
				bv = v;
				have_v = 1;
			}
		}
		for (i = mt->from; i < mt->to && i < mt->from + 12 && !have_v; i++)
			if (!D.sent[i].title && !future_sent(&D.sent[i]) &&
			    venue_in(&D.sent[i], &v, remote) &&
			    (!have_plain || named_venue(&D.sent[i], &v))) {
				v.si = i;
				bv = v;
				have_v = 1;
			}
		if (!have_v && have_plain) {
			bv = plain;
			have_v = 1;
		}
	}

	/* "Suasana rakor ... di Ruang Rapat Utama Kantor Bupati X, Senin
	 * (5/8/2024). (Foto: ...)": a caption names the room the text does not */
	if (!have_v && mt->from == 0)
		caps_tokenize();
	for (i = D.nsent; i < D.nsent + D.ncap && !have_v && mt->from == 0; i++) {
		struct mention cm;
		int ism = 0;

		for (k = 0; k < D.sent[i].ntok && !ism; k++)
			ism = ment_word(&D.sent[i].tok[k]) &&
			    mention_at(&D.sent[i], k, &cm) > 0;
		if (ism && venue_in(&D.sent[i], &v, 0)) {
			v.si = i;
			bv = v;
			have_v = 1;
		}
	}

	/* chair */
	for (i = mt->from; i < mt->to; i++)
		chair_in(&ch, i);
	/* "RAKOR: SITE/NAME - Bupati X ... saat memimpin rakor": a caption's */
	if (!ch.prio)
		caps_tokenize();
	for (i = D.nsent; !ch.prio && i < D.nsent + D.ncap; i++)
		chair_in(&ch, i);

	/* date: the DATE nearest the meeting's own mention, chair and venue */
	for (i = mt->from; i < mt->to; i++) {
		struct ex_sent *st = &D.sent[i];
		int ism = 0, isfut = 0;

		if (st->para == 0)
			continue;
		nd = dates_of(st, dates, MAXDATE);
		for (k = 0; k < D.nmen; k++)
			if (D.men[k].si == i) {
				if (D.men[k].future)
					isfut = 1;
				else
					ism = 1;
			}
		/* a weekday alone counts in the meeting's own sentences only */
		if (nd == 0 && (i == am->si || ism) && !isfut && bare_weekday(st, &dates[0]))
			nd = 1;
		for (j = 0; j < nd; j++) {
			sc = 0;
			if (i == am->si)
				sc += 12;
			else if (ism)
				sc += 10;
			else if (sent_has(st, S_MEETISH))
				sc += 6;	/* "Kegiatan tersebut berlangsung Senin (30/6)" */
			/* a page header: "Selasa, 1 Juli 2025 09:12 WIB" alone */
			if (st->ntok <= 12 && !sent_has(st, S_HAPPEN) && (tin(st,
			    st->ntok - 1, S_TZ) || (st->ntok > 1 && tin(st, st->ntok - 2, S_TZ))))
				sc -= 8;
			if (ch.prio && ch.si == i)
				sc += 5;
			if (have_v && bv.si == i) {
				sc += 5;
				/* "Banjir ... Rabu (10/1) malam membuat Wali Kota
				 * menggelar rakor di ruang kerjanya, Kamis (11/1)" */
				if (bv.te + 1 < st->ntok && tis(st, bv.te, ",") &&
				    tok_at(st, dates[j].s) == bv.te + 1)
					sc += 1;
			}
			if (st->para == D.sent[am->si].para)
				sc += 3;
			if (i + 2 >= am->si && i <= am->si + 2)
				sc += 2;
			if ((isfut && !ism) || before_meeting(st))
				sc -= 6;
			if (date_penalty(st, dates[j].s))
				sc -= 9;
			/* "rapat menyepakati festival digelar Sabtu (20/10)": a
			 * held meeting's date is not after the page's */
			if (D.pub_y > 0 && dates[j].y > 0 && dates[j].d > 0 &&
			    (dates[j].y - D.pub_y) * 400 + (dates[j].m - D.pub_m) * 32 +
			    dates[j].d - D.pub_d > 0) {
				/*
				 * with the page's own day known, none at all,
				 * but in the meeting's own sentence (a page date
				 * may be a related article's, lifted)
				 */
				if (page_day() && i != am->si && !ism)
					continue;
				sc -= 9;
			}
			if (st->title)
				sc -= 4;
			if (dates[j].y > 0)
				sc += 1;
			/* "Pilkada serentak 9 Desember 2020 di Aula X, Selasa (24/11)":
			 * the meeting's date is the one written with its weekday */
			if (dates[j].wd >= 0)
				sc += 1.5;
			if (dates[j].d == 0)	/* a month alone: only when nothing better */
				sc -= 30;
			sc -= (double)(i - mt->from) * 0.05;
			if (sc > best) {
				best = sc;
				bd = dates[j];
				best_si = i;
				best_own = i == am->si || ism;
			}
		}
	}
	mt->date[0] = '\0';
	/*
	 * "serapan anggaran hingga akhir Maret 2023", a month in another
	 * sentence, on a page of 29/03/2023: the page's day says more
	 */
	if (best > -1e9 && bd.d == 0 && !best_own && page_day() &&
	    bd.y == D.pub_y && bd.m == D.pub_m)
		best = -1e9;
	if (best > -1e9) {
		date_fix_year(&bd, D.years, D.nyears, D.pub_y);
		put_str(mt->date, sizeof(mt->date), bd.value);
		mt->dsi = best_si;
		mt->ds = bd.s;
		mt->de = bd.e;
		evid(best_si);
	} else if (mt->same_day && prev != NULL && prev->date[0] != '\0' &&
	    prev->dsi != NO_SENT) {
		memcpy(mt->date, prev->date, sizeof(mt->date));
		mt->dsi = prev->dsi;
		mt->ds = prev->ds;
		mt->de = prev->de;
	} else if (!caption_date(mt) && page_day()) {
		/*
		 * "Polres menggelar rakor ... di Aula X." and no date of its
		 * own: a report of a meeting held is dated by its page
		 */
		rk_ymd(mt->date, sizeof(mt->date), D.pub_y, D.pub_m, D.pub_d);
		mt->dsi = NO_SENT;
	}
	if (mt->date[0] != '\0') {
		rk_buf_adds(&fb[F_DATE], mt->date);
		if (mt->dsi == NO_SENT)
			rk_buf_adds(&fb[F_DATE_TEXT], D.pub_text);
		else
			rk_buf_add(&fb[F_DATE_TEXT], D.sent[mt->dsi].text + mt->ds,
			    mt->de - mt->ds);
	}

	/* time: in the date's sentence, else the anchor's */
	{
		size_t cand[2] = { best > -1e9 ? best_si : am->si, am->si }, ov[8];
		int c;

		for (c = 0; c < 2 && fb[F_TIME].len == 0; c++) {
			struct ex_sent *st = &D.sent[cand[c]];

			for (j = 0; j < st->nent; j++)
				if (kis(st->ent[j].kind, "TIME")) {
					rk_buf_adds(&fb[F_TIME], st->ent[j].value);
					break;
				}
			if (fb[F_TIME].len == 0 && rk_re_exec(&re_time, st->text, st->len, 0,
			    ov, 8) > 0) {
				int hh = atoi(st->text + ov[2]), mm = atoi(st->text + ov[4]);
				const char *z = "";

				if (ov[6] != (size_t)-1) {
					if (ov[7] - ov[6] == 3)
						z = "+07:00";
					else if (ov[7] - ov[6] == 4)
						z = "+08:00";
					else
						z = "+09:00";
					if (ov[7] - ov[6] == 3 && (st->text[ov[6] + 2] == 'T' ||
					    st->text[ov[6] + 2] == 't'))
						z = "+09:00";
				}
				if (hh < 24 && mm < 60) {
					snprintf(buf, sizeof(buf), "%02d:%02d%s", hh, mm, z);
					rk_buf_adds(&fb[F_TIME], buf);
				}
			}
		}
	}

	/* venue out */
	if (have_v) {
		rk_buf_add(&fb[F_VENUE], D.sent[bv.si].text + bv.bs, bv.be - bv.bs);
		evid(bv.si);
	}

	/* mode; not of one to come ("Rakor lanjutan direncanakan digelar tatap muka") */
	for (i = mt->from; i < mt->to; i++) {
		int h = 0, m;

		if (future_sent(&D.sent[i]))
			continue;
		m = mode_in(&D.sent[i], &h);

		if (h && here == 0)
			here = i + 1;
		if (m > mode) {
			mode = m;
			evid(i);
		}
		if (mode == 2)
			break;
	}
	/* online in one sentence, some in the room in another */
	if (mode == 1 && here > 0) {
		mode = 2;
		evid(here - 1);
	}
	if (mode == 2)
		rk_buf_adds(&fb[F_MODE], "hybrid");
	else if (mode == 1)
		rk_buf_adds(&fb[F_MODE], "virtual");
	else {
		/* in person unless told otherwise; a cue only adds evidence */
		if (!have_v)
			(void)phys_cue(mt);
		rk_buf_adds(&fb[F_MODE], "offline");
	}

	/* chair and role, joining a role to a name given elsewhere */
	if (ch.prio) {
		struct ex_person p = ch.p;
		size_t psi = ch.si, jsi;
		struct ex_sent *st;

		evid(ch.si);
		if (p.ne <= p.ns || (p.role >= 0 && p.area < 0)) {
			struct ex_person q = p;

			long ssi;
			int joined = join_person(&q, &jsi);

			if (!joined && p.ne <= p.ns && ((ssi = join_office(psi, &p, &q)) >= 0 ||
			    (ssi = join_speaker(&p, &q)) >= 0)) {
				/* the role as written in the chair's own sentence */
				person_name(&D.sent[ssi], &q, &fb[F_CHAIR]);
				add_noparen(&fb[F_CHAIR_ROLE], &D.sent[psi], p.rs, p.re);
				evid((size_t)ssi);
			} else if (joined && (q.ne > q.ns || p.ne <= p.ns)) {
				if (p.ne > p.ns && q.ne > q.ns) {
					/* keep the chair's own name; take the fuller role */
					if (q.area >= 0) {
						p.rs = q.rs;
						p.re = q.re;
						p.area = q.area;
						p.role = q.role;
						st = &D.sent[jsi];
						add_noparen(&fb[F_CHAIR_ROLE], st, q.rs, q.re);
					}
				} else {
					/*
					 * "dipimpin Wakil Bupati Donggala" ... "Wabup
					 * Moh. Yasin": the role written out with its
					 * area, not the bare acronym
					 */
					if (p.role >= 0 && p.area >= 0 && q.area < 0 &&
					    p.ne <= p.ns && q.re == q.rs + 1 &&
					    p.re > p.rs + 1) {
						add_noparen(&fb[F_CHAIR_ROLE], &D.sent[psi],
						    p.rs, p.re);
						q.area = p.area;
					}
					p = q;
					psi = jsi;
				}
				evid(jsi);
			}
		}
		st = &D.sent[psi];
		person_name(st, &p, &fb[F_CHAIR]);
		if (fb[F_CHAIR_ROLE].len == 0 && p.role >= 0)
			add_noparen(&fb[F_CHAIR_ROLE], st, p.rs, p.re);
		if (p.role < 0 && p.ne > p.ns) {
			/* a name alone: its role from another mention of that name */
			for (i = 0; i < D.nsent && fb[F_CHAIR_ROLE].len == 0; i++) {
				struct ex_sent *s2 = &D.sent[i];
				struct ex_person r;

				for (j = 0; j < s2->ntok; j++) {
					size_t te;

					if (lex_role(s2, j, &te) < 0 || !lex_person(s2, j, &r) ||
					    r.ne <= r.ns)
						continue;
					rk_buf_reset(&scratch);
					person_name(s2, &r, &scratch);
					if (same_person(scratch.data, fb[F_CHAIR].data)) {
						add_noparen(&fb[F_CHAIR_ROLE], s2, r.rs, r.re);
						ch.p.area = r.area;
						ch.p.role = r.role;
						evid(i);
						break;
					}
				}
			}
			/*
			 * a role the name stands after, past areas and titles:
			 * "Plh Sekretaris Daerah Kabupaten X, Kalimantan Timur,
			 * Ir. H. NAME, M.T., meminta ..."
			 */
			for (i = 0; i < D.nsent && fb[F_CHAIR_ROLE].len == 0; i++) {
				struct ex_sent *s2 = &D.sent[i];
				struct ex_person r;
				size_t ns, ne;

				for (j = 0; j < s2->nent; j++) {
					const struct ex_ent *e = &s2->ent[j];

					if (!kis(e->kind, "PER") || s2->title ||
					    !same_person(e->value, fb[F_CHAIR].data))
						continue;
					for (ns = 0; ns < s2->ntok && s2->tok[ns].s < e->s; ns++)
						;
					for (ne = ns; ne < s2->ntok && s2->tok[ne].e <= e->e; ne++)
						;
					if (ne > ns && role_of_name(s2, ns, ne, &r)) {
						add_noparen(&fb[F_CHAIR_ROLE], s2, r.rs, r.re);
						ch.p.area = r.area;
						ch.p.role = r.role;
						evid(i);
						break;
					}
				}
			}
		}
		ch.p.area = p.area >= 0 ? p.area : ch.p.area;
		if (p.role >= 0)
			ch.p.role = p.role;
	}

	/*
	 * "memimpin rapat ... dari ruang kerjanya", "Dari ruang kerjanya,
	 * camat terhubung dengan ...": the chair's own office
	 */
	if ((fb[F_VENUE].len == 0 || (fb[F_VENUE].len == 11 &&
	    strncasecmp(fb[F_VENUE].data, "ruang kerja", 11) == 0)) &&
	    fb[F_CHAIR_ROLE].len > 0 && (k = own_office(mt)) > 0) {
		rk_buf_reset(&fb[F_VENUE]);
		rk_buf_adds(&fb[F_VENUE], "ruang kerja ");
		rk_buf_add(&fb[F_VENUE], fb[F_CHAIR_ROLE].data, fb[F_CHAIR_ROLE].len);
		evid(k - 1);
	}

	/* organizer: the body first, the headline last */
	for (k = 0; k < 2 && !have_org; k++)
	for (i = mt->from; i < mt->to && !have_org; i++) {
		size_t mts = D.sent[i].ntok, mk;

		if (D.sent[i].title != (int)k)
			continue;

		for (mk = 0; mk < D.nmen; mk++)
			if (D.men[mk].si == i) {
				mts = D.men[mk].ts;
				break;
			}
		if (mk == D.nmen)
			continue;
		if (organizer_in(i, mts, &org)) {
			have_org = 1;
			add_tokens(&fb[F_ORGANIZER], &D.sent[i], org.ts, org.te);
			evid(i);
		}
	}

	/* place: organizer's area, the meeting name's, the chair's, the venue's ... */
	if (have_org) {
		place = org.area;
		national = org.national;
	}
	if (place < 0 && !national) {
		size_t e;

		for (k = 0; k < D.nmen && place < 0; k++)
			if (D.men[k].si >= mt->from && D.men[k].si < mt->to && !D.men[k].future) {
				place = name_area(&D.men[k], &e);
				if (place >= 0)
					evid(D.men[k].si);
			}
	}
	if (ch.prio && lex_role_national(ch.p.role))
		national = 1;
	if (place < 0 && !national && ch.prio && ch.p.area >= 0 &&
	    lex_role_is_head(ch.p.role))
		place = ch.p.area;
	if (place < 0 && have_v && bv.te > bv.ts) {
		struct ex_area a;
		struct ex_sent *vs = &D.sent[bv.si];

		/*
		 * "di Aula Balai Wilayah Sungai NT II, Kota Kupang": the area
		 * after the venue, and no head word of it ("Balai") as an area
		 */
		if (bv.te + 1 < vs->ntok && tis(vs, bv.te, ",") &&
		    lex_area(vs, bv.te + 1, LV_NONE, 0, &a))
			place = a.row;
		for (j = bv.ts; j < bv.te && place < 0; j++)
			if (!tin(vs, j, S_VHEAD) && (lex_area(vs, j, LV_NONE, 0, &a) ||
			    lex_area(vs, j, LV_NONE, 1, &a)))
				place = a.row;
	}
	if (place < 0 && national) {
		/*
		 * where a national meeting took place: "di SICC, Bogor", "dari
		 * Kantor Kemenko PMK di Jakarta", "di Jakarta"
		 */
		struct ex_area a;
		struct ex_sent *vs = &D.sent[bv.si];

		if (have_v && bv.te > bv.ts && bv.te + 1 < vs->ntok &&
		    (tis(vs, bv.te, ",") || tis(vs, bv.te, "di")) &&
		    lex_area(vs, bv.te + 1, LV_NONE, 1, &a))
			place = a.row;
		if (place < 0)
			place = di_area(&D.sent[am->si]);
		if (place < 0 && D.dateline != NULL)
			place = lex_area_name(D.dateline, strlen(D.dateline), LV_NONE);
	}
	if (place < 0 && ch.prio && ch.p.area >= 0)
		place = ch.p.area;
	if (place < 0 && ch.prio && lex_role_is_head(ch.p.role))
		place = lex_ctx_best(lex_role_level(ch.p.role));
	if (place < 0)
		place = any_area(&D.sent[am->si]);
	if (place < 0 && D.dateline != NULL)
		place = lex_area_name(D.dateline, strlen(D.dateline), LV_NONE);
	/*
	 * A national meeting in "Jakarta Pusat": Jakarta's cities are
	 * administrative, not autonomous; the province is the host area
	 */
	if (place >= 0 && national && strncmp(lex_area_codestr(place), "31.", 3) == 0)
		while (lex_area_parent(place) >= 0)
			place = lex_area_parent(place);
	if (place >= 0) {
		struct rk_buf *pl = &fb[F_PLACE], *rg = &fb[F_REGION];
		const char *w;
		size_t off, n, wl;

		lex_area_full(place, pl);
		rk_buf_adds(&fb[F_PLACE_CODE], lex_area_codestr(place));
		region_of(place, rg);
		off = (size_t)(strchr(pl->data, ' ') + 1 - pl->data);
		n = pl->len - off;
		if ((w = page_spelling(place, pl->data + off, n, &wl)) != NULL) {
			/* the region names the place as the place column does */
			if (rg->len >= pl->len && memcmp(rg->data, pl->data, pl->len) == 0 &&
			    (rg->len == pl->len || rg->data[pl->len] == ','))
				buf_splice(rg, off, n, w, wl);
			buf_splice(pl, off, n, w, wl);
		}
	}

	/* participants and topics */
	for (i = mt->from; i < mt->to; i++)
		if (participants_in(i, &fb[F_PARTICIPANTS]))
			evid(i);
	for (i = mt->from; i < mt->to; i++)
		if (!future_sent(&D.sent[i]) || i == am->si)
			topics_in(i, &fb[F_TOPICS]);

	/* evidence */
	for (i = 0; i < D.nsent; i++) {
		if (!D.ev[i])
			continue;
		if (fb[F_EVIDENCE].len > 0)
			rk_buf_addc(&fb[F_EVIDENCE], ';');
		add_int(&fb[F_EVIDENCE], D.sent[i].para);
		rk_buf_addc(&fb[F_EVIDENCE], '.');
		add_int(&fb[F_EVIDENCE], D.sent[i].sent);
	}
	snprintf(buf, sizeof(buf), "%d", event);
	rk_buf_adds(&fb[F_EVENT], buf);
}

