/*
 * rk_abbr.c: the abbreviations and sentence openers rk-segment splits by
 * (data/singkatan-umum.tsv, the dotted forms of data/gelar.tsv,
 * data/awal-kalimat.tsv), loaded once and read the same way by every
 * tool that has to tell an abbreviation's period from a sentence's end.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"

#define MAXKEY	48	/* longer forms are never abbreviations */

static int
class_of(const char *name)
{
	static const char *const names[] = { "prefix", "num", "suffix", "final" };
	int k;

	for (k = 0; k < 4; k++)
		if (strcmp(name, names[k]) == 0)
			return RK_AB_PREFIX + k;
	return -1;
}

/* The lexicon key of a form: its bytes without the dots. */
static size_t
undot(const char *s, size_t len, char *key)
{
	size_t i, n = 0;

	for (i = 0; i < len && n < MAXKEY; i++)
		if (s[i] != '.')
			key[n++] = s[i];
	return n;
}

/* c with an ASCII capital made small: form_len's index. */
static unsigned char
lower_of(char c)
{
	return (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

static void
add_form(struct rk_abbr *a, const char *form, int cls)
{
	char key[MAXKEY];
	size_t n, len = strlen(form);

	if (len == 0 || len >= MAXKEY || strpbrk(form, " ()") != NULL)
		return;
	n = undot(form, len, key);
	/* the first listing of a form decides its class */
	if (n == 0 || rk_hash_find(&a->form, key, n, 1) >= 0)
		return;
	rk_hash_add(&a->form, key, n, cls, 1);
	a->form_len[lower_of(key[0])] |= UINT64_C(1) << n;
}

/* ASCII letters a to z in either case: their index, else -1. */
static int
letter(char c)
{
	c = (char)(c | 0x20);
	return c >= 'a' && c <= 'z' ? c - 'a' : -1;
}

/* Mark a strong word's length in strong_len (see rk.h). */
static void
strong_len(struct rk_abbr *a, const char *p)
{
	size_t n, i;
	int x, y;

	for (n = 0; letter(p[n]) >= 0; n++)
		;
	if (p[n] == '\0' && n >= 2 && n < 64) {
		a->strong_len[letter(p[0])][letter(p[1])] |= UINT64_C(1) << n;
		return;
	}
	/* a word that folds to other letters or lengths: no filter for its
	 * pair, or for any pair when it does not open with two letters */
	if (n >= 2) {
		a->strong_len[letter(p[0])][letter(p[1])] = ~UINT64_C(0);
		return;
	}
	for (i = 0; i < 26 * 26; i++) {
		x = (int)(i / 26);
		y = (int)(i % 26);
		a->strong_len[x][y] = ~UINT64_C(0);
	}
}

void
rk_abbr_load(struct rk_abbr *a)
{
	struct rk_table t;
	size_t r;
	int cf, cc, cls;
	const char *p;

	memset(a, 0, sizeof(*a));
	rk_hash_init(&a->form);
	rk_hash_init(&a->opener);
	rk_hash_init(&a->strong);

	rk_table_load(&t, "singkatan-umum.tsv");
	cf = rk_table_col(&t, "form");
	cc = rk_table_col(&t, "class");
	for (r = 0; r < t.nrows; r++)
		if ((cls = class_of(RK_CELL(&t, r, cc))) >= 0)
			add_form(a, RK_CELL(&t, r, cf), cls);
	rk_table_free(&t);

	/* only dotted forms: "Hukum" or "Mayor" are ordinary words too */
	rk_table_load(&t, "gelar.tsv");
	cf = rk_table_col(&t, "form");
	cc = rk_table_col(&t, "kind");
	for (r = 0; r < t.nrows; r++) {
		p = RK_CELL(&t, r, cf);
		if (strchr(p, '.') != NULL)
			add_form(a, p, strcmp(RK_CELL(&t, r, cc), "degree") == 0 ?
			    RK_AB_SUFFIX : RK_AB_PREFIX);
	}
	rk_table_free(&t);

	rk_table_load(&t, "awal-kalimat.tsv");
	cf = rk_table_col(&t, "word");
	cc = rk_table_col(&t, "strong");
	for (r = 0; r < t.nrows; r++) {
		p = RK_CELL(&t, r, cf);
		rk_hash_add(&a->opener, p, strlen(p), 1, 0);
		if (strcmp(RK_CELL(&t, r, cc), "1") != 0)
			continue;
		rk_hash_add(&a->strong, p, strlen(p), 1, 0);
		if (p[0] >= 'A' && p[0] <= 'Z' && p[1] >= 'a' && p[1] <= 'z')
			a->strong_pre[p[0] - 'A'][p[1] - 'a'] = 1;
		strong_len(a, p);
	}
	rk_table_free(&t);
}

void
rk_abbr_free(struct rk_abbr *a)
{
	rk_hash_free(&a->form);
	rk_hash_free(&a->opener);
	rk_hash_free(&a->strong);
	memset(a, 0, sizeof(*a));
}

int
rk_abbr_class(struct rk_abbr *a, const char *s, size_t len)
{
	char key[MAXKEY];
	size_t n, i;
	long e;
	int upper = 0, lower = 0;

	if (len >= MAXKEY)
		return -1;
	n = undot(s, len, key);
	if (n == 0)
		return -1;
	/* every casing tried below keeps the first letter and the length */
	if ((a->form_len[lower_of(key[0])] >> n & 1) == 0)
		return -1;
	if ((e = rk_hash_find(&a->form, key, n, 1)) >= 0)
		return (int)rk_hash_val(&a->form, e);
	/* Dr/dr, Kab/KAB: also try the other common casings */
	for (i = 1; i < n; i++) {
		if (key[i] >= 'A' && key[i] <= 'Z')
			upper++;
		else if (key[i] >= 'a' && key[i] <= 'z')
			lower++;
	}
	if (key[0] >= 'a' && key[0] <= 'z' && upper == 0)
		key[0] = (char)(key[0] - 32);
	else if (key[0] >= 'A' && key[0] <= 'Z' && upper == 0)
		key[0] = (char)(key[0] + 32);
	else if (key[0] >= 'A' && key[0] <= 'Z' && lower == 0 && n > 1) {
		for (i = 1; i < n; i++)
			if (key[i] >= 'A' && key[i] <= 'Z')
				key[i] = (char)(key[i] + 32);
	} else
		return -1;
	if ((e = rk_hash_find(&a->form, key, n, 1)) >= 0)
		return (int)rk_hash_val(&a->form, e);
	return -1;
}

int
rk_abbr_opener(struct rk_abbr *a, const char *w, size_t n, int strong)
{
	return rk_hash_has_word(strong ? &a->strong : &a->opener, w, n);
}
