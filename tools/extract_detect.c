/*
 * extract_detect.c: rk-extract's meeting mentions and the decision whether
 * a document reports a meeting that happened; the word sets (setv) that
 * detection and the field pickers test tokens against.  Split out of
 * extract.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rk.h"
#include "extract.h"
#include "tag.h"
#include "extract_int.h"

/* ---- mentions and detection ----------------------------------------------- */

static const char *const w_future[] = { "rencananya", "dijadwalkan", "direncanakan",
	"mendatang", "besok", "nanti", "nantinya", "berencana", "merencanakan", NULL };
static const char *const w_pastmark[] = { "telah", "sudah", "kemarin", "usai",
	"seusai", "tadi", NULL };
static const char *const w_happen[] = { "digelar", "menggelar", "gelar", "dilaksanakan",
	"melaksanakan", "diadakan", "mengadakan", "berlangsung", "dipimpin", "memimpin",
	"pimpin", "dibuka", "membuka", "mengikuti", "ikuti", "diikuti", "menghadiri",
	"hadiri", "dihadiri", "bertempat", "hadir", "diselenggarakan", "menyelenggarakan",
	"dihelat", "menghelat", "digelarnya", "melibatkan", "membahas", "dibahas",
	"tersebut", "kali", "saat", "dalam", "usai", "seusai", "telah", "sudah",
	"kemarin", "lalu", "ini", "mengundang", "menghadirkan", "dilakukan",
	"melakukan", "bersama",
	/* a wire agency's English pages */
	"held", "chaired", "convened", "attended", "led", NULL };
static const char *const w_generic[] = { "adalah", "merupakan", "biasanya", "setiap",
	"seharusnya", "sebaiknya", "pengertian", "idealnya", "sering", "kerap",
	"umumnya", NULL };
static const char *const w_assoc[] = { "apkasi", "apeksi", "adkasi", "adeksi", "appsi",
	"apdesi", "ppdi", "partai", "dpp", "kadin", "pwi", "idi", "hipmi", "pgri",
	"korpri", "kni", "koni", "golkar", "pdip", "gerindra", "nasdem", "pkb", "pks",
	"demokrat", "ppp", "hanura", "perindo", "apindo", NULL };
static const char *const w_neg[] = { "musrenbang", "musrenbangdes", "musrenbangcam",
	"musrenbangkel", "paripurna", "rakernas", "audiensi", "kunker", "silaturahmi",
	"silaturahim", "pelantikan", "dilantik", "melantik", "lantik", "upacara", "peresmian",
	"meresmikan", "diresmikan", "vaksinasi", "bimtek", "sosialisasi", "workshop",
	"lokakarya", "webinar", "seminar", "halalbihalal", "pawai", "apel", NULL };

static const char *const w_done[] = { "digelar", "menggelar", "gelar", "dilaksanakan",
	"melaksanakan", "diadakan", "mengadakan", "berlangsung", "dipimpin", "memimpin",
	"pimpin", "dibuka", "membuka", "mengikuti", "ikuti", "diikuti", "dihadiri",
	"menghadiri", "diselenggarakan", "menyelenggarakan", "dihelat", "bertempat",
	NULL };

/* A "held/led/opened" verb stands on its own: no "akan", "untuk", ... before it. */
int
done_verb(const struct ex_sent *st)
{
	size_t i, k;

	int prevfut = 0;

	for (i = 0; i < st->ntok; i++) {
		int futured = 0;

		if (!tin(st, i, S_DONE))
			continue;
		for (k = i > 3 ? i - 3 : 0; k < i; k++) {
			if (tis(st, k, "akan") || tin(st, k, S_FUTURE) ||
			    tis(st, k, "segera") || tis(st, k, "untuk") || tis(st, k, "bisa") ||
			    tis(st, k, "dapat") || tis(st, k, "agar") || tis(st, k, "harus"))
				futured = 1;
		}
		/* "akan diumumkan setelah rakor (persiapan selesai) digelar":
		 * the clause after "setelah" is as late as the one it hangs on */
		for (k = i > 5 ? i - 5 : 0; k < i; k++)
			if (tis(st, k, "setelah") || tis(st, k, "sesudah") ||
			    tis(st, k, "usai") || tis(st, k, "seusai")) {
				size_t b;

				for (b = 0; b < k; b++)
					if (tis(st, b, "akan") || tin(st, b, S_FUTURE))
						futured = 1;
			}
		/* "menyatakan siap hadir dalam rakor yang digelar ...": ready
		 * for one to come */
		for (k = i > 6 ? i - 6 : 0; k < i; k++)
			if (tis(st, k, "siap") && k + 1 < i && (tis(st, k + 1, "hadir") ||
			    tis(st, k + 1, "mengikuti") || tis(st, k + 1, "menghadiri")))
				futured = 1;
		/*
		 * "Pekan Depan, Pemkab X Gelar Rakor ...": a headline says
		 * when first, in the present tense, for the whole line
		 */
		for (k = 0; st->title && k < i; k++)
			if (tis(st, k, "besok") || (tis(st, k, "depan") && k > 0 &&
			    (tis(st, k - 1, "pekan") || tis(st, k - 1, "minggu") ||
			    tis(st, k - 1, "bulan") || tis(st, k - 1, "tahun"))))
				futured = 1;
		/* "akan dipimpin Bupati dan dihadiri BNPB": the second too */
		for (k = i > 8 ? i - 8 : 0; prevfut && !futured && k < i; k++)
			if (tis(st, k, "dan") || tis(st, k, "serta"))
				futured = 1;
		if (!futured)
			return 1;
		prevfut = 1;
	}
	return 0;
}

