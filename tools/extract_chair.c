/*
 * extract_chair.c: who chaired a meeting: the person the text says led,
 * opened or convened it, with the role as written, joined to a name or a
 * role given elsewhere in the document.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "extract.h"
#include "extract_int.h"
/* ---- chair -------------------------------------------------------------------- */

static int
meetish(const struct ex_sent *st, size_t si)
{
	size_t k;

	if (sent_has(st, S_MEETISH))
		return 1;
	for (k = 0; k < D.nmen; k++)
		if (D.men[k].si == si)
			return 1;
	return 0;
}

static int
valid_person(const struct ex_person *p)
{
	return p->role >= 0 || p->ne > p->ns;
}

/* the roles of a and b are the same office: "Sekretaris Daerah Mura", "Sekda" */
static int
same_role(int a, int b)
{
	return a >= 0 && b >= 0 && (a == b || strcmp(lex_role_canon(a), lex_role_canon(b)) == 0);
}

static void
chair_take(struct chair *c, int prio, size_t si, const struct ex_person *p)
{
	if (!valid_person(p))
		return;
	/* "Dalam rakor yang dipimpin Sekda" after the Sekda took over from the opener */
	if (c->runner_set && prio < 4 && same_role(p->role, c->runner_role))
		prio = 4;
	if (c->prio == 0 || prio < c->prio) {
		c->prio = prio;
		c->si = si;
		c->p = *p;
	}
}

/*
 * p ran the meeting after another opened it: a chair of the same role
 * found elsewhere ranks as he does, below the opener.
 */
static void
runner(struct chair *c, const struct ex_person *p)
{
	if (p->role < 0)
		return;
	c->runner_set = 1;
	c->runner_role = p->role;
	if (c->prio > 0 && c->prio < 4 && same_role(c->p.role, p->role))
		c->prio = 4;
}

/* A person phrase starts a run of capitalised words, never inside one. */
static int
run_start(const struct ex_sent *st, size_t s)
{
	return s == 0 || !(st->tok[s - 1].fl & TK_CAP) ||
	    !(st->tok[s - 1].fl & TK_WORD) || lex_honorific(&st->tok[s - 1]) == 1;
}

/*
 * A name without a role, after a long role the lexicon reads only in part:
 * "Asisten Pemerintahan dan Keistimewaan Aceh Setdakab Aceh Tamiang, Drs.
 * Muhammad Yusuf, M.Si. memimpin".  The role as written runs from a role
 * word over capitalised words (and "dan") up to the comma before the name.
 */
static void
role_before(const struct ex_sent *st, struct ex_person *p)
{
	struct ex_area a;
	size_t k, e, r = 0, te;
	int role, rrole = -1;

	if (p->role >= 0 || p->ne <= p->ns || p->ns < 2)
		return;
	e = p->ns;
	while (e > 1 && (lex_honorific(&st->tok[e - 1]) != 0 || tis(st, e - 1, ".")))
		e--;
	if (tis(st, e - 1, ","))
		e--;
	/* "Kepala Desa X, Kecamatan Y, Kukar, Suparman": past the areas */
	for (;;) {
		size_t c = e;

		while (c > 0 && c + 6 > e && !tis(st, c - 1, ","))
			c--;
		if (c == 0 || c + 6 <= e || c >= e || !lex_area(st, c, LV_NONE, 1, &a) ||
		    a.te != e)
			break;
		e = c - 1;
	}
	for (k = e; k > 0 && k + 24 > e; k--) {
		const struct ex_tok *t = &st->tok[k - 1];

		if (!(t->fl & TK_WORD) && !tis(st, k - 1, "(") && !tis(st, k - 1, ")"))
			break;
		if ((t->fl & TK_WORD) && !(t->fl & (TK_CAP | TK_UPPER)) &&
		    !lex_is(t, "dan") && !lex_is(t, "bidang"))
			break;
		if ((role = lex_role(st, k - 1, &te)) >= 0 && te <= e) {
			r = k - 1;
			rrole = role;
		}
	}
	if (rrole < 0 || r + 1 >= e)
		return;
	/*
	 * "Pelaksana tugas (Plt) Kepala Dinas": the bracket repeats a role
	 * whose lowercase word stopped the walk; without one before it,
	 * "(Plt) Kepala Dinas" starts after the bracket
	 */
	if (r > 0 && tis(st, r - 1, "(")) {
		size_t x, close = r;

		while (close < e && !tis(st, close, ")"))
			close++;
		for (x = r > 4 ? r - 4 : 0; x + 1 < r; x++)
			if (lex_role(st, x, &te) >= 0 && te == r - 1)
				break;
		if (x + 1 < r)
			r = x;
		else if (close + 1 < e && (rrole = lex_role(st, close + 1, &te)) >= 0)
			r = close + 1;
		else
			return;
	}
	p->role = rrole;
	p->rs = r;
	p->re = e;
	p->ts = r;
	for (k = r; k < e; k++)
		if (lex_area(st, k, LV_NONE, 1, &a) && a.te <= e) {
			p->area = a.row;
			k = a.te - 1;
		}
}

/*
 * The role written before the name at tokens ns..ne, past its titles and
 * areas ("Plh Sekretaris Daerah Kabupaten X, Kalimantan Timur, Ir. H.
 * NAME"): 1 and *out, or 0.
 */
