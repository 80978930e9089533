/*
 * extract.c: one row per coordination meeting a document reports.
 *
 * The order of work for one document: build sentences (text, tokens, the
 * entity rows after them, metadata rows); find meeting mentions and decide
 * whether the document reports a meeting that happened; split the
 * document into meetings when it reports more than one; then decide each
 * field from the sentences of its meeting, remembering which sentences
 * were used (the evidence column).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rk.h"
#include "extract.h"
#include "tag.h"
#include "extract_int.h"

#define MAXCAP	4	/* captions looked at for a chair */

struct docm D;
struct rk_buf fb[NF];
struct rk_buf scratch;
struct ex_tok *vtok;
size_t nvtokcap;
struct ex_date dates[MAXDATE];

struct rk_re re_time, re_wdback;
/* rk-tag's date recogniser, for a stream without DATE rows */
static struct date_ctx dctx;
static struct tag_list dlist;
static struct rk_buf dtext;	/* its dates' values and texts, NUL-terminated */
struct dspan {
	size_t	 si, s, e, voff, toff;
};
static struct dspan *dspan;
static size_t ndspan, capdspan;
static struct rk_buf colhdr;	/* the stream header build() took columns from */

static void	sets_init(void);
static void	sets_fini(void);
static void	sets_mark(struct ex_sent *);

void
extract_init(void)
{
	lex_init();
	date_init();
	sets_init();
	rk_re_compile(&re_wdback, "(Senin|Selasa|Rabu|Kamis|Jum.?at|Sabtu|Minggu|Ahad)"
	    "\\s*,?\\s*(?:(?:siang|pagi|sore|malam|kemarin|tanggal)\\s*)?\\(?\\s*$",
	    RK_RE_CASELESS);
	rk_re_compile(&re_time, "\\bpukul\\s+(\\d{1,2})[.:](\\d{2})(?:\\s*(WIB|WITA|WIT)\\b)?",
	    RK_RE_CASELESS);
}

void
extract_fini(void)
{
	size_t i;

	for (i = 0; i < D.capsent; i++) {
		free(D.sent[i].tok);
		free(D.sent[i].ent);
		free(D.sent[i].dc);
	}
	free(D.sent);
	free(D.men);
	free(D.ev);
	for (i = 0; i < NF; i++)
		rk_buf_free(&fb[i]);
	rk_buf_free(&scratch);
	free(vtok);
	vtok = NULL;
	nvtokcap = 0;
	rk_re_free(&re_time);
	rk_re_free(&re_wdback);
	tag_list_free(&dlist);
	rk_buf_free(&dtext);
	rk_buf_free(&colhdr);
	free(dspan);
	dspan = NULL;
	ndspan = capdspan = 0;
	sets_fini();
	date_fini();
	lex_fini();
}


/* ---- small helpers -------------------------------------------------------- */

/* An entity's kind is k: most kinds differ in their first letter, no call. */
int
kis(const char *kind, const char *k)
{
	return kind[0] == k[0] && strcmp(kind, k) == 0;
}

int
sent_has(const struct ex_sent *st, int set)
{
	return (st->m >> set & 1) != 0;
}

int
tpre(const struct ex_sent *st, size_t i, const char *prefix)
{
	return i < st->ntok && strncmp(st->tok[i].low, prefix, strlen(prefix)) == 0;
}

void
add_tokens(struct rk_buf *b, const struct ex_sent *st, size_t ts, size_t te)
{
	if (ts < te && te <= st->ntok)
		rk_buf_add(b, st->text + st->tok[ts].s, st->tok[te - 1].e - st->tok[ts].s);
}

/* Tokens ts..te as written, leaving out parentheses: "Sekda (Sekretaris Daerah)". */
void
add_noparen(struct rk_buf *b, const struct ex_sent *st, size_t ts, size_t te)
{
	size_t j, seg = ts;
	int depth = 0;

	for (j = ts; j <= te && j <= st->ntok; j++) {
		int open = j < te && j < st->ntok && tis(st, j, "(");

		if (j == te || j == st->ntok || open) {
			if (depth == 0 && j > seg) {
				if (b->len > 0)
					rk_buf_addc(b, ' ');
				add_tokens(b, st, seg, j);
			}
			if (open)
				depth++;
			continue;
		}
		if (tis(st, j, ")") && depth > 0) {
			depth--;
			seg = j + 1;
		}
	}
}

void
evid(size_t si)
{
	if (si < D.nsent)
		D.ev[si] = 1;
}

/*
 * Token j lies inside one of rk-tag's rows of this kind (any kind when
 * NULL): "Aula Kantor Bupati X" names no bupati, "Senin, 12 Desember" is
 * one date.
 */
int
in_ent(const struct ex_sent *st, size_t j, const char *kind)
{
	size_t k;

	for (k = 0; k < st->nent; k++)
		if ((kind == NULL || kis(st->ent[k].kind, kind)) &&
		    st->ent[k].s <= st->tok[j].s && st->tok[j].e <= st->ent[k].e)
			return 1;
	return 0;
}