/*
 * A sentence about a meeting still to come: a future marker, and none of
 * its "held/led/opened" verbs stands on its own (each has "akan" or
 * "rencananya" just before it).
 */
int
future_sent(const struct ex_sent *st)
{
	size_t i;
	int fut = 0, done = 0;

	if (st->fut >= 0)
		return st->fut;
	((struct ex_sent *)st)->fut = 0;
	if (!sent_has(st, S_FUTMARK))
		return 0;

	if (sent_has(st, S_PASTMARK))
		return 0;
	if (sent_has(st, S_FUTURE))
		fut = 1;
	for (i = 0; i + 1 < st->ntok; i++) {
		if (tis(st, i, "akan"))
			fut = 1;
		if ((tis(st, i, "pekan") || tis(st, i, "minggu") || tis(st, i, "bulan") ||
		    tis(st, i, "tahun")) && tis(st, i + 1, "depan"))
			fut = 1;
	}
	if (!fut)
		return 0;
	done = done_verb(st);
	((struct ex_sent *)st)->fut = !done;
	return !done;
}

static void
set_type(struct mention *m, const char *t)
{
	size_t n = strlen(t);

	if (n >= sizeof(m->type))
		n = sizeof(m->type) - 1;
	memcpy(m->type, t, n);
	m->type[n] = '\0';
}

/* coordination forums named in a sentence */
static const char *const w_forum[] = { "forkopimda", "forkopimcam", "forkompincam",
	"fkpd", NULL };

/* The meeting words at token i: 0 when none, else tokens used. */
size_t
mention_at(const struct ex_sent *st, size_t i, struct mention *m)
{
	const char *w = st->tok[i].low;
	const struct ex_tok *tk = &st->tok[i];
	size_t te = i + 1;
	/* tok_make()'s bit: w starts with "rakor" */
	int rakor = (tk->m >> S_RAKOR & 1) != 0;

	if (!ment_word(tk))
		return 0;

	if (w[0] == 'r') {
		if (!rakor && !tok_is(tk, "rapat") &&
		    !tok_is(tk, "rakerda"))
			return 0;
	} else if (w[0] == 'p') {
		if (!tok_is(tk, "pertemuan"))
			return 0;
	} else if (w[0] != 'c' || !tok_is(tk, "coordination"))
		return 0;
	memset(m, 0, sizeof(*m));
	if (rakor && tk->len <= 12) {
		m->strong = 1;
		set_type(m, tk->len > 5 && !tok_is(tk, "rakorny") ? w : "rakor");
		if (strncmp(w, "rakornya", 8) == 0)
			set_type(m, "rakor");
	} else if ((tok_is(tk, "rapat") || tok_is(tk, "pertemuan")) &&
	    (tis(st, i + 1, "koordinasi") || tis(st, i + 1, "kordinasi") ||
	    tis(st, i + 1, "koordinir"))) {
		m->strong = 1;
		te = i + 2;
		set_type(m, "rakor");
		if (tis(st, te, "nasional"))
			set_type(m, "rakornas");
		else if (tis(st, te, "daerah"))
			set_type(m, "rakorda");
		else if (tis(st, te, "kecamatan"))
			set_type(m, "rakorcam");
		else if (tis(st, te, "teknis"))
			set_type(m, "rakortek");
		else if (tis(st, te, "pemerintahan"))
			set_type(m, "rakorpem");
		else if (tis(st, te, "wilayah"))
			set_type(m, "rakorwil");
		if (strcmp(m->type, "rakor") != 0)
			te++;
	} else if (tok_is(tk, "rakerda") ||
	    (tok_is(tk, "rapat") && tis(st, i + 1, "kerja") &&
	    !tis(st, i + 2, "nasional") && !tis(st, i + 2, "komisi"))) {
		if (tok_is(tk, "rapat"))
			te = i + 2 + tis(st, i + 2, "daerah");
		set_type(m, "rakerda");
		m->strong = 2;		/* valid only with a governor and regents */
	} else if (tok_is(tk, "coordination") && tis(st, i + 1, "meeting")) {
		m->strong = 1;
		te = i + 2;
		set_type(m, "rakor");
	} else if (tok_is(tk, "rapat") && tis(st, i + 1, "lintas") &&
	    (tpre(st, i + 2, "sektor") || tis(st, i + 2, "instansi") ||
	    tis(st, i + 2, "opd") || tis(st, i + 2, "skpd") ||
	    tis(st, i + 2, "perangkat") || tis(st, i + 2, "lembaga"))) {
		/* "rapat lintas OPD": of several offices, as "lintas sektor" */
		te = i + 3;
		set_type(m, "rakor");
		m->strong = 0;
	} else if (tok_is(tk, "rapat") && (tis(st, i + 1, "evaluasi") ||
	    tis(st, i + 1, "teknis")) && (sent_has(st, S_PART) ||
	    sent_has(st, S_COORD))) {
		/* "rapat evaluasi ... yang melibatkan BPBD, Dinas Sosial ..." */
		te = i + 2;
		set_type(m, tis(st, i + 1, "evaluasi") ? "rapat evaluasi" :
		    "rapat teknis");
		m->strong = 0;
	} else if (tok_is(tk, "rapat") && tis(st, i + 1, "bersama") &&
	    (sent_has(st, S_COORD) || sent_has(st, S_FORUM))) {
		/* "menggelar rapat bersama membahas koordinasi penanganan" */
		te = i + 2;
		set_type(m, "rapat bersama");
		m->strong = 0;
	} else if (tok_is(tk, "pertemuan") && !tis(st, i + 1, "kerja") &&
	    sent_has(st, S_FORUM)) {
		/* "menggelar pertemuan dengan unsur Forkopimda" */
		te = i + 1;
		set_type(m, "pertemuan");
		m->strong = 0;
	} else if ((tok_is(tk, "rapat") && (tis(st, i + 1, "persiapan") ||
	    tis(st, i + 1, "pembahasan"))) ||
	    (tok_is(tk, "pertemuan") && tis(st, i + 1, "kerja"))) {
		te = i + 2;
		set_type(m, tok_is(tk, "rapat") ? (tis(st, i + 1, "persiapan") ?
		    "rapat persiapan" : "rapat pembahasan") : "pertemuan kerja");
		m->strong = 0;
	} else {
		return 0;
	}
	m->ts = i;
	m->te = te;
	return te - i;
}

