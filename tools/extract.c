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

#define MAXMEET	4
#define MAXDATE	16

struct mention {
	size_t	 si;		/* sentence */
	size_t	 ts, te;	/* tokens */
	char	 type[16];
	int	 strong;	/* rakor family; weak: rapat persiapan ... */
	int	 future;
	int	 happened;
	int	 generic;
};

struct meeting {
	size_t	 from, to;	/* sentence range */
	size_t	 anchor;	/* index into mentions */
	int	 same_day;	/* "Sore harinya ... kembali menggelar rakor" */
	/* do_meeting()'s date: its value, its text in sentence dsi */
	char	 date[32];
	size_t	 dsi, ds, de;
};

struct docm {
	struct ex_sent	*sent;
	size_t		 nsent, capsent;
	struct mention	*men;
	size_t		 nmen, capmen;
	int		 pub_y, pub_m, pub_d, copy_y;
	const char	*dateline;
	int		 years[16];
	size_t		 nyears;
	int		 has_gub, has_bup;
	/* per meeting */
	unsigned char	*ev;		/* evidence flags per sentence */
	size_t		 capev;
};

static struct docm D;
static struct rk_buf fb[18];	/* output fields */
static struct rk_buf scratch;
static struct ex_tok *vtok;	/* a PER value's tokens */
static size_t nvtokcap;
static struct ex_date dates[MAXDATE];

enum { F_DOC, F_EVENT, F_TYPE, F_TITLE, F_DATE, F_DATE_TEXT, F_TIME, F_PLACE,
	F_PLACE_CODE, F_REGION, F_VENUE, F_MODE, F_CHAIR, F_CHAIR_ROLE,
	F_ORGANIZER, F_PARTICIPANTS, F_TOPICS, F_EVIDENCE, NF };

static struct rk_re re_time, re_wdback;
/* rk-tag's date recogniser, for a stream without DATE rows */
static struct date_ctx dctx;
static struct tag_list dlist;
static struct rk_buf dtext;	/* its dates' values and texts, NUL-terminated */
struct dspan {
	size_t	 si, s, e, voff, toff;
};
static struct dspan *dspan;
static size_t ndspan, capdspan;

static void	sets_init(void);
static void	sets_fini(void);
static void	sets_mark(struct ex_sent *);
static int	word_in(const char *, int);

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
	free(dspan);
	dspan = NULL;
	ndspan = capdspan = 0;
	sets_fini();
	date_fini();
	lex_fini();
}

/* The word sets below, as bits of a token's mask. */
enum {
	S_FUTURE, S_PASTMARK, S_HAPPEN, S_GENERIC, S_ASSOC, S_NEG, S_DONE,
	S_ROLES_GUB, S_ROLES_BUP, S_DPRD, S_COORD, S_VHEAD, S_VLOW, S_VPRE,
	S_VSTOP, S_MEETISH, S_FILL, S_READER, S_ASKIP, S_BODY, S_NATIONAL,
	S_HOLD, S_HOLD_P, S_VIRT, S_VIRTNEG, S_PHYS, S_ATTEND, S_PART, S_SPLIT,
	S_DROP, S_TSTOP, S_DNEG, S_CHAIRV, S_FUTMARK, S_NEGOBJ, S_TZ, S_TATAP, S_MODECUE, S_MENT, S_SAY, S_WHEN, S_SESSION, S_FOLLOW, S_AHEAD, S_RESULT, NSETS
};

/* ---- small helpers -------------------------------------------------------- */

/* An entity's kind is k: most kinds differ in their first letter, no call. */
static int
kis(const char *kind, const char *k)
{
	return kind[0] == k[0] && strcmp(kind, k) == 0;
}

static int
tis(const struct ex_sent *st, size_t i, const char *w)
{
	return i < st->ntok && st->tok[i].low[0] == w[0] && strcmp(st->tok[i].low, w) == 0;
}

static int
tin(const struct ex_sent *st, size_t i, int set)
{
	return i < st->ntok && (st->tok[i].m >> set & 1) != 0;
}

static int
sent_has(const struct ex_sent *st, int set)
{
	return (st->m >> set & 1) != 0;
}

static int
tpre(const struct ex_sent *st, size_t i, const char *prefix)
{
	return i < st->ntok && strncmp(st->tok[i].low, prefix, strlen(prefix)) == 0;
}

static void
add_tokens(struct rk_buf *b, const struct ex_sent *st, size_t ts, size_t te)
{
	if (ts < te && te <= st->ntok)
		rk_buf_add(b, st->text + st->tok[ts].s, st->tok[te - 1].e - st->tok[ts].s);
}

/* Tokens ts..te as written, leaving out parentheses: "Sekda (Sekretaris Daerah)". */
static void
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

static void
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
static int
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
static size_t
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

/* ---- dates: rk-tag's DATE rows (or its recogniser's) as struct ex_date ---- */

static const char *const w_wday[] = { "minggu", "senin", "selasa", "rabu", "kamis",
	"jumat", "sabtu", NULL };
static const char *const w_wdaynot[] = { "lalu", "depan", "kemarin", "besok",
	"mendatang", "ini", "pagi", "siang", "sore", "malam", "tanggal", "(", NULL };

static int
weekday_of(const char *s, size_t len)
{
	static const char *const w[] = { "minggu", "senin", "selasa", "rabu",
		"kamis", "jum", "sabtu" };
	int i;

	if (len >= 4 && strncasecmp(s, "ahad", 4) == 0)
		return 0;
	for (i = 0; i < 7; i++)
		if (len >= strlen(w[i]) && strncasecmp(s, w[i], strlen(w[i])) == 0)
			return i;
	return -1;
}

static void
set_value(struct ex_date *d)
{
	size_t n;

	if (d->y > 0)
		snprintf(d->value, sizeof(d->value), "%04d-%02d-%02d", d->y, d->m, d->d);
	else
		snprintf(d->value, sizeof(d->value), "--%02d-%02d", d->m, d->d);
	if (d->m2 == 0)
		return;
	/* a range ends in the start's year, or the next when it runs past December */
	if (d->y > 0)
		d->y2 = d->m2 < d->m ? d->y + 1 : d->y;
	n = strlen(d->value);
	if (d->y2 > 0)
		snprintf(d->value + n, sizeof(d->value) - n, "/%04d-%02d-%02d", d->y2,
		    d->m2, d->d2);
	else
		snprintf(d->value + n, sizeof(d->value) - n, "/--%02d-%02d", d->m2, d->d2);
}