int
role_of_name(const struct ex_sent *st, size_t ns, size_t ne, struct ex_person *out)
{
	memset(out, 0, sizeof(*out));
	out->role = -1;
	out->area = -1;
	out->ns = out->ts = ns;
	out->ne = out->te = ne;
	role_before(st, out);
	return out->role >= 0;
}

/* rk-tag's PER starts at token s: "... Aceh Tamiang Drs. Muhammad Yusuf". */
static int
per_starts(const struct ex_sent *st, size_t s)
{
	size_t j;

	for (j = 0; j < st->nent; j++)
		if (st->ent[j].s == st->tok[s].s && kis(st->ent[j].kind, "PER"))
			return 1;
	return 0;
}

/*
 * The place at token k is an aside closed by a comma: "Camat Simpang
 * Empat, Kabupaten Asahan, memimpin" (not "..., Sudarsono memimpin" with
 * a name rk-tag took for a village).  Returns the comma's token, or k.
 */
static size_t
loc_aside(const struct ex_sent *st, size_t k)
{
	size_t e = k;

	while (e < st->ntok && in_ent(st, e, "LOC"))
		e++;
	return tis(st, e, ",") ? e : k;
}

/* A person whose phrase (plus filler words) ends right at token v. */
static int
subject_before(const struct ex_sent *st, size_t v, struct ex_person *out)
{
	size_t s, k, lo = v > 28 ? v - 28 : 0;
	struct ex_person p;

	for (s = lo; s < v; s++) {
		/* a name also starts after a degree leading it: "Konsel Ir. Hasbullah" */
		if (!(st->tok[s].fl & TK_WORD) || (!run_start(st, s) && !per_starts(st, s) &&
		    lex_honorific(&st->tok[s - 1]) == 0))
			continue;
		if (!lex_person(st, s, &p))
			continue;
		/* fillers, and degrees after the name: ", S.H., M.H. memimpin" */
		for (k = p.te; k < v; ) {
			size_t dn;

			if (tin(st, k, S_FILL) || tis(st, k, "."))
				k++;
			else if (p.ne > p.ns && (dn = lex_degree(st, k)) > 0)
				k += dn;
			else if (tis(st, k, "(") && k + 2 < v && (tis(st, k + 1, "kanan") ||
			    tis(st, k + 1, "kiri") || tis(st, k + 1, "tengah")) &&
			    tis(st, k + 2, ")"))
				k += 3;	/* a photo's "(kanan)" */
			else if (p.role >= 0 && k > p.te && tis(st, p.te, ",") &&
			    in_ent(st, k, "LOC") && loc_aside(st, k) > k)
				k = loc_aside(st, k);	/* "Camat X, Kabupaten Y, memimpin" */
			else
				break;
		}
		/* "X, yang mewakili Bupati Y, memimpin": X leads */
		if (k == v && valid_person(&p) && s > 1 && tis(st, s - 1, "mewakili")) {
			size_t b = s - 1;

			if (b > 0 && tis(st, b - 1, "yang"))
				b--;
			if (b > 0 && tis(st, b - 1, ","))
				b--;
			if (b > 0 && subject_before(st, b, out))
				return 1;
		}
		if (k == v && valid_person(&p)) {
			/* "Wabup X didampingi Sekda Y memimpin": X leads */
			if (s > 1 && (tis(st, s - 1, "didampingi") ||
			    tis(st, s - 1, "bersama") || tis(st, s - 1, "beserta")) &&
			    subject_before(st, s - 1, out))
				return 1;
			role_before(st, &p);
			*out = p;
			return 1;
		}
	}
	return 0;
}


static int
agent_after(const struct ex_sent *st, size_t k, struct ex_person *out)
{
	while (k < st->ntok && tin(st, k, S_ASKIP))
		k++;
	if (k >= st->ntok || !lex_person(st, k, out))
		return 0;
	return valid_person(out);
}

/*
 * An aside between the chair and "memimpin": "X selaku Ketua Tim ... (TPPS)
 * Kabupaten Y memimpin", "X, yang juga Ketua TPID, memimpin", "X, yang baru
 * dilantik pekan lalu, langsung memimpin", "X, didampingi Kapolsek dan
 * Danramil 1012-01/Tamiang Layang, memimpin".  *k is set to the word that
 * opens the aside; the chair's phrase ends before it.
 */
static int
apposition(const struct ex_sent *st, size_t v, size_t *k)
{
	size_t j;

	for (j = v; j > 0 && j + 30 > v; j--) {
		if (tis(st, j - 1, "selaku") || tis(st, j - 1, "sebagai") ||
		    (tis(st, j - 1, "atas") && tis(st, j, "nama")) ||
		    tis(st, j - 1, "didampingi") || tis(st, j - 1, "bersama") ||
		    tis(st, j - 1, "beserta") || (tis(st, j - 1, "yang") &&
		    (tis(st, j, "juga") || tis(st, j, "baru") || tis(st, j, "sekaligus") ||
		    tis(st, j, "merupakan")))) {
			*k = j - 1;
			return j < v;
		}
		/* the aside stays inside one clause of the sentence */
		if (tis(st, j - 1, ".") && j > 1 && !(st->tok[j - 2].fl & TK_CAP))
			return 0;
		if (tin(st, j - 1, S_CHAIRV) || tin(st, j - 1, S_SAY))
			return 0;
	}
	return 0;
}

