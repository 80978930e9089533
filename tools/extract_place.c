/*
 * extract_place.c: where and how a meeting was held: its venue, its
 * organizer and place, and its mode (in person, online or both).  Split
 * out of extract_field.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "extract.h"
#include "extract_int.h"
#include "tag.h"
/* ---- venue ------------------------------------------------------------------ */

/* "desa", "camat", "kecamatan" ...: whose office "kantor" is */
static int
local_office(const struct ex_sent *st, size_t j)
{
	return tis(st, j, "desa") || tis(st, j, "kelurahan") ||
	    tis(st, j, "lurah") || tis(st, j, "camat") ||
	    tis(st, j, "kecamatan");
}


static int
venue_head(const struct ex_sent *st, size_t j, size_t *skip)
{
	const char *w = st->tok[j].low;
	const struct ex_tok *tk = &st->tok[j];

	*skip = 0;
	if (w[0] == 'd' && w[1] == 'i' && tk->len > 4 && word_in(w + 2, S_VHEAD)) {
		*skip = 2;
		return 1;
	}
	/* a hotel's brand in one word: "Swiss-Belhotel", "Belhotel" */
	if (!tin(st, j, S_VHEAD) && !(tk->len > 5 &&
	    memcmp(w + tk->len - 5, "hotel", 5) == 0 && (st->tok[j].fl & TK_CAP)))
		return 0;
	if (j == 0 || !tin(st, j - 1, S_VPRE))
		return 0;
	/* "laporan harian tetap masuk ke posko kabupaten": where a thing goes */
	if (j > 1 && tis(st, j - 1, "ke") && (tis(st, j - 2, "masuk") ||
	    tis(st, j - 2, "dikirim") || tis(st, j - 2, "dikirimkan") ||
	    tis(st, j - 2, "dilaporkan") || tis(st, j - 2, "disampaikan") ||
	    tis(st, j - 2, "diteruskan") || tis(st, j - 2, "diserahkan") ||
	    tis(st, j - 2, "melapor") || tis(st, j - 2, "lapor")))
		return 0;
	/* "rapat koordinasi di tenda komando", not "rapat koordinasi,
	 * sementara warga mengungsi di tenda darurat" */
	if (tok_is(tk, "tenda")) {
		size_t k;

		/* the meeting named in the same clause, just before */
		for (k = j; k > 0 && k + 10 > j && !tis(st, k - 1, ","); k--)
			if (ment_word(&st->tok[k - 1]))
				return 1;
		return 0;
	}
	/* "rumah" only as rumah jabatan / dinas / betang (a Dayak longhouse) */
	if (tok_is(tk, "rumah") && !tis(st, j + 1, "jabatan") &&
	    !tis(st, j + 1, "dinas") && !tis(st, j + 1, "betang"))
		return 0;
	/*
	 * a lowercase "kantor" names a place only with its owner: "kantor
	 * Camat X", or the local office written out, "di kantor desa
	 * setempat" (the area is the host's, named elsewhere)
	 */
	if (tok_is(tk, "kantor") && !(st->tok[j].fl & TK_CAP) &&
	    !(j + 1 < st->ntok && (st->tok[j + 1].fl & TK_CAP)) &&
	    !(local_office(st, j + 1) && tis(st, j + 2, "setempat")))
		return 0;
	return 1;
}

