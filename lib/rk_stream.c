#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define STREAM_SSE2	1
#endif

const char *const rk_cols_clean[] = { "doc", "para", "kind", "text", "value", NULL };
const char *const rk_cols_segment[] = { "doc", "para", "sent", "kind", "text", "value", NULL };
const char *const rk_cols_tag[] = { "doc", "para", "sent", "kind", "text", "value",
	"start", "end", NULL };
const char *const rk_cols_extract[] = { "doc", "event", "type", "title", "date",
	"date_text", "time", "place", "place_code", "region", "venue", "mode",
	"chair", "chair_role", "organizer", "participants", "topics", "evidence", NULL };

#define MAXWARN 10

static const char *const *
kind_cols(enum rk_kind k)
{
	switch (k) {
	case RK_CLEAN:
		return rk_cols_clean;
	case RK_SEGMENT:
		return rk_cols_segment;
	case RK_TAG:
		return rk_cols_tag;
	case RK_EXTRACT:
		return rk_cols_extract;
	default:
		return NULL;
	}
}

const char *
rk_kind_tool(enum rk_kind k)
{
	switch (k) {
	case RK_CLEAN:
		return "rk-clean";
	case RK_SEGMENT:
		return "rk-segment";
	case RK_TAG:
		return "rk-tag";
	case RK_EXTRACT:
		return "rk-extract";
	default:
		return "an unknown tool";
	}
}

static int
starts_with_cols(const struct rk_stream *s, const char *const *cols)
{
	size_t i;

	for (i = 0; cols[i] != NULL; i++)
		if (i >= s->ncols || strcmp(s->cols[i], cols[i]) != 0)
			return 0;
	return 1;
}

static enum rk_kind
classify(const struct rk_stream *s)
{
	if (starts_with_cols(s, rk_cols_tag))
		return RK_TAG;
	if (starts_with_cols(s, rk_cols_segment))
		return RK_SEGMENT;
	if (starts_with_cols(s, rk_cols_clean))
		return RK_CLEAN;
	if (s->ncols >= 3 && strcmp(s->cols[1], "event") == 0 &&
	    strcmp(s->cols[2], "type") == 0)
		return RK_EXTRACT;
	return RK_UNKNOWN;
}

static void
join_cols(struct rk_buf *b, const char *const *cols, size_t n)
{
	size_t i;

	for (i = 0; i < n && cols[i] != NULL; i++) {
		if (i > 0)
			rk_buf_addc(b, ' ');
		rk_buf_adds(b, cols[i]);
	}
}

/* Say what came in, what is needed, and which tools would bridge the gap. */
static void
refuse(const struct rk_stream *s, enum rk_kind need)
{
	struct rk_buf got = { 0 }, want = { 0 }, run = { 0 };
	int k;

	join_cols(&got, (const char *const *)s->cols, s->ncols > 12 ? 12 : s->ncols);
	if (s->ncols > 12)
		rk_buf_adds(&got, " ...");
	join_cols(&want, kind_cols(need), 64);
	if (s->kind != RK_UNKNOWN && s->kind < need) {
		for (k = s->kind + 1; k <= (int)need; k++) {
			if (run.len > 0)
				rk_buf_adds(&run, " | ");
			rk_buf_adds(&run, rk_kind_tool((enum rk_kind)k));
		}
		rk_die(RK_EXIT_USAGE, "%s: got %s output (%s); run %s first",
		    s->rd.name, rk_kind_tool(s->kind), got.data, run.data);
	}
	if (s->kind != RK_UNKNOWN)
		rk_die(RK_EXIT_USAGE, "%s: got %s output (%s); %s reads %s output (%s)",
		    s->rd.name, rk_kind_tool(s->kind), got.data, rk_progname,
		    rk_kind_tool(need), want.data);
	rk_die(RK_EXIT_USAGE, "%s: got a stream with columns (%s); %s needs (%s)",
	    s->rd.name, got.data, rk_progname, want.data);
}