/*
 * Words right after a mention ending at e put it ahead: "rakor bulan
 * depan akan digelar di ...", "rakor berikutnya".
 */
static int
next_one(const struct ex_sent *st, size_t e)
{
	size_t k;

	for (k = e; k < st->ntok && k < e + 4; k++) {
		if (tis(st, k, "depan") || tis(st, k, "mendatang") ||
		    tis(st, k, "berikutnya") || tis(st, k, "selanjutnya"))
			return 1;
		if (tis(st, k, "akan") && tin(st, k + 1, S_HOLD_P))
			return 1;
		if (!(st->tok[k].fl & TK_WORD))
			return 0;
	}
	return 0;
}

/*
 * The meeting at token j did not take place: "ditunda", "dibatalkan",
 * "batal digelar" (not "sempat ditunda", after which it was held).  A word
 * before the mention speaks of it only in the same clause: "Setelah
 * festival ... ditunda karena hujan, Pemkab menggelar rakor" was held.
 */
static const char *const w_calloff[] = { "ditunda", "dibatalkan", "batal",
	"diundur", "ditiadakan", NULL };

static int
called_off(const struct ex_sent *st, size_t j)
{
	size_t k, b;

	if (!sent_has(st, S_CALLOFF))
		return 0;
	for (k = 0; k < st->ntok; k++) {
		if (!tin(st, k, S_CALLOFF) || (k > 0 && tis(st, k - 1, "sempat")))
			continue;
		for (b = k + 1; b < j; b++)
			if (tis(st, b, ",") || tin(st, b, S_DONE))
				break;
		if (b >= j)
			return 1;
	}
	return 0;
}

/* what a meeting decided, cited: "hasil rakor", "kesepakatan dalam rakor" */
static const char *const w_result[] = { "hasil", "kesepakatan", "keputusan",
	"rekomendasi", "kesimpulan", "amanat", "menindaklanjuti", "lanjut", "lanjutan",
	NULL };

int
result_of(const struct ex_sent *st, size_t j)
{
	return (j > 0 && tin(st, j - 1, S_RESULT)) ||
	    (j > 1 && tin(st, j - 2, S_RESULT) && (tis(st, j - 1, "dalam") ||
	    tis(st, j - 1, "pada") || tis(st, j - 1, "dari")));
}

/* A verb of leading or opening a meeting (not "menggelar razia"). */
static int
led_verb(const struct ex_sent *st)
{
	size_t j;

	if (!sent_has(st, S_CHAIRV))
		return 0;
	for (j = 0; j < st->ntok; j++)
		if (tin(st, j, S_CHAIRV) && !tis(st, j, "menggelar"))
			return 1;
	return 0;
}

/* A DATE in the clause that follows token j: "hasil rakor yang digelar Senin (1/7)". */
static int
date_follows(const struct ex_sent *st, size_t j)
{
	size_t k, t;

	for (k = 0; k < st->nent; k++) {
		if (!kis(st->ent[k].kind, "DATE") || st->ent[k].s < st->tok[j].e)
			continue;
		for (t = j + 1; t < st->ntok && st->tok[t].s < st->ent[k].s; t++)
			if (tis(st, t, ",") || tis(st, t, ";"))
				break;
		if (t >= st->ntok || st->tok[t].s >= st->ent[k].s)
			return 1;
	}
	return 0;
}

/* a meeting these words name has not happened yet: "undangan rakor", "sebelum rakor digelar" */
static const char *const w_ahead[] = { "undangan", "jadwal", "rencana", "agenda",
	"sebelum", "menjelang", "jelang", NULL };

static const char *const w_roles_gub[] = { "gubernur", "wagub", "governor", NULL };
static const char *const w_roles_bup[] = { "bupati", "walikota", "wali", "regent",
	"regents", "mayor", "mayors", NULL };