/*
 * The speaker of a quote whose attribution ends at token w: "... ," kata
 * Sekda Kota Balikpapan, Drs. H. Muhaimin, M.T., usai memimpin rakor.
 */
static int
said_by(const struct ex_sent *st, size_t w, struct ex_person *out)
{
	size_t j;

	for (j = w; j > 0 && j + 16 > w; j--)
		if (tin(st, j - 1, S_SAY))
			return agent_after(st, j, out);
	return 0;
}

/* "kemudian", "lalu", "selanjutnya" at k ("Lalu" with a capital may be a Sasak name) */
static int
then_word(const struct ex_sent *st, size_t k)
{
	return tis(st, k, "kemudian") || tis(st, k, "selanjutnya") ||
	    (tis(st, k, "lalu") && st->text[st->tok[k].s] == 'l');
}

/* a then-word right before the "dipimpin" at v */
static int
then_led(const struct ex_sent *st, size_t v)
{
	return v > 0 && then_word(st, v - 1);
}

/* a then-word in the clause of the "dipimpin" at v: "selanjutnya jalannya rapat dipimpin" */
static int
then_led_near(const struct ex_sent *st, size_t v)
{
	size_t k;

	for (k = v; k > 0 && k + 4 > v && !tis(st, k - 1, ","); k--)
		if (then_word(st, k - 1))
			return 1;
	return 0;
}

/* "Usai pembukaan ...", "Setelah dibuka Bupati ...", "Usai membuka acara, Bupati ..." before token v */
static int
after_opening(size_t si, size_t v)
{
	const struct ex_sent *st = &D.sent[si];
	size_t k;

	for (k = 0; k < v; k++) {
		if (tis(st, k, "pembukaan") || ((tis(st, k, "usai") || tis(st, k, "setelah") ||
		    tis(st, k, "seusai") || tis(st, k, "selesai")) &&
		    (tis(st, k + 1, "dibuka") || tis(st, k + 1, "membuka"))))
			return 1;
		/* "dibuka oleh X, kemudian dipimpin Y" */
		if (tis(st, k, "dibuka") && then_led_near(st, v))
			return 1;
	}
	/* "Rapat dibuka oleh Bupati X. ... Rapat kemudian dipimpin Y" */
	if (si > 0 && then_led_near(st, v))
		for (k = 0; k < D.sent[si - 1].ntok; k++)
			if (tis(&D.sent[si - 1], k, "dibuka") ||
			    tis(&D.sent[si - 1], k, "membuka"))
				return 1;
	return 0;
}

/* "meninggalkan ruangan", "bertolak ke Jakarta", "pamit": the opener left */
static int
left_word(const struct ex_sent *st, size_t k)
{
	return tis(st, k, "meninggalkan") || tis(st, k, "berpamitan") ||
	    tis(st, k, "pamit") || tis(st, k, "bertolak");
}

/*
 * The opener left before the "dipimpin" at v, in its sentence or the one
 * before: "Usai membuka rakor, Pj Bupati meninggalkan ruangan ...
 * Jalannya rapat kemudian dipimpin Asisten I".  Then the one who ran it
 * is the chair, as one who stands in is.
 */
static int
opener_left(size_t si, size_t v)
{
	const struct ex_sent *st = &D.sent[si];
	size_t k;

	for (k = 0; k < v; k++)
		if (left_word(st, k))
			return 1;
	for (k = 0; si > 0 && k < D.sent[si - 1].ntok; k++)
		if (left_word(&D.sent[si - 1], k))
			return 1;
	return 0;
}

/* "dipimpin" at v leads a session of the meeting: "(sesi|paparan ...) yang dipimpin" */
static int
session_led(const struct ex_sent *st, size_t v)
{
	size_t k;

	/* "sesi kedua rakor dipimpin Wakil Wali Kota X" */
	for (k = v; k > 0 && k + 4 > v; k--)
		if (tin(st, k - 1, S_SESSION) && k + 1 < v && (tis(st, k, "kedua") ||
		    tis(st, k, "ketiga") || tis(st, k, "berikutnya") ||
		    tis(st, k, "lanjutan")))
			return 1;
	if (v < 2 || !tis(st, v - 1, "yang"))
		return 0;
	for (k = v - 1; k > 0 && k + 4 > v; k--)
		if (tin(st, k - 1, S_SESSION))
			return 1;
	/* "rakor dilanjutkan dengan pembahasan per bidang yang dipimpin X" */
	for (k = 0; k < v; k++)
		if (tis(st, k, "dilanjutkan"))
			return 1;
	return 0;
}

/* The word between two verbs of one subject: "membuka sekaligus memimpin". */
static int
both_verbs(const struct ex_sent *st, size_t k)
{
	return tis(st, k, "dan") || tis(st, k, "sekaligus") || tis(st, k, "serta");
}

/*
 * "dipimpin Wakil Bupati X selaku Ketua TPPS, H. NAME, S.E.": the name
 * after the office the chair holds besides.
 */
static void
name_after_office(const struct ex_sent *st, struct ex_person *p)
{
	struct ex_person q;
	size_t k = p->te;

	if (p->ne > p->ns || p->role < 0 || !(tis(st, k, "selaku") ||
	    tis(st, k, "sebagai")) || !lex_person(st, k + 1, &q) || q.role < 0 ||
	    q.ne <= q.ns)
		return;
	p->ns = q.ns;
	p->ne = q.ne;
	p->te = q.te;
}