static void
set_header(struct rk_stream *s, const char *line, size_t len)
{
	size_t i, n = 1, start = 0;

	rk_buf_reset(&s->hdrline);
	rk_utf8_repair(line, len, &s->hdrline);
	for (i = 0; i < s->hdrline.len; i++)
		if (s->hdrline.data[i] == '\t')
			n++;
	s->cols = rk_xcalloc(n + 1, sizeof(*s->cols));
	s->ncols = 0;
	for (i = 0; i <= s->hdrline.len; i++) {
		if (i < s->hdrline.len && s->hdrline.data[i] != '\t')
			continue;
		s->hdrline.data[i] = '\0';
		s->cols[s->ncols++] = s->hdrline.data + start;
		start = i + 1;
	}
}

int
rk_stream_open(struct rk_stream *s, const char *path, enum rk_kind need, int allow_plain)
{
	const char *const *want;
	int r;

	memset(s, 0, sizeof(*s));
	if (rk_reader_open(&s->rd, path) == -1)
		return -1;
	r = rk_reader_next(&s->rd);
	if (r <= 0) {
		want = kind_cols(need);
		s->kind = want ? need : RK_UNKNOWN;
		if (want != NULL)
			while (want[s->ncols] != NULL)
				s->ncols++;
		s->cols = rk_xcalloc(s->ncols + 1, sizeof(*s->cols));
		if (r < 0)
			s->status = RK_EXIT_FAIL;
		return 0;
	}
	if (allow_plain && !(s->rd.len >= 3 && memcmp(s->rd.data, "doc", 3) == 0 &&
	    (s->rd.len == 3 || s->rd.data[3] == '\t'))) {
		s->kind = RK_PLAIN;
		s->plain_first = 1;
		s->cols = rk_xcalloc(1, sizeof(*s->cols));
		return 0;
	}
	set_header(s, s->rd.data, s->rd.len);
	s->kind = classify(s);
	if (need == RK_UNKNOWN)
		return 0;
	if (!starts_with_cols(s, kind_cols(need)))
		refuse(s, need);
	return 0;
}

int
rk_stream_col(const struct rk_stream *s, const char *name)
{
	size_t i;

	for (i = 0; i < s->ncols; i++)
		if (strcmp(s->cols[i], name) == 0)
			return (int)i;
	return -1;
}

static void
data_warn(struct rk_stream *s, const char *what)
{
	s->status = RK_EXIT_FAIL;
	if (s->nwarn < MAXWARN)
		rk_warn_at(s->rd.name, s->rd.lineno, "%s", what);
	else if (s->nwarn == MAXWARN)
		rk_warn("%s: further data warnings not shown", s->rd.name);
	s->nwarn++;
}

#ifdef STREAM_SSE2
/*
 * The common row in one pass of 16-byte blocks: ASCII without NUL (valid,
 * nothing to repair) split at its TABs as rk_tsv_split would, *esc set if
 * it holds a backslash.  Any other row, and one with more fields than
 * columns, is left to the general path: SIZE_MAX, the line as it was.
 */
static size_t
split_plain(char *line, size_t len, struct rk_str *f, size_t max, int *esc)
{
	size_t n = 0, start = 0, bl, i, sh;
	unsigned tab, bs = 0;
	char pad[16];
	__m128i v;

	for (bl = 0;; bl += 16) {
		sh = 0;
		if (len - bl >= 16) {
			v = _mm_loadu_si128((const __m128i *)(line + bl));
		} else if (len >= 16) {
			/* the last 16 bytes, less those already seen */
			v = _mm_loadu_si128((const __m128i *)(line + len - 16));
			sh = 16 - (len - bl);
		} else {
			memset(pad, ' ', sizeof(pad));
			memcpy(pad, line, len);
			v = _mm_loadu_si128((const __m128i *)pad);
		}
		if (((unsigned)_mm_movemask_epi8(v) | (unsigned)_mm_movemask_epi8(
		    _mm_cmpeq_epi8(v, _mm_setzero_si128()))) >> sh != 0)
			goto undo;
		bs |= (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v,
		    _mm_set1_epi8('\\'))) >> sh;
		tab = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v,
		    _mm_set1_epi8('\t'))) >> sh;
		for (; tab != 0; tab &= tab - 1) {
			if (n == max - 1)
				goto undo;
			i = bl + (size_t)__builtin_ctz(tab);
			f[n].s = line + start;
			f[n].len = i - start;
			line[i] = '\0';
			n++;
			start = i + 1;
		}
		if (len - bl <= 16)
			break;
	}
	f[n].s = line + start;
	f[n].len = len - start;
	*esc = bs != 0;
	return n + 1;