static const char *const w_dprd[] = { "dprd", "komisi", "pansus", "dewan", NULL };
static const char *const w_coord[] = { "koordinasi", "berkoordinasi", "lintas",
	"instansi", "opd", "skpd", "stakeholder", "forkopimda", "forkopimcam",
	"pemangku", "terkait", "sinergi", "instansi", NULL };

/*
 * The document names offices or bodies of three kinds or more (rk-tag's
 * ROLE and ORG rows, a role's area left out): a meeting of several bodies.
 */
static int
several_bodies(void)
{
	const char *seen[3];
	size_t i, j, k, n = 0, l;

	for (i = 0; i < D.nsent; i++) {
		const struct ex_sent *st = &D.sent[i];

		for (j = 0; j < st->nent; j++) {
			const char *v = st->ent[j].value, *at;

			if (!kis(st->ent[j].kind, "ROLE") &&
			    !kis(st->ent[j].kind, "ORG"))
				continue;
			l = (at = strchr(v, '@')) != NULL ? (size_t)(at - v) : strlen(v);
			for (k = 0; k < n; k++)
				if (strncmp(seen[k], v, l) == 0 && (seen[k][l] == '\0' ||
				    seen[k][l] == '@'))
					break;
			if (k < n)
				continue;
			seen[n++] = v;
			if (n == 3)
				return 1;
		}
	}
	return 0;
}

/*
 * Who holds the meeting, by the words before the first hold verb of the
 * first sentence that holds one: "DPW Partai X menggelar Rakorwil", "BEM
 * se-Sumbar Gelar Rakor", "PT PLN (Persero) UP3 Ambon menggelar rapat
 * koordinasi internal", "Panitia Natal Jemaat ... menggelar rapat
 * koordinasi", "Universitas X menggelar Rapat Koordinasi Pimpinan", "Kerajaan
 * Negeri Sarawak, Malaysia, menggelar ...".  A party, a company, a campus,
 * students, a foreign state or a church or mosque committee coordinate too,
 * but not as Indonesian government: no meeting, unless a government
 * word stands beside them ("Pemkab dan PLN menggelar rakor").
 */
static int
nongov_host(void)
{
	size_t i, j, k;
	struct mention m;

	for (i = 0; i < D.nsent; i++) {
		const struct ex_sent *st = &D.sent[i];
		int nongov = 0, gov = 0, ment = 0;

		if (!sent_has(st, S_HOLD))
			continue;
		for (j = 0; j < st->ntok && !tin(st, j, S_HOLD); j++) {
			nongov |= tin(st, j, S_NONGOV);
			gov |= tin(st, j, S_GOVHOST);
		}
		for (k = j + 1; k < st->ntok && k < j + 6 && !ment; k++)
			ment = ment_word(&st->tok[k]) && mention_at(st, k, &m);
		if (ment)
			return nongov && !gov;
	}
	return 0;
}

/*
 * Token j stands inside quotation marks: after an opening mark in its
 * sentence, or before a closing one that has no opening in it (the quote
 * began a sentence or more earlier).  Straight quotes pair up in order.
 */
static int
quoted_at(const struct ex_sent *st, size_t j)
{
	const unsigned char *t = (const unsigned char *)st->text, *q;
	size_t b = st->tok[j].s, k;
	int open = 0, straight = 0;

	/*
	 * Only the marks matter, so memchr() goes from one to the next: the
	 * straight quotes before b pair up by their count, and the curly
	 * ones leave the state of the last of them before b.
	 */
	for (k = 0; k < b && (q = memchr(t + k, '"', b - k)) != NULL; k = q - t + 1)
		straight ^= 1;
	if (straight)
		return 1;
	if (st->ascii)
		return 0;
	for (k = 0; k < b && (q = memchr(t + k, 0xE2, b - k)) != NULL; ) {
		k = q - t;
		if (k + 2 < st->len && t[k + 1] == 0x80) {
			if (t[k + 2] == 0x9C)
				open = 1;
			else if (t[k + 2] == 0x9D)
				open = 0;
		}
		k++;
	}
	if (open)
		return 1;
	/* a closing mark before any opening one: the quote began earlier */
	for (k = b; k < st->len && (q = memchr(t + k, 0xE2, st->len - k)) != NULL; ) {
		k = q - t;
		if (k + 2 < st->len && t[k + 1] == 0x80) {
			if (t[k + 2] == 0x9D)
				return 1;
			if (t[k + 2] == 0x9C)
				return 0;
		}
		k++;
	}
	return 0;
}

/*
 * The mention at j names a thing, not a meeting: 'grup WhatsApp "Rakor
 * Hukum Tua Minut"', '"Formulir Daftar Hadir Rakor Desa"', 'aplikasi
 * Rakor Online'.
 */
static int
named_thing(const struct ex_sent *st, size_t j)
{
	size_t k;

	for (k = j; k > 0 && k + 5 > j; k--)
		if (tis(st, k - 1, "grup") || tis(st, k - 1, "group") ||
		    tis(st, k - 1, "formulir") || tis(st, k - 1, "aplikasi") ||
		    tis(st, k - 1, "akun") || tis(st, k - 1, "kanal") ||
		    tis(st, k - 1, "tautan"))
			return 1;
	return 0;
}

/*
 * "Sidang Korupsi Dana Bencana, Saksi Ungkap Hasil Rakor": a trial's
 * session, where "sidang" alone may be a council's or a cabinet's
 */
