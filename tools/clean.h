/*
 * clean.h: rk-clean's core, shared by the command and the fuzz target.
 *
 * clean_init() compiles the patterns and loads data/clean-boiler.tsv once;
 * clean_doc() turns one scraped page into rk-clean rows (doc para kind text
 * value) on out.  The core keeps its work buffers between documents, so
 * memory is bounded by the largest document.
 */
#ifndef CLEAN_H
#define CLEAN_H

#include <stddef.h>
#include <stdio.h>

/* Rules, in the order --rules lists them. */
enum clean_rule {
	R_NAV, R_CRUMB, R_SHARE, R_BACAJUGA, R_COUNTER, R_AD, R_COMMENTS,
	R_RELATED, R_MARKUP, R_COPYRIGHT, R_CAPTION, R_BYLINE, R_TIMESTAMP,
	R_HEADER, R_TRAILER, R_DUP, R_IMGNAME, R_LANGSWITCH, R_GLYPH,
	R_DATELINE, R_REPORTER, R_REFLOW, R_STORY, R_DISCLAIMER, R_SYNDICATION,
	R_NRULES
};

struct clean_opts {
	unsigned long	 off;		/* bit (1 << rule) set: rule switched off */
	int		 explain;	/* also write kind drop rows */
};

/* What a JSON record says about the page; NULL/0 fields are absent. */
struct clean_meta {
	const char	*url;
	size_t		 urllen;
	const char	*title;
	size_t		 titlelen;
	const char	*date;
	size_t		 datelen;
};

extern const char *const clean_rule_name[R_NRULES];
extern const char *const clean_rule_help[R_NRULES];

void	clean_init(void);
/* Rule number of name, or -1. */
int	clean_rule_find(const char *name);
/* Clean one document (any bytes) and write its rows; at least one row. */
void	clean_doc(const struct clean_opts *o, const char *id, const char *text,
	    size_t len, const struct clean_meta *meta, FILE *out);
/* Write the single `empty` row of a document that could not be read. */
void	clean_empty(const char *id, FILE *out);
/*
 * Parse one JSON object (one JSONL line).  On success returns 0 and sets
 * the string fields it found (text, id, url, title, date), decoded into
 * memory owned by the parser until the next call; on error returns -1 and
 * sets *err to a short message.
 */
struct clean_json {
	const char	*text, *id, *url, *title, *date;
	size_t		 textlen, idlen, urllen, titlelen, datelen;
	int		 hastext;
};
int	clean_json_parse(const char *s, size_t len, struct clean_json *j,
	    const char **err);
/* Find a publication date/time in s; writes ISO 8601 to iso (>= 20 bytes). */
int	clean_date_find(const char *s, size_t len, char *iso, size_t *start,
	    size_t *end);
void	clean_free(void);
void	clean_json_free(void);

#endif