/* The first token starting at or after byte b of the sentence (ntok: none). */
size_t
tok_at(const struct ex_sent *st, size_t b)
{
	size_t k;

	for (k = 0; k < st->ntok && st->tok[k].s < b; k++)
		;
	return k;
}

/* ---- building the document ------------------------------------------------ */

static struct ex_sent *
new_sent(void)
{
	struct ex_sent *st;

	if (D.nsent == D.capsent) {
		size_t old = D.capsent;

		D.capsent = D.capsent ? D.capsent * 2 : 64;
		D.sent = rk_xrealloc(D.sent, D.capsent, sizeof(*D.sent));
		memset(D.sent + old, 0, (D.capsent - old) * sizeof(*D.sent));
	}
	st = &D.sent[D.nsent++];
	st->nent = 0;
	st->ntok = 0;
	st->dn = -1;
	return st;
}

/* Entity rows come sorted by start: map code points to bytes incrementally. */
static size_t
cp_to_byte(struct ex_sent *st, size_t cp)
{
	size_t b, c;

	if (st->ascii)
		return cp < st->len ? cp : st->len;
	if (cp < st->ocp) {
		st->ocp = 0;
		st->ob = 0;
	}
	for (b = st->ob, c = st->ocp; c < cp && b < st->len; c++)
		if ((unsigned char)st->text[b] < 0x80)
			b++;
		else
			(void)rk_utf8_next(st->text, st->len, &b);
	st->ocp = c;
	st->ob = b;
	return b;
}

/* An entity at bytes s..e2 of the sentence. */
static void
push_ent(struct ex_sent *st, const char *kind, const char *text, const char *value,
    size_t s, size_t e2)
{
	struct ex_ent *e;

	if (st->nent == st->entcap) {
		st->entcap = st->entcap ? st->entcap * 2 : 8;
		st->ent = rk_xrealloc(st->ent, st->entcap, sizeof(*st->ent));
	}
	e = &st->ent[st->nent++];
	e->kind = kind;
	e->text = text;
	e->value = value;
	e->s = s;
	e->e = e2;
}

/* An entity row: code points cs..ce of the sentence. */
static void
add_ent(struct ex_sent *st, const char *kind, const char *text, const char *value,
    long cs, long ce)
{
	size_t s, e2;

	if (cs < 0 || ce < cs)
		return;
	s = cp_to_byte(st, (size_t)cs);
	e2 = cp_to_byte(st, (size_t)ce);
	if (e2 > s)
		push_ent(st, kind, text, value, s, e2);
}

/*
 * A stream without DATE rows (rk-tag not run, or an older one): rk-tag's
 * own date recogniser finds the dates, and they become DATE entities as
 * if rk-tag had written them.
 */
static void
doc_dates(const struct rk_stream *s, const struct rk_doc *doc)
{
	size_t i, k;
	struct ex_sent *st;
	const struct tag_span *sp;
	struct dspan *d;

	date_doc_begin(&dctx, s, doc);
	rk_buf_reset(&dtext);
	ndspan = 0;
	for (i = 0; i < D.nsent; i++) {
		st = &D.sent[i];
		tag_list_reset(&dlist);
		date_tag(&dctx, st->text, st->len, &dlist);
		for (k = 0; k < dlist.n; k++) {
			sp = &dlist.v[k];
			if (!kis(sp->kind, "DATE") || sp->end > st->len)
				continue;
			if (ndspan == capdspan) {
				capdspan = capdspan ? capdspan * 2 : 16;
				dspan = rk_xrealloc(dspan, capdspan, sizeof(*dspan));
			}
			d = &dspan[ndspan++];
			d->si = i;
			d->s = sp->start;
			d->e = sp->end;
			/* offsets, not pointers: dtext moves as it grows */
			d->voff = dtext.len;
			rk_buf_add(&dtext, dlist.vals.data + sp->voff, sp->vlen);
			rk_buf_addc(&dtext, '\0');
			d->toff = dtext.len;
			rk_buf_add(&dtext, st->text + sp->start, sp->end - sp->start);
			rk_buf_addc(&dtext, '\0');
		}
	}
	for (k = 0; k < ndspan; k++)
		push_ent(&D.sent[dspan[k].si], "DATE", dtext.data + dspan[k].toff,
		    dtext.data + dspan[k].voff, dspan[k].s, dspan[k].e);
}

/* atoi/atol for the stream's own numbers, without strtol's locale work. */
static long
num(const char *p)
{
	long v = 0;
	int neg = *p == '-';

	/* most are one or two digits: a sentence number, an offset */
	if (p[0] >= '0' && p[0] <= '9') {
		if (!(p[1] >= '0' && p[1] <= '9'))
			return p[0] - '0';
		if (!(p[2] >= '0' && p[2] <= '9'))
			return (p[0] - '0') * 10 + (p[1] - '0');
	}
	if (neg)
		p++;
	while (*p >= '0' && *p <= '9' && v < 100000000)
		v = v * 10 + (*p++ - '0');
	return neg ? -v : v;
}