/* The venue starting at token j; returns end token, *bs the start byte. */
static size_t
venue_end(const struct ex_sent *st, size_t j, size_t skip)
{
	size_t k = j + 1, c;
	int prevlevel = 0, tent = tis(st, j, "tenda");
	/* a tent or a post stands somewhere: "Posko ... di Rumah Jabatan X" */
	int stands = tent || tis(st, j, "posko");

	(void)skip;
	while (k < st->ntok && k < j + 16) {
		const struct ex_tok *t = &st->tok[k];

		/* a tent is where it stands: "tenda komando yang didirikan di
		 * Lapangan Desa X", "tenda Posko ... di halaman Kantor Camat X" */
		if (stands && tis(st, k, "yang") && (tpre(st, k + 1, "didiri") ||
		    tpre(st, k + 1, "dipasang") || tis(st, k + 1, "berdiri")) &&
		    tis(st, k + 2, "di"))
			k += 2;
		if (stands && tis(st, k, "di") && k + 1 < st->ntok &&
		    ((st->tok[k + 1].fl & TK_CAP) || (tent &&
		    (tis(st, k + 1, "halaman") || tis(st, k + 1, "lapangan"))))) {
			k += 2;
			continue;
		}
		/* "tenda komando", "tenda posko": the tent's kind */
		if (tent && k == j + 1 && (t->fl & TK_WORD) && !tis(st, k, "di") &&
		    !tis(st, k, "yang") && !tin(st, k, S_VSTOP)) {
			k++;
			continue;
		}
		if (t->fl & TK_WORD) {
			if (tis(st, k, "jalan") || tis(st, k, "jl") || tis(st, k, "jln") ||
			    tis(st, k, "di") || tis(st, k, "pada") || tis(st, k, "pukul"))
				break;
			if ((t->fl & TK_CAP) && tin(st, k, S_VSTOP))
				break;
			/* English names of rooms: "Ruang Heart of Borneo" */
			if ((tis(st, k, "of") || tis(st, k, "the")) && k + 1 < st->ntok &&
			    (st->tok[k + 1].fl & TK_CAP)) {
				k++;
				continue;
			}
			if ((tis(st, k, "dan") || tis(st, k, "and")) && k + 1 < st->ntok &&
			    (st->tok[k + 1].fl & TK_CAP) && !tis(st, k + 1, "ketua") &&
			    lex_role(st, k + 1, &c) < 0) {
				k++;
				continue;
			}
			if ((t->fl & (TK_CAP | TK_DIGIT)) || tin(st, k, S_VLOW) || prevlevel) {
				prevlevel = tis(st, k, "kecamatan") || tis(st, k, "kabupaten") ||
				    tis(st, k, "desa") || tis(st, k, "kelurahan");
				k++;
				continue;
			}
			break;
		}
		if (tis(st, k, "(")) {
			for (c = k + 1; c < st->ntok && c < k + 5 && !tis(st, c, ")"); c++)
				;
			if (c < st->ntok && tis(st, c, ")") && c > k + 1 &&
			    (st->tok[k + 1].fl & (TK_UPPER | TK_CAP))) {
				k = c + 1;
				continue;
			}
			break;
		}
		if (tis(st, k, ",") && k + 1 < st->ntok) {
			size_t sk;

			/* "Room Oasis, Aston Hotel ...", "Aula X, Kantor Gubernur" */
			for (sk = k + 1; sk < st->ntok && sk < k + 4 &&
			    (st->tok[sk].fl & TK_CAP); sk++)
				if (tin(st, sk, S_VHEAD))
					break;
			if (sk < st->ntok && sk < k + 4 && tin(st, sk, S_VHEAD) &&
			    (st->tok[sk].fl & TK_CAP)) {
				k++;
				continue;
			}
			break;
		}
		if (tis(st, k, "-") || tis(st, k, "&") || tis(st, k, "'")) {
			if (k + 1 < st->ntok && (st->tok[k + 1].fl & TK_CAP)) {
				k++;
				continue;
			}
		}
		break;
	}
	/* no trailing connector */
	while (k > j + 1 && (tis(st, k - 1, "dan") || tis(st, k - 1, "-")))
		k--;
	return k;
}

/*
 * "Sekda X mengikuti rakor secara virtual dari Ruang Rapat Bupati": the room
 * of one who follows a meeting from afar, not where it was held.
 */
static int
remote_room(const struct ex_sent *st, size_t j)
{
	size_t k;

	/*
	 * "dari Command Center Kantor Bupati X", "dari ruang rapat Bupati
	 * lantai 2 Kantor Bupati X": rk-tag's VENUE starts late
	 */
	for (k = 0; k < 8 && j > 0 && ((st->tok[j - 1].fl & (TK_CAP | TK_DIGIT)) ||
	    tin(st, j - 1, S_VLOW)); k++)
		j--;
	if (j == 0 || !tis(st, j - 1, "dari"))
		return 0;
	/*
	 * the nearest verb before it says whose room it is: "mengikuti rakor
	 * yang dipimpin Mendagri dari Gedung X" is the chair's
	 */
	for (k = j - 1; k > 0; k--) {
		if (tin(st, k - 1, S_FOLLOW))
			return 1;
		if (tin(st, k - 1, S_CHAIRV))
			return 0;
	}
	return 0;
}

