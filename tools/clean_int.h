/*
 * clean_int.h: what the files of rk-clean's core share.  clean.c owns the
 * state and the driver; the rules live in clean_line.c (one line at a
 * time), clean_para.c (paragraphs), clean_page.c (title and extent) and
 * clean_lift.c (what is lifted or cut around the article).
 */
#ifndef CLEAN_INT_H
#define CLEAN_INT_H

#include <stddef.h>
#include <stdint.h>

#include "rk.h"
#include "clean.h"

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define CLEAN_SSE2	1
#endif

/* Unit flags. */
#define U_BLANK	0x01	/* a blank line came before it */
#define U_NEXT	0x02	/* drop the next unit too */
#define U_REST	0x04	/* comment section: the rest goes */
#define U_LIST	0x08	/* related list: headline lines follow */
#define U_BODY	0x10	/* looks like an article paragraph */
#define U_TITLE	0x20
#define U_GAP	0x40	/* two blank lines or more came before it */
#define U_WRAP	0x80	/* re-flowed, its last line open and of a wrapped width */

/* Lexicon scopes. */
enum { S_LINE, S_WORD, S_NEXT, S_REST, S_LIST, S_NUM, S_LANG, S_SITE };

struct unit {
	size_t	off, len;	/* text in arena */
	int	rule;		/* -1 kept, else the rule that dropped it */
	int	flags;
	int	nw;		/* words */
	int	hkn;		/* head key length, -1 until computed */
	int	term;		/* ends_term of the text, -1 until computed */
	char	hk[12];		/* first alphanumerics, lowercased (title and
				 * repeat look-ups) */
};

struct span {
	size_t	unit;
	int	rule;
	size_t	off, len;	/* in arena */
};

enum { M_PUBDATE, M_DATELINE, M_AGENCY, M_AUTHOR, M_EDITOR, M_REPORTER,
	M_URL, M_CAPTION, M_COPYRIGHT, M_N };

struct meta {
	int	kind;
	size_t	toff, tlen;	/* text, in arena */
	size_t	voff, vlen;	/* value, in arena */
};

/* The boilerplate lexicon (data/clean-boiler.tsv) and its triggers. */
extern struct rk_hash boiler, boiler_first;	/* boiler_first: first words of phrases */
extern struct rk_hash trigs;	/* first word -> detectors (T_*) */
extern struct rk_table boiler_tab;
extern int *boiler_rule, *boiler_scope;

extern struct rk_re re_dateline, re_site, re_reporter, re_reporter_bare,
    re_bacajuga, re_capinline, re_imgname, re_imgname2, re_langswitch,
    re_capline, re_capline2, re_markup, re_md_link, re_underscore,
    re_glyph, re_thai, re_dagger, re_capend;

/* Common words and region names for datelines (city_common), loaded late. */
extern struct rk_hash common_words, region_names, region_top;
extern struct rk_table commontab, regiontab, abbrtab, aliastab;
extern int common_loaded;

/*
 * The abbreviations and sentence openers rk-segment knows: a hard-wrapped
 * line that ends in "Dr. H." has not ended its paragraph.  Loaded the
 * first time a line ends in such a token.
 */
extern struct rk_abbr abbrs;
extern int abbr_loaded;

/*
 * Per-document state, reused.  arena holds the document's lines; sidebuf
 * holds metadata and dropped spans.  They are apart so that lifting
 * metadata out of a line never moves the line being read.
 */
extern struct rk_buf arena, sidebuf, tmpbuf, keybuf;
extern struct unit *units;
extern size_t nunits;
extern struct meta *metas;
extern size_t nmetas;
extern int cur_nw;	/* words of the line judge_line is looking at */
extern uint64_t *dup_hashes;
extern size_t dup_cap;
extern uint64_t *wordsets;	/* near-duplicate word sets, per kept unit */
extern size_t capwords;
/* Lowercase ASCII letters and digits; 0 for other ASCII; 1 stops (>= 0x80). */
extern unsigned char alnum_low[256];

static inline int
on(const struct clean_opts *o, int rule)
{
	return (o->off & (1UL << rule)) == 0;
}

static inline const char *
TX(const struct unit *u)
{
	return arena.data + u->off;
}