static int
col(const struct rk_stream *s, const char *name)
{
	int c = rk_stream_col(s, name);

	return c;
}

static void
add_year(int y)
{
	size_t i;

	if (y < 1990 || y > 2100)
		return;
	for (i = 0; i < D.nyears; i++)
		if (D.years[i] == y)
			return;
	if (D.nyears < sizeof(D.years) / sizeof(D.years[0]))
		D.years[D.nyears++] = y;
}

/* Up to n digits at *p as a number, -1 if none; *p moves past them. */
static int
digits(const char **p, int n)
{
	int v = 0, k;

	for (k = 0; k < n && **p >= '0' && **p <= '9'; k++)
		v = v * 10 + (*(*p)++ - '0');
	return k > 0 ? v : -1;
}

/*
 * The pubdate value "yyyy-mm-dd..." into D, as sscanf "%4d-%2d-%2d" did
 * (a year alone when the rest does not follow), without its cost.
 */
static void
pubdate(const char *v)
{
	static const int width[3] = { 4, 2, 2 };
	int *field[3] = { &D.pub_y, &D.pub_m, &D.pub_d };
	const char *p = v;
	int k, n;

	D.pub_y = 0;
	for (k = 0; k < 3; k++) {
		if (k > 0 && *p++ != '-')
			return;
		while (*p == ' ' || (*p >= '\t' && *p <= '\r'))
			p++;
		if (*p == '+' || *p == '-' || (n = digits(&p, width[k])) < 0)
			return;
		*field[k] = n;
	}
}

/* 1 if text holds a word every meeting mention starts with (any case). */
static int
has_stem(const char *t, size_t len)
{
	static const char *const stem[] = { "rakor", "rapat", "pertemuan", "rakerda",
		"meeting", NULL };
	size_t i, k, n;

	for (i = 0; i < len; i++) {
		int c = t[i] | 0x20;

		if (c != 'r' && c != 'p' && c != 'm')
			continue;
		for (k = 0; stem[k] != NULL; k++) {
			/* the second letter first (t[i + 1] is there: NUL at worst) */
			if ((t[i + 1] | 0x20) != stem[k][1])
				continue;
			n = strlen(stem[k]);
			if (i + n <= len && strncasecmp(t + i, stem[k], n) == 0)
				return 1;
		}
	}
	return 0;
}

/*
 * Read the document's rows into D.  Returns 0, with the sentences left
 * untokenised, when no sentence holds a meeting word or EVENT: such a
 * document has no meeting, and most pages of a large crawl are like that.
 */
static int
build(const struct rk_stream *s, const struct rk_doc *doc)
{
	int any = 0, tagged = 0;
	static int cp, cs, ck, ct, cv, c0, c1;
	size_t r, i, ncap = 0;
	struct ex_sent *cur = NULL;
	const struct rk_row *cap[MAXCAP];

	/* the columns: looked up again only when the header is another */
	if (colhdr.data == NULL || colhdr.len != s->hdrline.len ||
	    (colhdr.len > 0 && memcmp(colhdr.data, s->hdrline.data, colhdr.len) != 0)) {
		cp = col(s, "para");
		cs = col(s, "sent");
		ck = col(s, "kind");
		ct = col(s, "text");
		cv = col(s, "value");
		c0 = col(s, "start");
		c1 = col(s, "end");
		rk_buf_reset(&colhdr);
		rk_buf_add(&colhdr, s->hdrline.data, s->hdrline.len);
	}
	D.nsent = 0;
	D.ncap = 0;
	D.nmen = 0;
	D.pub_y = D.pub_m = D.pub_d = D.copy_y = 0;
	D.dateline = NULL;
	D.nyears = 0;
	for (r = 0; r < doc->n; r++) {
		const struct rk_row *row = doc->rows[r];
		const char *kind = row->f[ck].s, *text = row->f[ct].s, *val = row->f[cv].s;
		int para = (int)num(row->f[cp].s), sent = (int)num(row->f[cs].s);

		/* entity rows (upper case) are the most common: test them first */
		if (kind[0] >= 'A' && kind[0] <= 'Z') {
			if (cur != NULL && para == cur->para && sent == cur->sent &&
			    c0 >= 0 && c1 >= 0)
				add_ent(cur, kind, text, val, num(row->f[c0].s),
				    num(row->f[c1].s));
			continue;
		}
		if (strcmp(kind, "sent") == 0) {
			cur = new_sent();
			cur->para = para;
			cur->sent = sent;
			cur->text = text;
			cur->len = row->f[ct].len;
			cur->title = strcmp(val, "title") == 0;
			cur->ocp = cur->ob = 0;
			cur->ascii = rk_is_ascii(text, cur->len);
			continue;
		}
		if (strcmp(kind, "pubdate") == 0) {
			pubdate(val);
			continue;
		}
		if (strcmp(kind, "copyright") == 0) {
			D.copy_y = atoi(val);
			continue;
		}
		if (strcmp(kind, "dateline") == 0) {
			D.dateline = *val ? val : text;
			continue;
		}
		if (strcmp(kind, "caption") == 0 && ncap < MAXCAP)
			cap[ncap++] = row;
	}
	if (D.capev < D.nsent + 1) {
		D.capev = D.nsent + 1;
		D.ev = rk_xrealloc(D.ev, D.capev, 1);
	}
	lex_ctx_reset();
	for (i = 0; i < D.nsent; i++) {
		for (r = 0; r < D.sent[i].nent; r++) {
			if (kis(D.sent[i].ent[r].kind, "DATE"))
				tagged = 1;
			if (kis(D.sent[i].ent[r].kind, "EVENT"))
				any = 1;
		}
		if (!any && has_stem(D.sent[i].text, D.sent[i].len))
			any = 1;
	}
	if (!any) {
		D.nsent = 0;
		return 0;
	}
	if (!tagged)
		doc_dates(s, doc);
	/*
	 * The captions go after the sentences, out of D.nsent: only the chair
	 * is looked for there, and only when the text names none.
	 */
	for (r = 0; r < ncap; r++) {
		cur = new_sent();
		cur->para = cur->sent = 0;
		cur->text = cap[r]->f[ct].s;
		cur->len = cap[r]->f[ct].len;
		cur->title = 0;
		cur->ocp = cur->ob = 0;
		cur->ascii = rk_is_ascii(cur->text, cur->len);
	}
	for (i = 0; i < D.nsent; i++) {
		struct ex_sent *st = &D.sent[i];

		st->ntok = lex_tokenize(st->text, st->len, &st->tok, &st->tokcap);
		sets_mark(st);
		st->fut = -1;
	}
	D.nsent -= ncap;
	D.ncap = ncap;
	return 1;
}

