/*
 * rk-tsv's core: select, filter and reformat the rows of any TSV with a
 * header, or validate it.  tsv, csv and jsonl stream one row at a time;
 * md and pretty need every width before the first line, so they keep the
 * rendered cells of the whole input in one buffer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "tsv.h"

struct cell {
	size_t	off;
	size_t	len;
	size_t	width;
};

struct tsv {
	struct tsv_opts	 o;
	FILE		*out;
	int		 started;	/* the first header was seen */
	struct rk_buf	 hdr;		/* first header, names joined by TAB */
	char		*hdrfile;	/* the file it came from */
	size_t		 ncols;		/* input columns */
	size_t		*sel;		/* input column of each output column */
	char		**name;		/* output column names */
	size_t		 nsel;
	long		 kindcol;	/* -1 = no -k */
	struct rk_buf	*jkey;		/* jsonl: ,"name": per column */
	struct rk_buf	 ob;		/* tsv, csv, jsonl: output not yet written */
	/* md and pretty */
	struct rk_buf	 text;
	struct cell	*cells;
	size_t		 ncells;
	size_t		 capcells;
	size_t		*maxw;
	int		*numeric;	/* 1 while every data cell is a number */
	int		*nonempty;
};

static const char *const fmt_names[] = { "tsv", "csv", "jsonl", "md", "pretty" };

int
tsv_fmt_parse(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(fmt_names) / sizeof(fmt_names[0]); i++)
		if (strcmp(name, fmt_names[i]) == 0)
			return (int)i;
	if (strcmp(name, "json") == 0 || strcmp(name, "ndjson") == 0)
		return TSV_FMT_JSONL;
	if (strcmp(name, "markdown") == 0)
		return TSV_FMT_MD;
	return -1;
}

struct tsv *
tsv_new(const struct tsv_opts *opts, FILE *out)
{
	struct tsv *t = rk_xcalloc(1, sizeof(*t));

	t->o = *opts;
	t->out = out;
	t->kindcol = -1;
	return t;
}

/* ---- output formats ---------------------------------------------------- */

/* Bytes that force CSV quoting, and bytes JSON must escape. */
static unsigned char csv_special[256], json_special[256];

static void
init_tables(void)
{
	int c;

	if (csv_special[','])
		return;
	csv_special[','] = csv_special['"'] = csv_special['\n'] = csv_special['\r'] = 1;
	for (c = 0; c < 0x20; c++)
		json_special[c] = 1;
	json_special['"'] = json_special['\\'] = 1;
}

/*
 * The streaming formats write into room reserved for the whole row (see
 * row_room), through a plain pointer: no bounds check a byte.
 */


/* RFC 4180: quote a field holding a comma, quote, CR or LF; double quotes. */
static char *
csv_put(char *p, const char *s, size_t len, int alone)
{
	size_t i;
	uint64_t w;

	/* eight bytes at a time while none needs quoting */
	for (i = 0; len - i >= 8; i += 8) {
		memcpy(&w, s + i, 8);
		if (RK_HAS_BYTE(w, ',') | RK_HAS_BYTE(w, '"') | RK_HAS_BYTE(w, '\n') |
		    RK_HAS_BYTE(w, '\r'))
			break;
	}
	for (; i < len && !csv_special[(unsigned char)s[i]]; i++)
		;
	if (i == len) {
		/* A lone empty field would be a blank line, which readers skip. */
		if (len == 0 && alone) {
			*p++ = '"';
			*p++ = '"';
		}
		memcpy(p, s, len);
		return p + len;
	}
	*p++ = '"';
	memcpy(p, s, i);
	p += i;
	for (; i < len; i++) {
		if (s[i] == '"')
			*p++ = '"';
		*p++ = s[i];
	}
	*p++ = '"';
	return p;
}

