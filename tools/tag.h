/*
 * tag.h: rk-tag's core, shared by its recognisers, rk-tag.c and the fuzz
 * target.  tag_doc() tags one document: it passes every row through and,
 * after each `sent` row, writes its entities sorted by start (longer first).
 *
 * Recognisers add spans with byte offsets into the sentence; tag.c turns
 * them into code-point offsets when it writes them, so that the written
 * `text` is exactly sentence[start:end).  Values (see rk-tag(1)):
 *   DATE    YYYY-MM-DD, --MM-DD, YYYY-MM, YYYY, or A/B for a range
 *   TIME    HH:MM, with +07:00/+08:00/+09:00 for WIB/WITA/WIT
 *   NUM PERCENT MONEY   a plain decimal number (1500.5, 2000000000)
 *   LOC     Kemendagri code (62.02.12) or level:name when it does not resolve
 *   VENUE   the venue as written, trimmed
 *   PER     the name without honorifics, degrees and ranks
 *   ROLE    canonical role (jabatan.tsv), then "@" and the LOC value of its
 *           area when one is named: "camat@62.02.12", "bupati@62.02"
 *   ORG     expansion of the acronym or canonical name
 *   EVENT   meeting type: rakor rakornas rakorda rakorcam rakortek ...
 *   MODE    virtual | offline | hybrid
 */
#ifndef TAG_H
#define TAG_H

#include <stdint.h>
#include <string.h>

#include "rk.h"

struct tag_span {
	size_t	 start;		/* byte offsets into the sentence, end exclusive */
	size_t	 end;
	char	 kind[12];
	size_t	 voff;		/* value: offset into tag_list.vals */
	size_t	 vlen;
};

struct tag_list {
	struct tag_span	*v;
	size_t		 n;
	size_t		 cap;
	struct rk_buf	 vals;
};

/* tag_add with the kind's length given (strlen(kind), a literal's mostly) */
void	tag_addk(struct tag_list *l, size_t start, size_t end, const char *kind,
	    size_t klen, const char *value, size_t vlen);

/* inline: the strlen of a literal kind is known where it is called */
static inline void
tag_add(struct tag_list *l, size_t start, size_t end, const char *kind,
    const char *value, size_t vlen)
{
	tag_addk(l, start, end, kind, strlen(kind), value, vlen);
}

/* Up to this many bytes tag_copy_short copies inline. */
#define TAG_SHORT	32

/*
 * n bytes from s to d for a short n (a kind, most values): loads and
 * stores inside the n bytes, the first and last 16 or 8 (or 4) bytes,
 * or the 1 to 3 bytes - no memcpy call.
 */
static inline void
tag_copy_short(char *d, const char *s, size_t n)
{
	if (n > TAG_SHORT) {
		memcpy(d, s, n);
	} else if (n > 16) {
		uint64_t a, b, x, y;

		memcpy(&a, s, 8);
		memcpy(&b, s + 8, 8);
		memcpy(&x, s + n - 16, 8);
		memcpy(&y, s + n - 8, 8);
		memcpy(d, &a, 8);
		memcpy(d + 8, &b, 8);
		memcpy(d + n - 16, &x, 8);
		memcpy(d + n - 8, &y, 8);
	} else if (n >= 8) {
		uint64_t a, b;

		memcpy(&a, s, 8);
		memcpy(&b, s + n - 8, 8);
		memcpy(d, &a, 8);
		memcpy(d + n - 8, &b, 8);
	} else if (n >= 4) {
		uint32_t a, b;

		memcpy(&a, s, 4);
		memcpy(&b, s + n - 4, 4);
		memcpy(d, &a, 4);
		memcpy(d + n - 4, &b, 4);
	} else if (n > 0) {
		d[0] = s[0];
		d[n / 2] = s[n / 2];
		d[n - 1] = s[n - 1];
	}
}

/*
 * rk_buf_add for the recognisers' short values (a role, a code, a word):
 * the common case, room in b, copied inline - no two calls and a memcpy
 * call a piece; the rest (and the growing) by rk_buf_add, the same bytes.
 */