/* The first venue of the sentence; with remote 0, not a remote_room(). */
int
venue_in(const struct ex_sent *st, struct venue *v, int remote)
{
	size_t j, skip, k;

	for (j = 0; j < st->ntok; j++) {
		size_t h = j, n;

		/*
		 * "dari Bintan Command Center", "di Pontianak Intelligent
		 * Command Center": a name of one or two words before the head
		 */
		if (j > 0 && tin(st, j - 1, S_VPRE))
			for (n = j; n < j + 3 && n + 1 < st->ntok; n++) {
				if (!(st->tok[n].fl & TK_CAP) || (st->tok[n].fl & TK_DIGIT) ||
				    tin(st, n, S_VHEAD) || tin(st, n, S_VSTOP))
					break;
				if (tin(st, n + 1, S_VHEAD) && (st->tok[n + 1].fl & TK_CAP)) {
					h = n + 1;
					break;
				}
				/* "di Indo Jalito, rumah dinas Bupati X": a house's
				 * own name, then what it is */
				if (n + 3 < st->ntok && tis(st, n + 1, ",") &&
				    tis(st, n + 2, "rumah") && (tis(st, n + 3, "dinas") ||
				    tis(st, n + 3, "jabatan"))) {
					h = n + 2;
					break;
				}
			}
		skip = 0;
		if (h == j && !venue_head(st, j, &skip))
			continue;
		if (!remote && remote_room(st, j))
			continue;
		k = venue_end(st, h, skip);
		/* "Kantor" alone or "ruang rapat" alone is not a venue worth naming */
		if (k == j + 1 && !(st->tok[j].fl & TK_CAP))
			continue;
		v->bs = st->tok[j].s + skip;
		v->be = st->tok[k - 1].e;
		v->ts = j;
		v->te = k;
		return 1;
	}
	for (j = 0; j < st->nent; j++)
		if (kis(st->ent[j].kind, "VENUE")) {
			v->bs = st->ent[j].s;
			v->be = st->ent[j].e;
			v->ts = tok_at(st, v->bs);
			v->te = tok_at(st, v->be);
			if (!remote && remote_room(st, v->ts))
				continue;
			/* "Pemkot bersama ..., Kantor SAR Ambon, ...": a body
			 * listed; "perwakilan Sekretariat SDGs Nasional"; the
			 * office of a role, "Kepala Kantor Kemenag X" */
			if (v->ts > 0 && (tis(st, v->ts - 1, ",") ||
			    tis(st, v->ts - 1, "perwakilan") ||
			    tis(st, v->ts - 1, "dan") || tis(st, v->ts - 1, "serta") ||
			    tis(st, v->ts - 1, "bersama") ||
			    tis(st, v->ts - 1, "kepala")))
				continue;
			/* "Kantor Kementerian Agama Kabupaten X menggelar
			 * rakor ...": the office that acts, at the head of
			 * its sentence, is a body */
			if (v->ts == 0 && tis(st, 0, "kantor"))
				continue;
			return 1;
		}
	return 0;
}

/*
 * "Sebelum rakor, Sekda mengikuti rakor Mendagri secara virtual", "sesuai
 * arahan Mendagri dalam rakor inflasi nasional yang diikuti secara virtual
 * pada Senin (3/10)": the sentence tells of another meeting, before this
 * one or above it (its mode, its chair, its date).
 */