/* Codes of unambiguous area mentions, to choose among homonyms later. */
static void
build_context(void)
{
	size_t i, j;
	struct ex_area a;

	int tagged = 0;

	for (i = 0; i < D.nsent; i++) {
		struct ex_sent *st = &D.sent[i];

		for (j = 0; j < st->nent; j++) {
			const char *v = st->ent[j].value, *at;

			if (kis(st->ent[j].kind, "LOC") && v[0] >= '0' && v[0] <= '9') {
				lex_ctx_add(v, 2);
				tagged = 1;
			} else if (kis(st->ent[j].kind, "ROLE") &&
			    (at = strchr(v, '@')) != NULL)
				lex_ctx_add(at + 1, 2);
		}
	}
	for (i = 0; i < D.nsent; i++) {
		struct ex_sent *st = &D.sent[i];

		/* rk-tag found the areas: no need to look for them again */
		for (j = 0; j < st->ntok && !tagged; j++) {
			if (lex_area(st, j, LV_NONE, 1, &a)) {
				const char *c = lex_area_codestr(a.row);
				char buf[16];
				size_t n = strlen(c);

				/* credit the kabupaten/provinsi, not a homonym's village */
				if (n > 5)
					n = 5;
				if (n >= sizeof(buf))
					n = sizeof(buf) - 1;
				memcpy(buf, c, n);
				buf[n] = '\0';
				lex_ctx_add(buf, 1);
				j = a.te - 1;
			}
		}
		for (j = 0; j < st->ntok; j++)
			if ((st->tok[j].fl & TK_DIGIT) && st->tok[j].len == 4)
				add_year(atoi(st->tok[j].low));
	}
	if (D.copy_y > 0)
		add_year(D.copy_y);
}

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
	"silaturahim", "pelantikan", "dilantik", "melantik", "upacara", "peresmian",
	"meresmikan", "diresmikan", "vaksinasi", "bimtek", "sosialisasi", "workshop",
	"lokakarya", "webinar", "seminar", "halalbihalal", "pawai", "apel", NULL };

static const char *const w_done[] = { "digelar", "menggelar", "gelar", "dilaksanakan",
	"melaksanakan", "diadakan", "mengadakan", "berlangsung", "dipimpin", "memimpin",
	"pimpin", "dibuka", "membuka", "mengikuti", "ikuti", "diikuti", "dihadiri",
	"menghadiri", "diselenggarakan", "menyelenggarakan", "dihelat", "bertempat",
	NULL };