undo:
	while (n-- > 0)
		line[f[n].s + f[n].len - line] = '\t';
	return SIZE_MAX;
}
#endif

#ifdef STREAM_SSE2
/* 16 bytes at p with no byte below 0x0B or >= 0x80 and no backslash. */
static inline int
dull16(const char *p)
{
	__m128i v = _mm_loadu_si128((const __m128i *)p);

	/* signed: a byte >= 0x80 is below 0x0B too */
	return _mm_movemask_epi8(_mm_or_si128(_mm_cmplt_epi8(v,
	    _mm_set1_epi8(0x0B)), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')))) == 0;
}

/*
 * The common row taken straight from the reader's buffer, as
 * rk_reader_next and split_plain would make it: a whole line there, ASCII
 * without NUL, with no more fields than columns.  One pass of 16-byte
 * blocks finds its end, its TABs and whether it holds a backslash (*esc);
 * each TAB becomes a NUL and its field is placed as it is found (a line
 * that turns out to be no such row gets its TABs back: placing the fields
 * in a second pass cost ~8 instructions a field), and the row borrows the
 * reader's buffer (r->borrow) instead of copying the line: row_own()
 * copies it before the buffer is refilled.  Returns the number of fields,
 * 0 for an empty line (taken: the caller skips it), or SIZE_MAX with
 * nothing taken or written when the line is not such a row or not whole
 * in the buffer (the general path reads it).
 */
static size_t
take_plain(struct rk_stream *s, struct rk_row *r, int *esc)
{
	struct rk_reader *rd = &s->rd;
	char *d = rd->iobuf + rd->rpos;
	struct rk_str *f = r->f;
	size_t avail = rd->rend - rd->rpos, max = s->ncols - 1, n = 0, start = 0;
	size_t bl, len, e;
	unsigned nl, tab, lim, bs = 0;
	__m128i v;

	if (avail == 0)
		return SIZE_MAX;
	for (bl = 0;; bl += 16) {
		/*
		 * The 16 bytes past the data are zeroed (fill()): a block may
		 * reach there and find no newline, but a NUL, which sends a line
		 * not whole in the buffer to the general path as any NUL does.
		 */
		v = _mm_loadu_si128((const __m128i *)(d + bl));
		nl = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v,
		    _mm_set1_epi8('\n')));
		lim = nl != 0 ? (nl & (0U - nl)) - 1 : 0xFFFF;	/* the bytes before it */
		/* signed: a byte >= 0x80 or NUL is below 1 */
		if ((unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(1))) & lim)
			goto undo;
		bs |= (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v,
		    _mm_set1_epi8('\\'))) & lim;
		tab = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v,
		    _mm_set1_epi8('\t'))) & lim;
		/* a block's fields placed before the count is looked at:
		 * r->f has room for 16 past the columns (read_row) */
		for (; tab != 0; tab &= tab - 1) {
			e = bl + (unsigned)__builtin_ctz(tab);
			f[n].s = d + start;
			f[n].len = e - start;
			d[e] = '\0';
			start = e + 1;
			n++;
		}
		if (n > max)
			goto undo;
		if (nl != 0)
			break;
		/*
		 * A block with no TAB is most likely inside a long field:
		 * its next blocks that hold nothing to look at (no byte
		 * below 0x0B - NUL, TAB, LF; signed, so no high byte - and
		 * no backslash) are passed by two tests, not the five
		 * above.  Not before: short fields would pay for them.
		 */
		if (tab == 0)
			while (dull16(d + bl + 16))
				bl += 16;
	}
	len = bl + (size_t)__builtin_ctz(nl);
	rd->rpos += len + 1;
	rd->lineno++;
	rd->crlf = len > 0 && d[len - 1] == '\r';
	len -= (size_t)rd->crlf;
	if (len == 0)
		return 0;
	d[len] = '\0';
	f[n].s = d + start;
	f[n].len = len - start;
	r->borrow = d;
	r->nborrow = len;
	*esc = bs != 0;
	return n + 1;