/* A JSON string: input is valid UTF-8 (the reader repaired it). */
static char *
json_put(char *p, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	size_t i, run = 0;
	unsigned char c;

	*p++ = '"';
	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (!json_special[c])
			continue;
		memcpy(p, s + run, i - run);
		p += i - run;
		run = i + 1;
		*p++ = '\\';
		switch (c) {
		case '"':
		case '\\':
			*p++ = (char)c;
			break;
		case '\n':
			*p++ = 'n';
			break;
		case '\r':
			*p++ = 'r';
			break;
		case '\t':
			*p++ = 't';
			break;
		case '\b':
			*p++ = 'b';
			break;
		case '\f':
			*p++ = 'f';
			break;
		default:
			memcpy(p, "u00", 3);
			p[3] = hex[c >> 4];
			p[4] = hex[c & 15];
			p += 5;
		}
	}
	memcpy(p, s + run, len - run);
	p += len - run;
	*p++ = '"';
	return p;
}

static void
csv_field(struct rk_buf *b, const char *s, size_t len, int alone)
{
	rk_buf_grow(b, 2 * len + 3);
	b->len = (size_t)(csv_put(b->data + b->len, s, len, alone) - b->data);
	b->data[b->len] = '\0';
}

/* The streaming formats build rows in t->ob: one fwrite per 64 KiB. */
static void
flush_out(struct tsv *t)
{
	if (t->ob.len > 0)
		fwrite(t->ob.data, 1, t->ob.len, t->out);
	rk_buf_reset(&t->ob);
}

/* "1.500", "-2,5", "37": right-aligned in pretty and md. */
static int
is_number(const char *s, size_t len)
{
	size_t i = 0;

	if (len > 0 && (s[0] == '-' || s[0] == '+'))
		i++;
	if (i >= len || s[i] < '0' || s[i] > '9')
		return 0;
	for (; i < len; i++)
		if ((s[i] < '0' || s[i] > '9') && s[i] != '.' && s[i] != ',')
			return 0;
	return s[len - 1] >= '0' && s[len - 1] <= '9';
}

/*
 * Append the display form of one cell to t->text and record it.  pretty
 * shows TAB, LF and CR as their TSV escapes and other controls in caret
 * notation, so no byte reaches the terminal as a control; md escapes the
 * pipe and the backslash and turns line breaks into <br>.  With -w the
 * cell is cut at a piece boundary (never inside an escape) and ends in an
 * ellipsis.
 */
static void
add_cell(struct tsv *t, size_t col, const char *s, size_t len, int header)
{
	struct rk_buf *b = &t->text;
	int md = t->o.fmt == TSV_FMT_MD;
	size_t i = 0, at, w = 0, cutlen, start = b->len, lim = t->o.width;
	char rep[8];
	uint32_t cp;
	struct cell *c;

	cutlen = start;
	while (i < len) {
		at = i;
		cp = rk_utf8_next(s, len, &i);
		rep[0] = '\0';
		if (md) {
			if (cp == '|' || cp == '\\')
				snprintf(rep, sizeof(rep), "\\%c", (int)cp);
			else if (cp == '\r' && i < len && s[i] == '\n')
				continue;
			else if (cp == '\n' || cp == '\r')
				strcpy(rep, "<br>");
			else if (cp == '\t')
				strcpy(rep, " ");
			else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
				strcpy(rep, "?");
		} else {
			if (cp == '\t')
				strcpy(rep, "\\t");
			else if (cp == '\n')
				strcpy(rep, "\\n");
			else if (cp == '\r')
				strcpy(rep, "\\r");
			else if (cp < 0x20)
				snprintf(rep, sizeof(rep), "^%c", (int)(cp + 0x40));
			else if (cp == 0x7F)
				strcpy(rep, "^?");
			else if ((cp >= 0x80 && cp < 0xA0) ||
			    (cp >= 0x202A && cp <= 0x202E) ||
			    (cp >= 0x2066 && cp <= 0x2069))
				strcpy(rep, "?");	/* C1, bidi overrides */
		}
		if (rep[0] != '\0') {
			rk_buf_adds(b, rep);
			w += strlen(rep);
		} else {
			rk_buf_add(b, s + at, i - at);
			w += (size_t)rk_cp_width(cp);
		}
		if (lim > 0 && w <= lim - 1)
			cutlen = b->len;
	}
	if (lim > 0 && w > lim) {
		b->len = cutlen;
		w = 0;
		for (i = start; i < cutlen;)
			w += (size_t)rk_cp_width(rk_utf8_next(b->data, cutlen, &i));
		rk_buf_add(b, "\xE2\x80\xA6", 3);
		w++;
	}
	rk_buf_add(b, "", 0);
	if (t->ncells == t->capcells) {
		t->capcells = t->capcells ? t->capcells * 2 : 1024;
		t->cells = rk_xrealloc(t->cells, t->capcells, sizeof(*t->cells));
	}
	c = &t->cells[t->ncells++];
	c->off = start;
	c->len = b->len - start;
	c->width = w;
	if (header && t->o.noheader)
		return;
	if (w > t->maxw[col])
		t->maxw[col] = w;
	if (!header && len > 0) {
		t->nonempty[col] = 1;
		if (!is_number(s, len))
			t->numeric[col] = 0;
	}
}