static int
court_session(const struct ex_sent *st)
{
	size_t j;
	int sidang = 0, court = 0;

	for (j = 0; j < st->ntok; j++) {
		if (tis(st, j, "sidang"))
			sidang = 1;
		else if (tis(st, j, "korupsi") || tis(st, j, "tipikor") ||
		    tis(st, j, "saksi") || tis(st, j, "perkara") ||
		    tis(st, j, "hakim"))
			court = 1;
	}
	return sidang && court;
}

/*
 * A headline that is no report of a meeting: "Sidang Korupsi Dana Rakor,
 * Mantan Sekwan Dituntut", a trial's;
 * "OPINI: Rakor Jangan Berhenti di Notulen": a column's;
 * "Apa Itu Rakor? Pengertian, Tujuan, dan Contoh ...": an explainer's
 */
static int
not_a_report_headline(void)
{
	size_t i, j;

	for (i = 0; i < D.nsent; i++) {
		const struct ex_sent *st = &D.sent[i];

		if (!st->title)
			continue;
		if (sent_has(st, S_COURT) || court_session(st))
			return 1;
		/* "OPINI: Rakor Jangan Berhenti di Notulen", "[Kolom] ..." */
		for (j = 0; j < st->ntok && j < 2; j++)
			if (tis(st, j, "opini") || tis(st, j, "kolom") ||
			    tis(st, j, "tajuk") || tis(st, j, "editorial"))
				return 1;
		for (j = 0; j < st->ntok; j++)
			if (tis(st, j, "pengertian") || (tis(st, j, "apa") &&
			    tis(st, j + 1, "itu") && j + 2 < st->ntok &&
			    ment_word(&st->tok[j + 2])))
				return 1;
	}
	return 0;
}

void
find_mentions(void)
{
	size_t i, j, n;
	struct mention m;
	int coord = 0, agenda = 0;

	if (D.columnist || nongov_host() || not_a_report_headline())
		return;

	D.has_gub = D.has_bup = 0;
	for (i = 0; i < D.nsent; i++) {
		if (sent_has(&D.sent[i], S_ROLES_GUB))
			D.has_gub = 1;
		if (sent_has(&D.sent[i], S_ROLES_BUP))
			D.has_bup = 1;
		if (sent_has(&D.sent[i], S_COORD))
			coord = 1;
	}
	/* "rapat persiapan" of several bodies is a coordination meeting */
	if (!coord && several_bodies())
		coord = 1;
	/* "Agenda Kegiatan Bupati Pekan Ini": a list of what is to come */
	for (i = 0; i < D.nsent; i++)
		for (j = 0; D.sent[i].title && j + 1 < D.sent[i].ntok; j++)
			if ((tis(&D.sent[i], j, "agenda") || tis(&D.sent[i], j, "jadwal")) &&
			    tis(&D.sent[i], j + 1, "kegiatan"))
				agenda = 1;
	for (i = 0; i < D.nsent; i++) {
		struct ex_sent *st = &D.sent[i];
		int fut = -1, have = 0;	/* future_sent(), asked when needed */

		for (j = tok_next(st, 0, MENT_BITS); j < st->ntok;
		    j = tok_next(st, j + 1, MENT_BITS)) {
			if ((n = mention_at(st, j, &m)) == 0)
				continue;
			if (fut < 0)
				fut = future_sent(st);
			if (m.strong == 2) {
				if (!(D.has_gub && D.has_bup) || sent_has(st, S_DPRD))
					continue;
				m.strong = 1;
			}
			if (m.strong == 0 && !coord)
				continue;
			if (sent_has(st, S_ASSOC) || named_thing(st, j))
				continue;
			m.si = i;
			m.future = fut;
			m.generic = sent_has(st, S_GENERIC) && !sent_has(st, S_PASTMARK);
			m.quoted = quoted_at(st, j);
			/* a headline often drops the verb: "Pemkab Kotim Rakor Karhutla" */
			m.happened = !fut && !agenda && (sent_has(st, S_HAPPEN) || st->title);
			/* "undangan rakor sudah dikirim": the meeting is yet to come */
			if (j > 0 && tin(st, j - 1, S_AHEAD))
				m.happened = 0;
			/* "saya akan menggelar rapat koordinasi ..., kata X usai
			 * meninjau": the verb before the mention says when */
			if ((j > 1 && (tis(st, j - 2, "akan") || tin(st, j - 2, S_FUTURE)) &&
			    tin(st, j - 1, S_HOLD)) || next_one(st, j + n)) {
				m.future = 1;
				m.happened = 0;
			}
			/*
			 * "Rakor ... yang sedianya digelar Senin ... resmi
			 * ditunda": still to come, as an announced one is
			 */
			if (called_off(st, j)) {
				m.future = 1;
				m.happened = 0;
			}
			/*
			 * "tindak lanjut hasil rakor yang digelar beberapa waktu
			 * lalu": a meeting cited for its outcome, not reported,
			 * unless its own date or chair stands beside it
			 */
			if (result_of(st, j) && !date_follows(st, j) && !led_verb(st))
				m.happened = 0;
			/* one mention per sentence: keep the most specific type */
			if (have) {
				struct mention *p = &D.men[D.nmen - 1];

				if (strcmp(p->type, "rakor") == 0 && strcmp(m.type, "rakor") != 0 &&
				    strncmp(m.type, "rakor", 5) == 0)
					set_type(p, m.type);
				if (m.strong > p->strong)
					p->strong = m.strong;
				j += n - 1;
				continue;
			}
			if (D.nmen == D.capmen) {
				D.capmen = D.capmen ? D.capmen * 2 : 16;
				D.men = rk_xrealloc(D.men, D.capmen, sizeof(*D.men));
			}
			D.men[D.nmen++] = m;
			have = 1;
			j += n - 1;
		}
		/* rk-tag's EVENT rows name meetings the word list may miss */
		for (j = 0; !have && !sent_has(st, S_ASSOC) && j < st->nent; j++) {
			if (!kis(st->ent[j].kind, "EVENT") ||
			    strncmp(st->ent[j].value, "rakor", 5) != 0)
				continue;
			memset(&m, 0, sizeof(m));
			m.si = i;
			m.strong = 1;
			set_type(&m, st->ent[j].value);
			if (fut < 0)
				fut = future_sent(st);
			m.future = fut;
			m.happened = !fut && sent_has(st, S_HAPPEN);
			for (n = 0; n < st->ntok && st->tok[n].e <= st->ent[j].s; n++)
				;
			if (named_thing(st, n))
				continue;
			m.ts = n;
			m.te = n + 1 < st->ntok ? n + 1 : st->ntok;
			if (D.nmen == D.capmen) {
				D.capmen = D.capmen ? D.capmen * 2 : 16;
				D.men = rk_xrealloc(D.men, D.capmen, sizeof(*D.men));
			}
			D.men[D.nmen++] = m;
			have = 1;
		}
	}
}