static int
other_meeting(const struct ex_sent *st)
{
	size_t j, k;

	if (tis(st, 0, "sebelum") && (tpre(st, 1, "rakor") || tis(st, 1, "rapat") ||
	    tis(st, 1, "kegiatan") || tis(st, 1, "acara")))
		return 1;
	/*
	 * "agar kabupaten/kota rutin mengikuti rakor inflasi yang dipimpin
	 * Mendagri setiap Senin secara daring": a series, when "setiap" is
	 * in the meeting's own phrase ("memimpin rakor tersebut dan meminta
	 * camat memantau harga setiap pekan" is not) and no date is given
	 */
	if (!sent_has(st, S_OTHW))
		return 0;	/* neither loop below can find its word */
	for (j = 0; j + 1 < st->ntok && !sent_has(st, S_PASTMARK); j++) {
		struct ex_date d;

		if (!tis(st, j, "setiap") || !(tin(st, j + 1, S_VSTOP) ||
		    tis(st, j + 1, "pekan") || tis(st, j + 1, "minggu") ||
		    tis(st, j + 1, "bulan")))
			continue;
		/* "Rakor yang rutin digelar setiap pekan itu dipimpin X":
		 * the series' name for the meeting at hand */
		if (tis(st, j + 2, "itu") || tis(st, j + 2, "tersebut"))
			continue;
		for (k = j; k > 0 && k + 10 > j && !tis(st, k - 1, "dan") &&
		    !tis(st, k - 1, ",") && !tis(st, k - 1, "serta") &&
		    !ment_word(&st->tok[k - 1]); k--)
			;
		if (k > 0 && ment_word(&st->tok[k - 1]) && !tis(st, k, "tersebut") &&
		    !tis(st, k, "itu") && !tis(st, k, "ini") &&
		    dates_of((struct ex_sent *)st, &d, 1) == 0)
			return 1;
	}
	for (j = 0; j + 2 < st->ntok; j++) {
		if (!tis(st, j, "arahan"))
			continue;
		/* "arahan Menteri Dalam Negeri dalam rakor": the second */
		for (k = j + 1; k + 1 < st->ntok && k < j + 8 && !(tis(st, k, "dalam") &&
		    ment_word(&st->tok[k + 1])); k++)
			;
		if (k + 1 >= st->ntok || !tis(st, k, "dalam") || !ment_word(&st->tok[k + 1]))
			return 0;
		for (k += 2; k < st->ntok && k < j + 12; k++)
			if (tis(st, k, "nasional") || tis(st, k, "pusat"))
				return 1;
		return 0;
	}
	return 0;
}

/* other_meeting(), once per sentence: every field asks it */
int
before_meeting(const struct ex_sent *st)
{
	if (st->other < 0)
		((struct ex_sent *)st)->other = other_meeting(st);
	return st->other;
}

/* A venue with a name, not "di ruang rapat" of an opinion piece. */
int
named_venue(const struct ex_sent *st, const struct venue *v)
{
	size_t j;

	if (v->te <= v->ts)
		return 1;	/* rk-tag's VENUE */
	for (j = v->ts; j < v->te; j++)
		if (st->tok[j].fl & (TK_CAP | TK_UPPER))
			return 1;
	return 0;
}

/* ---- organizer and place ------------------------------------------------------ */

static long
body_area(const struct ex_sent *st, size_t ts, size_t te)
{
	struct ex_area a;
	size_t j;
	enum ex_level lv = LV_NONE;

	if (tis(st, ts, "pemkab"))
		lv = LV_KAB;
	else if (tis(st, ts, "pemkot"))
		lv = LV_KOTA;
	else if (tis(st, ts, "pemprov"))
		lv = LV_PROV;
	else if (tis(st, ts, "forkopimcam") || tis(st, ts, "forkompincam"))
		lv = LV_KEC;
	else
		/* a Polres, Kodim or Kejari serves a kabupaten or kota:
		 * "Polres Gorontalo" is not the province of that name */
		for (j = ts; j < te && j < ts + 4; j++)
			if (tis(st, j, "polres") || tis(st, j, "polresta") ||
			    tis(st, j, "resor") || tis(st, j, "kodim") || tis(st, j, "kejari"))
				lv = LV_KAB;
	/* rk-tag's area inside the body: "Pemerintah Kecamatan Mentawa Baru (MB) Ketapang" */
	if (ts < te && te <= st->ntok)
		for (j = 0; j < st->nent; j++) {
			const struct ex_ent *e = &st->ent[j];
			enum ex_level el;
			long row;

			if (e->s < st->tok[ts].s || e->e > st->tok[te - 1].e ||
			    !kis(e->kind, "LOC") || e->value[0] < '0' ||
			    e->value[0] > '9')
				continue;
			if ((row = lex_area_code(e->value, strlen(e->value))) < 0)
				continue;
			el = lex_area_level(row);
			if (lv == LV_NONE || el == lv || (lv == LV_KAB && el == LV_KOTA))
				return row;
		}
	for (j = ts; j < te; j++) {
		if (lex_area(st, j, lv, j > ts || lv != LV_NONE, &a) && a.te <= te + 1)
			return a.row;
		if (lv == LV_KAB && lex_area(st, j, LV_KOTA, 1, &a))
			return a.row;
	}
	return -1;
}