static void
spaces(FILE *out, size_t n)
{
	static const char sp[] = "                                ";

	while (n > 0) {
		size_t k = n < sizeof(sp) - 1 ? n : sizeof(sp) - 1;

		fwrite(sp, 1, k, out);
		n -= k;
	}
}

static int
right(const struct tsv *t, size_t col)
{
	return t->numeric[col] && t->nonempty[col];
}

static void
put_cell(struct tsv *t, const struct cell *c, size_t col, int last)
{
	size_t pad = t->maxw[col] > c->width ? t->maxw[col] - c->width : 0;

	if (right(t, col))
		spaces(t->out, pad);
	fwrite(t->text.data + c->off, 1, c->len, t->out);
	if (!right(t, col) && !last)
		spaces(t->out, pad);
}

static void
finish_pretty(struct tsv *t)
{
	size_t r, c, last, nrows = t->ncells / t->nsel;
	const struct cell *row;

	for (r = t->o.noheader ? 1 : 0; r < nrows; r++) {
		row = t->cells + r * t->nsel;
		/* no padding after the last non-empty cell */
		for (last = t->nsel - 1; last > 0 && row[last].len == 0; last--)
			;
		for (c = 0; c <= last; c++) {
			if (c > 0)
				fputs("  ", t->out);
			put_cell(t, &row[c], c, c == last);
		}
		putc('\n', t->out);
		if (ferror(t->out))
			return;
	}
}

static void
finish_md(struct tsv *t)
{
	size_t r, c, nrows = t->ncells / t->nsel, w;
	const struct cell *row;
	struct cell empty = { 0, 0, 0 };

	for (c = 0; c < t->nsel; c++)
		if (t->maxw[c] < 3)
			t->maxw[c] = 3;
	for (r = 0; r < nrows; r++) {
		row = t->cells + r * t->nsel;
		for (c = 0; c < t->nsel; c++) {
			fputs(c == 0 ? "| " : " | ", t->out);
			put_cell(t, r == 0 && t->o.noheader ? &empty : &row[c], c, 0);
		}
		fputs(" |\n", t->out);
		if (r > 0)
			continue;
		for (c = 0; c < t->nsel; c++) {
			fputs(c == 0 ? "| " : " | ", t->out);
			w = t->maxw[c];
			if (right(t, c)) {
				while (w-- > 1)
					putc('-', t->out);
				putc(':', t->out);
			} else {
				while (w-- > 0)
					putc('-', t->out);
			}
		}
		fputs(" |\n", t->out);
		if (ferror(t->out))
			return;
	}
}

int
tsv_finish(struct tsv *t)
{
	if (t->nsel == 0 || t->ncells == 0)
		return 0;
	if (t->o.fmt == TSV_FMT_PRETTY)
		finish_pretty(t);
	else if (t->o.fmt == TSV_FMT_MD)
		finish_md(t);
	return 0;
}

/* ---- columns ----------------------------------------------------------- */