/* ---- the word sets of the field pickers ------------------------------------ */

/*
 * Read by extract_field.c and extract_chair.c through tin() and sent_has();
 * here because setv below registers every set.
 */

/* venue */
static const char *const w_vhead[] = { "aula", "ruang", "ruangan", "room", "kantor",
	"hotel", "balai", "gedung", "pendopo", "pendapa", "rujab", "graha", "wisma",
	"command", "guest", "lamin", "betang", "auditorium", "hall", "ballroom",
	"convention", "sekretariat", "mako", "markas", "posko", "gor", "rumah",
	"pondok", "resto", "restoran", "cafe", "kafe", "mess", "meeting", "smart",
	"situation", "operation", "bangsal", "paseban", "pesanggrahan", "joglo",
	"bale", "baruga", "rupatama", "lobby", "lobi", "kediaman", "villa", "vila",
	"resort", "café", "oproom", "op", "lobi", "makorem", "makodim", "mapolres",
	"mapolda", "mapolsek", "makoramil", "mapolresta", "makopolres", "makopolda",
	"makopolsek", "makopolresta", "center", "centre", "meuligoe", "istana",
	"sasana",
	"meuligo", "baileo", "meunasah", "kapal", "kmp", "kri", "tenda", NULL };
static const char *const w_vlow[] = { "lantai", "lt", "ruang", "rapat", "aula", "kantor",
	"utama", "gedung", "kecamatan", "kabupaten", "kota", "desa", "kelurahan",
	"balai", "serbaguna", "pertemuan", "umum", "jabatan", "dinas", "camat",
	"bupati", "gubernur", "wali", "walikota", "i", "ii", "iii", "iv", "v",
	"dua", "tiga", "satu", "empat", "lima", "sekretariat", "daerah", "setda",
	"bappeda", "operasional", "pola", "kerja", "data", "lv", "vi", "vii", NULL };
static const char *const w_vpre[] = { "di", "bertempat", "ditempat", "tempat",
	"berlangsung", "dari", "ke", "dilaksanakan", "digelar", "atas", NULL };
static const char *const w_vstop[] = { "senin",
			    "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu",
			    "minggu", "ahad", "pukul", "dan", "yang", "dengan", NULL };
static const char *const w_follow[] = { "mengikuti", "ikuti", "ikut", "bergabung",
	"menyimak", "diikuti", NULL };

/* chair */
static const char *const w_meetish[] = { "rapat", "kegiatan", "acara", "pertemuan",
	"rakor", "rakorcam", "rakornas", "rakorda", "rakortek", "rakorpem", "rakerda",
	"resmi", "forum", NULL };
static const char *const w_fill[] = { ",", "langsung", "saat", "ketika", "sewaktu",
	"yang", "secara", "resmi", "juga", "sekaligus", "turut", "pun", "itu",
	"sendiri", "selaku", "sebagai", "ketua", "pimpinan", "rapat", "bertindak",
	"terlebih", "dahulu", "lebih", "telah", "sudah", "sebelumnya", "didaulat",
	"kemarin", NULL };
static const char *const w_futmark[] = { "akan", "depan", "rencananya", "dijadwalkan",
	"direncanakan", "mendatang", "besok", "nanti", "nantinya", "berencana",
	"merencanakan", NULL };
static const char *const w_negobj[] = { "persiapan", "jelang", "menjelang",
	"pelaksanaan", "terkait", "tentang", "membahas", "bahas", "sukseskan",
	"menyukseskan", "mensukseskan", "pengamanan", "rangka", "percepatan",
	"evaluasi", "hasil", "sebelum", "jadwal", "tahapan", "mengamankan",
	"mengawal", NULL };
