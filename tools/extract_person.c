/*
 * extract_person.c: rk-extract's recognisers of roles, names and person
 * phrases over a sentence's tokens, and of topic cues.  Split out of
 * extract_lex.c.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "extract.h"
#include "extract_int.h"
#include "extract_lex_int.h"

/* ---- roles, names, persons ----------------------------------------------- */

/*
 * Longest run of word tokens from i (at most max) whose folded text is in
 * h; kmax: h's longest key by first byte.  A run's folded key starts with
 * its first token's low[] (and is at least as long as its tokens' low[]
 * together, cut ones too), so a run longer than kmax, or than the token's
 * own bound (kjab, ktop: the longest key starting with its word), is not
 * looked up.
 */
static long
longest(struct rk_hash *h, const size_t *kmax, unsigned first,
    const struct ex_sent *st, size_t i, size_t max, size_t *te)
{
	size_t n, j, maxn = 0, nk, cum[KEYMAX + 1], b, sum = 0;
	char key[KEYMAX * 24];
	long e;

	if (i >= st->ntok || !(st->tok[i].lx & first))
		return -1;
	b = first == LX_JAB ? st->tok[i].kjab : first == LX_TOP ? st->tok[i].ktop : 0;
	if (b == 0 || b > kmax[(unsigned char)st->tok[i].low[0]])
		b = kmax[(unsigned char)st->tok[i].low[0]];
	for (j = i; j < st->ntok && j < i + max && j < i + KEYMAX; j++) {
		if (!(st->tok[j].fl & TK_WORD))
			break;
		sum += st->tok[j].len;
		if (sum > b)
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
	e = longest(&jab_form, jab_kmax, LX_JAB, st, i, 6, te);
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

/* The gelar.tsv kind of t (degree, rank, religious ...), or NULL. */
static const char *
gel_kind(const struct ex_tok *t)
{
	long e = rk_hash_find(&gel_form, t->low, t->len, 0);

	return e < 0 ? NULL : RK_CELL(&gel, rk_hash_val(&gel_form, e), g_kind);
}

int
lex_honorific(const struct ex_tok *t)
{
	const char *k;

	if (!(t->fl & TK_WORD))
		return 0;
	if (t->len < sizeof(t->low) - 1)
		return (t->lx & LX_HON2) ? 2 : (t->lx & LX_HON1) ? 1 : 0;
	if ((k = gel_kind(t)) == NULL)
		return 0;
	return strcmp(k, "degree") == 0 ? 2 : 1;
}

/* A rank of the police or the army: "Kompol", "AKBP", "Letkol". */
int
lex_rank(const struct ex_tok *t)
{
	const char *k;

	if (lex_honorific(t) != 1)
		return 0;
	return (k = gel_kind(t)) != NULL && strcmp(k, "rank") == 0;
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
const char *const stop_w[] = {
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

/* One of stop_w exactly (not a fold of one: "jumat" of "jum'at"). */
static int
stopcap(const struct ex_tok *t)
{
	return (t->m >> S_STOPX & 1) != 0;
}

static int
name_link(const struct ex_tok *t)
{
	return lex_is(t, "bin") || lex_is(t, "binti") || lex_is(t, "van") ||
	    lex_is(t, "de") || lex_is(t, "al") || lex_is(t, "el") || lex_is(t, "da") ||
	    lex_is(t, "boru") || lex_is(t, "br");
}

/* Written Title Case, letters only, three or more: "Ama", not "AMa" or "S.Sos". */
static int
plain_title(const struct ex_sent *st, const struct ex_tok *t)
{
	size_t k;

	if (t->e - t->s < 3 || !(t->fl & TK_CAP) || (t->fl & TK_UPPER))
		return 0;
	for (k = t->s + 1; k < t->e; k++)
		if (st->text[k] < 'a' || st->text[k] > 'z')
			return 0;
	return 1;
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
		/* "Yosef Ama, S.Sos.": a word written as a name, right after
		 * one, is a name's even when a degree folds to it (AMa) */
		if (h == 2 && real > 0 && last == j && plain_title(st, t))
			h = 0;
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

/*
 * The name written at out->data + from: "HM Wardan" is Haji Muhammad
 * Wardan, so "M Wardan", as "H. M. Wardan" comes out.
 */
void
lex_name_hm(struct rk_buf *out, size_t from)
{
	char *s = out->data + from;

	if (out->len - from > 3 && memcmp(s, "HM ", 3) == 0) {
		memmove(s, s + 1, out->len - from);	/* the NUL too */
		out->len--;
	}
}

void
lex_name_clean(const struct ex_sent *st, size_t ns, size_t ne, struct rk_buf *out)
{
	size_t j, n = 0, from = out->len;

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
	lex_name_hm(out, from);
}

/* Words naming a unit between a role and its area: Kepala Bagian Organisasi. */
const char *const unit_w[] = {
	"kesehatan", "pendidikan", "sosial", "organisasi", "pemerintahan",
	"kesra", "perekonomian", "pembangunan", "umum", "hukum", "keuangan",
	"perhubungan", "pertanian", "perikanan", "lingkungan", "hidup",
	"pekerjaan", "perumahan", "kependudukan", "pencatatan", "sipil",
	"komunikasi", "informatika", "statistik", "persandian", "kominfo",
	"diskominfo", "setda", "setdakab", "setkab", "setdaprov", "setdakot",
	"tata", "pemberdayaan", "masyarakat", "desa", "ketahanan", "pangan",
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
		/* "Kodim (Dandim) 1308/Luwuk Banggai, Letkol Inf X": to the comma */
		if (k2 < st->ntok && (lex_honorific(&st->tok[k2]) != 0 ||
		    lex_is(&st->tok[k2], ",")))
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
		/* "Wakapolresta AKBP X": a rank starts the name */
		if (!unit_word(&st->tok[j]) && !((st->tok[j].fl & TK_UPPER) &&
		    lex_role(st, j, &te) < 0 && units < 3 &&
		    lex_honorific(&st->tok[j]) == 0))
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
		} else if (c == e && c < st->ntok && lex_is(&st->tok[c], ",")) {
			/* "(Menko PMK), Prof. Dr. X" */
			h = c + 1;
		}
	} else if (lex_is(&st->tok[e], ",")) {
		h = e + 1;
	} else {
		return j;
	}
	/* "..., H. Ahmad Syarkawi", "..., Ir. Yohanis Benu": titles before the
	 * name; a degree with no name after it ends one ("..., S.E.") */
	while (h < st->ntok && h < e + 6 && (lex_honorific(&st->tok[h]) != 0 ||
	    lex_is(&st->tok[h], ".")))
		h++;
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
		 * acronym and a tagged name, are the office's; so are "dan
		 * Keistimewaan Aceh Setdakab Aceh Tamiang, Drs. X" after
		 * "Asisten Pemerintahan"
		 */
		if ((n > j || (j < st->ntok && lex_is(&st->tok[j], "dan"))) &&
		    (h = office_end(st, j)) > j) {
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
	/* "Menko PMK", "Kemenko PMK": the ministry, not the cattle disease */
	if (i > 0 && (lex_is(&st->tok[i - 1], "menko") ||
	    lex_is(&st->tok[i - 1], "kemenko")))
		return NULL;
	e = longest(&top_cue, top_kmax, LX_TOP, st, i, 5, te);
	return e < 0 ? NULL : RK_CELL(&top, rk_hash_val(&top_cue, e), t_topic);
}
