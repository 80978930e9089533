/*
 * segment.h: rk-segment's core, shared by rk-segment.c and the fuzz target.
 *
 * segment_para() finds the sentences of one paragraph: it writes byte spans
 * [start, end) into the paragraph, in order, each trimmed of white space and
 * never empty.  A boundary only ever falls on white space, so the spans
 * joined with single spaces give back the paragraph modulo runs of white
 * space (the lossless property the tests check).  The lexicons must have
 * been loaded with segment_init() first.
 */
#ifndef SEGMENT_H
#define SEGMENT_H

#include "rk.h"

struct seg_spans {
	size_t	*v;		/* start0, end0, start1, end1, ... */
	size_t	 n;		/* number of spans */
	size_t	 cap;		/* in spans */
};

struct seg_opts {
	int	 noheader;	/* -N */
	int	 lines;		/* -l: sentence text only, one a line */
};

/* Output state across documents: columns beyond the first six. */
struct seg_out {
	const struct seg_opts *o;
	FILE		*fp;
	size_t		 nextra;	/* extra input columns carried through */
	struct seg_spans sp;
	struct rk_buf	 ob;		/* rows not yet written */
};

/* Load the lexicons once (dies on a missing data file). */
void	segment_init(void);
void	segment_fini(void);
/* flags: SEG_TITLE = a headline, never split before an unpunctuated opener */
#define SEG_TITLE	0x1
void	segment_para(const char *s, size_t len, int flags,
	    struct seg_spans *out);
void	seg_spans_free(struct seg_spans *sp);

/* Write the rows built so far (they are written every 64 KiB anyway). */
void	segment_flush(struct seg_out *so);
/* Write the header unless -N or -l. */
void	segment_header(struct seg_out *so, const struct rk_stream *s);
/* Segment one document of an rk-clean stream. */
void	segment_doc(struct seg_out *so, const struct rk_stream *s,
	    const struct rk_doc *doc);
/*
 * Plain text: paragraph number para of document doc; *sentno is the running
 * sentence number of the document.  A document without paragraphs gets one
 * `empty` row from segment_empty().
 */
void	segment_plain(struct seg_out *so, const char *doc, long para,
	    long *sentno, const char *s, size_t len);
void	segment_empty(struct seg_out *so, const char *doc);

#endif