static void
list_cols(struct rk_buf *b, const struct rk_stream *s)
{
	size_t i;

	for (i = 0; i < s->ncols; i++) {
		if (i > 0)
			rk_buf_addc(b, ' ');
		rk_buf_adds(b, s->cols[i]);
	}
}

/* A column by name, else by 1-based number; -1 if neither. */
static long
find_col(const struct rk_stream *s, const char *name, size_t len)
{
	size_t i;
	unsigned long n = 0;

	for (i = 0; i < s->ncols; i++)
		if (strlen(s->cols[i]) == len && memcmp(s->cols[i], name, len) == 0)
			return (long)i;
	if (len == 0 || len > 9)
		return -1;
	for (i = 0; i < len; i++) {
		if (name[i] < '0' || name[i] > '9')
			return -1;
		n = n * 10 + (unsigned long)(name[i] - '0');
	}
	return n >= 1 && n <= s->ncols ? (long)n - 1 : -1;
}

static void
add_sel(struct tsv *t, size_t col, const char *name, size_t len)
{
	t->sel = rk_xrealloc(t->sel, t->nsel + 1, sizeof(*t->sel));
	t->name = rk_xrealloc(t->name, t->nsel + 1, sizeof(*t->name));
	t->sel[t->nsel] = col;
	t->name[t->nsel] = rk_xmemdup(name, len);
	t->nsel++;
}

/* Resolve -c against the first header: "a,b,new=old". */
static int
select_cols(struct tsv *t, const struct rk_stream *s)
{
	const char *p, *end, *eq, *old;
	struct rk_buf all = { 0 };
	long col;
	size_t i;

	if (t->o.cols == NULL) {
		for (i = 0; i < s->ncols; i++)
			add_sel(t, i, s->cols[i], strlen(s->cols[i]));
		return 0;
	}
	for (p = t->o.cols; ; p = end + 1) {
		end = strchr(p, ',');
		if (end == NULL)
			end = p + strlen(p);
		eq = memchr(p, '=', (size_t)(end - p));
		old = eq ? eq + 1 : p;
		col = find_col(s, old, (size_t)(end - old));
		if (col < 0 || (eq != NULL && eq == p)) {
			list_cols(&all, s);
			rk_warn("%s: no column '%.*s'; the columns are: %s", s->rd.name,
			    (int)(end - p), p, all.data);
			rk_buf_free(&all);
			return RK_EXIT_USAGE;
		}
		if (eq != NULL)
			add_sel(t, (size_t)col, p, (size_t)(eq - p));
		else
			add_sel(t, (size_t)col, s->cols[col], strlen(s->cols[col]));
		if (*end == '\0')
			break;
	}
	return 0;
}