/* The end of a range value "2024-08-07/2024-08-08" (or "--08-07/--08-08"). */
static void
range_end(const char *v, struct ex_date *d)
{
	const char *sl = strchr(v, '/');
	int y = 0, m = 0, dd = 0;

	d->y2 = d->m2 = d->d2 = 0;
	if (sl == NULL)
		return;
	sl++;
	if (sscanf(sl, "%4d-%2d-%2d", &y, &m, &dd) == 3 && sl[4] == '-')
		;
	else if (sl[0] == '-' && sl[1] == '-' && sscanf(sl + 2, "%2d-%2d", &m, &dd) == 2)
		y = 0;
	else
		return;
	if (m < 1 || m > 12 || dd < 1 || dd > 31)
		return;
	d->y2 = y;
	d->m2 = m;
	d->d2 = dd;
}

/* A weekday written just before a tagged date joins its date_text. */
static void
weekday_before(const struct ex_sent *st, struct ex_date *d)
{
	size_t ov[8], from = d->s > 40 ? d->s - 40 : 0;
	int rc;

	while (from > 0 && (st->text[from] & 0xC0) == 0x80)
		from++;
	rc = rk_re_exec(&re_wdback, st->text, d->s, from, ov, 8);
	if (rc > 0) {
		d->wd = weekday_of(st->text + ov[2], ov[3] - ov[2]);
		d->s = ov[0];
	}
	if (d->s < d->e && memchr(st->text + d->s, '(', d->e - d->s) != NULL &&
	    memchr(st->text + d->s, ')', d->e - d->s) == NULL && d->e < st->len &&
	    st->text[d->e] == ')')
		d->e++;
}

/*
 * A weekday standing alone in a sentence, the news agency way: "Rapat
 * yang berlangsung di Aula X, Senin, dibuka ..." is the last such day on or
 * before the publication date.  Written into *d; 0 when there is none.
 */
static int
bare_weekday(const struct ex_sent *st, struct ex_date *d)
{
	size_t j, k, n;
	int wd, y, m, dd;

	if (D.pub_y == 0 || D.pub_m == 0 || D.pub_d == 0)
		return 0;
	for (j = 0; j < st->ntok; j++) {
		if (!(st->tok[j].fl & TK_CAP))
			continue;
		for (wd = 0; w_wday[wd] != NULL && !tis(st, j, w_wday[wd]); wd++)
			;
		if (w_wday[wd] == NULL || (j + 1 < st->ntok &&
		    (st->tok[j + 1].fl & TK_DIGIT)))
			continue;
		for (k = 0; w_wdaynot[k] != NULL && !tis(st, j + 1, w_wdaynot[k]); k++)
			;
		if (w_wdaynot[k] != NULL)
			continue;
		if (in_ent(st, j, NULL))
			continue;
		n = (size_t)((date_wday(D.pub_y, D.pub_m, D.pub_d) - wd + 7) % 7);
		date_civil(date_days(D.pub_y, D.pub_m, D.pub_d) - (long)n, &y, &m, &dd);
		memset(d, 0, sizeof(*d));
		d->s = st->tok[j].s;
		d->e = st->tok[j].e;
		d->y = y;
		d->m = m;
		d->d = dd;
		d->wd = wd;
		snprintf(d->value, sizeof(d->value), "%04d-%02d-%02d", y, m, dd);
		return 1;
	}
	return 0;
}

/* 1 if a date as written carries its year: four digits, or d/m/yy. */
static int
has_year(const char *t)
{
	int digits = 0, slashes = 0;

	for (; *t != '\0'; t++) {
		if (*t >= '0' && *t <= '9') {
			if (++digits == 4)
				return 1;
		} else {
			digits = 0;
			if (*t == '/' && ++slashes == 2)
				return 1;
		}
	}
	return 0;
}

static const char *const w_monthpart[] = { "pertengahan", "awal", "akhir", "medio",
	"digelar", "dilaksanakan", "berlangsung", "diselenggarakan", NULL };

/*
 * A month as a meeting's date: "rakor yang digelar pertengahan Maret 2024"
 * (a part of the month, or a held verb, with "pada" between or not).
 */
static int
month_held(const struct ex_sent *st, size_t s)
{
	size_t j, k;

	for (j = 0; j < st->ntok && st->tok[j].s < s; j++)
		;
	if (j > 0 && tis(st, j - 1, "pada"))
		j--;
	for (k = 0; j > 0 && w_monthpart[k] != NULL; k++)
		if (tis(st, j - 1, w_monthpart[k]))
			return 1;
	return 0;
}

static size_t
from_tags(const struct ex_sent *st, struct ex_date *out, size_t max)
{
	size_t i, n = 0;

	for (i = 0; i < st->nent && n < max; i++) {
		const struct ex_ent *e = &st->ent[i];
		const char *v = e->value;
		struct ex_date *d = &out[n];
		int y = 0, m = 0, dd = 0;

		if (!kis(e->kind, "DATE"))
			continue;
		memset(d, 0, sizeof(*d));
		d->wd = -1;
		if (sscanf(v, "%4d-%2d-%2d", &y, &m, &dd) == 3 && v[4] == '-') {
			d->y = y;
		} else if (v[0] == '-' && v[1] == '-' && sscanf(v + 2, "%2d-%2d", &m, &dd) == 2) {
			d->y = 0;
		} else if (sscanf(v, "%4d-%2d", &y, &m) == 2 && v[4] == '-' && v[7] == '\0') {
			/* a month alone is a meeting's date only with a weekday: "Senin Desember 2021" */
			d->s = e->s;
			d->e = e->e;
			d->wd = -1;
			weekday_before(st, d);
			if (d->wd < 0 && weekday_of(st->text + e->s, e->e - e->s) < 0 &&
			    !month_held(st, e->s))
				continue;
			if (m < 1 || m > 12)
				continue;
			d->y = y;
			d->m = m;
			d->d = 0;
			snprintf(d->value, sizeof(d->value), "%04d-%02d", y, m);
			n++;
			continue;
		} else {
			continue;	/* a year or something else: not a day */
		}
		if (m < 1 || m > 12 || dd < 1 || dd > 31)
			continue;
		d->m = m;
		d->d = dd;
		range_end(v, d);
		d->s = e->s;
		d->e = e->e;
		weekday_before(st, d);
		if (d->wd < 0)
			d->wd = weekday_of(st->text + e->s, e->e - e->s);
		/*
		 * A "(d/m)" date whose inferred year disagrees with its weekday:
		 * infer the year again (an explicit year is kept as written).
		 */
		if (d->y > 0 && d->wd >= 0 && date_wday(d->y, d->m, d->d) != d->wd &&
		    !has_year(e->text))
			d->y = 0;
		set_value(d);
		n++;
	}
	return n;
}