undo:
	while (n-- > 0)
		d[f[n].s + f[n].len - d] = '\t';
	return SIZE_MAX;
}
#endif

/*
 * A row that borrows the reader's buffer gets its own copy of its bytes:
 * the buffer is about to be refilled while the row is still wanted.
 */
static void
row_own(struct rk_row *r)
{
	const char *b = r->borrow;
	size_t k;
	char *d;

	if (b == NULL)
		return;
	r->line.len = 0;
	if (r->line.cap < r->nborrow + 1)
		rk_buf_grow(&r->line, r->nborrow);
	d = r->line.data;
	memcpy(d, b, r->nborrow + 1);
	r->line.len = r->nborrow;
	/* fields past those the line had point at "", not into it */
	for (k = 0; k < r->nf; k++)
		if (r->f[k].s >= b && r->f[k].s <= b + r->nborrow)
			r->f[k].s = d + (r->f[k].s - b);
	r->borrow = NULL;
}

/*
 * Before the general path reads a line: when that refills the reader's
 * buffer (the line is not whole in it), the first live rows of the pool
 * (the document being gathered) must not keep pointing into it.
 */
static void
own_live(struct rk_stream *s, size_t live)
{
	struct rk_reader *rd = &s->rd;
	size_t k;

	if (rd->rpos < rd->rend &&
	    memchr(rd->iobuf + rd->rpos, '\n', rd->rend - rd->rpos) != NULL)
		return;
	for (k = 0; k < live; k++)
		row_own(s->pool[k]);
}

/* Read, repair, split and unescape one row into r; 1, or 0 at end. */
static int
read_row(struct rk_stream *s, struct rk_row *r, size_t live)
{
	size_t n, i, bad = 0;
	char msg[128], *d;
	int esc;

	/* 16 fields more than the columns: take_plain places a block's
	 * fields before it counts them */
	if (r->fcap < s->ncols + 16) {
		r->fcap = s->ncols + 16;
		r->f = rk_xrealloc(r->f, r->fcap, sizeof(*r->f));
	}
	for (;;) {
		if (s->kind == RK_PLAIN)
			return 0;
#ifdef STREAM_SSE2
		if (s->ncols > 0 && (n = take_plain(s, r, &esc)) != SIZE_MAX) {
			if (n == 0)
				continue;
			r->lineno = s->rd.lineno;
			r->ascii = 1;
			goto split;
		}
#endif
		r->borrow = NULL;
		own_live(s, live);
		if (rk_reader_next(&s->rd) <= 0) {
			if (s->rd.error)
				s->status = RK_EXIT_FAIL;
			return 0;
		}
		if (s->rd.len > 0)
			break;
	}
	n = SIZE_MAX;
#ifdef STREAM_SSE2
	if (s->ncols > 0)
		n = split_plain(s->rd.data, s->rd.len, r->f, s->ncols, &esc);
#endif
	r->ascii = n != SIZE_MAX;
	if (n != SIZE_MAX || rk_utf8_valid(s->rd.data, s->rd.len)) {
		size_t c = r->line.cap;

		/* valid (most rows): the row takes the reader's buffer, no copy */
		d = r->line.data;
		r->line.data = s->rd.data;
		r->line.cap = s->rd.cap;
		r->line.len = s->rd.len;
		s->rd.data = d;
		s->rd.cap = c;
	} else {
		rk_buf_reset(&r->line);
		rk_utf8_repair(s->rd.data, s->rd.len, &r->line);
	}
	r->lineno = s->rd.lineno;
	if (n == SIZE_MAX) {
		n = rk_tsv_split(r->line.data, r->line.len, r->f, s->ncols);
		esc = memchr(r->line.data, '\\', r->line.len) != NULL;
	}
#ifdef STREAM_SSE2
split:
#endif
	if (n != s->ncols) {
		snprintf(msg, sizeof(msg), "expected %zu fields, got %zu", s->ncols, n);
		data_warn(s, msg);
		for (i = n; i < s->ncols; i++) {
			r->f[i].s = "";
			r->f[i].len = 0;
		}
	}
	r->nf = s->ncols;
	/* most rows hold no escape at all: one test instead of one a field */
	if (esc)
		for (i = 0; i < s->ncols && i < n; i++)
			bad += rk_tsv_unescape((char *)r->f[i].s, &r->f[i].len);
	if (bad > 0)
		data_warn(s, "bad escape (a lone or unknown backslash)");
	return 1;
}