/* The first header fixes the columns; later files must repeat it. */
static int
take_header(struct tsv *t, const struct rk_stream *s)
{
	struct rk_buf h = { 0 };
	struct rk_out o;
	size_t i;
	int st;

	for (i = 0; i < s->ncols; i++) {
		if (i > 0)
			rk_buf_addc(&h, '\t');
		rk_buf_adds(&h, s->cols[i]);
	}
	if (t->started) {
		st = 0;
		if (h.len != t->hdr.len || memcmp(h.data, t->hdr.data, h.len) != 0) {
			rk_warn("%s: header differs from %s's", s->rd.name, t->hdrfile);
			st = RK_EXIT_USAGE;
		}
		rk_buf_free(&h);
		return st;
	}
	t->started = 1;
	t->hdr = h;
	t->hdrfile = rk_xstrdup(s->rd.name);
	t->ncols = s->ncols;
	if (t->o.nkinds > 0 && (t->kindcol = rk_stream_col(s, "kind")) < 0) {
		struct rk_buf all = { 0 };

		list_cols(&all, s);
		rk_warn("%s: -k needs a 'kind' column; the columns are: %s",
		    s->rd.name, all.data);
		rk_buf_free(&all);
		return RK_EXIT_USAGE;
	}
	if ((st = select_cols(t, s)) != 0)
		return st;
	switch (t->o.fmt) {
	case TSV_FMT_TSV:
	case TSV_FMT_CSV:
		if (t->o.noheader)
			break;
		rk_out_begin(&o, t->out);
		for (i = 0; i < t->nsel; i++) {
			if (t->o.fmt == TSV_FMT_TSV) {
				rk_out_str(&o, t->name[i]);
			} else {
				if (i > 0)
					rk_buf_addc(&t->ob, ',');
				csv_field(&t->ob, t->name[i], strlen(t->name[i]), t->nsel == 1);
			}
		}
		if (t->o.fmt == TSV_FMT_TSV) {
			rk_out_end(&o);
		} else {
			rk_buf_addc(&t->ob, '\n');
			flush_out(t);
		}
		break;
	case TSV_FMT_JSONL:
		t->jkey = rk_xcalloc(t->nsel, sizeof(*t->jkey));
		for (i = 0; i < t->nsel; i++) {
			rk_buf_adds(&t->jkey[i], i == 0 ? "{\"" : ",\"");
			/* keys are escaped the same way as values */
			{
				const char *n = t->name[i];
				size_t k;

				for (k = 0; n[k] != '\0'; k++) {
					unsigned char c = (unsigned char)n[k];

					if (c == '"' || c == '\\')
						rk_buf_addc(&t->jkey[i], '\\');
					if (c < 0x20)
						rk_buf_printf(&t->jkey[i], "\\u%04x", c);
					else
						rk_buf_addc(&t->jkey[i], c);
				}
			}
			rk_buf_adds(&t->jkey[i], "\":");
		}
		break;
	case TSV_FMT_MD:
	case TSV_FMT_PRETTY:
		t->maxw = rk_xcalloc(t->nsel, sizeof(*t->maxw));
		t->numeric = rk_xcalloc(t->nsel, sizeof(*t->numeric));
		t->nonempty = rk_xcalloc(t->nsel, sizeof(*t->nonempty));
		for (i = 0; i < t->nsel; i++) {
			t->numeric[i] = 1;
			add_cell(t, i, t->name[i], strlen(t->name[i]), 1);
		}
		break;
	}
	return 0;
}

static int
kind_ok(const struct tsv *t, const struct rk_row *r)
{
	const struct rk_str *k = &r->f[t->kindcol];
	size_t i;

	for (i = 0; i < t->o.nkinds; i++)
		if (strlen(t->o.kinds[i]) == k->len &&
		    memcmp(t->o.kinds[i], k->s, k->len) == 0)
			return 1;
	return 0;
}

/* Worst case: JSON may write a byte as \u00XX, CSV as "" plus quotes. */
static size_t
row_room(const struct tsv *t, const struct rk_row *r)
{
	size_t i, n = 2, k = t->o.fmt == TSV_FMT_JSONL ? 6 : 2;

	for (i = 0; i < t->nsel; i++)
		n += k * r->f[t->sel[i]].len + 3 + (t->jkey ? t->jkey[i].len : 0);
	return n;
}

static void
emit(struct tsv *t, const struct rk_row *r)
{
	const struct rk_str *f;
	size_t i;
	char *p;

	switch (t->o.fmt) {
	case TSV_FMT_TSV:
		for (i = 0; i < t->nsel; i++) {
			f = &r->f[t->sel[i]];
			if (i > 0)
				rk_buf_addc(&t->ob, '\t');
			rk_tsv_escape_buf(&t->ob, f->s, f->len);
		}
		rk_buf_addc(&t->ob, '\n');
		break;
	case TSV_FMT_CSV:
		rk_buf_grow(&t->ob, row_room(t, r));
		p = t->ob.data + t->ob.len;
		for (i = 0; i < t->nsel; i++) {
			f = &r->f[t->sel[i]];
			if (i > 0)
				*p++ = ',';
			p = csv_put(p, f->s, f->len, t->nsel == 1);
		}
		*p++ = '\n';
		t->ob.len = (size_t)(p - t->ob.data);
		break;
	case TSV_FMT_JSONL:
		rk_buf_grow(&t->ob, row_room(t, r));
		p = t->ob.data + t->ob.len;
		for (i = 0; i < t->nsel; i++) {
			f = &r->f[t->sel[i]];
			memcpy(p, t->jkey[i].data, t->jkey[i].len);
			p = json_put(p + t->jkey[i].len, f->s, f->len);
		}
		*p++ = '}';
		*p++ = '\n';
		t->ob.len = (size_t)(p - t->ob.data);
		break;
	case TSV_FMT_MD:
	case TSV_FMT_PRETTY:
		for (i = 0; i < t->nsel; i++) {
			f = &r->f[t->sel[i]];
			add_cell(t, i, f->s, f->len, 0);
		}
		return;
	}
	if (t->ob.len >= 65536)
		flush_out(t);
}