static void
date_fix_year(struct ex_date *d, const int *years, size_t nyears, int pub_y)
{
	size_t i;
	int y, k;

	if (d->y > 0 || d->m == 0 || d->d == 0)
		return;
	if (d->wd >= 0) {
		for (k = 0; k <= 1; k++) {
			if (pub_y > 0) {
				for (y = pub_y - k; y <= pub_y + k; y += (k ? 2 * k : 1)) {
					if (date_wday(y, d->m, d->d) == d->wd) {
						d->y = y;
						goto done;
					}
					if (k == 0)
						break;
				}
			}
			for (i = 0; i < nyears; i++)
				for (y = years[i] - k; y <= years[i] + k; y += (k ? 2 * k : 1)) {
					if (date_wday(y, d->m, d->d) == d->wd) {
						d->y = y;
						goto done;
					}
					if (k == 0)
						break;
				}
		}
	}
	if (pub_y > 0)
		d->y = pub_y;
	else if (nyears > 0)
		d->y = years[0];
	else if (d->wd >= 0) {
		/* nothing to go by but the weekday: the latest year it fits */
		for (y = 2026; y >= 2000; y--)
			if (date_wday(y, d->m, d->d) == d->wd) {
				d->y = y;
				break;
			}
		if (d->y == 0)
			return;
	} else
		return;
done:
	set_value(d);
}

/*
 * The dates of a sentence, looked for once: date_find() with its regular
 * expressions is asked about the same sentences many times.
 */
static size_t
dates_of(struct ex_sent *st, struct ex_date *out, size_t max)
{
	size_t n;

	if (st->dn < 0) {
		if (st->dc == NULL)
			st->dc = rk_xmalloc(MAXDATE * sizeof(*st->dc));
		st->dn = (int)from_tags(st, st->dc, MAXDATE);
	}
	n = (size_t)st->dn < max ? (size_t)st->dn : max;
	memcpy(out, st->dc, n * sizeof(*out));
	return n;
}

/* atoi/atol for the stream's own numbers, without strtol's locale work. */
static long
num(const char *p)
{
	long v = 0;
	int neg = *p == '-';

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
	int cp = col(s, "para"), cs = col(s, "sent"), ck = col(s, "kind"),
	    ct = col(s, "text"), cv = col(s, "value"), c0 = col(s, "start"),
	    c1 = col(s, "end");
	size_t r, i;
	struct ex_sent *cur = NULL;

	D.nsent = 0;
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
	for (i = 0; i < D.nsent; i++) {
		struct ex_sent *st = &D.sent[i];

		st->ntok = lex_tokenize(st->text, st->len, &st->tok, &st->tokcap);
		sets_mark(st);
		st->fut = -1;
	}
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
			if ((st->tok[j].fl & TK_DIGIT) && strlen(st->tok[j].low) == 4)
				add_year(atoi(st->tok[j].low));
	}
	if (D.copy_y > 0)
		add_year(D.copy_y);
}

/* ---- mentions and detection ----------------------------------------------- */

static const char *const w_future[] = { "rencananya", "dijadwalkan", "direncanakan",
	"mendatang", "besok", "nanti", "nantinya", NULL };
static const char *const w_pastmark[] = { "telah", "sudah", "kemarin", "usai",
	"seusai", "tadi", NULL };
static const char *const w_happen[] = { "digelar", "menggelar", "gelar", "dilaksanakan",
	"melaksanakan", "diadakan", "mengadakan", "berlangsung", "dipimpin", "memimpin",
	"pimpin", "dibuka", "membuka", "mengikuti", "ikuti", "diikuti", "menghadiri",
	"hadiri", "dihadiri", "bertempat", "hadir", "diselenggarakan", "menyelenggarakan",
	"dihelat", "menghelat", "digelarnya", "melibatkan", "membahas", "dibahas",
	"tersebut", "kali", "saat", "dalam", "usai", "seusai", "telah", "sudah",
	"kemarin", "lalu", "ini", "mengundang", "menghadirkan", "dilakukan",
	"melakukan", "bersama", NULL };
static const char *const w_generic[] = { "adalah", "merupakan", "biasanya", "setiap",
	"seharusnya", "sebaiknya", "pengertian", "idealnya", NULL };
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
		for (k = i > 3 ? i - 3 : 0; k < i; k++)
			if (tis(st, k, "akan") || tin(st, k, S_FUTURE) ||
			    tis(st, k, "segera") || tis(st, k, "untuk") || tis(st, k, "bisa") ||
			    tis(st, k, "dapat") || tis(st, k, "agar") || tis(st, k, "harus"))
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
static int
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

/* A word a meeting mention may start with: the cheap test before mention_at(). */
static int
ment_word(const struct ex_tok *t)
{
	return (t->m & (uint64_t)1 << S_MENT) != 0 || (t->low[0] == 'r' &&
	    t->low[1] == 'a' && t->low[2] == 'k' && strncmp(t->low, "rakor", 5) == 0);
}

