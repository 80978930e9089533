/*
 * extract_int.h: what the parts of rk-extract share (extract.c: the
 * document; extract_date.c: its dates; extract_detect.c: mentions,
 * detection and the word sets; extract_chair.c: the chair;
 * extract_place.c: venue, organizer and place, mode; extract_field.c:
 * the other fields of a meeting).  Not an interface:
 * one tool's internals, split in files small enough to read.
 */
#ifndef EXTRACT_INT_H
#define EXTRACT_INT_H

#include <string.h>

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
	int	 quoted;	/* inside a speaker's quotation marks */
};

#define NO_SENT	((size_t)-1)

struct meeting {
	size_t	 from, to;	/* sentence range */
	size_t	 anchor;	/* index into mentions */
	int	 same_day;	/* "Sore harinya ... kembali menggelar rakor" */
	/* do_meeting()'s date: its value, its text in sentence dsi */
	char	 date[32];
	size_t	 dsi, ds, de;	/* dsi NO_SENT: the page's date (D.pub_text) */
};

/* The document being read: its sentences, mentions and metadata. */
struct docm {
	struct ex_sent	*sent;
	size_t		 nsent, capsent;
	struct mention	*men;
	size_t		 nmen, capmen;
	int		 pub_y, pub_m, pub_d, copy_y;
	const char	*dateline;
	const char	*pub_text;	/* the page's date as written, or NULL */
	int		 columnist;	/* the byline is a columnist's: no report */
	int		 years[16];
	size_t		 nyears;
	int		 has_gub, has_bup;
	/* photo captions, tokenised after the sentences: sent[nsent + k] */
	size_t		 ncap;
	int		 captok;	/* their tokens made (caps_tokenize) */
	int		 capdate;	/* their dates found (caps_dates) */
	const struct rk_stream *stream;	/* the document, for caps_dates */
	const struct rk_doc *doc;
	/* per meeting */
	unsigned char	*ev;		/* evidence flags per sentence */
	size_t		 capev;
};

/* The output row's fields. */
enum { F_DOC, F_EVENT, F_TYPE, F_TITLE, F_DATE, F_DATE_TEXT, F_TIME, F_PLACE,
	F_PLACE_CODE, F_REGION, F_VENUE, F_MODE, F_CHAIR, F_CHAIR_ROLE,
	F_ORGANIZER, F_PARTICIPANTS, F_TOPICS, F_EVIDENCE, NF };

/* The word sets (extract_detect.c, setv), as bits of a token's mask. */
enum {
	S_FUTURE, S_PASTMARK, S_HAPPEN, S_GENERIC, S_ASSOC, S_NEG, S_DONE,
	S_ROLES_GUB, S_ROLES_BUP, S_DPRD, S_COORD, S_VHEAD, S_VLOW, S_VPRE,
	S_VSTOP, S_MEETISH, S_FILL, S_READER, S_ASKIP, S_BODY, S_NATIONAL,
	S_HOLD, S_HOLD_P, S_VIRT, S_VIRTNEG, S_PHYS, S_ATTEND, S_PART, S_SPLIT,
	S_DROP, S_TSTOP, S_DNEG, S_CHAIRV, S_FUTMARK, S_NEGOBJ, S_TZ, S_TATAP, S_MODECUE, S_MENT, S_SAY, S_WHEN, S_SESSION, S_FOLLOW, S_AHEAD, S_RESULT,
	S_FORUM, S_EARLIER, S_CALLOFF, S_NONGOV, S_GOVHOST, S_COURT, S_RECALL,
	NSETS
};
/*
 * Not word sets: bits tok_make() gives a token whose folded form starts
 * with "rakor" (rakornas, rakorda ...), a mention's other start; one
 * of four characters that starts with a digit (a year, maybe);
 * "kunjungan" or "halal", which start doc_negative()'s two-word events;
 * and "setiap" or "arahan", without which other_meeting() need not walk
 * a sentence's tokens; a stop word of stopcap() exactly as its list has it
 * (LX_STOP also takes its folded forms); a word a topic cue may start
 * (LX_TOP); "peserta" and "pimpinan", which participants_in() and
 * chair_in() look for; a weekday's name (wday_words()).  S_NEGW, S_OTHW,
 * S_STOPX, S_PESERTA, S_PIMP and S_WDAY come from the token's winfo: loops
 * find these tokens with tok_next().
 */
enum { S_RAKOR = NSETS, S_YEAR4, S_NEGW, S_OTHW, S_STOPX, S_TOPW, S_PESERTA,
	S_PIMP, S_WDAY };

/* A venue found in sentence si. */
struct venue {
	size_t	 si;
	size_t	 bs, be;	/* bytes */
	size_t	 ts, te;	/* tokens, ts == te when from a tag */
};

/* The best chair so far. */
struct chair {
	int		 prio;		/* lower is better, 0 none */
	size_t		 si;
	struct ex_person p;
	/* one who ran it after another opened it: his role (runner_set) */
	int		 runner_set, runner_role;
};

extern struct docm D;
extern struct rk_buf fb[NF];		/* the row being made */
extern struct rk_buf scratch;
extern struct ex_tok *vtok;		/* a PER value's tokens */
extern size_t nvtokcap;
extern struct ex_date dates[MAXDATE];
extern struct rk_re re_time, re_wdback;