/*
 * The body named at token b is the meeting's: a mention or "koordinasi"
 * just before its name, which may run over several capitalised words and
 * a bracketed acronym ("rapat koordinasi Forum Koordinasi Pimpinan
 * Kecamatan (Forkopimcam) Entikong").
 */
static int
meeting_of(const struct ex_sent *st, size_t b)
{
	size_t k;

	for (k = b; k > 0 && k + 12 > b; k--) {
		const struct ex_tok *t = &st->tok[k - 1];

		if (ment_word(t) || tis(st, k - 1, "koordinasi"))
			return 1;
		if (!(t->fl & (TK_CAP | TK_UPPER)) && !tis(st, k - 1, "(") &&
		    !tis(st, k - 1, ")") && !in_ent(st, k - 1, "ORG"))
			return 0;
	}
	return 0;
}

/*
 * "pembentukan satgas PMK tingkat kecamatan yang diketuai camat": the
 * "yang" at v - 1 hangs on a body, not on the meeting.
 */
static int
body_led(const struct ex_sent *st, size_t v)
{
	size_t k;

	if (v < 2 || !tis(st, v - 1, "yang"))
		return 0;
	for (k = v - 1; k > 0 && k + 8 > v; k--) {
		if (ment_word(&st->tok[k - 1]))
			return 0;
		/* "di Aula Bappeda Seruyan yang dipimpin": a venue's word */
		if (in_ent(st, k - 1, "VENUE") || (k >= 2 && tin(st, k - 2, S_VHEAD)))
			continue;
		/* "rapat koordinasi penyelenggaraan pemerintahan desa yang dipimpin": a topic */
		if (!(st->tok[k - 1].fl & (TK_CAP | TK_UPPER)) && (tis(st, k - 1, "desa") ||
		    tis(st, k - 1, "kelurahan") || tis(st, k - 1, "kecamatan") ||
		    tis(st, k - 1, "pemerintahan")))
			continue;
		/* "rapat koordinasi TPPS yang dipimpin": the meeting's name */
		if (tin(st, k - 1, S_BODY) || tis(st, k - 1, "satgas") ||
		    tis(st, k - 1, "tim") || tis(st, k - 1, "panitia") ||
		    tis(st, k - 1, "pokja") || (k >= 2 && tis(st, k - 1, "tugas") &&
		    (tis(st, k - 2, "satuan") || tis(st, k - 2, "gugus"))))
			return !meeting_of(st, k - 1);
	}
	return 0;
}

/*
 * "dipimpin Bupati diwakili Asisten X", "dibuka Penjabat Gubernur yang
 * diwakili Sekda X": the one who stood in, X.
 */
static void
represented_by(const struct ex_sent *st, struct ex_person *p)
{
	struct ex_person q;
	size_t k;

	/* "dibuka Bupati HST tersebut diwakili oleh Staf Ahli X" */
	for (k = p->te; k < st->ntok && (tis(st, k, ",") || tis(st, k, "yang") ||
	    tis(st, k, "tersebut") || tin(st, k, S_ASKIP)); k++)
		;
	if (tis(st, k, "diwakili") && agent_after(st, k + 1, &q))
		*p = q;
}

/*
 * "Rapat ... itu dipimpin, setelah sempat tertunda ..., oleh Wakil Bupati
 * X": the agent after an aside between commas.
 */
static int
agent_past_aside(const struct ex_sent *st, size_t v, struct ex_person *p)
{
	size_t k;

	if (!tis(st, v + 1, ","))
		return 0;
	for (k = v + 2; k + 1 < st->ntok; k++)
		if (tis(st, k, "oleh") && tis(st, k - 1, ","))
			return agent_after(st, k + 1, p);
	return 0;
}

/* A di-...-kan verb, whose agent follows it: "dimanfaatkan", "ditugaskan". */
static int
passive_verb(const struct ex_tok *t)
{
	size_t n = strlen(t->low);

	return n > 6 && strncmp(t->low, "di", 2) == 0 &&
	    strcmp(t->low + n - 3, "kan") == 0;
}

/* The verb at v has a pronoun for its subject: "Ia memimpin", "Beliau juga membuka". */
static int
pronoun_before(const struct ex_sent *st, size_t v)
{
	size_t k = v;

	while (k > 0 && tin(st, k - 1, S_FILL))
		k--;
	return k == 1 && (tis(st, 0, "ia") || tis(st, 0, "beliau") || tis(st, 0, "dia"));
}

/*
 * The last person with a name in sentence st: whom "Ia" in the next
 * means; with first, the first one (the subject a "disampaikannya" in the
 * next points back to).
 */
static int
person_in(const struct ex_sent *st, int first, struct ex_person *out)
{
	struct ex_person p;
	size_t s;
	int found = 0;

	for (s = 0; s < st->ntok; s++) {
		if (!(st->tok[s].fl & TK_WORD) || !run_start(st, s) ||
		    !lex_person(st, s, &p) || p.ne <= p.ns)
			continue;
		*out = p;
		found = 1;
		if (first)
			break;
		s = p.te > s ? p.te - 1 : s;
	}
	return found;
}