/* Some token in [s, e) is in the set: "Badan Nasional Pengelola Perbatasan". */
static int
span_has(const struct ex_sent *st, size_t s, size_t e, int set)
{
	for (; s < e; s++)
		if (tin(st, s, set))
			return 1;
	return 0;
}

/* Tokens s..e-1 are names and their marks only: no clause between. */
static int
names_only(const struct ex_sent *st, size_t s, size_t e)
{
	for (; s < e; s++)
		if (!(st->tok[s].fl & (TK_CAP | TK_DIGIT)) && !tis(st, s, ",") &&
		    !tis(st, s, "(") && !tis(st, s, ")") && !tis(st, s, "/"))
			return 0;
	return 1;
}

int
organizer_in(size_t si, size_t mts, struct org *o)
{
	struct ex_sent *st = &D.sent[si];
	size_t v, s, e, lo;

	/* BODY [kembali|juga ...] menggelar ... MEETING */
	for (v = 0; v < mts && v < st->ntok; v++) {
		if (!tin(st, v, S_HOLD))
			continue;
		lo = v > 12 ? v - 12 : 0;
		/*
		 * "Pemerintah Desa X, Kecamatan Y, Kabupaten Z (Z), menggelar":
		 * a body named with the areas above it starts further back
		 */
		for (s = v > 30 ? v - 30 : 0; s < lo; s++)
			if (tin(st, s, S_BODY) && (st->tok[s].fl & TK_CAP) &&
			    names_only(st, s, v)) {
				lo = s;
				break;
			}
		for (s = lo; s < v; s++) {
			if (!tin(st, s, S_BODY) || !(st->tok[s].fl & TK_CAP))
				continue;
			for (e = v; e > s && !(st->tok[e - 1].fl & (TK_CAP | TK_DIGIT)) &&
			    !tis(st, e - 1, ")"); e--)
				;
			if (e <= s)
				continue;
			o->si = si;
			o->ts = s;
			o->te = e;
			o->area = body_area(st, s, e);
			o->national = span_has(st, s, e, S_NATIONAL);
			return 1;
		}
	}
	/* MEETING yang digelar [oleh] BODY */
	for (v = mts; v < st->ntok; v++) {
		if (!tin(st, v, S_HOLD_P))
			continue;
		s = v + 1;
		if (tis(st, s, "oleh"))
			s++;
		if (!tin(st, s, S_BODY) || !(st->tok[s].fl & TK_CAP))
			return 0;
		for (e = s + 1; e < st->ntok && (st->tok[e].fl & (TK_CAP | TK_DIGIT)); e++)
			;
		o->si = si;
		o->ts = s;
		o->te = e;
		o->area = body_area(st, s, e);
		o->national = span_has(st, s, e, S_NATIONAL);
		return 1;
	}
	return 0;
}

/* An area named in the meeting's name: "Rakor ... Provinsi Kalimantan Tengah". */
long
name_area(const struct mention *m, size_t *end)
{
	struct ex_sent *st = &D.sent[m->si];
	struct ex_area a;
	size_t j, te = title_end(m);

	for (j = m->te; j < te; j++) {
		/* "MTQ tingkat Provinsi ..." names the event's level, not the host */
		if (tis(st, j, "tingkat")) {
			j++;
			continue;
		}
		if (lex_area(st, j, LV_NONE, (st->tok[j].fl & TK_SE) != 0, &a) ||
		    (j > 0 && (st->tok[j - 1].fl & TK_SE) && lex_area(st, j, LV_NONE, 1, &a))) {
			/* "Rakor Pembangunan Desa X" is about the desa, not held by it */
			if (lex_area_level(a.row) == LV_DESA || lex_area_level(a.row) == LV_KEL) {
				j = a.te - 1;
				continue;
			}
			*end = a.te;
			return a.row;
		}
	}
	return -1;
}

/* Areas named after "di" in a sentence: where it took place. */
long
di_area(const struct ex_sent *st)
{
	size_t j;
	struct ex_area a;

	for (j = 0; j + 1 < st->ntok; j++)
		if (tis(st, j, "di") && lex_area(st, j + 1, LV_NONE, 1, &a))
			return a.row;
	return -1;
}