static inline void
tag_buf_add(struct rk_buf *b, const char *s, size_t n)
{
	if (b->data == NULL || n > TAG_SHORT || n >= b->cap - b->len) {
		rk_buf_add(b, s, n);
		return;
	}
	tag_copy_short(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

/* rk_buf_reset inline: ~1 M calls on the 20 MB slice, a store or two each */
static inline void
tag_buf_reset(struct rk_buf *b)
{
	b->len = 0;
	if (b->data != NULL)
		b->data[0] = '\0';
}

static inline void
tag_buf_adds(struct rk_buf *b, const char *s)
{
	tag_buf_add(b, s, strlen(s));
}

static inline void
tag_buf_addc(struct rk_buf *b, int c)
{
	if (b->data == NULL || b->cap - b->len < 2) {
		rk_buf_addc(b, c);
		return;
	}
	b->data[b->len++] = (char)c;
	b->data[b->len] = '\0';
}
void	tag_list_reset(struct tag_list *l);
void	tag_list_free(struct tag_list *l);
/* 1 if [start,end) overlaps a span already in l (any kind, or of kind). */
int	tag_overlaps(const struct tag_list *l, size_t start, size_t end, const char *kind);

/*
 * Field f (a struct rk_str) is the word w, a string literal: a length
 * test and an inline compare, where strcmp was a call for every row.
 */
#define TAG_IS(f, w)	((f).len == sizeof(w) - 1 && \
	memcmp((f).s, (w), sizeof(w) - 1) == 0)

struct tag_opts {
	int	 verbose;	/* -v: report weekday/date contradictions */
	int	 noheader;	/* -N */
};

/* Load lexicons once (dies on a missing data file). */
void	tag_init(void);
void	tag_fini(void);
/* Tag one document of an rk-segment stream; rows written to out. */
void	tag_doc(const struct tag_opts *o, const struct rk_stream *s,
	    const struct rk_doc *doc, FILE *out);

/* ---- tag_date.c: DATE TIME NUM PERCENT MONEY ---------------------------- */

/*
 * Document context for dates: the publication date (pubdate row), the
 * copyright year, and the years of explicit dates found in the document,
 * used to give `(d/m)` dates their year.  date_doc_begin() scans the whole
 * document before any sentence is tagged.
 */
struct date_ctx {
	int	 pub_y, pub_m, pub_d;	/* 0 when unknown */
	int	 copy_y;
	int	 doc_y;			/* most likely year from explicit dates */
	int	 verbose;
	const char *docid;
};
void	date_init(void);
void	date_fini(void);
void	date_doc_begin(struct date_ctx *c, const struct rk_stream *s,
	    const struct rk_doc *doc);
void	date_tag(struct date_ctx *c, const char *s, size_t len, struct tag_list *out);
/*
 * What a sentence's entity tokens (tag_tok.c, cut before the date scan
 * in the first pass) say it holds: TD_DIGIT an ASCII digit, TD_REL a word
 * that may start a relative date (kemarin, besok ...), TD_LOOK nothing
 * sure (not cut by the ASCII path).  date_tag_hint() is date_tag() that
 * skips worth()'s pass over the bytes when the flags tell its answer.
 */
#define TD_DIGIT	1
#define TD_REL		2
#define TD_LOOK		4
void	date_tag_hint(struct date_ctx *c, const char *s, size_t len,
	    unsigned hint, struct tag_list *out);
int	date_relword(const char *w, size_t n);
int	date_relword_at(const char *p, size_t n);
/* Civil calendar: days since 1970-01-01, back again, weekday (0 Sunday). */
long	date_days(int y, int m, int d);
void	date_civil(long z, int *y, int *m, int *d);
int	date_wday(int y, int m, int d);

/* ---- tag_ent.c: LOC VENUE PER ROLE ORG EVENT MODE ----------------------- */

struct ent_ctx;
void	ent_init(void);
void	ent_fini(void);
struct ent_ctx *ent_doc_begin(const struct rk_stream *s, const struct rk_doc *doc,
	    struct date_ctx *dc);
int	ent_dates(struct ent_ctx *c, const char *s, size_t len, struct tag_list *out);
void	ent_tag(struct ent_ctx *c, const char *s, size_t len, struct tag_list *out);
/*
 * After ent_tag: its sentence is ASCII (1), is not (0), or unknown (-1);
 * the tokenizer knew, so write_sent need not look at the bytes again.
 */
extern int ent_ascii;
void	ent_doc_end(struct ent_ctx *c);

#endif