static const char *const w_tz[] = { "wib", "wita", "wit", NULL };
static const char *const w_tatap[] = { "tatap", NULL };
/* words a mention starts with, besides rakor... */
static const char *const w_ment[] = { "rapat", "pertemuan", "rakerda", "coordination",
	NULL };
/* every other word mode_in() looks at */
static const char *const w_modecue[] = { "hybrid", "hibrid", "hybird", "video",
	"online", "google", "conference", "tatap", "langsung", "maupun", "sebagian",
	"sisanya", "lainnya", "fisik", "sedangkan", "sementara", "dan", NULL };
static const char *const w_chairv[] = { "dipimpin", "diketuai", "dibuka", "memimpin",
	"pimpin", "membuka", "buka", "menggelar", "dipimpinnya", "dibukanya", "dinakhodai", "dikomandoi",
	"dinahkodai", "bertindak", "selaku", "chaired", NULL };
static const char *const w_when[] = { "saat", "ketika", "sewaktu", "waktu", "sebelum",
	"usai", "seusai", "setelah", "sesudah", "sambil", "dalam", "selain", NULL };
static const char *const w_reader[] = { "dibacakan", "membacakan", "tertulis", NULL };
static const char *const w_askip[] = { "langsung", "oleh", "secara", "resmi", "dan",
	"dipimpin", "dibuka", "sekaligus", "juga", "pula", "bersama", "ditutup",
	"oleh", NULL };
static const char *const w_session[] = { "paparan", "pemaparan", "sesi", "diskusi",
	"dialog", "tanya", "jawab", "materi", "pemateri", "panel", "doa", NULL };
/* Verbs of saying next to a bare name: "X menegaskan", "kata X". */
static const char *const w_say[] = { "menegaskan", "mengatakan", "menyampaikan",
	"menjelaskan", "mengungkapkan", "meminta", "menekankan", "mengimbau",
	"menuturkan", "kata", "ujar", "ucap", "tegas", "jelas", "ungkap", "tutur",
	"pinta", NULL };

/* organizer, place, mode, participants, title, date */
static const char *const w_body[] = { "pemerintah", "pemkab", "pemkot", "pemprov",
	"pemda", "pemdes", "kecamatan", "sekretariat", "setda", "setdakab", "setdaprov",
	"setdakot", "dinas", "badan", "bappeda", "bpbd", "kementerian", "kemendagri",
	"polres", "polda", "kodim", "satgas", "tim", "dprd", "bagian", "forkopimda",
	"diskominfo", "dpmd", "inspektorat", "kpu", "bawaslu", "bnpb", "kelurahan",
	"desa", "pemerintahan", "kantor", "gugus", "polresta", "kejari", "kejati",
	"bagian", "biro", "kemenko", "kemenkopolhukam", "bappenas", "kemenkes",
	"forkopimcam", "forkompincam", "fkpd", "tpps", "tpid", "bapperida",
	"kesbangpol", "dinkes", "dishub", "disdik", "bpbd", "satpol", NULL };
static const char *const w_national[] = { "kementerian", "kemendagri", "kemenko",
	"kemenkopolhukam", "bappenas", "kemenkes", "bnpb", "kemenpan", "kemenkeu",
	"mendagri", "menteri", "presiden", "wapres", "nasional", "rakornas", NULL };
static const char *const w_hold[] = { "menggelar", "gelar", "mengadakan", "adakan",
	"melaksanakan", "laksanakan", "menyelenggarakan", "selenggarakan", "menghelat",
	NULL };
static const char *const w_hold_p[] = { "digelar", "diadakan", "dilaksanakan",
	"diselenggarakan", "dihelat", "diinisiasi", "difasilitasi", NULL };
static const char *const w_virt[] = { "virtual", "virtually", "daring", "vicon", "vidcon",
	"zoom", "teleconference", "telekonferensi", "videoconference", "vcon",
	"gmeet", "webex", "teleconverence", NULL };
static const char *const w_virtneg[] = { "pembelajaran", "belajar", "sekolah",
	"pelayanan", "layanan", "pendaftaran", "aplikasi", "penjualan", "berjualan",
	"pinjaman", "judi", "transaksi", "toko", "media", "berita", "portal",
	"berbasis", "dibeli", "membeli", "pembelian", "dipesan", "memesan",
	"pemesanan", "tiket", NULL };
static const char *const w_phys[] = { "luring", "offline", NULL };
static const char *const w_attend[] = { "mengikuti", "diikuti", "hadir", "dihadiri",
	"dilaksanakan", "digelar", "berlangsung", "diselenggarakan", "bergabung",
	"terhubung", "rakor", "rapat", "menghadiri", "dipimpin", "memimpin",
	"menggelar", "mengikutinya", "diikutinya", "peserta", "pertemuan", "arahan",
	"sambutan", NULL };
static const char *const w_part[] = { "diikuti", "dihadiri", "melibatkan", "mengundang",
	"menghadirkan", NULL };
static const char *const w_split[] = { ",", ";", "dan", "serta", "juga", "didampingi",
	"bersama", "maupun", "beserta", NULL };