/* clean.c: text helpers, the document's units, spans and metadata */
int	count_words(const char *s, size_t len);
int	ends_term(const char *s, size_t len);
int	starts_lower(const char *s, size_t len);
int	has_alnum_slow(const char *s, size_t len);
const char *mem_find(const char *s, size_t len, const char *p, size_t n);
const char *ci_find(const char *s, size_t len, const char *p);
size_t	core_start(const char *s, size_t len);
void	core_of(const char *s, size_t len, size_t *a, size_t *b);
long	lex_find(const char *s, size_t len);
long	fold_find(struct rk_hash *h, const char *s, size_t len);
void	fold_add(struct rk_hash *h, const char *s, size_t len, long val);
size_t	arena_add(const char *s, size_t len);
void	meta_add(int kind, const char *t, size_t tlen, const char *v, size_t vlen);
void	pubdate_offer(const char *t, size_t tlen, const char *iso, int rank);
void	span_add(size_t u, int rule, const char *s, size_t len);

/* Any letter or digit in s?  Most lines open with one: said without a
 * call (has_alnum_slow looks further, past ASCII too). */
static inline int
has_alnum(const char *s, size_t len)
{
	return (len > 0 && alnum_low[(unsigned char)s[0]] > 1) ||
	    has_alnum_slow(s, len);
}

/* ends_term of a unit's text, computed once until the text changes. */
static inline int
unit_term(const struct unit *u)
{
	if (u->term < 0)
		units[u - units].term = ends_term(TX(u), u->len);
	return u->term;
}

/* s starts with p, ASCII case folded. */
static inline int
ci_prefix(const char *s, size_t len, const char *p)
{
	size_t i;

	/* p is lowercase ASCII; most calls fail on the first byte */
	for (i = 0; p[i] != '\0'; i++)
		if (i >= len || (s[i] | (s[i] >= 'A' && s[i] <= 'Z' ? 32 : 0)) != p[i])
			return 0;
	return 1;
}

/* s equals the lowercase ASCII word p (n bytes), ASCII case folded:
 * strncasecmp's answer for such a p, without the call. */
static inline int
ci_eq(const char *p, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((s[i] | (s[i] >= 'A' && s[i] <= 'Z' ? 32 : 0)) != p[i])
			return 0;
	return 1;
}

/* Short keys equal (a call to memcmp costs more than their bytes). */
static inline int
key_eq(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (a[i] != b[i])
			return 0;
	return 1;
}

/* clean_line.c: each line judged alone */
int	site_word(const char *s, size_t len);
int	dash_early(const char *s, size_t len);
void	trig_init(void);
int	judge_line(const struct clean_opts *o, size_t ui);
void	affiliations(size_t first);

/* clean_para.c: paragraphs and the debris inside them */
int	body_like(const struct unit *u);
void	reflow(const struct clean_opts *o);
void	inline_rules(const struct clean_opts *o, size_t ui);

/* clean_page.c: the title and the article's extent */
void	drop(size_t i, int rule);
size_t	head_key(const char *s, size_t len, char *k, size_t max);
size_t	unit_head(const struct unit *u);
int	title_candidate(const struct unit *u);
void	title_repeats(const struct clean_opts *o, size_t t);
void	author_notes(const struct clean_opts *o);
long	find_title(const struct clean_opts *o, int given);
int	mid_sentence_end(const char *s, size_t len);
int	headline_like(const struct unit *u);
void	extent(const struct clean_opts *o);
int	all_caps(const char *s, size_t len);
void	cut_front(const struct clean_opts *o, size_t ui, size_t n, int rule);

/* clean_lift.c: dateline, reporter, duplicates, captions, the page's tail */
void	common_load(void);
int	dateline(const struct clean_opts *o, size_t ui);
const char *last_byte(const char *s, int c, size_t len);
int	reporter(const struct clean_opts *o, size_t ui);
void	duplicates(const struct clean_opts *o);
void	lead_captions(void);
long	caption_above(const struct clean_opts *o, size_t c, size_t lead);
void	caption_echo(const struct clean_opts *o, size_t lead);
void	next_story(const struct clean_opts *o);
void	plain_captions(const struct clean_opts *o);
void	disclaimer(const struct clean_opts *o);
void	syndication(const struct clean_opts *o);
#endif