/* ---- --check ----------------------------------------------------------- */

/*
 * Find the first fault of one data line, or return 0.  Checks, in order:
 * the field count, then every byte: escapes, raw CR, NUL, UTF-8.
 */
static int
bad_line(const char *s, size_t len, size_t ncols, char *msg, size_t msz)
{
	size_t i, nf = 1, at;
	unsigned char c;

	if (len == 0) {
		snprintf(msg, msz, "empty line (rk tools skip it)");
		return 1;
	}
	for (i = 0; i < len; i++)
		if (s[i] == '\t')
			nf++;
	if (nf != ncols) {
		snprintf(msg, msz, "expected %zu field%s, got %zu", ncols,
		    ncols == 1 ? "" : "s", nf);
		return 1;
	}
	for (nf = 1, i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c == '\t') {
			nf++;
		} else if (c == '\\') {
			if (i + 1 == len || s[i + 1] == '\t') {
				snprintf(msg, msz, "field %zu: truncated escape (a lone "
				    "backslash at the end of the field)", nf);
				return 1;
			}
			c = (unsigned char)s[++i];
			if (c != 't' && c != 'n' && c != 'r' && c != '\\') {
				if (c > 0x20 && c < 0x7F)
					snprintf(msg, msz, "field %zu: unknown escape '\\%c'",
					    nf, c);
				else
					snprintf(msg, msz, "field %zu: unknown escape "
					    "(backslash, byte 0x%02x)", nf, c);
				return 1;
			}
		} else if (c == '\r') {
			snprintf(msg, msz, "field %zu: raw carriage return "
			    "(write it \\r)", nf);
			return 1;
		} else if (c == '\0') {
			snprintf(msg, msz, "field %zu: NUL byte at byte %zu", nf, i + 1);
			return 1;
		} else if (c >= 0x80) {
			at = i;
			if (rk_utf8_next(s, len, &at) == 0xFFFD && at - i != 3) {
				snprintf(msg, msz, "field %zu: invalid UTF-8 (byte 0x%02x "
				    "at byte %zu)", nf, c, i + 1);
				return 1;
			}
			i = at - 1;
		}
	}
	return 0;
}

/* The header: UTF-8 text, named, unique columns, and plausibly TSV. */
static int
bad_header(const char *s, size_t len, char *msg, size_t msz)
{
	size_t i, j, a, b, n, ncols = 1;

	if (!rk_utf8_valid(s, len)) {
		snprintf(msg, msz, "header is not UTF-8 text (a binary file?)");
		return 1;
	}
	for (i = 0; i < len; i++) {
		if (s[i] == '\t')
			ncols++;
		else if (s[i] == '\\' || s[i] == '\r' || (unsigned char)s[i] < 0x20) {
			snprintf(msg, msz, "header: column %zu: a name cannot hold "
			    "a backslash or a control character", ncols);
			return 1;
		}
	}
	if (ncols == 1 && strpbrk(s, ",;{\"[ ") != NULL) {
		snprintf(msg, msz, "header is one column that looks like CSV, "
		    "JSON or text, not a TSV header: '%.40s'", s);
		return 1;
	}
	/* duplicates: quadratic, so only for headers of sane width */
	for (a = 0, i = 1; ncols <= 4096 && a <= len; i++) {
		b = a;
		while (b < len && s[b] != '\t')
			b++;
		if (b == a) {
			snprintf(msg, msz, "header: column %zu has no name", i);
			return 1;
		}
		/* later names equal to this one */
		for (j = b + 1, n = i + 1; j <= len; n++) {
			size_t e = j;

			while (e < len && s[e] != '\t')
				e++;
			if (e - j == b - a && memcmp(s + j, s + a, b - a) == 0) {
				snprintf(msg, msz, "header: column name '%.*s' is "
				    "used twice (columns %zu and %zu)", (int)(b - a),
				    s + a, i, n);
				return 1;
			}
			j = e + 1;
		}
		a = b + 1;
	}
	return 0;
}