static struct rk_row *
pool_get(struct rk_stream *s, size_t i)
{
	if (i >= s->npool) {
		size_t old = s->npool, k;

		s->npool = i < 16 ? 16 : i * 2;
		s->pool = rk_xrealloc(s->pool, s->npool, sizeof(*s->pool));
		for (k = old; k < s->npool; k++)
			s->pool[k] = rk_xcalloc(1, sizeof(struct rk_row));
	}
	return s->pool[i];
}

/* Rows a and b have the same document id (the first field). */
static int
same_doc(const struct rk_row *a, const struct rk_row *b)
{
	size_t n = a->f[0].len;
	uint64_t x[2], y[2];

	if (b->f[0].len != n)
		return 0;
	if (n < 8 || n > 16)
		return memcmp(a->f[0].s, b->f[0].s, n) == 0;
	/* most ids: two words, overlapping when shorter than 16 bytes */
	memcpy(&x[0], a->f[0].s, 8);
	memcpy(&x[1], a->f[0].s + n - 8, 8);
	memcpy(&y[0], b->f[0].s, 8);
	memcpy(&y[1], b->f[0].s + n - 8, 8);
	return ((x[0] ^ y[0]) | (x[1] ^ y[1])) == 0;
}

int
rk_doc_next(struct rk_stream *s, struct rk_doc *doc)
{
	struct rk_row *first, *r, *tmp;
	size_t n;

	if (s->havenext) {
		tmp = s->pool[0];
		s->pool[0] = s->pool[s->nextidx];
		s->pool[s->nextidx] = tmp;
		s->havenext = 0;
	} else if (!read_row(s, pool_get(s, 0), 0)) {
		return 0;
	}
	first = s->pool[0];
	for (n = 1;; n++) {
		r = n < s->npool ? s->pool[n] : pool_get(s, n);
		if (!read_row(s, r, n))
			break;
		if (!same_doc(r, first)) {
			s->havenext = 1;
			s->nextidx = n;
			break;
		}
	}
	doc->id = first->f[0].s;
	doc->n = n;
	doc->rows = s->pool;
	return 1;
}

int
rk_row_next(struct rk_stream *s, struct rk_row **row)
{
	struct rk_row *r = pool_get(s, 0);

	if (!read_row(s, r, 0))
		return 0;
	*row = r;
	return 1;
}

void
rk_stream_close(struct rk_stream *s)
{
	size_t i;

	for (i = 0; i < s->npool; i++) {
		rk_buf_free(&s->pool[i]->line);
		free(s->pool[i]->f);
		free(s->pool[i]);
	}
	free(s->pool);
	free(s->cols);
	rk_buf_free(&s->hdrline);
	rk_reader_close(&s->rd);
	memset(s, 0, sizeof(*s));
}
