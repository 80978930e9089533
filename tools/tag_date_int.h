/*
 * tag_date_int.h: what the two parts of rk-tag's DATE TIME NUM PERCENT
 * MONEY recogniser share (tag_date.c keywords, calendar, tokens, the
 * scanner and the public functions; tag_datex.c the rules for dates,
 * times and numbers): types, the shared state as extern, the rules the
 * scanner calls, and the small hot helpers (calendar, token predicates)
 * as static inline so that each file still inlines them.
 */
#ifndef TAG_DATE_INT_H
#define TAG_DATE_INT_H

#include <stddef.h>
#include <stdint.h>

#include "rk.h"
#include "tag.h"

enum { T_WORD, T_NUM, T_PUNCT };
#define MAXG	6

/*
 * A token, in 64 bytes (a sentence's tokens are kept for a document's
 * year sentences): a group's value of up to 9 digits fits 32 bits, and
 * its digit count is kept up to 255 (every test of it asks about fewer).
 */
struct tok {
	size_t		 s, e;		/* byte offsets */
	int32_t		 g[MAXG];	/* value of group j, -1 when > 9 digits */
	uint32_t	 cp;		/* T_PUNCT */
	unsigned char	 type;
	unsigned char	 gap;		/* white space (or start) before it */
	signed char	 ng;		/* T_NUM: groups, 0 when more than MAXG */
	unsigned char	 wc;		/* T_WORD: keyword class */
	signed char	 wv;		/* and value (-1 .. 112) */
	unsigned char	 upper;		/* T_WORD: starts with a capital */
	unsigned char	 plain;		/* starts nothing in scan() (see there) */
	char		 sep[MAXG];	/* sep[j]: the mark before group j */
	unsigned char	 nd[MAXG];	/* digits in group j, 255 at most */
};

enum {
	W_NONE, W_WDAY, W_MONTH, W_DAYPART, W_TANGGAL, W_BULAN, W_TAHUN,
	W_RANGE, W_DENGAN, W_DAN, W_REL, W_HARI, W_INI, W_PUKUL, W_JAM,
	W_ZONE, W_SCALE, W_CUR, W_MSUF, W_PERSEN, W_NO, W_TRIW, W_LALU,
	W_YPREV, W_S, W_D, W_DINI, W_DEPAN, W_TADI, W_PEKAN
};

/* ---- tag_date.c: the shared state ------------------------------------- */

/* The current sentence's tokens (see tag_date.c). */
extern struct tok *T;
extern size_t NT;
extern struct rk_buf vbuf, dbuf;

/* Years seen in a document while date_doc_begin collects them. */
#define NYEAR	16
struct yw {
	int	 y, w;
};
extern struct yw years[NYEAR];
extern int nyears;
/* The document's years by weight (first mention first on ties). */
extern int docyears[NYEAR];

/* ---- calendar ---------------------------------------------------------- */

static inline int
leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static inline int
dim(int m, int y)
{
	static const int n[13] = { 0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m == 2 && y != 0 && !leap(y))
		return 28;
	return n[m];
}

/* ---- token predicates -------------------------------------------------- */

static inline int
wc(size_t i)
{
	return i < NT && T[i].type == T_WORD ? T[i].wc : W_NONE;
}

static inline int
is_p(size_t i, uint32_t cp)
{
	return i < NT && T[i].type == T_PUNCT && T[i].cp == cp;
}

static inline int
glued(size_t i)
{
	return i < NT && !T[i].gap;
}

static inline int
is_dash(size_t i)
{
	return i < NT && T[i].type == T_PUNCT && (T[i].cp == '-' ||
	    T[i].cp == 0x2010 || T[i].cp == 0x2011 || T[i].cp == 0x2012 ||
	    T[i].cp == 0x2013 || T[i].cp == 0x2014 || T[i].cp == 0x2212);
}

/* A day of the month: one number of one or two digits, 1..31. */
static inline int
day_tok(size_t i)
{
	if (i >= NT || T[i].type != T_NUM || T[i].ng != 1 || T[i].nd[0] > 2)
		return 0;
	return T[i].g[0] >= 1 && T[i].g[0] <= 31 ? (int)T[i].g[0] : 0;
}

static inline int
year_tok(size_t i)
{
	if (i >= NT || T[i].type != T_NUM || T[i].ng != 1 || T[i].nd[0] != 4)
		return 0;
	return T[i].g[0] >= 1800 && T[i].g[0] <= 2099 ? (int)T[i].g[0] : 0;
}

/* A month word; *next is past it and past the '.' of "Des." before a year. */
static inline int
month_at(size_t i, size_t *next)
{
	if (wc(i) != W_MONTH)
		return 0;
	*next = i + 1;
	if (T[i].wv > 100 && is_p(i + 1, '.') && glued(i + 1) && year_tok(i + 2))
		*next = i + 2;
	return T[i].wv % 100;
}

/* ---- tag_datex.c: the rules scan() tries at each token ---------------- */

struct ymd {
	int	 y, m, d;
};

struct dres {
	struct ymd	 a, b;		/* b.m == 0: no range */
	int		 wd, wd2;	/* weekdays written, -1 when none */
	int		 yearonly;
};

size_t	regno_at(size_t i);
size_t	date_at(size_t i, int norange, struct dres *r);
void	put_date(struct date_ctx *c, const char *s, size_t i, size_t e,
	    struct dres *r, struct tag_list *out);
size_t	rel_at(struct date_ctx *c, size_t i, int prevdate, struct tag_list *out);
size_t	time_at(size_t i, struct tag_list *out);
size_t	year_at(size_t i, struct dres *r, int *skip);
void	put_year(size_t i, size_t e, const struct dres *r, struct tag_list *out);
size_t	money_at(const char *s, size_t i, struct tag_list *out);
int	plain_num(size_t i);
void	addyear(int y, int w);
size_t	num_at(const char *s, size_t i, struct tag_list *out);

#endif
