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
static struct rk_buf ctext;	/* the captions' (caps_dates): dtext stays pointed into */
struct dspan {
	size_t	 si, s, e, voff, toff;
};
static struct dspan *dspan;
static size_t ndspan, capdspan;
static struct rk_buf colhdr;	/* the stream header build() took columns from */

void
extract_init(void)
{
	lex_init();
	date_init();
	sets_init();
	wday_words();
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
	rk_buf_free(&ctext);
	rk_buf_free(&colhdr);
	free(dspan);
	dspan = NULL;
	ndspan = capdspan = 0;
	sets_fini();
	date_fini();
	lex_fini();
}


/* ---- small helpers -------------------------------------------------------- */

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

	/* where first: most entities lie elsewhere in the sentence */
	for (k = 0; k < st->nent; k++)
		if (st->ent[k].s <= st->tok[j].s && st->tok[j].e <= st->ent[k].e &&
		    (kind == NULL || kis(st->ent[k].kind, kind)))
			return 1;
	return 0;
}

/* The first token starting at or after byte b of the sentence (ntok: none). */
size_t
tok_at(const struct ex_sent *st, size_t b)
{
	size_t k = 0, hi = st->ntok, mid;

	/* halving: the tokens are in order */
	while (k < hi) {
		mid = k + (hi - k) / 2;
		if (st->tok[mid].s < b)
			k = mid + 1;
		else
			hi = mid;
	}
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

/* An entity at bytes s..e2 of the sentence (one an entity row: inline). */
static inline void
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

/* An entity row: code points cs..ce of the sentence; 1 if it was kept. */
static int
add_ent(struct ex_sent *st, const char *kind, const char *text, const char *value,
    long cs, long ce)
{
	size_t s, e2;

	if (cs < 0 || ce < cs)
		return 0;
	s = cp_to_byte(st, (size_t)cs);
	e2 = cp_to_byte(st, (size_t)ce);
	if (e2 <= s)
		return 0;
	push_ent(st, kind, text, value, s, e2);
	return 1;
}

/*
 * rk-tag's date recogniser over sentences from..to, its dates made DATE
 * entities as if rk-tag had written them; their values and texts go into
 * text, NUL-terminated (entities point into it: it is not touched again
 * for the document).
 */
static void
find_dates(size_t from, size_t to, struct rk_buf *text)
{
	size_t i, k;
	struct ex_sent *st;
	const struct tag_span *sp;
	struct dspan *d;

	rk_buf_reset(text);
	ndspan = 0;
	for (i = from; i < to; i++) {
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
			/* offsets, not pointers: text moves as it grows */
			d->voff = text->len;
			rk_buf_add(text, dlist.vals.data + sp->voff, sp->vlen);
			rk_buf_addc(text, '\0');
			d->toff = text->len;
			rk_buf_add(text, st->text + sp->start, sp->end - sp->start);
			rk_buf_addc(text, '\0');
		}
	}
	for (k = 0; k < ndspan; k++) {
		push_ent(&D.sent[dspan[k].si], "DATE", text->data + dspan[k].toff,
		    text->data + dspan[k].voff, dspan[k].s, dspan[k].e);
		D.sent[dspan[k].si].dn = -1;
	}
}

/*
 * A stream without DATE rows (rk-tag not run, or an older one): rk-tag's
 * own date recogniser finds the dates.
 */
static void
doc_dates(const struct rk_stream *s, const struct rk_doc *doc)
{
	date_doc_begin(&dctx, s, doc);
	find_dates(0, D.nsent, &dtext);
}

/* atoi() of a short string that starts with a digit (a token's low[]) */
static inline int
lead_int(const char *p)
{
	int v = 0;

	while (*p >= '0' && *p <= '9')
		v = v * 10 + (*p++ - '0');
	return v;
}

/* atoi/atol for the stream's own numbers, without strtol's locale work. */
static inline long
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
/*
 * "Oleh : Dr. Yulianus Bata, Dosen Administrasi Publik", "Oleh: Syahrani,
 * Pemerhati Kebijakan Publik": a column's byline, where a report has a
 * reporter's or the press office's.
 */
static int
columnist(const char *v)
{
	static const char *const what[] = { "dr", "prof", "dosen", "pemerhati",
		"pengamat", "peneliti", "akademisi", "mahasiswa", "kolumnis",
		"praktisi", "guru", NULL };
	char w[16];
	size_t n, k;

	while (*v != '\0') {
		for (n = 0; ((*v >= 'a' && *v <= 'z') || (*v >= 'A' && *v <= 'Z')); v++)
			if (n < sizeof(w) - 1)
				w[n++] = (char)(*v | 0x20);
		w[n] = '\0';
		for (k = 0; n > 0 && what[k] != NULL; k++)
			if (w[0] == what[k][0] && strcmp(w, what[k]) == 0)
				return 1;
		if (*v != '\0')
			v++;
	}
	return 0;
}

