/*
 * extract.h: rk-extract's core, shared by its parts, rk-extract.c and the
 * fuzz target.  extract_doc() reads one document of an rk-tag stream and
 * writes one row per coordination meeting the document reports (or, with
 * opts.all, one row of type `none` when it reports none).
 *
 * The core works on sentences: every `sent` row becomes a struct ex_sent
 * with its tokens and the entity rows rk-tag wrote after it.  Each field
 * prefers an rk-tag entity and falls back to cues in the sentence text, so
 * a stream with few or no entity rows still gives rows.
 */
#ifndef EXTRACT_H
#define EXTRACT_H

#include "rk.h"

struct extract_opts {
	int	 all;		/* --all: a `none` row for a document without a meeting */
	int	 noheader;	/* -N */
};

/* Load lexicons once (dies on a missing data file). */
void	extract_init(void);
void	extract_fini(void);
/* One document of an rk-tag stream; rows written to out. */
void	extract_doc(const struct extract_opts *o, const struct rk_stream *s,
	    const struct rk_doc *doc, FILE *out);

/* ---- internal: the document model ------------------------------------- */

#define TK_WORD	0x01	/* letters or digits */
#define TK_CAP	0x02	/* starts with an upper-case letter */
#define TK_UPPER 0x04	/* two or more letters, all upper case (BPBD) */
#define TK_DIGIT 0x08	/* starts with a digit */
#define TK_SE	0x10	/* the "se-" of se-Kabupaten, split off */

struct ex_tok {
	size_t		 s, e;		/* byte offsets in the sentence */
	unsigned	 fl;
	char		 low[24];	/* folded form, cut to fit */
	unsigned char	 len;		/* strlen(low) */
	unsigned char	 lx;		/* lexicons it may start (extract_lex.c) */
	/* the longest folded key of jab_form, top_cue it may start; 0: any */
	unsigned char	 kjab, ktop;
	uint64_t	 m;		/* word sets it is in (extract.c) */
};

struct ex_ent {
	const char	*kind;
	const char	*text;
	const char	*value;
	size_t		 s, e;		/* byte offsets in the sentence */
};

struct ex_date;

struct ex_sent {
	int		 para, sent;
	int		 title;
	const char	*text;
	size_t		 len;
	struct ex_ent	*ent;
	size_t		 nent, entcap;
	struct ex_tok	*tok;
	size_t		 ntok, tokcap;
	uint64_t	 m;		/* union of its tokens' sets */
	int		 fut;		/* future_sent() cache, -1 unknown */
	int		 other;		/* before_meeting() cache, -1 unknown */
	size_t		 ocp, ob;	/* last code point / byte offset mapped */
	struct ex_date	*dc;		/* its dates (extract.c), dn of them */
	int		 dn;		/* -1: not looked for yet */
	int		 ascii;		/* text is all ASCII: code points are bytes */
};

/* ---- extract_lex.c: lexicons and recognisers --------------------------- */

enum ex_level { LV_NONE, LV_PROV, LV_KAB, LV_KOTA, LV_KEC, LV_KEL, LV_DESA };

/* A resolved area: index into the wilayah table, or -1. */
struct ex_area {
	long	 row;
	size_t	 te;		/* token after the phrase */
};

/* A person mention: role and/or name, as token ranges and strings. */
struct ex_person {
	size_t	 ts, te;		/* whole phrase */
	int	 role;			/* role row in jabatan, -1 */
	size_t	 rs, re;		/* role as written incl. area (tokens) */
	long	 area;			/* area row, -1 */
	size_t	 ns, ne;		/* name tokens, ns == ne: none */
};

void	lex_init(void);
void	lex_fini(void);
/*
 * Tokenise s into *t (grown as needed); returns the count.  *m (unless
 * m is NULL): the union of the tokens' word sets, the sentence's.
 */
size_t	lex_tokenize(const char *s, size_t len, struct ex_tok **t, size_t *cap,
	    uint64_t *m);
int	lex_is(const struct ex_tok *t, const char *w);
/* Word w (folded here) is in the sets m: tokens get m as they are made. */
void	lex_word_add(const char *w, uint64_t m);
/* Context: codes seen in the document, to choose among homonyms. */
void	lex_ctx_reset(void);
void	lex_ctx_add(const char *code, int weight);
long	lex_ctx_best(enum ex_level lv);
/* Area phrase at token i ("Kabupaten Kutai Timur", "Kutim", "se-Kota X"). */
int	lex_area(const struct ex_sent *st, size_t i, enum ex_level want, int bare,
	    struct ex_area *a);
/* Resolve a name or code to a wilayah row (want LV_NONE: any level). */
long	lex_area_name(const char *name, size_t len, enum ex_level want);
long	lex_area_code(const char *code, size_t len);
/* Area row -> "Kabupaten Kutai Timur", its code, level, parent row. */
void	lex_area_full(long row, struct rk_buf *out);
const char *lex_area_codestr(long row);
enum ex_level lex_area_level(long row);
long	lex_area_parent(long row);
/* Role at token i (longest form); returns jabatan row or -1, *te set. */
int	lex_role(const struct ex_sent *st, size_t i, size_t *te);
const char *lex_role_canon(int role);
enum ex_level lex_role_level(int role);
int	lex_role_is_head(int role);	/* heads a government: bupati, camat ... */
int	lex_role_national(int role);
/* Person phrase starting at token i. */
int	lex_person(const struct ex_sent *st, size_t i, struct ex_person *p);
/* Name at token i: end token, 0 if none. */
size_t	lex_name(const struct ex_sent *st, size_t i);
/* Name text without honorifics and degrees. */
void	lex_name_clean(const struct ex_sent *st, size_t ns, size_t ne, struct rk_buf *out);
/* "HM X" written at out->data + from becomes "M X" (Haji Muhammad X). */
void	lex_name_hm(struct rk_buf *out, size_t from);
int	lex_honorific(const struct ex_tok *t);
int	lex_rank(const struct ex_tok *t);
/* t is the first word of some role (Asisten, Kepala, Ketua ...). */
int	lex_role_word(const struct ex_tok *t);
/* Degree at token k, also as irregularly written (S.i.p.MM): tokens used. */
size_t	lex_degree(const struct ex_sent *st, size_t k);
/* Topics: canonical topic of the cue at token i, longest; NULL if none. */
const char *lex_topic(const struct ex_sent *st, size_t i, size_t *te);

/* ---- dates (extract.c): rk-tag's DATE rows, or its recogniser's --------- */

struct ex_date {
	size_t	 s, e;		/* bytes, date_text incl. weekday */
	int	 y, m, d;	/* y 0: unknown */
	int	 wd;		/* weekday 0 Sunday .. 6, -1 none */
	int	 y2, m2, d2;	/* last day of a range (7-8 Agustus), m2 0: none */
	char	 value[32];	/* ISO, as rk-tag writes it */
};

#endif