long
any_area(const struct ex_sent *st)
{
	size_t j;
	struct ex_area a;

	for (j = 0; j < st->ntok; j++)
		if (lex_area(st, j, LV_NONE, (st->tok[j].fl & TK_CAP) != 0, &a))
			return a.row;
	for (j = 0; j < st->nent; j++) {
		const char *v = st->ent[j].value;

		if (kis(st->ent[j].kind, "LOC") && v[0] >= '0' && v[0] <= '9')
			return lex_area_code(v, strlen(v));
	}
	return -1;
}

/* ---- mode ------------------------------------------------------------------- */


/*
 * Token j says "in person": luring, offline, tatap muka, and "fisik" only as
 * "secara fisik" or "hadir fisik" (not "realisasi fisik dan keuangan").
 */
static int
phys_at(const struct ex_sent *st, size_t j)
{
	/* "kampanye tatap muka", "pembelajaran tatap muka": another event's */
	if (j > 0 && (tis(st, j - 1, "kampanye") || tis(st, j - 1, "pembelajaran") ||
	    tis(st, j - 1, "belajar") || tis(st, j - 1, "sekolah") ||
	    tis(st, j - 1, "kuliah") || tis(st, j - 1, "ibadah") ||
	    tis(st, j - 1, "pelayanan") || tis(st, j - 1, "layanan")))
		return 0;
	if (tin(st, j, S_PHYS) || (tis(st, j, "tatap") && tis(st, j + 1, "muka")))
		return 1;
	return tis(st, j, "fisik") && j > 0 && (tis(st, j - 1, "secara") ||
	    tis(st, j - 1, "hadir") || tis(st, j - 1, "pertemuan"));
}

/*
 * The clause around token j (between commas) is about an earlier meeting:
 * "Berbeda dengan rakor bulan lalu yang digelar secara virtual, ...".
 */
/* A comma or semicolon that ends a clause; the one in "Senin, 12 Desember" does not. */
static int
clause_break(const struct ex_sent *st, size_t j)
{
	if (!tis(st, j, ",") && !tis(st, j, ";"))
		return 0;
	return !in_ent(st, j, "DATE");
}

static int
prev_clause(const struct ex_sent *st, size_t j)
{
	size_t a, b;

	for (a = j; a > 0 && !clause_break(st, a - 1); a--)
		;
	for (b = j; b < st->ntok && !clause_break(st, b); b++)
		;
	for (; a < b; a++) {
		if (tis(st, a, "sebelumnya") || tis(st, a, "biasanya") ||
		    (tis(st, a, "berbeda") && tis(st, a + 1, "dengan")))
			return 1;
		/* "setelah hampir dua tahun rapat-rapat koordinasi digelar
		 * secara virtual": meetings before this one */
		if (tis(st, a, "rapat-rapat") || tis(st, a, "rakor-rakor") ||
		    ((tis(st, a, "setelah") || tis(st, a, "selama")) &&
		    (tis(st, a + 1, "tahun") || tis(st, a + 2, "tahun") ||
		    tis(st, a + 3, "tahun") || tis(st, a + 2, "bulan") ||
		    tis(st, a + 3, "bulan"))))
			return 1;
		if (tis(st, a, "lalu") && a > 0 && (tis(st, a - 1, "bulan") ||
		    tis(st, a - 1, "pekan") || tis(st, a - 1, "minggu") ||
		    tis(st, a - 1, "tahun") || tis(st, a - 1, "periode")))
			return 1;
	}
	return 0;
}

/*
 * The in-person cue at token j is set against this meeting: "dibanding
 * rapat tatap muka yang pesertanya terbatas", "rapat tatap muka
 * ditiadakan sementara", "tanpa tatap muka", "menghindari pertemuan tatap
 * muka", "karena pembatasan pertemuan tatap muka".
 */
static int
phys_negated(const struct ex_sent *st, size_t j)
{
	size_t k;

	for (k = j > 3 ? j - 3 : 0; k < j; k++)
		if (tpre(st, k, "dibanding") || tis(st, k, "tanpa") ||
		    tis(st, k, "tidak") || tis(st, k, "bukan") || tis(st, k, "daripada") ||
		    tis(st, k, "menghindari") || tis(st, k, "hindari") ||
		    tis(st, k, "mengurangi") || tis(st, k, "pembatasan") ||
		    tis(st, k, "larangan"))
			return 1;
	for (k = j + 1; k < st->ntok && k < j + 4; k++)
		if (tis(st, k, "ditiadakan") || tis(st, k, "dihentikan") ||
		    tis(st, k, "ditunda") || tis(st, k, "dilarang"))
			return 1;
	return 0;
}