/* extract.c: tokenise the captions, if not yet done, before reading them */
void	caps_tokenize(void);
void	caps_dates(void);

/* extract_detect.c: the word sets */
void	sets_init(void);
void	sets_fini(void);
int	word_in(const char *w, int set);
/*
 * Token i is in the set / is the word w: the tests made most often, so
 * inline; len is strlen(low), so a length (a constant where w is a
 * literal) and a memcmp() are strcmp() == 0.
 */
static inline int
tin(const struct ex_sent *st, size_t i, int set)
{
	return i < st->ntok && (st->tok[i].m >> set & 1) != 0;
}

static inline int
tok_is(const struct ex_tok *t, const char *w)
{
	size_t n = strlen(w);

	return t->len == n && memcmp(t->low, w, n) == 0;
}

static inline int
tis(const struct ex_sent *st, size_t i, const char *w)
{
	return i < st->ntok && tok_is(&st->tok[i], w);
}

/* snprintf(dst, size, "%s", src) without the printf */
static inline void
put_str(char *dst, size_t size, const char *src)
{
	size_t n = strlen(src);

	if (size == 0)
		return;
	if (n >= size)
		n = size - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
}

/* the parts call lex_is() inline too (extract_lex.c defines the function) */
#define lex_is(t, w)	tok_is((t), (w))

/* extract.c: small helpers */
int	tpre(const struct ex_sent *st, size_t i, const char *prefix);
int	in_ent(const struct ex_sent *st, size_t j, const char *kind);
size_t	tok_at(const struct ex_sent *st, size_t b);

/*
 * An entity's kind is k (strcmp() == 0): a byte loop, no call; most kinds
 * differ in their first letter, and the others are a few letters long.
 */
static inline int
kis(const char *kind, const char *k)
{
	size_t i;

	for (i = 0; kind[i] == k[i]; i++)
		if (k[i] == '\0')
			return 1;
	return 0;
}

static inline int
sent_has(const struct ex_sent *st, int set)
{
	return (st->m >> set & 1) != 0;
}

void	add_tokens(struct rk_buf *b, const struct ex_sent *st, size_t ts, size_t te);
void	add_noparen(struct rk_buf *b, const struct ex_sent *st, size_t ts, size_t te);
void	evid(size_t si);

/*
 * The first token from j on with any of the bits of mask, or ntok: loops
 * over the few tokens that matter skip the rest in a tight scan, and a
 * sentence none of whose tokens has them at once.
 */
static inline size_t
tok_next(const struct ex_sent *st, size_t j, uint64_t mask)
{
	const struct ex_tok *t, *e;

	/* (no pointer arithmetic on an empty sentence's NULL tok) */
	if (!(st->m & mask) || j >= st->ntok)
		return st->ntok;
	t = st->tok + j;
	e = st->tok + st->ntok;
	while (t < e && !(t->m & mask))
		t++;
	return (size_t)(t - st->tok);
}

/* extract_detect.c: mentions and detection */
#define MENT_BITS	((uint64_t)1 << S_MENT | (uint64_t)1 << S_RAKOR)
/* A word a meeting mention may start with: the cheap test before mention_at(). */
static inline int
ment_word(const struct ex_tok *t)
{
	return (t->m & MENT_BITS) != 0;
}
/* A meeting named at token i of st: its length in tokens, or 0. */
size_t	mention_at(const struct ex_sent *st, size_t i, struct mention *m);
int	result_of(const struct ex_sent *st, size_t j);
int	future_sent(const struct ex_sent *st);
int	done_verb(const struct ex_sent *st);
void	find_mentions(void);

/* extract_date.c */
size_t	dates_of(struct ex_sent *st, struct ex_date *out, size_t max);
int	bare_weekday(const struct ex_sent *st, struct ex_date *d);
/* The weekdays' names get S_WDAY (at init). */
void	wday_words(void);
void	date_fix_year(struct ex_date *d, const int *years, size_t nyears, int pub_y);

/* extract_chair.c */
void	chair_in(struct chair *c, size_t si);
int	join_person(struct ex_person *p, size_t *psi);
long	join_speaker(const struct ex_person *p, struct ex_person *out);
long	join_office(size_t si, const struct ex_person *p, struct ex_person *out);
int	role_of_name(const struct ex_sent *st, size_t ns, size_t ne, struct ex_person *out);
int	same_person(const char *full, const char *shortname);

/* extract_place.c */
struct org {
	size_t	 si, ts, te;
	long	 area;
	int	 national;
};
int	venue_in(const struct ex_sent *st, struct venue *v, int remote);
int	named_venue(const struct ex_sent *st, const struct venue *v);
int	before_meeting(const struct ex_sent *st);
int	organizer_in(size_t si, size_t mts, struct org *o);
long	name_area(const struct mention *m, size_t *end);
long	di_area(const struct ex_sent *st);
long	any_area(const struct ex_sent *st);
int	mode_in(const struct ex_sent *st, int *here);
size_t	own_office(const struct meeting *mt);
int	phys_cue(const struct meeting *mt);

/* extract_field.c */
size_t	title_end(const struct mention *m);
int	date_penalty(const struct ex_sent *st, size_t bs);
void	do_meeting(struct meeting *mt, int event, const struct meeting *prev);

#endif