static int
check_file(struct tsv *t, const char *path)
{
	struct rk_reader rd;
	unsigned long nbad = 0;
	size_t ncols = 1, i;
	char msg[256];
	int r, st = 0;

	if (rk_reader_open(&rd, path) == -1)
		return RK_EXIT_FAIL;
	if ((r = rk_reader_next(&rd)) <= 0) {
		rk_reader_close(&rd);
		return r < 0 ? RK_EXIT_FAIL : 0;
	}
	for (i = 0; i < rd.len; i++)
		if (rd.data[i] == '\t')
			ncols++;
	if (bad_header(rd.data, rd.len, msg, sizeof(msg))) {
		nbad++;
		rk_warn_at(rd.name, rd.lineno, "%s", msg);
	} else if (!t->started) {
		t->started = 1;
		rk_buf_add(&t->hdr, rd.data, rd.len);
		t->hdrfile = rk_xstrdup(rd.name);
	} else if (rd.len != t->hdr.len || memcmp(rd.data, t->hdr.data, rd.len) != 0) {
		nbad++;
		rk_warn_at(rd.name, rd.lineno, "header differs from %s's", t->hdrfile);
	}
	while ((r = rk_reader_next(&rd)) > 0) {
		if (!bad_line(rd.data, rd.len, ncols, msg, sizeof(msg)))
			continue;
		if (nbad++ == 0)
			rk_warn_at(rd.name, rd.lineno, "%s", msg);
	}
	if (nbad > 1)
		rk_warn("%s: %lu bad lines in all", rd.name, nbad);
	if (nbad > 0 || r < 0)
		st = RK_EXIT_FAIL;
	rk_reader_close(&rd);
	return st;
}

/* ---- driver ------------------------------------------------------------ */

int
tsv_file(struct tsv *t, const char *path)
{
	struct rk_stream s;
	struct rk_row *r;
	int st;

	init_tables();
	if (t->o.check)
		return check_file(t, path);
	if (rk_stream_open(&s, path, RK_UNKNOWN, 0) == -1)
		return RK_EXIT_FAIL;
	if (s.ncols == 0) {
		/* empty input: no header, no rows */
		st = s.status;
		rk_stream_close(&s);
		return st;
	}
	if ((st = take_header(t, &s)) != 0) {
		rk_stream_close(&s);
		return st;
	}
	while (!ferror(t->out) && rk_row_next(&s, &r)) {
		if (t->kindcol >= 0 && !kind_ok(t, r))
			continue;
		emit(t, r);
	}
	flush_out(t);
	st = s.status;
	rk_stream_close(&s);
	return st;
}

void
tsv_free(struct tsv *t)
{
	size_t i;

	if (t == NULL)
		return;
	for (i = 0; i < t->nsel; i++) {
		free(t->name[i]);
		if (t->jkey != NULL)
			rk_buf_free(&t->jkey[i]);
	}
	free(t->name);
	free(t->sel);
	free(t->jkey);
	free(t->hdrfile);
	rk_buf_free(&t->hdr);
	rk_buf_free(&t->ob);
	rk_buf_free(&t->text);
	free(t->cells);
	free(t->maxw);
	free(t->numeric);
	free(t->nonempty);
	free(t);
}