/*
 * "Rakor ini merupakan tindak lanjut dari rapat koordinasi yang dipimpin
 * Gubernur": "dipimpin" at v tells of the earlier meeting followed up.
 */
static int
followed_up(const struct ex_sent *st, size_t v)
{
	size_t k;

	for (k = v; k > 0 && k + 10 > v; k--)
		if ((tis(st, k - 1, "lanjut") && k > 1 && tis(st, k - 2, "tindak")) ||
		    tis(st, k - 1, "menindaklanjuti") || tis(st, k - 1, "lanjutan"))
			return 1;
	/* "rakor sebelumnya pada Senin (3/10) lalu yang dipimpin Sekda" */
	for (k = v; k > 1 && k + 16 > v && !tis(st, k - 1, ","); k--)
		if (tis(st, k - 1, "sebelumnya") && ment_word(&st->tok[k - 2]))
			return 1;
	return 0;
}

void
chair_in(struct chair *c, size_t si)
{
	struct ex_sent *st = &D.sent[si];
	struct ex_person p;
	size_t v, k;
	int pen = (sent_has(st, S_READER) ? 3 : 0) + (st->title ? 10 : 0),
	    mt = meetish(st, si);
	const uint64_t pimp = (uint64_t)1 << S_PIMP, chv = (uint64_t)1 << S_CHAIRV;

	if (before_meeting(st))
		return;
	/* "Di bawah pimpinan Plt Sekda X, rakor membahas ...": X */
	for (v = mt && st->ntok > 0 ? tok_next(st, 1, pimp) : st->ntok;
	    v + 1 < st->ntok; v = tok_next(st, v + 1, pimp))
		if (tis(st, v, "pimpinan") && tis(st, v - 1, "bawah") &&
		    agent_after(st, v + 1, &p)) {
			chair_take(c, 1 + pen, si, &p);
			break;
		}
	if (!sent_has(st, S_CHAIRV))
		return;
	for (v = tok_next(st, 0, chv); v < st->ntok; v = tok_next(st, v + 1, chv)) {
		const char *w = st->tok[v].low;
		const struct ex_tok *tk = &st->tok[v];

		if (tok_is(tk, "dipimpinnya") || tok_is(tk, "dibukanya")) {
			/* "Bupati X mengatakan, dalam rakor yang dipimpinnya ..." */
			for (k = 0; k < v; k++)
				if ((st->tok[k].fl & TK_WORD) && run_start(st, k) &&
				    lex_person(st, k, &p) && valid_person(&p)) {
					chair_take(c, (w[2] == 'p' ? 1 : 3) + pen, si, &p);
					break;
				}
		} else if (tok_is(tk, "bertindak") || tok_is(tk, "selaku")) {
			/* "X bertindak sebagai pimpinan rapat", "X selaku pimpinan rapat" */
			size_t r = v + 1 + (tok_is(tk, "bertindak"));

			if ((r == v + 1 || tis(st, v + 1, "sebagai") ||
			    tis(st, v + 1, "selaku")) && (tis(st, r, "pimpinan") ||
			    tis(st, r, "pemimpin") || tis(st, r, "ketua")) &&
			    (tis(st, r + 1, "rapat") || tpre(st, r + 1, "rakor")) &&
			    (subject_before(st, v, &p) ||
			    /* "Bertindak selaku pimpinan rapat, Asisten II X" */
			    (v == 0 && tis(st, r + 2, ",") && agent_after(st, r + 3, &p))))
				chair_take(c, 4 + pen, si, &p);	/* below one who opened it */
		} else if (tok_is(tk, "dipimpin") || tok_is(tk, "diketuai") ||
		    tok_is(tk, "dinakhodai") || tok_is(tk, "dinahkodai") ||
		    tok_is(tk, "dikomandoi")) {
			/* "paparan teknis yang dipimpin Kapolres": a part, not the meeting */
			if (session_led(st, v) || followed_up(st, v) || body_led(st, v))
				continue;
			/*
			 * "yang sedianya dipimpin Bupati ... akhirnya dipimpin X":
			 * who was to lead, unless one stood in ("semestinya
			 * dipimpin Bupati diwakili Asisten X")
			 */
			if (v > 0 && (tis(st, v - 1, "sedianya") ||
			    tis(st, v - 1, "semestinya") || tis(st, v - 1, "seharusnya") ||
			    tis(st, v - 1, "rencananya") || tis(st, v - 1, "dijadwalkan") ||
			    tis(st, v - 1, "direncanakan"))) {
				if (mt && agent_after(st, v + 1, &p)) {
					size_t te0 = p.ts;

					represented_by(st, &p);
					/* "sedianya dipimpin Kapolresta X, namun karena
					 * ..., Kapolresta diwakili oleh Wakapolresta Y" */
					for (k = p.te; p.ts == te0 && k + 1 < st->ntok; k++)
						if (tis(st, k, "diwakili") && agent_after(st,
						    k + 1 + tis(st, k + 1, "oleh"), &p))
							break;
					if (p.ts != te0)
						chair_take(c, 1 + pen, si, &p);
				}
				continue;
			}
			/*
			 * "Setelah sambutan pembukaan, jalannya rapat dipimpin
			 * Asisten X": the one who opened it stays the chair,
			 * unless the opener then left
			 */
			if (mt && (agent_after(st, v + 1, &p) ||
			    agent_past_aside(st, v, &p))) {
				represented_by(st, &p);
				name_after_office(st, &p);
				if (after_opening(si, v) && !opener_left(si, v)) {
					runner(c, &p);
					chair_take(c, 4 + pen, si, &p);
				} else
					chair_take(c, 1 + pen, si, &p);
			}
		} else if (tok_is(tk, "dibuka")) {
			if (mt && agent_after(st, v + 1, &p)) {
				represented_by(st, &p);
				chair_take(c, 3 + pen, si, &p);
			}
		} else if (tok_is(tk, "memimpin") || tok_is(tk, "pimpin") ||
		    tok_is(tk, "chaired") ||
		    tok_is(tk, "membuka") || tok_is(tk, "buka") ||
		    tok_is(tk, "menggelar")) {
			int prio;
			size_t sv = v;

			/* "X, yang membuka dan memimpin jalannya rakor": at memimpin */
			if (v + 2 < st->ntok && both_verbs(st, v + 1) &&
			    tis(st, v + 2, "memimpin"))
				continue;
			if (v >= 2 && both_verbs(st, v - 1) && (tis(st, v - 2, "membuka") ||
			    tis(st, v - 2, "menggelar")))
				sv = v - 2;
			/* "Yosep kemudian membuka sekaligus memimpin rakor" */
			if (sv > 1 && sv != v && tis(st, sv - 1, "kemudian"))
				sv--;
			if (tok_is(tk, "membuka") || tok_is(tk, "buka")) {
				prio = 4;
				for (k = v + 1; k < st->ntok && k < v + 4; k++)
					if (tin(st, k, S_MEETISH) || tpre(st, k, "rakor") ||
					    tis(st, k, "secara"))
						break;
				if (k >= st->ntok || k >= v + 4)
					continue;
			} else if (tok_is(tk, "menggelar")) {
				prio = 5;
				if (!mt)
					continue;
			} else {
				prio = 2;
				if (!mt)
					continue;
				/*
				 * "X, yang kemudian memimpin jalannya rapat": X
				 * stood in, or ran it after another opened it
				 * (then below the opener, as with "dipimpin")
				 */
				if (sv == v && v > 1 && then_led(st, v)) {
					sv = v - 1;
					if (after_opening(si, v))
						prio = 4;
				}
			}
			if ((apposition(st, sv, &k) && subject_before(st, k, &p)) ||
			    subject_before(st, sv, &p)) {
				/* menggelar: a person held it; a body is the organizer */
				if (prio == 4 && sv + 1 == v)
					runner(c, &p);
				chair_take(c, prio + pen, si, &p);
				continue;
			}
			/* "... dimanfaatkan Bupati X untuk menggelar rakor": X */
			if (v >= 2 && tis(st, v - 1, "untuk") &&
			    subject_before(st, v - 1, &p) && p.ts > 0 &&
			    passive_verb(&st->tok[p.ts - 1])) {
				chair_take(c, prio + pen, si, &p);
				continue;
			}
			/* "Bupati X, ..., turun tangan. Ia memimpin rakor": X */
			if (pronoun_before(st, sv) && si > 0 &&
			    person_in(&D.sent[si - 1], 0, &p)) {
				/* p's tokens are that sentence's */
				chair_take(c, prio + pen, si - 1, &p);
				continue;
			}
			/*
			 * "Pjs Gubernur X menegaskan .... Penegasan itu
			 * disampaikannya saat memimpin rakor": X
			 */
			if (v >= 2 && tin(st, v - 1, S_WHEN) && si > 0 &&
			    strncmp(st->tok[v - 2].low, "di", 2) == 0 &&
			    strlen(st->tok[v - 2].low) > 7 &&
			    strcmp(st->tok[v - 2].low + strlen(st->tok[v - 2].low) - 3,
			    "nya") == 0 && person_in(&D.sent[si - 1], 1, &p)) {
				chair_take(c, prio + pen, si - 1, &p);
				continue;
			}
			/* "..., kata Sekda X, usai memimpin rakor": the speaker */
			if (v >= 2 && tin(st, v - 1, S_WHEN) && said_by(st, v - 1, &p)) {
				chair_take(c, prio + pen, si, &p);
				continue;
			}
			/* "Saat membuka rakor, Bupati X menegaskan ...",
			 * "Memimpin rakor, Pj Bupati X menegaskan ..." (not
			 * "Pemkot X menggelar rakor bersama camat, lurah ...") */
			if ((v >= 1 && v <= 3 && tin(st, 0, S_WHEN)) ||
			    (v == 0 && !tok_is(tk, "menggelar"))) {
				int with = 0;

				for (k = v + 1; k < st->ntok && !tis(st, k, ","); k++)
					with |= tis(st, k, "bersama") || tis(st, k, "dengan");
				/* not "Memimpin rakor bersama camat, lurah ...": a list */
				if (k < st->ntok && !(v == 0 && with) &&
				    agent_after(st, k + 1, &p))
					chair_take(c, prio + 1 + pen, si, &p);
			}
		}
	}
}