/*
 * The virtual cue at token j serves something else: "aplikasi berbasis
 * daring", "layanan online"; a platform's name never ("aplikasi Zoom").
 */
static int
virt_negated(const struct ex_sent *st, size_t j)
{
	if (j >= st->ntok || !(tis(st, j, "daring") || tis(st, j, "online") ||
	    tis(st, j, "virtual")))
		return 0;
	return (j > 0 && tin(st, j - 1, S_VIRTNEG)) ||
	    (j > 1 && tis(st, j - 1, "secara") && tin(st, j - 2, S_VIRTNEG));
}

/* Tokens ts..te are capitalised words in a run of them: "Online Single". */
static int
in_name(const struct ex_sent *st, size_t ts, size_t te)
{
	return ts < te && te < st->ntok && (st->tok[ts].fl & TK_CAP) &&
	    (st->tok[te].fl & TK_WORD) && (st->tok[te].fl & TK_CAP);
}

/*
 * 1 virtual cue, 2 hybrid cue, 0 none; *here set when the sentence says
 * someone attended in person ("... yang hadir langsung di ruang rapat").
 */
int
mode_in(const struct ex_sent *st, int *here)
{
	size_t j;
	int virt = 0, phys = 0, both = 0, attphys = 0;
	const uint64_t cue = (uint64_t)1 << S_VIRT | (uint64_t)1 << S_PHYS |
	    (uint64_t)1 << S_MODECUE;

	size_t cited = st->ntok;

	/* "Sebelumnya, pada Senin (9/10), Pemkab juga mengikuti rakor inflasi
	 * ... secara virtual": an earlier meeting's mode */
	if (before_meeting(st) || tis(st, 0, "sebelumnya"))
		return 0;
	/* "rakor akan digelar setiap pekan ..., sedangkan rapat dengan camat
	 * dilaksanakan secara virtual": how meetings will go, not this one */
	if (sent_has(st, S_FUTMARK) && !sent_has(st, S_PASTMARK))
		for (j = 0; j < st->ntok; j++)
			if (tis(st, j, "setiap") || tis(st, j, "biasanya"))
				return 0;
	/* "menindaklanjuti hasil rakor nasional yang rutin digelar secara
	 * virtual": cues after a cited meeting are that meeting's */
	for (j = tok_next(st, st->ntok > 0 ? 1 : 0, MENT_BITS); j < st->ntok;
	    j = tok_next(st, j + 1, MENT_BITS))
		if (result_of(st, j)) {
			cited = j;
			break;
		}
	/* the cue words; the numbers among the others are counted below */
	for (j = tok_next(st, 0, cue); j < cited; j = tok_next(st, j + 1, cue)) {
		const struct ex_tok *tk = &st->tok[j];


		if (tok_is(tk, "hybrid") || tok_is(tk, "hibrid") ||
		    tok_is(tk, "hybird"))
			return 2;
		if (tin(st, j, S_VIRT) || (tok_is(tk, "video") &&
		    (tpre(st, j + 1, "conferen") || tpre(st, j + 1, "konferen"))) ||
		    (tok_is(tk, "online") && j > 0 && (tis(st, j - 1, "secara") ||
		    tpre(st, j - 1, "rakor") || tis(st, j - 1, "rapat") ||
		    tis(st, j - 1, "via") || tis(st, j - 1, "melalui"))) ||
		    (tok_is(tk, "google") && tis(st, j + 1, "meet")) ||
		    /* "melalui panggilan video grup WhatsApp", "video call" */
		    (tok_is(tk, "video") && (tis(st, j + 1, "call") ||
		    (j > 0 && tis(st, j - 1, "panggilan")))) ||
		    (tok_is(tk, "conference") && j > 0 && tis(st, j - 1, "video"))) {
			if (virt_negated(st, j))
				continue;
			if (prev_clause(st, j))
				continue;
			virt = 1;
		}
		if ((phys_at(st, j) || (tok_is(tk, "langsung") && j > 0 && (tis(st, j - 1, "secara") ||
		    tis(st, j - 1, "hadir") || tis(st, j - 1, "dihadiri") ||
		    tis(st, j - 1, "diikuti")))) && !prev_clause(st, j) &&
		    !phys_negated(st, j)) {
			phys = 1;
			/* "Seluruh peserta hadir langsung di aula" */
			attphys |= tok_is(tk, "langsung");
		}
		/* "dilaksanakan secara langsung dan virtual", "... dan melalui zoom" */
		if (tok_is(tk, "dan") && j > 0 && ((tis(st, j - 1, "langsung") &&
		    (tin(st, j + 1, S_VIRT) || ((tis(st, j + 1, "melalui") ||
		    tis(st, j + 1, "via") || tis(st, j + 1, "secara")) &&
		    tin(st, j + 2, S_VIRT)))) || (tin(st, j - 1, S_VIRT) &&
		    (tis(st, j + 1, "langsung") || phys_at(st, j + 1)))))
			return 2;
		if (tok_is(tk, "maupun") || tok_is(tk, "sebagian") ||
		    tok_is(tk, "sedangkan") || tok_is(tk, "sementara") ||
		    tok_is(tk, "sisanya") || tok_is(tk, "lainnya") ||
		    (st->tok[j].fl & TK_DIGIT))
			both = 1;
	}
	/* "20 peserta hadir langsung, yang lain secara virtual": a number */
	for (j = 0; virt && phys && !both && j < cited; j++)
		if (!(st->tok[j].m & cue) && (st->tok[j].fl & TK_DIGIT))
			both = 1;
	if (virt && phys && (both || sent_has(st, S_PHYS)))
		return 2;
	if (virt && sent_has(st, S_ATTEND))
		return 1;
	if (phys) {
		/* of the meeting, not "Kampanye tatap muka ... peserta" */
		if (sent_has(st, S_ATTEND) && (sent_has(st, S_MEETISH) || attphys))
			*here = 1;
		return 0;	/* "rakor kali ini digelar tatap muka": not MODE rows */
	}
	/*
	 * rk-tag's cue, in a sentence about attending (not "akses data secara
	 * daring"), and not a word of a name ("sistem Online Single
	 * Submission (OSS)")
	 */
	for (j = 0; j < st->nent; j++)
		if (kis(st->ent[j].kind, "MODE") && !in_name(st, tok_at(st, st->ent[j].s),
		    tok_at(st, st->ent[j].e)) && (cited == st->ntok ||
		    st->ent[j].s < st->tok[cited].s) && !virt_negated(st,
		    tok_at(st, st->ent[j].s)) && !prev_clause(st, tok_at(st, st->ent[j].s))) {
			if (strcmp(st->ent[j].value, "hybrid") == 0)
				return 2;
			if (strcmp(st->ent[j].value, "virtual") == 0 &&
			    (sent_has(st, S_ATTEND) || sent_has(st, S_MEETISH)))
				return 1;
		}
	return 0;
}

