/*
 * extract_lex_int.h: what extract_lex.c (the lexicons, tokens, areas) and
 * extract_person.c (roles, names, persons, topics) share: the level and
 * role-id macros, the LX_* bits of a token's first-word look-up, the
 * tables the recognisers read, and keys_build() inline.  Not an interface.
 */
#ifndef EXTRACT_LEX_INT_H
#define EXTRACT_LEX_INT_H

#include <string.h>

#include "rk.h"
#include "extract.h"
#include "extract_int.h"

#define LVBIT(l) (1u << (l))
#define LV_GOV	(LVBIT(LV_PROV) | LVBIT(LV_KAB) | LVBIT(LV_KOTA))
#define LV_ANY	(LV_GOV | LVBIT(LV_KEC) | LVBIT(LV_KEL) | LVBIT(LV_DESA))

#define JAB2	100000	/* role ids from jabatan-rapat.tsv start here */
#define JAB3	200000	/* and from jabatan-ext.tsv (rk-tag's further roles) */

/* What a word may start (struct winfo's lx in extract_lex.c). */
#define LX_WIL	0x01
#define LX_JAB	0x02
#define LX_TOP	0x04
#define LX_HON1	0x08	/* title: H., Drs., Prof. */
#define LX_HON2	0x10	/* degree: S.Sos, M.Si */
#define LX_STOP	0x20	/* stopcap() may hold it */
#define LX_UNIT	0x40	/* unit_word() may hold it */
#define LX_LVL	0x80	/* level_word() may hold it */
#define LX_ALL	0xFF

/* extract_lex.c */
extern struct rk_table gel, top;
extern struct rk_hash jab_form, gel_form, top_cue;
/* the longest key of jab_form, top_cue by its first byte (kmax_of) */
extern size_t jab_kmax[256], top_kmax[256];
extern int g_kind;
extern int t_topic;
const char *role_cell(int role, const char *col);
unsigned role_mask(int role);
int	area_mask(const struct ex_sent *st, size_t i, unsigned mask, int bare,
	    struct ex_area *a);
#define KEYMAX	6

/*
 * The folded keys of tokens i..i+1, i..i+2, ... i..i+maxn-1 at once: key
 * holds them end to end, key[0..cum[n]) is the key of n tokens.  Returns
 * how many tokens have such a key (a cut token and those after it do not).
 */
static inline size_t
keys_build(const struct ex_sent *st, size_t i, size_t maxn, char *key, size_t *cum)
{
	size_t j, l;

	cum[0] = 0;
	for (j = 0; j < maxn && j < KEYMAX; j++) {
		l = st->tok[i + j].len;
		if (l >= sizeof(st->tok[0].low) - 1)
			break;
		memcpy(key + cum[j], st->tok[i + j].low, l);
		cum[j + 1] = cum[j] + l;
	}
	return j;
}

/* extract_person.c */
extern const char *const stop_w[];
extern const char *const unit_w[];

#endif