/* rk-tag tagged a PER over tokens ns..ne of the sentence. */
static int
name_tagged(const struct ex_sent *st, size_t ns, size_t ne)
{
	size_t j;

	for (j = 0; j < st->nent; j++)
		if (kis(st->ent[j].kind, "PER") && st->ent[j].s < st->tok[ne - 1].e &&
		    st->tok[ns].s < st->ent[j].e)
			return 1;
	return 0;
}

/* A role's canonical name without its acting prefix: "pjs bupati" -> "bupati". */
static const char *
role_base(int role)
{
	static const char *const acting[] = { "pj ", "pjs ", "plt ", "plh ", NULL };
	const char *c = lex_role_canon(role);
	size_t k, n;

	for (k = 0; acting[k] != NULL; k++) {
		n = strlen(acting[k]);
		if (strncmp(c, acting[k], n) == 0)
			return c + n;
	}
	return c;
}

/*
 * Find the name of a chair known only by role, or the role of a name.  A
 * name rk-tag tagged PER beats an untagged one, the same area beats
 * another; a headline's Title Case words are names only when tagged.
 */
int
join_person(struct ex_person *p, size_t *psi)
{
	size_t i, j, s, te, bsi = 0;
	struct ex_person q, best;
	int role, rank, brank = 9;

	/* the captions too: "RAKORCAM : ISTIMEWA - Camat X, NAME saat memimpin" */
	for (i = 0; i < D.nsent + D.ncap && brank > 0; i++) {
		struct ex_sent *st = &D.sent[i];

		if (i == D.nsent)
			caps_tokenize();

		for (j = 0; j < st->ntok; j++) {
			role = lex_role(st, j, &te);
			if (role < 0 || in_ent(st, j, "VENUE"))
				continue;
			/* "Sekretaris Camat X, NAME" is not the camat */
			if (j > 0 && (tis(st, j - 1, "sekretaris") || tis(st, j - 1, "wakil") ||
			    tis(st, j - 1, "staf") || tis(st, j - 1, "ajudan") ||
			    tis(st, j - 1, "asisten")))
				continue;
			/* an acting one is the same: "Pjs Bupati X" is a bupati's name */
			if (!lex_person(st, j, &q) || (p->role >= 0 &&
			    strcmp(role_base(q.role), role_base(p->role)) != 0))
				continue;
			if (p->area >= 0 && q.area >= 0 && p->area != q.area)
				continue;
			/* "Camat yang bernama lengkap Ramlan Yusuf, S.IP. itu" */
			if (q.ne <= q.ns && tis(st, te, "yang") &&
			    tis(st, te + 1, "bernama")) {
				size_t n, ns = te + 2 + tis(st, te + 2, "lengkap");

				if ((n = lex_name(st, ns)) > ns) {
					q.ns = ns;
					q.ne = n;
				}
			}
			if (q.ne <= q.ns) {
				/*
				 * the name may come first: "Yudi H. Sulardi Camat
				 * Seranau", "AKBP X, S.I.K., M.H., Kapolres Kobar"
				 */
				for (s = j > 16 ? j - 16 : 0; s < j; s++) {
					size_t n, e, d;

					if (!run_start(st, s) || (n = lex_name(st, s)) == 0)
						continue;
					for (e = n; e + 1 < j && tis(st, e, ",") &&
					    (d = lex_degree(st, e + 1)) > 0; e += 1 + d)
						while (e + 1 + d < j && tis(st, e + 1 + d, "."))
							d++;
					if (e == j || (e + 1 == j && tis(st, e, ","))) {
						q.ns = s;
						q.ne = n;
						if (p->area >= 0 && q.area < 0)
							q.area = p->area;
						break;
					}
				}
				if (q.ne <= q.ns)
					continue;
			}
			rank = name_tagged(st, q.ns, q.ne) ? (p->area >= 0 &&
			    q.area == p->area ? 0 : 1) : 2;
			if (st->title && rank == 2)
				continue;
			if (rank < brank) {
				brank = rank;
				best = q;
				bsi = i;
			}
		}
	}
	if (brank == 9)
		return 0;
	*p = best;
	*psi = bsi;
	return 1;
}