/* The meeting words at token i: 0 when none, else tokens used. */
static size_t
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
	    (tpre(st, i + 2, "sektor") || tis(st, i + 2, "instansi"))) {
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

/* what a meeting decided, cited: "hasil rakor", "kesepakatan dalam rakor" */
static const char *const w_result[] = { "hasil", "kesepakatan", "keputusan",
	"rekomendasi", "kesimpulan", "amanat", NULL };

static int
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

static const char *const w_roles_gub[] = { "gubernur", "wagub", NULL };
static const char *const w_roles_bup[] = { "bupati", "walikota", "wali", NULL };
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

static void
find_mentions(void)
{
	size_t i, j, n;
	struct mention m;
	int coord = 0;

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
			if (sent_has(st, S_ASSOC))
				continue;
			m.si = i;
			m.future = fut;
			m.generic = sent_has(st, S_GENERIC) && !sent_has(st, S_PASTMARK);
			/* a headline often drops the verb: "Pemkab Kotim Rakor Karhutla" */
			m.happened = !fut && (sent_has(st, S_HAPPEN) || st->title);
			/* "undangan rakor sudah dikirim": the meeting is yet to come */
			if (j > 0 && tin(st, j - 1, S_AHEAD))
				m.happened = 0;
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

/* ---- venue ------------------------------------------------------------------ */

static const char *const w_vhead[] = { "aula", "ruang", "ruangan", "room", "kantor",
	"hotel", "balai", "gedung", "pendopo", "pendapa", "rujab", "graha", "wisma",
	"command", "guest", "lamin", "betang", "auditorium", "hall", "ballroom",
	"convention", "sekretariat", "mako", "markas", "posko", "gor", "rumah",
	"pondok", "resto", "restoran", "cafe", "kafe", "mess", "meeting", "smart",
	"situation", "operation", "bangsal", "paseban", "pesanggrahan", "joglo",
	"bale", "baruga", "rupatama", "lobby", "lobi", "kediaman", "villa", "vila",
	"resort", "café", "oproom", "op", "lobi", "makorem", "makodim", "mapolres",
	"mapolda", "mapolsek", "makoramil", "mapolresta", "makopolres", "makopolda",
	"makopolsek", "makopolresta", "center", "centre", "meuligoe",
	"meuligo", NULL };
static const char *const w_vlow[] = { "lantai", "lt", "ruang", "rapat", "aula", "kantor",
	"utama", "gedung", "kecamatan", "kabupaten", "kota", "desa", "kelurahan",
	"balai", "serbaguna", "pertemuan", "umum", "jabatan", "dinas", "camat",
	"bupati", "gubernur", "wali", "walikota", "i", "ii", "iii", "iv", "v",
	"dua", "tiga", "satu", "empat", "lima", "sekretariat", "daerah", "setda",
	"bappeda", "operasional", "pola", "kerja", "data", "lv", "vi", "vii", NULL };
static const char *const w_vpre[] = { "di", "bertempat", "ditempat", "tempat",
	"berlangsung", "dari", "ke", "dilaksanakan", "digelar", NULL };

static const char *const w_vstop[] = { "senin",
			    "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu",
			    "minggu", "ahad", "pukul", "dan", "yang", "dengan", NULL };

static int
venue_head(const struct ex_sent *st, size_t j, size_t *skip)
{
	const char *w = st->tok[j].low;

	*skip = 0;
	if (strncmp(w, "di", 2) == 0 && strlen(w) > 4 && word_in(w + 2, S_VHEAD)) {
		*skip = 2;
		return 1;
	}
	if (!tin(st, j, S_VHEAD))
		return 0;
	if (j == 0 || !tin(st, j - 1, S_VPRE))
		return 0;
	/* "rumah" only as rumah jabatan / dinas; "meeting" only as meeting room */
	if (strcmp(w, "rumah") == 0 && !tis(st, j + 1, "jabatan") && !tis(st, j + 1, "dinas"))
		return 0;
	if (strcmp(w, "kantor") == 0 && !(st->tok[j].fl & TK_CAP) &&
	    !(j + 1 < st->ntok && (st->tok[j + 1].fl & TK_CAP)))
		return 0;
	return 1;
}

/* The venue starting at token j; returns end token, *bs the start byte. */
static size_t
venue_end(const struct ex_sent *st, size_t j, size_t skip)
{
	size_t k = j + 1, c;
	int prevlevel = 0;

	(void)skip;
	while (k < st->ntok && k < j + 16) {
		const struct ex_tok *t = &st->tok[k];

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

struct venue {
	size_t	 si;
	size_t	 bs, be;	/* bytes */
	size_t	 ts, te;	/* tokens, ts == te when from a tag */
};

static const char *const w_follow[] = { "mengikuti", "ikuti", "ikut", "bergabung",
	"menyimak", NULL };

/*
 * "Sekda X mengikuti rakor secara virtual dari Ruang Rapat Bupati": the room
 * of one who follows a meeting from afar, not where it was held.
 */
static int
remote_room(const struct ex_sent *st, size_t j)
{
	size_t k;

	/* "dari Command Center Kantor Bupati X": rk-tag's VENUE starts late */
	for (k = 0; k < 4 && j > 0 && (st->tok[j - 1].fl & TK_CAP); k++)
		j--;
	if (j == 0 || !tis(st, j - 1, "dari"))
		return 0;
	for (k = 0; k + 1 < j; k++)
		if (tin(st, k, S_FOLLOW))
			return 1;
	return 0;
}

/* The first venue of the sentence; with remote 0, not a remote_room(). */
static int
venue_in(const struct ex_sent *st, struct venue *v, int remote)
{
	size_t j, skip, k;

	for (j = 0; j < st->ntok; j++) {
		if (!venue_head(st, j, &skip))
			continue;
		if (!remote && remote_room(st, j))
			continue;
		k = venue_end(st, j, skip);
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
			return 1;
		}
	return 0;
}

/*
 * "Sebelum rakor, Sekda mengikuti rakor Mendagri secara virtual": the
 * sentence tells of another meeting before this one (its mode, its chair).
 */
static int
before_meeting(const struct ex_sent *st)
{
	return tis(st, 0, "sebelum") && (tpre(st, 1, "rakor") || tis(st, 1, "rapat") ||
	    tis(st, 1, "kegiatan") || tis(st, 1, "acara"));
}

/* A venue with a name, not "di ruang rapat" of an opinion piece. */
static int
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

/* ---- chair -------------------------------------------------------------------- */

struct chair {
	int		 prio;		/* lower is better, 0 none */
	size_t		 si;
	struct ex_person p;
};

static const char *const w_meetish[] = { "rapat", "kegiatan", "acara", "pertemuan",
	"rakor", "rakorcam", "rakornas", "rakorda", "rakortek", "rakorpem", "rakerda",
	"resmi", "forum", NULL };
static const char *const w_fill[] = { ",", "langsung", "saat", "ketika", "sewaktu",
	"yang", "secara", "resmi", "juga", "sekaligus", "turut", "pun", "itu",
	"sendiri", "selaku", "sebagai", "ketua", "pimpinan", "rapat", "bertindak",
	"terlebih", "dahulu", "lebih", NULL };
static const char *const w_futmark[] = { "akan", "depan", "rencananya", "dijadwalkan",
	"direncanakan", "mendatang", "besok", "nanti", "nantinya", NULL };
static const char *const w_negobj[] = { "persiapan", "jelang", "menjelang",
	"pelaksanaan", "terkait", "tentang", "membahas", "bahas", "sukseskan",
	"menyukseskan", "mensukseskan", "pengamanan", "rangka", "percepatan",
	"evaluasi", "hasil", "sebelum", "jadwal", "tahapan", NULL };
static const char *const w_tz[] = { "wib", "wita", "wit", NULL };
static const char *const w_tatap[] = { "tatap", NULL };
/* words a mention starts with, besides rakor... */
static const char *const w_ment[] = { "rapat", "pertemuan", "rakerda", "coordination",
	NULL };
/* every other word mode_in() looks at */
static const char *const w_modecue[] = { "hybrid", "hibrid", "hybird", "video",
	"online", "google", "conference", "tatap", "langsung", "maupun", "sebagian",
	"sisanya", "lainnya", "fisik", NULL };
static const char *const w_chairv[] = { "dipimpin", "diketuai", "dibuka", "memimpin",
	"pimpin", "membuka", "buka", "menggelar", "dipimpinnya", "dibukanya", "dinakhodai",
	"dinahkodai", "bertindak", "selaku", NULL };
static const char *const w_when[] = { "saat", "ketika", "sewaktu", "waktu", "sebelum",
	"usai", "seusai", "setelah", "sesudah", "sambil", "dalam", "selain", NULL };
static const char *const w_reader[] = { "dibacakan", "membacakan", "tertulis", NULL };

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

static void
chair_take(struct chair *c, int prio, size_t si, const struct ex_person *p)
{
	if (!valid_person(p))
		return;
	if (c->prio == 0 || prio < c->prio) {
		c->prio = prio;
		c->si = si;
		c->p = *p;
	}
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
	for (k = e; k > 0 && k + 16 > e; k--) {
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

static const char *const w_askip[] = { "langsung", "oleh", "secara", "resmi", "dan",
	"dipimpin", "dibuka", "sekaligus", "juga", "pula", "bersama", "ditutup",
	"oleh", NULL };

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

/* "Usai pembukaan ...", "Setelah dibuka Bupati ...", "Usai membuka acara, Bupati ..." before token v */
static int
after_opening(const struct ex_sent *st, size_t v)
{
	size_t k;

	for (k = 0; k < v; k++)
		if (tis(st, k, "pembukaan") || ((tis(st, k, "usai") || tis(st, k, "setelah") ||
		    tis(st, k, "seusai") || tis(st, k, "selesai")) &&
		    (tis(st, k + 1, "dibuka") || tis(st, k + 1, "membuka"))))
			return 1;
	return 0;
}

static const char *const w_session[] = { "paparan", "pemaparan", "sesi", "diskusi",
	"dialog", "tanya", "jawab", "materi", "pemateri", "panel", "doa", NULL };

/* "dipimpin" at v leads a session of the meeting: "(sesi|paparan ...) yang dipimpin" */
static int
session_led(const struct ex_sent *st, size_t v)
{
	size_t k;

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

static void
chair_in(struct chair *c, size_t si)
{
	struct ex_sent *st = &D.sent[si];
	struct ex_person p, q;
	size_t v, k;
	int pen = (sent_has(st, S_READER) ? 3 : 0) + (st->title ? 10 : 0),
	    mt = meetish(st, si);

	if (!sent_has(st, S_CHAIRV) || before_meeting(st))
		return;
	for (v = 0; v < st->ntok; v++) {
		const char *w = st->tok[v].low;

		if (!tin(st, v, S_CHAIRV))
			continue;
		if (strcmp(w, "dipimpinnya") == 0 || strcmp(w, "dibukanya") == 0) {
			/* "Bupati X mengatakan, dalam rakor yang dipimpinnya ..." */
			for (k = 0; k < v; k++)
				if ((st->tok[k].fl & TK_WORD) && run_start(st, k) &&
				    lex_person(st, k, &p) && valid_person(&p)) {
					chair_take(c, (w[2] == 'p' ? 1 : 3) + pen, si, &p);
					break;
				}
		} else if (strcmp(w, "bertindak") == 0 || strcmp(w, "selaku") == 0) {
			/* "X bertindak sebagai pimpinan rapat", "X selaku pimpinan rapat" */
			size_t r = v + 1 + (strcmp(w, "bertindak") == 0);

			if ((r == v + 1 || tis(st, v + 1, "sebagai")) && (tis(st, r, "pimpinan") ||
			    tis(st, r, "pemimpin") || tis(st, r, "ketua")) &&
			    (tis(st, r + 1, "rapat") || tpre(st, r + 1, "rakor")) &&
			    subject_before(st, v, &p))
				chair_take(c, 4 + pen, si, &p);	/* below one who opened it */
		} else if (strcmp(w, "dipimpin") == 0 || strcmp(w, "diketuai") == 0 ||
		    strcmp(w, "dinakhodai") == 0 || strcmp(w, "dinahkodai") == 0) {
			/* "paparan teknis yang dipimpin Kapolres": a part, not the meeting */
			if (session_led(st, v))
				continue;
			/*
			 * "Setelah sambutan pembukaan, jalannya rapat dipimpin
			 * Asisten X": the one who opened it stays the chair
			 */
			if (mt && agent_after(st, v + 1, &p)) {
				/* "dipimpin Bupati diwakili Asisten X": X */
				for (k = p.te; k < st->ntok && (tis(st, k, ",") ||
				    tin(st, k, S_ASKIP)); k++)
					;
				if (tis(st, k, "diwakili") && agent_after(st, k + 1, &q))
					p = q;
				name_after_office(st, &p);
				chair_take(c, (after_opening(st, v) ? 4 : 1) + pen, si, &p);
			}
		} else if (strcmp(w, "dibuka") == 0) {
			if (mt && agent_after(st, v + 1, &p))
				chair_take(c, 3 + pen, si, &p);
		} else if (strcmp(w, "memimpin") == 0 || strcmp(w, "pimpin") == 0 ||
		    strcmp(w, "membuka") == 0 || strcmp(w, "buka") == 0 ||
		    strcmp(w, "menggelar") == 0) {
			int prio;
			size_t sv = v;

			/* "X, yang membuka dan memimpin jalannya rakor": at memimpin */
			if (v + 2 < st->ntok && both_verbs(st, v + 1) &&
			    tis(st, v + 2, "memimpin"))
				continue;
			if (v >= 2 && both_verbs(st, v - 1) && (tis(st, v - 2, "membuka") ||
			    tis(st, v - 2, "menggelar")))
				sv = v - 2;
			if (strcmp(w, "membuka") == 0 || strcmp(w, "buka") == 0) {
				prio = 4;
				for (k = v + 1; k < st->ntok && k < v + 4; k++)
					if (tin(st, k, S_MEETISH) || tpre(st, k, "rakor") ||
					    tis(st, k, "secara"))
						break;
				if (k >= st->ntok || k >= v + 4)
					continue;
			} else if (strcmp(w, "menggelar") == 0) {
				prio = 5;
				if (!mt)
					continue;
			} else {
				prio = 2;
				if (!mt)
					continue;
			}
			if ((apposition(st, sv, &k) && subject_before(st, k, &p)) ||
			    subject_before(st, sv, &p)) {
				/* menggelar: a person held it; a body is the organizer */
				chair_take(c, prio + pen, si, &p);
				continue;
			}
			/* "..., kata Sekda X, usai memimpin rakor": the speaker */
			if (v >= 2 && tin(st, v - 1, S_WHEN) && said_by(st, v - 1, &p)) {
				chair_take(c, prio + pen, si, &p);
				continue;
			}
			/* "Saat membuka rakor, Bupati X menegaskan ..." (not
			 * "Pemkot X menggelar rakor bersama camat, lurah ...") */
			if (v >= 1 && v <= 3 && tin(st, 0, S_WHEN)) {
				for (k = v + 1; k < st->ntok && !tis(st, k, ","); k++)
					;
				if (k < st->ntok && agent_after(st, k + 1, &p))
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
static int
join_person(struct ex_person *p, size_t *psi)
{
	size_t i, j, s, te, bsi = 0;
	struct ex_person q, best;
	int role, rank, brank = 9;

	for (i = 0; i < D.nsent && brank > 0; i++) {
		struct ex_sent *st = &D.sent[i];

		for (j = 0; j < st->ntok; j++) {
			role = lex_role(st, j, &te);
			if (role < 0 || in_ent(st, j, "VENUE"))
				continue;
			/* an acting one is the same: "Pjs Bupati X" is a bupati's name */
			if (!lex_person(st, j, &q) || (p->role >= 0 &&
			    strcmp(role_base(q.role), role_base(p->role)) != 0))
				continue;
			if (p->area >= 0 && q.area >= 0 && p->area != q.area)
				continue;
			if (q.ne <= q.ns) {
				/* the name may come first: "Yudi H. Sulardi Camat Seranau" */
				for (s = j > 8 ? j - 8 : 0; s < j; s++) {
					size_t n;

					if (!run_start(st, s))
						continue;
					n = lex_name(st, s);
					if (n == j || (n + 1 == j && tis(st, n, ","))) {
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
 * Two writings of one name: the same, or the short one is the long one's
 * last words ("Daeng Tawang" of "Kamaruddin Daeng Tawang").
 */
static int
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

/* Verbs of saying next to a bare name: "X menegaskan", "kata X". */
static const char *const w_say[] = { "menegaskan", "mengatakan", "menyampaikan",
	"menjelaskan", "mengungkapkan", "meminta", "menekankan", "mengimbau",
	"menuturkan", "kata", "ujar", "ucap", "tegas", "jelas", "ungkap", "tutur",
	"pinta", NULL };

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
 * A chair named by a head role alone ("Gubernur Kalimantan Tengah memimpin
 * ..."), and one person in the whole text, tagged PER by rk-tag, with no
 * role of his own, who speaks: "Sugianto Wibowo menegaskan ...".  Returns
 * the sentence, or -1.
 */
static long
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
			    (ns > 0 && tin(st, ns - 1, S_BODY)))
				continue;
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

/* ---- organizer and place ------------------------------------------------------ */

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

struct org {
	size_t	 si, ts, te;
	long	 area;
	int	 national;
};

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

static int
organizer_in(size_t si, size_t mts, struct org *o)
{
	struct ex_sent *st = &D.sent[si];
	size_t v, s, e, lo;

	/* BODY [kembali|juga ...] menggelar ... MEETING */
	for (v = 0; v < mts && v < st->ntok; v++) {
		if (!tin(st, v, S_HOLD))
			continue;
		lo = v > 12 ? v - 12 : 0;
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
static size_t title_end(const struct mention *m);

static long
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
static long
di_area(const struct ex_sent *st)
{
	size_t j;
	struct ex_area a;

	for (j = 0; j + 1 < st->ntok; j++)
		if (tis(st, j, "di") && lex_area(st, j + 1, LV_NONE, 1, &a))
			return a.row;
	return -1;
}

static long
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

static const char *const w_virt[] = { "virtual", "virtually", "daring", "vicon", "vidcon",
	"zoom", "teleconference", "telekonferensi", "videoconference", "vcon",
	"gmeet", "webex", "teleconverence", NULL };
static const char *const w_virtneg[] = { "pembelajaran", "belajar", "sekolah",
	"pelayanan", "layanan", "pendaftaran", "aplikasi", "penjualan", "berjualan",
	"pinjaman", "judi", "transaksi", "toko", "media", "berita", "portal",
	"berbasis", NULL };
static const char *const w_phys[] = { "luring", "offline", NULL };

/*
 * Token j says "in person": luring, offline, tatap muka, and "fisik" only as
 * "secara fisik" or "hadir fisik" (not "realisasi fisik dan keuangan").
 */
static int
phys_at(const struct ex_sent *st, size_t j)
{
	if (tin(st, j, S_PHYS) || (tis(st, j, "tatap") && tis(st, j + 1, "muka")))
		return 1;
	return tis(st, j, "fisik") && j > 0 && (tis(st, j - 1, "secara") ||
	    tis(st, j - 1, "hadir") || tis(st, j - 1, "pertemuan"));
}
static const char *const w_attend[] = { "mengikuti", "diikuti", "hadir", "dihadiri",
	"dilaksanakan", "digelar", "berlangsung", "diselenggarakan", "bergabung",
	"terhubung", "rakor", "rapat", "menghadiri", "dipimpin", "memimpin",
	"menggelar", "mengikutinya", "diikutinya", "peserta", "pertemuan", NULL };

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
		if (tis(st, a, "lalu") && a > 0 && (tis(st, a - 1, "bulan") ||
		    tis(st, a - 1, "pekan") || tis(st, a - 1, "minggu") ||
		    tis(st, a - 1, "tahun") || tis(st, a - 1, "periode")))
			return 1;
	}
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

/*
 * 1 virtual cue, 2 hybrid cue, 0 none; *here set when the sentence says
 * someone attended in person ("... yang hadir langsung di ruang rapat").
 */
static int
mode_in(const struct ex_sent *st, int *here)
{
	size_t j;
	int virt = 0, phys = 0, both = 0;
	const uint64_t cue = (uint64_t)1 << S_VIRT | (uint64_t)1 << S_PHYS |
	    (uint64_t)1 << S_MODECUE;

	size_t cited = st->ntok;

	if (before_meeting(st))
		return 0;
	/* "menindaklanjuti hasil rakor nasional yang rutin digelar secara
	 * virtual": cues after a cited meeting are that meeting's */
	for (j = 1; j < st->ntok && cited == st->ntok; j++)
		if (ment_word(&st->tok[j]) && result_of(st, j))
			cited = j;
	for (j = 0; j < cited && (st->m & cue); j++) {
		const char *w = st->tok[j].low;

		if (!(st->tok[j].m & cue)) {
			if (st->tok[j].fl & TK_DIGIT)
				both = 1;
			continue;
		}


		if (strcmp(w, "hybrid") == 0 || strcmp(w, "hibrid") == 0 ||
		    strcmp(w, "hybird") == 0)
			return 2;
		if (tin(st, j, S_VIRT) || (strcmp(w, "video") == 0 &&
		    (tpre(st, j + 1, "conferen") || tpre(st, j + 1, "konferen"))) ||
		    (strcmp(w, "online") == 0 && j > 0 && (tis(st, j - 1, "secara") ||
		    tpre(st, j - 1, "rakor") || tis(st, j - 1, "rapat") ||
		    tis(st, j - 1, "via") || tis(st, j - 1, "melalui"))) ||
		    (strcmp(w, "google") == 0 && tis(st, j + 1, "meet")) ||
		    (strcmp(w, "conference") == 0 && j > 0 && tis(st, j - 1, "video"))) {
			if (virt_negated(st, j))
				continue;
			if (prev_clause(st, j))
				continue;
			virt = 1;
		}
		if ((phys_at(st, j) || (strcmp(w, "langsung") == 0 && j > 0 && (tis(st, j - 1, "secara") ||
		    tis(st, j - 1, "hadir")))) && !prev_clause(st, j))
			phys = 1;
		if (strcmp(w, "maupun") == 0 || strcmp(w, "sebagian") == 0 ||
		    strcmp(w, "sisanya") == 0 || strcmp(w, "lainnya") == 0 ||
		    (st->tok[j].fl & TK_DIGIT))
			both = 1;
	}
	if (virt && phys && (both || sent_has(st, S_PHYS)))
		return 2;
	if (virt && sent_has(st, S_ATTEND))
		return 1;
	if (phys) {
		if (sent_has(st, S_ATTEND))
			*here = 1;
		return 0;	/* "rakor kali ini digelar tatap muka": not MODE rows */
	}
	/* rk-tag's cue, in a sentence about attending (not "akses data secara daring") */
	for (j = 0; j < st->nent; j++)
		if (kis(st->ent[j].kind, "MODE") && (cited == st->ntok ||
		    st->ent[j].s < st->tok[cited].s) && !virt_negated(st,
		    tok_at(st, st->ent[j].s))) {
			if (strcmp(st->ent[j].value, "hybrid") == 0)
				return 2;
			if (strcmp(st->ent[j].value, "virtual") == 0 &&
			    (sent_has(st, S_ATTEND) || sent_has(st, S_MEETISH)))
				return 1;
		}
	return 0;
}

/* "luring", "tatap muka", "secara langsung": held in person. */
static int
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

/* ---- participants and topics --------------------------------------------------- */

static const char *const w_part[] = { "diikuti", "dihadiri", "melibatkan", "mengundang",
	"menghadirkan", NULL };
static const char *const w_split[] = { ",", ";", "dan", "serta", "juga", "didampingi",
	"bersama", "maupun", "beserta", NULL };
static const char *const w_drop[] = { "seluruh", "para", "sejumlah", "jajaran", "oleh",
	"segenap", "semua", "dari", "yakni", "yaitu", "antara", "lain", "tersebut", ":",
	"-", "juga", "turut", "hadir", "pula", "perwakilan", "utusan", "unsur",
	"narasumber", NULL };

static void
list_add(struct rk_buf *b, const char *s, size_t len)
{
	size_t i, n;

	/* no duplicates, case-insensitive */
	for (i = 0; i < b->len;) {
		for (n = i; n < b->len && b->data[n] != ';'; n++)
			;
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

	for (v = 0; v < st->ntok; v++) {
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

	for (j = 0; j < st->ntok; j++) {
		if (!(st->tok[j].fl & TK_WORD))
			continue;
		if ((t = lex_topic(st, j, &te)) != NULL) {
			list_add(out, t, strlen(t));
			j = te - 1;
		}
	}
}

/* ---- title and type ------------------------------------------------------------- */

static const char *const w_tstop[] = { "senin", "selasa", "rabu", "kamis", "jumat",
	"jum'at", "sabtu", "minggu", "ahad", "di", "yang", "digelar", "gelar",
	"menggelar", "bahas", "membahas", "pimpin", "memimpin", "dipimpin", "ikuti",
	"mengikuti", "diikuti", "buka", "membuka", "dibuka", "hadiri", "menghadiri",
	"dihadiri", "berlangsung", "secara", "jelang", "menjelang", "sepakati",
	"minta", "meminta", "tekankan", "siapkan", "pada", "dengan", "guna", "dalam",
	"oleh", "bersama", "serta", "sekaligus", "bertempat", "kali", "ini", "itu",
	"tersebut", "kemarin", "lalu", "hari", "targetkan", "dorong", "perkuat",
	"kembali", "rutin", "perdana", "virtual", "daring", "hybrid", NULL };

/* Affixed verbs end a lowercase meeting name: "rapat koordinasi banjir digelar". */
static int
verbish(const struct ex_tok *t)
{
	size_t n = strlen(t->low);

	return n >= 6 && (strncmp(t->low, "me", 2) == 0 || strncmp(t->low, "di", 2) == 0 ||
	    strncmp(t->low, "ber", 3) == 0 || strncmp(t->low, "ter", 3) == 0);
}

static size_t
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

/* ---- one meeting ----------------------------------------------------------------- */

struct fields {
	size_t	 anchor;	/* sentence */
};

static const char *const w_dneg[] = { "sejak", "lambat", "hingga", "sampai",
	"mendatang", "sebelumnya", "batas", "berakhir", "berlaku", "periode",
	"ditetapkan", "ditetapkannya", "terhitung", "akan", NULL };

static int
date_penalty(const struct ex_sent *st, size_t bs)
{
	
	size_t j, first = 0;

	for (j = 0; j < st->ntok && st->tok[j].e <= bs; j++)
		;
	first = j > 5 ? j - 5 : 0;
	for (; first < j; first++)
		if (tin(st, first, S_DNEG))
			return 1;
	return 0;
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
	size_t n, k, ns = 0, ne, te;
	int other = 0;

	memset(&vs, 0, sizeof(vs));
	vs.text = v;
	vs.len = strlen(v);
	n = lex_tokenize(v, vs.len, &vtok, &nvtokcap);
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
		if (k > 0 && !other && (lex_is(t, "dt") || lex_is(t, "datuk")))
			continue;
		for (m = k + 1; m < n && (!(vtok[m].fl & TK_WORD) ||
		    title_word(&vtok[m])); m++)
			;
		if (m < n && (vtok[m].fl & TK_CAP) && k > 0)
			ns = m;
	}
	if (ns == 0) {
		if (!cutonly)
			rk_buf_adds(out, v);
		return !cutonly;
	}
	for (ne = n; ne > ns + 1 && (!(vtok[ne - 1].fl & TK_WORD) ||
	    lex_honorific(&vtok[ne - 1]) == 2 || lex_degree(&vs, ne - 1) == 1); ne--)
		;
	rk_buf_add(out, v + vtok[ns].s, vtok[ne - 1].e - vtok[ns].s);
	return 1;
}

static void
person_name(const struct ex_sent *st, const struct ex_person *p, struct rk_buf *out)
{
	size_t j;

	if (p->ne <= p->ns)
		return;
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

static void
do_meeting(struct meeting *mt, int event, const struct meeting *prev)
{
	const struct mention *am = &D.men[mt->anchor];
	size_t i, j, nd, k, best_si = 0, title_m = mt->anchor;
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
				bv = v;
				have_v = 1;
			}
		}
		for (i = mt->from; i < mt->to && i < mt->from + 12 && !have_v; i++)
			if (!D.sent[i].title && !future_sent(&D.sent[i]) &&
			    venue_in(&D.sent[i], &v, remote)) {
				v.si = i;
				bv = v;
				have_v = 1;
			}
	}

	/* chair */
	for (i = mt->from; i < mt->to; i++)
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
			if (have_v && bv.si == i)
				sc += 5;
			if (st->para == D.sent[am->si].para)
				sc += 3;
			if (i + 2 >= am->si && i <= am->si + 2)
				sc += 2;
			if (isfut && !ism)
				sc -= 6;
			if (date_penalty(st, dates[j].s))
				sc -= 9;
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
			}
		}
	}
	mt->date[0] = '\0';
	if (best > -1e9) {
		date_fix_year(&bd, D.years, D.nyears, D.pub_y);
		snprintf(mt->date, sizeof(mt->date), "%s", bd.value);
		mt->dsi = best_si;
		mt->ds = bd.s;
		mt->de = bd.e;
		evid(best_si);
	} else if (mt->same_day && prev != NULL && prev->date[0] != '\0') {
		memcpy(mt->date, prev->date, sizeof(mt->date));
		mt->dsi = prev->dsi;
		mt->ds = prev->ds;
		mt->de = prev->de;
	}
	if (mt->date[0] != '\0') {
		rk_buf_adds(&fb[F_DATE], mt->date);
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

	/* mode */
	for (i = mt->from; i < mt->to; i++) {
		int h = 0, m = mode_in(&D.sent[i], &h);

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
	else if (have_v || phys_cue(mt))
		rk_buf_adds(&fb[F_MODE], "offline");

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

			if (!joined && p.ne <= p.ns && (ssi = join_speaker(&p, &q)) >= 0) {
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
		}
		ch.p.area = p.area >= 0 ? p.area : ch.p.area;
		if (p.role >= 0)
			ch.p.role = p.role;
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

		for (j = bv.ts; j < bv.te && place < 0; j++)
			if (lex_area(&D.sent[bv.si], j, LV_NONE, 0, &a) ||
			    lex_area(&D.sent[bv.si], j, LV_NONE, 1, &a))
				place = a.row;
	}
	if (place < 0 && national) {
		/* where a national meeting took place: "di SICC, Bogor", "di Jakarta" */
		struct ex_area a;
		struct ex_sent *vs = &D.sent[bv.si];

		if (have_v && bv.te > bv.ts && bv.te + 1 < vs->ntok && tis(vs, bv.te, ",") &&
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
	if (place >= 0) {
		lex_area_full(place, &fb[F_PLACE]);
		rk_buf_adds(&fb[F_PLACE_CODE], lex_area_codestr(place));
		region_of(place, &fb[F_REGION]);
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
		rk_buf_printf(&fb[F_EVIDENCE], "%d.%d", D.sent[i].para, D.sent[i].sent);
	}
	snprintf(buf, sizeof(buf), "%d", event);
	rk_buf_adds(&fb[F_EVENT], buf);
}

static const char *const *const setv[NSETS] = {
	w_future, w_pastmark, w_happen, w_generic, w_assoc, w_neg, w_done,
	w_roles_gub, w_roles_bup, w_dprd, w_coord, w_vhead, w_vlow, w_vpre,
	w_vstop, w_meetish, w_fill, w_reader, w_askip, w_body, w_national,
	w_hold, w_hold_p, w_virt, w_virtneg, w_phys, w_attend, w_part, w_split,
	w_drop, w_tstop, w_dneg, w_chairv, w_futmark, w_negobj, w_tz, w_tatap,
	w_modecue, w_ment, w_say, w_when, w_session, w_follow, w_ahead, w_result
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

static int
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
	snprintf(val, size, "%s", d.value);
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

		if (m->future || !m->happened)
			continue;
		if (announced && !D.sent[m->si].title && !done_verb(&D.sent[m->si]))
			continue;
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
			if (!D.sent[D.men[i].si].title) {
				body++;
				bodyfut += D.men[i].future || !D.men[i].happened ||
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
			snprintf(d0, sizeof(d0), "%s", dk);
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