/* A "held/led/opened" verb stands on its own: no "akan", "untuk", ... before it. */
static int
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
			/* "akan diumumkan setelah rakor digelar": the clause
			 * after "setelah" is as late as the one it hangs on */
			if (tis(st, k, "setelah") || tis(st, k, "sesudah") ||
			    tis(st, k, "usai") || tis(st, k, "seusai")) {
				size_t b;

				for (b = 0; b < k; b++)
					if (tis(st, b, "akan") || tin(st, b, S_FUTURE))
						futured = 1;
			}
		}
		/* "menyatakan siap hadir dalam rakor yang digelar ...": ready
		 * for one to come */
		for (k = i > 6 ? i - 6 : 0; k < i; k++)
			if (tis(st, k, "siap") && k + 1 < i && (tis(st, k + 1, "hadir") ||
			    tis(st, k + 1, "mengikuti") || tis(st, k + 1, "menghadiri")))
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
	size_t te = i + 1;

	if (!(st->tok[i].m & (uint64_t)1 << S_MENT) && (w[0] != 'r' || w[1] != 'a' ||
	    strncmp(w, "rakor", 5) != 0))
		return 0;

	if (w[0] == 'r') {
		if (strncmp(w, "rakor", 5) != 0 && strcmp(w, "rapat") != 0 &&
		    strcmp(w, "rakerda") != 0)
			return 0;
	} else if (w[0] == 'p') {
		if (strcmp(w, "pertemuan") != 0)
			return 0;
	} else if (w[0] != 'c' || strcmp(w, "coordination") != 0)
		return 0;
	memset(m, 0, sizeof(*m));
	if (strncmp(w, "rakor", 5) == 0 && strlen(w) <= 12) {
		m->strong = 1;
		set_type(m, strlen(w) > 5 && strcmp(w, "rakorny") != 0 ? w : "rakor");
		if (strncmp(w, "rakornya", 8) == 0)
			set_type(m, "rakor");
	} else if ((strcmp(w, "rapat") == 0 || strcmp(w, "pertemuan") == 0) &&
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
	} else if (strcmp(w, "rakerda") == 0 ||
	    (strcmp(w, "rapat") == 0 && tis(st, i + 1, "kerja") &&
	    !tis(st, i + 2, "nasional") && !tis(st, i + 2, "komisi"))) {
		if (strcmp(w, "rapat") == 0)
			te = i + 2 + tis(st, i + 2, "daerah");
		set_type(m, "rakerda");
		m->strong = 2;		/* valid only with a governor and regents */
	} else if (strcmp(w, "coordination") == 0 && tis(st, i + 1, "meeting")) {
		m->strong = 1;
		te = i + 2;
		set_type(m, "rakor");
	} else if (strcmp(w, "rapat") == 0 && tis(st, i + 1, "lintas") &&
	    (tpre(st, i + 2, "sektor") || tis(st, i + 2, "instansi") ||
	    tis(st, i + 2, "opd") || tis(st, i + 2, "skpd") ||
	    tis(st, i + 2, "perangkat") || tis(st, i + 2, "lembaga"))) {
		/* "rapat lintas OPD": of several offices, as "lintas sektor" */
		te = i + 3;
		set_type(m, "rakor");
		m->strong = 0;
	} else if (strcmp(w, "rapat") == 0 && (tis(st, i + 1, "evaluasi") ||
	    tis(st, i + 1, "teknis")) && (sent_has(st, S_PART) ||
	    sent_has(st, S_COORD))) {
		/* "rapat evaluasi ... yang melibatkan BPBD, Dinas Sosial ..." */
		te = i + 2;
		set_type(m, tis(st, i + 1, "evaluasi") ? "rapat evaluasi" :
		    "rapat teknis");
		m->strong = 0;
	} else if (strcmp(w, "rapat") == 0 && tis(st, i + 1, "bersama") &&
	    (sent_has(st, S_COORD) || sent_has(st, S_FORUM))) {
		/* "menggelar rapat bersama membahas koordinasi penanganan" */
		te = i + 2;
		set_type(m, "rapat bersama");
		m->strong = 0;
	} else if (strcmp(w, "pertemuan") == 0 && !tis(st, i + 1, "kerja") &&
	    sent_has(st, S_FORUM)) {
		/* "menggelar pertemuan dengan unsur Forkopimda" */
		te = i + 1;
		set_type(m, "pertemuan");
		m->strong = 0;
	} else if ((strcmp(w, "rapat") == 0 && (tis(st, i + 1, "persiapan") ||
	    tis(st, i + 1, "pembahasan"))) ||
	    (strcmp(w, "pertemuan") == 0 && tis(st, i + 1, "kerja"))) {
		te = i + 2;
		set_type(m, strcmp(w, "rapat") == 0 ? (tis(st, i + 1, "persiapan") ?
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

/* a meeting these words name has not happened yet: "undangan rakor" */
static const char *const w_ahead[] = { "undangan", "jadwal", "rencana", "agenda",
	NULL };

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
 * koordinasi".  A party, a company, students or a church or mosque committee
 * coordinate too, but not as government: no meeting, unless a government
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
	const unsigned char *t = (const unsigned char *)st->text;
	size_t b = st->tok[j].s, k;
	int open = 0, straight = 0, closes_after = 0;

	for (k = 0; k < st->len; k++) {
		int curly = k + 2 < st->len && t[k] == 0xE2 && t[k + 1] == 0x80;

		if (k < b) {
			if (curly && t[k + 2] == 0x9C)
				open = 1;
			else if (curly && t[k + 2] == 0x9D)
				open = 0;
			else if (t[k] == '"')
				straight ^= 1;
		} else if (!open && !straight && curly && t[k + 2] == 0x9D) {
			closes_after = 1;
			break;
		} else if (curly && t[k + 2] == 0x9C)
			break;
	}
	return open || straight || closes_after;
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
 * A headline that is no report of a meeting: "Sidang Korupsi Dana Rakor,
 * Mantan Sekwan Dituntut", a trial's;
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
		if (sent_has(st, S_COURT))
			return 1;
		for (j = 0; j < st->ntok; j++)
			if (tis(st, j, "pengertian") || (tis(st, j, "apa") &&
			    tis(st, j + 1, "itu") && j + 2 < st->ntok &&
			    ment_word(&st->tok[j + 2])))
				return 1;
	}
	return 0;
}

static void
find_mentions(void)
{
	size_t i, j, n;
	struct mention m;
	int coord = 0, agenda = 0;

	if (nongov_host() || not_a_report_headline())
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
		int fut = future_sent(st), have = 0;

		for (j = 0; j < st->ntok; j++) {
			if (!ment_word(&st->tok[j]) || (n = mention_at(st, j, &m)) == 0)
				continue;
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
	"berbasis", NULL };
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
	"surau", "pesantren", "ponpes", "vihara", "klenteng", "kurban", NULL };
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
static void
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

static void
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

/* The tokens have their sets from lex_tokenize: the sentence's is their union. */
static void
sets_mark(struct ex_sent *st)
{
	size_t i;

	st->m = 0;
	for (i = 0; i < st->ntok; i++)
		st->m |= st->tok[i].m;
}

static void
emit(FILE *out, const char *docid)
{
	struct rk_out o;
	size_t i;

	rk_out_begin(&o, out);
	rk_out_str(&o, docid);
	for (i = 1; i < NF; i++)
		rk_out_field(&o, fb[i].data ? fb[i].data : "", fb[i].len);
	rk_out_end(&o);
}

/* A meeting's own date, if its anchor sentence has one. */
static int
anchor_date(size_t si, char *val, size_t size)
{
	struct ex_date d;
	size_t n = dates_of(&D.sent[si], &d, 1);

	if (n == 0 || d.d == 0 || date_penalty(&D.sent[si], d.s))
		return 0;
	date_fix_year(&d, D.years, D.nyears, D.pub_y);
	put_str(val, size, d.value);
	return 1;
}

/*
 * Another meeting the same day: "Sore harinya, Pemkab X kembali menggelar
 * rapat koordinasi ..." (a hold verb with "kembali" just before it, or the
 * sentence opens on a later part of the day).
 */
static int
again_meeting(const struct ex_sent *st)
{
	size_t j;

	if (st->ntok > 2 && (tis(st, 0, "sore") || tis(st, 0, "malam") ||
	    tis(st, 0, "siang")) && tis(st, 1, "harinya"))
		return 1;
	for (j = 1; j < st->ntok; j++)
		if (tin(st, j, S_HOLD) && (tis(st, j - 1, "kembali") ||
		    (j > 1 && tis(st, j - 2, "kembali"))))
			return 1;
	return 0;
}

/*
 * A story about something else that names a meeting once, in passing and
 * late: "Konferensi pers digelar setelah Kapolres menghadiri rapat
 * koordinasi ..." under a headline about a crime.  Mention k is the only
 * sentence with a mention, the headline has none, it is not in the first
 * two sentences of the body, and it has no date or named venue of its own.
 */
static int
passing_mention(size_t k)
{
	size_t i, first = D.nsent;
	struct ex_sent *st;
	struct ex_date d;
	struct venue v;

	for (i = 0; i < D.nmen; i++)
		if (D.men[i].si != D.men[k].si)
			return 0;
	for (i = 0; i < D.nsent; i++)
		if (D.sent[i].para > 0 && !D.sent[i].title) {
			first = i;
			break;
		}
	if (D.sent[D.men[k].si].title || D.men[k].si < first + 2)
		return 0;
	/* a late mention with its own date or named venue is the report */
	st = &D.sent[D.men[k].si];
	return dates_of(st, &d, 1) == 0 && !(venue_in(st, &v, 1) && named_venue(st, &v));
}

/*
 * A feature recalling a meeting of years ago ("Enam Tahun Setelah Gempa":
 * "Malam itu, 29 September 2018, ... rapat koordinasi darurat pertama
 * digelar", "kenang X, yang kala itu menjabat"): the meeting's date two
 * years or more before the page's, and the page remembers.
 */
static int
recalled(size_t k)
{
	char val[32];
	size_t i, j, si = D.men[k].si;
	int got = 0;

	/* the date nearest the mention, in it or up to two sentences before */
	for (i = si + 1; i-- > 0 && i + 2 >= si && !got;)
		got = anchor_date(i, val, sizeof(val));
	if (D.pub_y == 0 || !got || atoi(val) == 0 || atoi(val) > D.pub_y - 2)
		return 0;
	for (i = 0; i < D.nsent; i++) {
		const struct ex_sent *st = &D.sent[i];

		if (sent_has(st, S_RECALL))
			return 1;
		for (j = 0; j + 1 < st->ntok; j++)
			if ((tis(st, j, "kala") || tis(st, j, "ketika")) &&
			    tis(st, j + 1, "itu"))
				return 1;
	}
	return 0;
}

static int
doc_negative(void)
{
	size_t i, j, neg = 0, pos = 0;
	/*
	 * 1 negative first, -1 meeting first: in the body, else in the title
	 * (a headline may quote "Ini Rakor Akbar" above a Musrenbang's lead)
	 */
	int first = 0, tfirst = 0;

	for (i = 0; i < D.nsent; i++) {
		struct ex_sent *st = &D.sent[i];
		int *fp = st->title ? &tfirst : &first;

		for (j = 0; j < st->ntok; j++) {
			int isneg = tin(st, j, S_NEG) || (tis(st, j, "kunjungan") &&
			    tis(st, j + 1, "kerja")) || (tis(st, j, "halal") &&
			    tis(st, j + 1, "bihalal"));
			struct mention m;

			if (tis(st, j, "vaksinasi") && !tis(st, j + 1, "massal") &&
			    !tis(st, j + 1, "serentak") && !tis(st, j + 1, "merdeka") &&
			    !tis(st, j + 1, "keliling") && !(j > 0 &&
			    (tis(st, j - 1, "gebyar") || tis(st, j - 1, "serbuan") ||
			    tis(st, j - 1, "gerakan"))))
				isneg = 0;
			/* "Pjs Bupati X, yang baru dilantik pekan lalu, memimpin":
			 * of a person, not the day's event */
			if (isneg && tis(st, j, "dilantik") && j > 0 &&
			    (tis(st, j - 1, "baru") || tis(st, j - 1, "resmi") ||
			    tis(st, j - 1, "setelah") || tis(st, j - 1, "usai")))
				isneg = 0;
			/* "Upacara ... akan dilaksanakan Kamis": still to come, the
			 * event the meeting prepared, not the day's */
			if (isneg && future_sent(st))
				isneg = 0;
			/* "Usai musrenbang, Camat X memimpin rapat koordinasi": when */
			if (isneg && j > 0 && (tis(st, j - 1, "usai") ||
			    tis(st, j - 1, "seusai") || tis(st, j - 1, "setelah") ||
			    tis(st, j - 1, "sebelum")))
				isneg = 0;
			/* "rakor persiapan Musrenbang": the object, not the event */
			if (isneg) {
				size_t b;

				for (b = j > 6 ? j - 6 : 0; b < j; b++) {
					struct mention mm;

					if (tin(st, b, S_NEGOBJ) || (ment_word(&st->tok[b]) &&
					    mention_at(st, b, &mm) && mm.strong))
						isneg = 0;
				}
			}
			if (isneg) {
				neg++;
				if (*fp == 0)
					*fp = 1;
			} else if (ment_word(&st->tok[j]) && mention_at(st, j, &m) &&
			    (m.strong || (!st->title && sent_has(st, S_HAPPEN)))) {
				/* a held "rapat persiapan" of the event counts as well */
				pos++;
				/* "Rakor awalnya dipimpin langsung Wali Kota X": a
				 * meeting with a chair outweighs asides */
				if (m.strong && !st->title && sent_has(st, S_CHAIRV))
					pos += 2;
				if (*fp == 0)
					*fp = -1;
			}
		}
	}
	if (first == 0)
		first = tfirst;
	return first == 1 && neg >= pos;
}


void
extract_doc(const struct extract_opts *o, const struct rk_stream *s,
    const struct rk_doc *doc, FILE *out)
{
	struct meeting mt[MAXMEET];
	size_t nmt = 0, k, i;
	char d0[32], dk[32];
	int ok = 0, announced;

	if (build(s, doc))
		find_mentions();

	/*
	 * The first mention of a meeting that happened, in the body if any.
	 * When the lead announces a meeting to come, a later mention counts
	 * only with a verb saying it was held: "Rakor ini ... menjadi
	 * evaluasi" still speaks of the announced one.
	 */
	for (i = 0; i < D.nmen && D.sent[D.men[i].si].title; i++)
		;
	announced = i < D.nmen && D.men[i].future;
	for (k = D.nmen, i = 0; i < D.nmen; i++) {
		const struct mention *m = &D.men[i];

		/* "“Di rakor kemarin sudah kita sampaikan,” ujarnya": a speaker's
		 * reference, not the report */
		if (m->future || !m->happened || m->quoted)
			continue;
		if (announced && !D.sent[m->si].title && (!done_verb(&D.sent[m->si]) ||
		    sent_has(&D.sent[m->si], S_EARLIER)))
			continue;
		/* "mengatakan rakor itu digelar menyusul genangan ...": the
		 * announced one, pointed back to */
		if (announced && !D.sent[m->si].title &&
		    (tis(&D.sent[m->si], m->te, "itu") ||
		    tis(&D.sent[m->si], m->te, "tersebut")))
			continue;
		/* "Menurut Andi, rakor digelar menyusul kenaikan harga": with
		 * no past marker and no date, still the announced one */
		if (announced && !D.sent[m->si].title &&
		    !sent_has(&D.sent[m->si], S_PASTMARK)) {
			struct ex_date d;

			if (dates_of(&D.sent[m->si], &d, 1) == 0)
				continue;
		}
		if (m->generic) {
			struct ex_date d;

			if (dates_of(&D.sent[m->si], &d, 1) == 0)
				continue;
		}
		if (k == D.nmen || D.sent[D.men[k].si].title)
			k = i;
		if (!D.sent[m->si].title)
			break;
	}
	/* a headline alone does not make a meeting the body only announces, */
	if (k < D.nmen && D.sent[D.men[k].si].title) {
		int body = 0, bodyfut = 0;

		/* nor one the body only cites: "Menindaklanjuti hasil rakor ..." */
		for (i = 0; i < D.nmen; i++)
			if (!D.sent[D.men[i].si].title && !D.men[i].quoted) {
				body++;
				bodyfut += D.men[i].future || !D.men[i].happened ||
				    D.men[i].generic ||
				    (announced && !done_verb(&D.sent[D.men[i].si]));
			}
		if (body > 0 && bodyfut == body)
			k = D.nmen;
	}
	/* a caption repeated as the lead: a dated mention just after wins */
	if (k < D.nmen && !anchor_date(D.men[k].si, d0, sizeof(d0))) {
		for (i = k + 1; i < D.nmen && D.men[i].si <= D.men[k].si + 3; i++)
			if (!D.men[i].future && D.men[i].happened &&
			    anchor_date(D.men[i].si, d0, sizeof(d0))) {
				k = i;
				break;
			}
	}
	if (k < D.nmen && passing_mention(k))
		k = D.nmen;
	if (k < D.nmen && !doc_negative()) {
		/* a specific meeting: a date, a venue or a chair somewhere near */
		struct chair ch = { 0 };
		struct venue v;
		struct ex_date d;
		size_t lo = D.men[k].si > 5 ? D.men[k].si - 5 : 0;

		for (i = lo; i < D.nsent && i <= D.men[k].si + 5 && !ok; i++)
			if (dates_of(&D.sent[i], &d, 1) > 0 || (venue_in(&D.sent[i], &v, 1) &&
			    named_venue(&D.sent[i], &v)))
				ok = 1;
		/* not "rakor semacam ini biasanya dipimpin sekda" of an explainer */
		for (i = 0; i < D.nsent && !ok; i++) {
			if (sent_has(&D.sent[i], S_GENERIC) && !sent_has(&D.sent[i], S_PASTMARK))
				continue;
			chair_in(&ch, i);
			if (ch.prio)
				ok = 1;
		}
	}
	if (ok && recalled(k))
		ok = 0;
	if (ok) {
		mt[0].from = 0;
		mt[0].anchor = k;
		mt[0].same_day = 0;
		nmt = 1;
		d0[0] = '\0';
		for (i = k + 1; i < D.nmen && nmt < MAXMEET; i++) {
			const struct mention *m = &D.men[i];

			if (m->future || !m->happened || !m->strong)
				continue;
			if (d0[0] == '\0' && again_meeting(&D.sent[m->si]))
				(void)anchor_date(D.men[k].si, d0, sizeof(d0));
			else if (d0[0] == '\0') {
				/* the first meeting's own date: its first dated mention */
				(void)anchor_date(D.men[i - 1].si, d0, sizeof(d0));
				if (d0[0] == '\0')
					(void)anchor_date(m->si, d0, sizeof(d0));
				continue;
			}
			if (!again_meeting(&D.sent[m->si]) &&
			    (!anchor_date(m->si, dk, sizeof(dk)) ||
			    strcmp(dk, d0) == 0 || dk[0] == '-' || d0[0] == '-'))
				continue;
			/* a second meeting: its own date and its own chair or venue */
			{
				struct chair c2 = { 0 };
				struct venue v2;

				chair_in(&c2, m->si);
				if (!c2.prio && !venue_in(&D.sent[m->si], &v2, 1))
					continue;
			}
			mt[nmt - 1].to = m->si;
			mt[nmt].from = m->si;
			mt[nmt].anchor = i;
			mt[nmt].same_day = again_meeting(&D.sent[m->si]);
			nmt++;
			put_str(d0, sizeof(d0), dk);
		}
		mt[nmt - 1].to = D.nsent;
	}
	if (nmt > 0)
		build_context();
	for (k = 0; k < nmt; k++) {
		do_meeting(&mt[k], (int)k + 1, k > 0 ? &mt[k - 1] : NULL);
		emit(out, doc->id);
	}
	if (nmt == 0 && o->all) {
		for (i = 0; i < NF; i++)
			rk_buf_reset(&fb[i]);
		rk_buf_adds(&fb[F_EVENT], "0");
		rk_buf_adds(&fb[F_TYPE], "none");
		emit(out, doc->id);
	}
}