/*
 * The name of a chair known by role alone who holds a second office: "Rakor
 * dipimpin Sekretaris Daerah Kabupaten Paser selaku Ketua TPPS." and later
 * "Ketua TPPS Paser, Ir. NAME, M.T., ...".  The office is matched word for
 * word (a bare "Ketua" could be anyone's).  Returns the sentence, or -1.
 */
long
join_office(size_t si, const struct ex_person *p, struct ex_person *out)
{
	const struct ex_sent *st = &D.sent[si];
	struct ex_person o;
	size_t k = p->te, n, i, j, w;

	if (p->ne > p->ns || !(tis(st, k, "selaku") || tis(st, k, "sebagai")) ||
	    !lex_person(st, k + 1, &o) || o.role < 0 || o.ne > o.ns ||
	    (n = o.te - (k + 1)) < 2)
		return -1;
	for (i = 0; i < D.nsent; i++) {
		const struct ex_sent *t = &D.sent[i];

		if (i == si || t->title)
			continue;
		for (j = 0; j + n <= t->ntok; j++) {
			for (w = 0; w < n && t->tok[j + w].len == st->tok[k + 1 + w].len &&
			    memcmp(t->tok[j + w].low, st->tok[k + 1 + w].low,
			    t->tok[j + w].len) == 0; w++)
				;
			if (w == n && lex_person(t, j, out) && out->ne > out->ns)
				return (long)i;
		}
	}
	return -1;
}

/*
 * Two writings of one name: the same, or the short one is the long one's
 * last words ("Daeng Tawang" of "Kamaruddin Daeng Tawang").
 */
