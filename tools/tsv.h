/*
 * tsv.h: rk-tsv's core.  Any TSV with a header goes in, file by file;
 * rows come out in one of five formats.  The core never exits: a usage
 * problem found in the data (an unknown column, no kind column, headers
 * that differ) is reported and returned as RK_EXIT_USAGE, so the fuzz
 * target can drive it too.
 */
#ifndef TSV_H
#define TSV_H

enum tsv_fmt { TSV_FMT_TSV, TSV_FMT_CSV, TSV_FMT_JSONL, TSV_FMT_MD, TSV_FMT_PRETTY };

struct tsv_opts {
	enum tsv_fmt	 fmt;
	int		 noheader;	/* -N */
	int		 check;		/* --check: validate only */
	size_t		 width;		/* -w: pretty/md cell width limit, 0 = none */
	const char	*cols;		/* -c: "a,b,new=old", or NULL for all */
	const char *const *kinds;	/* -k values */
	size_t		 nkinds;
};

struct tsv;

/* Parse a -f value; -1 if unknown. */
int		 tsv_fmt_parse(const char *name);
/* The core writes to out; opts (and the strings in it) must outlive it. */
struct tsv	*tsv_new(const struct tsv_opts *opts, FILE *out);
/*
 * Read one operand ("-" = stdin) and write or check its rows.  Returns
 * 0, 1 (a data or I/O error, warned; go on) or RK_EXIT_USAGE (warned;
 * stop).  Stops early when out has an error.
 */
int		 tsv_file(struct tsv *t, const char *path);
/* Write what the buffered formats (md, pretty) hold; returns 0. */
int		 tsv_finish(struct tsv *t);
void		 tsv_free(struct tsv *t);

#endif