static int
has_stem(const char *t, size_t len)
{
	static const char *const stem[] = { "rakor", "rapat", "pertemuan", "rakerda",
		"meeting", NULL };
	static const size_t slen[] = { 5, 5, 9, 7, 7 };
	size_t i, k, n, j;

	for (i = 0; i < len; i++) {
		int c = t[i] | 0x20;

		if (c != 'r' && c != 'p' && c != 'm')
			continue;
		for (k = 0; stem[k] != NULL; k++) {
			/* the second letter first (t[i + 1] is there: NUL at worst) */
			if (c != stem[k][0] || (t[i + 1] | 0x20) != stem[k][1])
				continue;
			/* strncasecmp() in the C locale: the stems are letters */
			n = slen[k];
			if (i + n > len)
				continue;
			for (j = 2; j < n && (t[i + j] | 0x20) == stem[k][j]; j++)
				;
			if (j == n)
				return 1;
		}
	}
	return 0;
}

static void
sent_tokenize(struct ex_sent *st)
{
	st->ntok = lex_tokenize(st->text, st->len, &st->tok, &st->tokcap,
	    &st->m);
	st->fut = -1;
	st->other = -1;
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
	D.pub_text = NULL;
	D.columnist = 0;
	D.nyears = 0;
	for (r = 0; r < doc->n; r++) {
		const struct rk_row *row = doc->rows[r];
		const char *kind = row->f[ck].s, *text = row->f[ct].s, *val = row->f[cv].s;
		int para = (int)num(row->f[cp].s), sent = (int)num(row->f[cs].s);

		/* entity rows (upper case) are the most common: test them first */
		if (kind[0] >= 'A' && kind[0] <= 'Z') {
			/* a DATE or EVENT kept: told here, not by a pass over them */
			if (cur != NULL && para == cur->para && sent == cur->sent &&
			    c0 >= 0 && c1 >= 0 && add_ent(cur, kind, text, val,
			    num(row->f[c0].s), num(row->f[c1].s))) {
				if (kind[0] == 'D' && kis(kind, "DATE"))
					tagged = 1;
				else if (kind[0] == 'E' && kis(kind, "EVENT"))
					any = 1;
			}
			continue;
		}
		/* the other kinds by their first letter: no strcmp() chain a row */
		switch (kind[0]) {
		case 's':
			if (!kis(kind, "sent"))
				break;
			cur = new_sent();
			cur->para = para;
			cur->sent = sent;
			cur->text = text;
			cur->len = row->f[ct].len;
			cur->title = kis(val, "title");
			cur->ocp = cur->ob = 0;
			cur->ascii = row->ascii || rk_is_ascii(text, cur->len);
			break;
		case 'p':
			if (kis(kind, "pubdate")) {
				pubdate(val);
				D.pub_text = text;
			}
			break;
		case 'c':
			if (kis(kind, "copyright"))
				D.copy_y = atoi(val);
			else if (kis(kind, "caption") && ncap < MAXCAP)
				cap[ncap++] = row;
			break;
		case 'a':
			if (kis(kind, "author"))
				D.columnist |= columnist(val);
			break;
		case 'd':
			if (kis(kind, "dateline"))
				D.dateline = *val ? val : text;
			break;
		}
	}
	if (D.capev < D.nsent + 1) {
		D.capev = D.nsent + 1;
		D.ev = rk_xrealloc(D.ev, D.capev, 1);
	}
	lex_ctx_reset();
	for (i = 0; i < D.nsent && !any; i++)
		if (has_stem(D.sent[i].text, D.sent[i].len))
			any = 1;
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
		cur->ascii = cap[r]->ascii || rk_is_ascii(cur->text, cur->len);
	}
	D.nsent -= ncap;
	D.ncap = ncap;
	for (i = 0; i < D.nsent; i++)
		sent_tokenize(&D.sent[i]);
	D.captok = 0;
	D.capdate = 0;
	D.stream = s;
	D.doc = doc;
	return 1;
}

/*
 * The captions' tokens, made when first wanted: only a meeting whose text
 * names no chair or venue looks at them, and most pages have one.
 */
void
caps_tokenize(void)
{
	size_t i;

	if (D.captok)
		return;
	for (i = D.nsent; i < D.nsent + D.ncap; i++)
		sent_tokenize(&D.sent[i]);
	D.captok = 1;
}

/*
 * The captions' dates, found when first wanted by rk-tag's own recogniser
 * (rk-tag tags sentences, not captions): only a meeting whose text gives
 * no date of its own looks for one there.
 */