static const char *const w_drop[] = { "seluruh", "para", "sejumlah", "jajaran", "oleh",
	"segenap", "semua", "dari", "yakni", "yaitu", "antara", "lain", "tersebut", ":",
	"-", "juga", "turut", "hadir", "pula", "perwakilan", "utusan", "unsur",
	"narasumber", NULL };
static const char *const w_tstop[] = { "senin", "selasa", "rabu", "kamis", "jumat",
	"jum'at", "sabtu", "minggu", "ahad", "di", "yang", "digelar", "gelar",
	"menggelar", "bahas", "membahas", "pimpin", "memimpin", "dipimpin", "ikuti",
	"mengikuti", "diikuti", "buka", "membuka", "dibuka", "hadiri", "menghadiri",
	"dihadiri", "berlangsung", "secara", "jelang", "menjelang", "sepakati",
	"minta", "meminta", "tekankan", "siapkan", "pada", "dengan", "guna", "dalam",
	"oleh", "bersama", "serta", "sekaligus", "bertempat", "kali", "ini", "itu",
	"tersebut", "kemarin", "lalu", "hari", "targetkan", "dorong", "perkuat",
	"kembali", "rutin", "perdana", "virtual", "daring", "hybrid", NULL };
static const char *const w_dneg[] = { "sejak", "lambat", "hingga", "sampai",
	"mendatang", "sebelumnya", "batas", "berakhir", "berlaku", "periode",
	"ditetapkan", "ditetapkannya", "terhitung", "akan", "semula", "sedianya", NULL };

/*
 * Beside an announced meeting, the sentence tells of an earlier one: "Rakor
 * evaluasi serupa ... terakhir digelar pada April lalu".
 */
static const char *const w_earlier[] = { "serupa", "terakhir", "sebelumnya",
	"lalu", NULL };

/* Hosts that are not government (nongov_host), and those that are. */
static const char *const w_nongov[] = { "partai", "dpw", "dpc", "bem", "mahasiswa",
	"pt", "persero", "tbk", "pln", "perusahaan", "gereja", "jemaat", "gmim",
	"natal", "paroki", "takmir", "yayasan", "koperasi", "ormas", "himpunan",
	"ikatan", "alumni", "komunitas", "masjid", "musala", "mushola", "musholla",
	"surau", "pesantren", "ponpes", "vihara", "klenteng", "kurban",
	"universitas", "kampus", "rektor", "politeknik", "kerajaan", "malaysia",
	NULL };
static const char *const w_govhost[] = { "pemkab", "pemkot", "pemprov", "pemda",
	"pemerintah", "bupati", "wabup", "walikota", "wali", "wawali", "gubernur",
	"wagub", "camat", "sekda", "lurah", "kades", "dinas", "bpbd", "bappeda",
	"polres", "polda", "polsek", "kodim", "korem", "forkopimda", "forkopimcam",
	"satgas", "kapolres", "dandim", "kementerian", "menteri", "pj", "plt",
	"asisten", "setda", "kecamatan", NULL };
/* A trial's headline (not_a_report_headline). */
static const char *const w_court[] = { "terdakwa", "dituntut", "didakwa", "divonis",
	"dakwaan", "vonis", NULL };
/* A feature recalling years past (recalled). */
static const char *const w_recall[] = { "kenang", "mengenang", "kenangnya",
	"dikenang", "ingatan", NULL };

static const char *const *const setv[NSETS] = {
	w_future, w_pastmark, w_happen, w_generic, w_assoc, w_neg, w_done,
	w_roles_gub, w_roles_bup, w_dprd, w_coord, w_vhead, w_vlow, w_vpre,
	w_vstop, w_meetish, w_fill, w_reader, w_askip, w_body, w_national,
	w_hold, w_hold_p, w_virt, w_virtneg, w_phys, w_attend, w_part, w_split,
	w_drop, w_tstop, w_dneg, w_chairv, w_futmark, w_negobj, w_tz, w_tatap,
	w_modecue, w_ment, w_say, w_when, w_session, w_follow, w_ahead, w_result,
	w_forum, w_earlier, w_calloff, w_nongov, w_govhost, w_court, w_recall
};

static struct rk_hash setwords;
static uint64_t *setmask;
static size_t nsetmask;

/* Word -> the sets it is in, so that a token's sets are one look-up. */
void
sets_init(void)
{
	size_t k, j;
	long e;

	rk_hash_init(&setwords);
	for (k = 0; k < NSETS; k++)
		for (j = 0; setv[k][j] != NULL; j++) {
			const char *w = setv[k][j];

			e = rk_hash_find(&setwords, w, strlen(w), 1);
			if (e < 0) {
				setmask = rk_xrealloc(setmask, nsetmask + 1, sizeof(*setmask));
				setmask[nsetmask] = 0;
				rk_hash_add(&setwords, w, strlen(w), (long)nsetmask, 1);
				e = (long)nsetmask++;
			} else {
				e = rk_hash_val(&setwords, e);
			}
			setmask[e] |= (uint64_t)1 << k;
			lex_word_add(w, (uint64_t)1 << k);
		}
}

void
sets_fini(void)
{
	rk_hash_free(&setwords);
	free(setmask);
}

int
word_in(const char *w, int set)
{
	long e = rk_hash_find(&setwords, w, strlen(w), 1);

	return e >= 0 && (setmask[rk_hash_val(&setwords, e)] >> set & 1) != 0;
}