int
same_person(const char *full, const char *shortname)
{
	size_t lf = strlen(full), ls = strlen(shortname);

	if (ls == 0)
		return 0;
	if (lf == ls)
		return strcmp(full, shortname) == 0;
	return lf > ls && full[lf - ls - 1] == ' ' &&
	    strcmp(full + lf - ls, shortname) == 0;
}


/* A role (rk-tag's or the lexicon's) right before or after tokens ns..ne. */
static int
name_roled(const struct ex_sent *st, size_t ns, size_t ne)
{
	size_t k, te, j;

	for (k = ns; k > 0 && (lex_honorific(&st->tok[k - 1]) != 0 ||
	    tis(st, k - 1, ".") || tis(st, k - 1, ",")); k--)
		;
	if (k > 0) {
		for (j = 0; j < st->nent; j++)
			if (kis(st->ent[j].kind, "ROLE") &&
			    st->ent[j].e >= st->tok[k - 1].e && st->ent[j].s < st->tok[k - 1].e)
				return 1;
		for (j = k > 12 ? k - 12 : 0; j < k; j++) {
			if (lex_role(st, j, &te) < 0)
				continue;
			/* "Kepala Dinas Sosial P3AP2KB Kudus, Drs. X": the unit's name */
			while (te < k - 1 && (st->tok[te].fl & TK_WORD) &&
			    (st->tok[te].fl & (TK_CAP | TK_UPPER | TK_DIGIT)))
				te++;
			if (te >= k - 1)
				return 1;
		}
	}
	k = ne;
	if (tis(st, k, ",")) {
		k++;
		/* "Ahmad, warga Desa Pundu": described, if not by a role */
		if (k < st->ntok && (st->tok[k].fl & TK_WORD) && !(st->tok[k].fl & TK_CAP) &&
		    !tin(st, k, S_SAY))
			return 1;
	}
	return k < st->ntok && lex_role(st, k, &te) >= 0;
}

/*
 * Person val (a PER value) stands beside a role somewhere in the text:
 * "Asisten I Setda Minut, Drs. Frangky ..." and later "Frangky memaparkan"
 * is the assistant, not the name of the Pj Bupati who opened the meeting.
 */
static int
roled_anywhere(const char *val)
{
	size_t i, j, ns, ne;

	for (i = 0; i < D.nsent; i++) {
		const struct ex_sent *st = &D.sent[i];

		for (j = 0; j < st->nent; j++) {
			const struct ex_ent *e = &st->ent[j];

			if (!kis(e->kind, "PER") || strcmp(e->value, val) != 0)
				continue;
			for (ns = 0; ns < st->ntok && st->tok[ns].s < e->s; ns++)
				;
			for (ne = ns; ne < st->ntok && st->tok[ne].e <= e->e; ne++)
				;
			if (ne > ns && !st->title && name_roled(st, ns, ne))
				return 1;
		}
	}
	return 0;
}

/*
 * A chair named by a head role alone ("Gubernur Kalimantan Tengah memimpin
 * ..."), and one person in the whole text, tagged PER by rk-tag, with no
 * role of his own, who speaks: "Sugianto Wibowo menegaskan ...".  Returns
 * the sentence, or -1.
 */
long
join_speaker(const struct ex_person *p, struct ex_person *out)
{
	size_t i, j, ns, ne, k;
	long found = -1;
	const char *val = NULL;

	if (p->role < 0 || !lex_role_is_head(p->role))
		return -1;
	for (i = 0; i < D.nsent; i++) {
		struct ex_sent *st = &D.sent[i];

		for (j = 0; j < st->nent; j++) {
			const struct ex_ent *e = &st->ent[j];
			int say;

			if (!kis(e->kind, "PER"))
				continue;
			for (ns = 0; ns < st->ntok && st->tok[ns].s < e->s; ns++)
				;
			for (ne = ns; ne < st->ntok && st->tok[ne].e <= e->e; ne++)
				;
			/*
			 * a headline's Title Case fools rk-tag too often;
			 * "Satgas Pamtas menyampaikan": a body speaks
			 */
			if (st->title || ne <= ns || name_roled(st, ns, ne) ||
			    (ns > 0 && (tin(st, ns - 1, S_BODY) ||
			    in_ent(st, ns - 1, "ORG"))) ||
			    (ne == ns + 1 && lex_role_word(&st->tok[ns])) ||
			    (ns > 0 && lex_rank(&st->tok[ns - 1])) ||
			    roled_anywhere(e->value))
				continue;	/* "kata Asisten": a role, no name;
					 * "Kompol X": an officer, his corps' */
			/* a second person without a role: no telling who leads */
			if (val != NULL && strcmp(val, e->value) != 0)
				return -1;
			val = e->value;
			for (k = ne; k < st->ntok && (tis(st, k, ",") || tis(st, k, ".") ||
			    lex_degree(st, k) > 0); k++)
				;
			say = tin(st, k, S_SAY) || (ns > 0 && tin(st, ns - 1, S_SAY)) ||
			    (ns > 1 && tis(st, ns - 1, ",") && tin(st, ns - 2, S_SAY));
			if (say && found < 0) {
				*out = *p;
				out->ns = ns;
				out->ne = ne;
				found = (long)i;
			}
		}
	}
	return found;
}