/*
 * A sentence of the meeting that places it in "ruang kerjanya" (not "ujarnya
 * saat ditemui di ruang kerjanya"): its number plus one, or 0.
 */
size_t
own_office(const struct meeting *mt)
{
	size_t i, j;

	for (i = mt->from; i < mt->to; i++) {
		const struct ex_sent *st = &D.sent[i];

		if ((!sent_has(st, S_ATTEND) && !sent_has(st, S_CHAIRV)) ||
		    before_meeting(st))
			continue;
		for (j = 0; j + 1 < st->ntok; j++) {
			if (tis(st, j, "ditemui") || tis(st, j, "dijumpai"))
				break;
			if ((tis(st, j, "ruang") || tis(st, j, "ruangan")) &&
			    tis(st, j + 1, "kerjanya"))
				return i + 1;
		}
	}
	return 0;
}

/* "luring", "tatap muka", "secara langsung": held in person. */
int
phys_cue(const struct meeting *mt)
{
	size_t i, j;

	for (i = mt->from; i < mt->to; i++) {
		struct ex_sent *st = &D.sent[i];

		if (!sent_has(st, S_PHYS) && !sent_has(st, S_TATAP) &&
		    !sent_has(st, S_MODECUE))
			continue;
		for (j = 0; j < st->ntok; j++)
			if (phys_at(st, j) && !prev_clause(st, j)) {
				evid(i);
				return 1;
			}
	}
	return 0;
}