void
caps_dates(void)
{
	if (D.capdate || D.ncap == 0)
		return;
	D.capdate = 1;
	caps_tokenize();
	date_doc_begin(&dctx, D.stream, D.doc);
	find_dates(D.nsent, D.nsent + D.ncap, &ctext);
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
		for (j = 0; j < st->ntok && sent_has(st, S_YEAR4); j++)
			if ((st->tok[j].fl & TK_DIGIT) && st->tok[j].len == 4)
				add_year(lead_int(st->tok[j].low));
	}
	if (D.copy_y > 0)
		add_year(D.copy_y);
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

/* The lead: the first sentence of the body (no headline), or NO_SENT. */
static size_t
lead_sent(void)
{
	size_t i;

	for (i = 0; i < D.nsent; i++)
		if (D.sent[i].para > 0 && !D.sent[i].title)
			return i;
	return NO_SENT;
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
	size_t i, first = lead_sent();
	struct ex_sent *st;
	struct ex_date d;
	struct venue v;

	for (i = 0; i < D.nmen; i++)
		if (D.men[i].si != D.men[k].si)
			return 0;
	if (first == NO_SENT)
		first = D.nsent;
	if (D.sent[D.men[k].si].title || D.men[k].si < first + 2)
		return 0;
	/* a late mention with its own date or named venue is the report */
	st = &D.sent[D.men[k].si];
	return dates_of(st, &d, 1) == 0 && !(venue_in(st, &v, 1) && named_venue(st, &v));
}

/*
 * A page about another event that cites an earlier meeting: "Bupati X
 * melantik enam camat ... Ia meminta camat mempelajari hasil rapat
 * koordinasi ... yang digelar pada pertengahan Desember 2019".  The lead
 * names no meeting but another kind of event (S_NEG: a swearing-in, a
 * ceremony, a visit) or mention k is cited for its outcome, and k's own
 * sentence dates it a month or more before the page's month, or two weeks
 * or more before the page's day.
 */
static int
cited_earlier(size_t k)
{
	struct ex_date d;
	size_t i, lead = lead_sent(), si = D.men[k].si;

	if (lead == NO_SENT || si <= lead || D.sent[si].title || D.pub_y == 0)
		return 0;
	for (i = 0; i < D.nmen; i++)
		if (D.men[i].si == lead)
			return 0;
	/*
	 * the lead tells of another kind of event, or the mention is cited
	 * for what it decided ("tindak lanjut keputusan rapat koordinasi
	 * ... yang digelar pada Juli 2023 lalu")
	 */
	if (!sent_has(&D.sent[lead], S_NEG) &&
	    !result_of(&D.sent[si], D.men[k].ts))
		return 0;
	if (dates_of(&D.sent[si], &d, 1) == 0 || d.m == 0)
		return 0;
	date_fix_year(&d, D.years, D.nyears, D.pub_y);
	if (d.y == 0)
		return 0;
	if (d.d == 0 || D.pub_d == 0)
		return (D.pub_y * 12 + D.pub_m) - (d.y * 12 + d.m) >= 1;
	return date_days(D.pub_y, D.pub_m, D.pub_d) - date_days(d.y, d.m, d.d) >= 14;
}

/*
 * A feature recalling a meeting of years ago ("Enam Tahun Setelah Gempa":
 * "Malam itu, 29 September 2018, ... rapat koordinasi darurat pertama
 * digelar", "kenang X, yang kala itu menjabat"; "pernah dibahas dalam
 * rakor ... Saat itu disepakati"): the meeting's date two years or more
 * before the page's, and the page remembers.
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
			if ((tis(st, j, "kala") || tis(st, j, "ketika") ||
			    tis(st, j, "saat") || tis(st, j, "waktu")) &&
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
	/* the bits of the tokens that can start either */
	const uint64_t cand = (uint64_t)1 << S_NEG | (uint64_t)1 << S_NEGW |
	    (uint64_t)1 << S_MENT | (uint64_t)1 << S_RAKOR;

	for (i = 0; i < D.nsent; i++) {
		struct ex_sent *st = &D.sent[i];
		int *fp = st->title ? &tfirst : &first;

		/* only tokens that can start either (none in most sentences) */
		for (j = tok_next(st, 0, cand); j < st->ntok; j = tok_next(st, j + 1, cand)) {
			int isneg;
			struct mention m;

			isneg = tin(st, j, S_NEG) || (tis(st, j, "kunjungan") &&
			    tis(st, j + 1, "kerja")) || (tis(st, j, "halal") &&
			    tis(st, j + 1, "bihalal"));
			if (isneg && tis(st, j, "vaksinasi") &&
			    !tis(st, j + 1, "massal") &&
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
	if (ok && (recalled(k) || cited_earlier(k)))
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
