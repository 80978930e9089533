/*
 * clean_lift.c: what is lifted out of the article or cut around it: the
 * dateline and the reporter code (kept as metadata), repeated paragraphs,
 * photo captions, a listing page's next story, disclaimers and
 * syndication notes.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rk.h"
#include "clean.h"
#include "clean_int.h"

/*
 * A caption's label in capitals before a dash is no city: "RAKOR VIRTUAL
 * - Bupati X saat memimpin ...", "SUASANA RAPAT - ...".
 */
static int
label_word(const char *s, size_t n)
{
	return ci_prefix(s, n, "rakor") || ci_prefix(s, n, "rapat") ||
	    ci_prefix(s, n, "foto") || ci_prefix(s, n, "suasana");
}

/*
 * A mixed-case dateline city made only of common words ("Kemudian –",
 * "Selain itu –") is a sentence with a dash aside, unless it names a
 * region.  The word lists load on first use: most pages never ask.
 */

void
common_load(void)
{
	size_t r;
	int cw, cp, cn, cl;

	common_loaded = 1;
	rk_hash_init(&common_words);
	rk_hash_init(&region_names);
	rk_hash_init(&region_top);
	rk_table_load(&commontab, "kata-dasar.tsv");
	cw = rk_table_col(&commontab, "word");
	cp = rk_table_col(&commontab, "proper");
	rk_hash_reserve(&common_words, commontab.nrows);
	for (r = 0; r < commontab.nrows; r++)
		if (strcmp(RK_CELL(&commontab, r, cp), "0") == 0)
			fold_add(&common_words, RK_CELL(&commontab, r, cw),
			    strlen(RK_CELL(&commontab, r, cw)), 1);
	rk_table_load(&regiontab, "wilayah/wilayah.tsv");
	cn = rk_table_col(&regiontab, "name");
	cl = rk_table_col(&regiontab, "level");
	rk_hash_reserve(&region_names, regiontab.nrows);
	rk_hash_reserve(&region_top, regiontab.nrows);
	for (r = 0; r < regiontab.nrows; r++) {
		const char *lv = RK_CELL(&regiontab, r, cl);

		fold_add(&region_names, RK_CELL(&regiontab, r, cn),
		    strlen(RK_CELL(&regiontab, r, cn)), 1);
		if (strcmp(lv, "provinsi") == 0 || strcmp(lv, "kabupaten") == 0 ||
		    strcmp(lv, "kota") == 0)
			fold_add(&region_top, RK_CELL(&regiontab, r, cn),
			    strlen(RK_CELL(&regiontab, r, cn)), 1);
	}
	/* the short names of provinces and regencies: Kalteng, Kotim */
	rk_table_load(&abbrtab, "singkatan.tsv");
	cn = rk_table_col(&abbrtab, "abbr");
	cl = rk_table_col(&abbrtab, "level");
	for (r = 0; r < abbrtab.nrows; r++)
		if (strcmp(RK_CELL(&abbrtab, r, cl), "kecamatan") != 0)
			fold_add(&region_top, RK_CELL(&abbrtab, r, cn),
			    strlen(RK_CELL(&abbrtab, r, cn)), 1);
	/* spellings of the names: Palangka Raya for Palangkaraya */
	rk_table_load(&aliastab, "wilayah/alias.tsv");
	cn = rk_table_col(&aliastab, "alias");
	for (r = 0; r < aliastab.nrows; r++)
		fold_add(&region_top, RK_CELL(&aliastab, r, cn),
		    strlen(RK_CELL(&aliastab, r, cn)), 1);
}

static int
city_common(const char *s, size_t len)
{
	size_t i = 0, j;

	if (!common_loaded)
		common_load();
	while (i < len) {
		for (j = i; j < len && s[j] != ' '; j++)
			;
		{
			size_t e = j;

			while (e > i && (s[e - 1] == '.' || s[e - 1] == '\''))
				e--;
			if (e == i || fold_find(&common_words, s + i, e - i) < 0)
				return 0;
		}
		i = j + 1;
	}
	return fold_find(&region_names, s, len) < 0;
}

int
dateline(const struct clean_opts *o, size_t ui)
{
	struct unit *u = &units[ui];
	const char *s = TX(u);
	size_t ov[12], cityw;
	int rc, caps;

	if (u->len < 8 || !dash_early(s, u->len))
		return 0;
	rc = rk_re_exec(&re_dateline, s, u->len > 160 ? 160 : u->len, 0, ov, 12);
	if (rc > 0) {
		int site = ov[2] != SIZE_MAX || ov[8] != SIZE_MAX;
		int ag = ov[6] != SIZE_MAX;

		if (ov[2] == SIZE_MAX && ov[8] != SIZE_MAX) {
			ov[2] = ov[8];
			ov[3] = ov[9];
		}
		caps = all_caps(s + ov[4], ov[5] - ov[4]);
		cityw = (size_t)count_words(s + ov[4], ov[5] - ov[4]);
		if (s[ov[10]] == 'l' && !caps)
			rc = 0;
		else if (label_word(s + ov[4], ov[5] - ov[4]))
			rc = 0;
		else if (!caps && !site && !ag && cityw > 2)
			rc = 0;
		else if (!caps && !site && !ag &&
		    city_common(s + ov[4], ov[5] - ov[4]))
			rc = 0;
		if (rc > 0) {
			meta_add(M_DATELINE, s, ov[1], s + ov[4], ov[5] - ov[4]);
			s = TX(&units[ui]);
			if (ag)
				meta_add(M_AGENCY, s + ov[6], ov[7] - ov[6],
				    s + ov[6], ov[7] - ov[6]);
			else if (site)
				meta_add(M_AGENCY, s + ov[2], ov[3] - ov[2],
				    s + ov[2], ov[3] - ov[2]);
			cut_front(o, ui, ov[1], R_DATELINE);
			return 1;
		}
	}
	u = &units[ui];
	s = TX(u);
	if (rk_re_exec(&re_site, s, u->len > 160 ? 160 : u->len, 0, ov, 4) > 0) {
		meta_add(M_AGENCY, s, ov[1], s + ov[2], ov[3] - ov[2]);
		cut_front(o, ui, ov[1], R_DATELINE);
		return 1;
	}
	return 0;
}

/* The last c in s[0..len), or NULL (memrchr is not in C11 or POSIX). */
const char *
last_byte(const char *s, int c, size_t len)
{
	while (len > 0)
		if (s[--len] == (char)c)
			return s + len;
	return NULL;
}

int
reporter(const struct clean_opts *o, size_t ui)
{
	struct unit *u = &units[ui];
	const char *s = TX(u);
	size_t ov[4], from = u->len > 80 ? u->len - 80 : 0;
	int rc;

	if (u->len < 4)
		return 0;
	/* a code ends the paragraph: ")" or ")." or a bare "abc/def" */
	{
		size_t e = u->len;

		if (s[e - 1] == '.')
			e--;
		if (e == 0 || (s[e - 1] != ')' && !memchr(s + from, '/', u->len - from)))
			return 0;
	}
	/*
	 * Both codes are the last token: "(abc)" holds no bracket, so the
	 * match starts at the last "(" (spaces before it included), and a
	 * bare "abc/def" starts at the last space run.  The regexes run
	 * from there, not from every byte of the tail.
	 */
	{
		const char *p = last_byte(s + from, '(', u->len - from);
		size_t at;

		rc = 0;
		if (p != NULL) {
			for (at = (size_t)(p - s); at > from && s[at - 1] == ' '; at--)
				;
			rc = rk_re_exec(&re_reporter, s, u->len, at, ov, 4);
		}
		if (rc <= 0 && (p = last_byte(s + from, ' ', u->len - from)) != NULL) {
			for (at = (size_t)(p - s); at > from && s[at - 1] == ' '; at--)
				;
			rc = rk_re_exec(&re_reporter_bare, s, u->len, at, ov, 4);
		}
	}
	if (rc <= 0 || ov[2] == SIZE_MAX)
		return 0;
	if (count_words(s + ov[2], ov[3] - ov[2]) > 3)
		return 0;
	meta_add(M_REPORTER, s + ov[0], ov[1] - ov[0], s + ov[2], ov[3] - ov[2]);
	u = &units[ui];
	s = TX(u);
	if (o->explain)
		span_add(ui, R_REPORTER, s + ov[0], ov[1] - ov[0]);
	u = &units[ui];
	u->len = ov[0];
	u->term = -1;
	u->hkn = -1;
	while (u->len > 0 && TX(u)[u->len - 1] == ' ')
		u->len--;
	return 1;
}

/*
 * One pass: every word (letters and digits, lowercased) sets a bit of the
 * 1024-bit set out (when out), and *all gets the hash of the whole text,
 * so that "dan," and "dan" are one word and spacing does not count.
 * Returns the number of bits set: the distinct words, give or take a rare
 * collision, which is all the near-duplicate test needs.
 */
#define NEAR_BITS	1024
#define NEAR_WORDS	(NEAR_BITS / 64)

static size_t
popcount(uint64_t x)
{
	x = x - ((x >> 1) & 0x5555555555555555ULL);
	x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
	x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
	return (size_t)((x * RK_ONES) >> 56);
}

static size_t
word_set(const struct unit *u, uint64_t *out, uint64_t *all)
{
	const unsigned char *s = (const unsigned char *)TX(u);
	uint64_t h = 1469598103934665603ULL, w = h;
	size_t i, n = 0;
	int inw = 0;

	static unsigned char cls[256];	/* 0 skip, 1 space, else the byte folded */

	if (cls[' '] == 0) {
		for (i = 0; i < 256; i++)
			cls[i] = (unsigned char)(i >= 0x80 || (i >= 'a' && i <= 'z') ||
			    (i >= '0' && i <= '9') ? i : (i >= 'A' && i <= 'Z') ? i + 32 : 0);
		cls[' '] = 1;
	}
	if (out != NULL)
		memset(out, 0, NEAR_WORDS * sizeof(*out));
	for (i = 0; i <= u->len; i++) {
		unsigned c = i < u->len ? cls[s[i]] : 1;

		if (c == 0)
			continue;
		if (c == 1) {
			if (inw) {
				/* the per-byte step below is a rotate and a xor
				 * (short dependency chain); mix once per word */
				w *= 1099511628211ULL;
				h = (h ^ w) * 1099511628211ULL;
				if (out != NULL) {
					unsigned bit = (unsigned)((w ^ (w >> 29)) %
					    NEAR_BITS);
					uint64_t b = 1ULL << (bit % 64);

					n += (out[bit / 64] & b) == 0;
					out[bit / 64] |= b;
				}
			}
			inw = 0;
			w = 1469598103934665603ULL;
			continue;
		}
		inw = 1;
		w = ((w << 7) | (w >> 57)) ^ c;
	}
	*all = h;
	return n;
}

static size_t
overlap(const uint64_t *a, const uint64_t *b)
{
	size_t i, n = 0;

	for (i = 0; i < NEAR_WORDS; i++)
		n += popcount(a[i] & b[i]);
	return n;
}

#define NEAR_WINDOW	64	/* earlier paragraphs compared */

/*
 * Exact repeats: the same length and the same bytes with 0x20 set (letters
 * folded to lower case).  A key of the length and the first and last
 * eight bytes finds the candidates; only they are compared whole, where
 * hashing every paragraph's every byte cost more.
 */
static uint64_t
fold8(const char *s, size_t n)
{
	uint64_t x = 0;

	memcpy(&x, s, n < 8 ? n : 8);
	return x | 0x2020202020202020ULL;
}

static uint64_t
text_key(const char *s, size_t len)
{
	uint64_t h;

	h = (len * 0x9E3779B97F4A7C15ULL) ^ fold8(s, len);
	h *= 1099511628211ULL;
	if (len > 8)
		h = (h ^ fold8(s + len - 8, 8)) * 1099511628211ULL;
	h ^= h >> 29;
	return h ? h : 1;
}

static int
text_same(const char *a, const char *b, size_t len)
{
	uint64_t x, y;
	size_t i;

	for (i = 0; i + 8 <= len; i += 8) {
		memcpy(&x, a + i, 8);
		memcpy(&y, b + i, 8);
		if ((x | 0x2020202020202020ULL) != (y | 0x2020202020202020ULL))
			return 0;
	}
	for (; i < len; i++)
		if ((a[i] | 0x20) != (b[i] | 0x20))
			return 0;
	return 1;
}

/* The last alphanumerics, lowercased, backwards. */
static size_t
tail_key(const char *s, size_t len, char *k, size_t max)
{
	size_t n = 0;
	unsigned char c;

	while (len > 0 && n < max) {
		if ((c = alnum_low[(unsigned char)s[--len]]) == 1)
			break;
		if (c != 0)
			k[n++] = (char)c;
	}
	return n;
}

struct near {
	size_t	unit;
	size_t	nw;		/* the unit's words, here for the window scan */
	char	head[12], tail[12];
	size_t	nhead, ntail;
	size_t	nset;		/* distinct words, once the set is made */
	int	haveset;
	int	havekeys;	/* first and last, made on the first compare */
	int	havehead;	/* head, made when the first letters agree */
	int	havetail;
	int	first;		/* the first byte's alnum_low when alphanumeric, else 0 */
	int	last;		/* the tail's first byte, 0 when it is empty */
};
static struct near nearwin[NEAR_WINDOW];

/*
 * Most paragraphs meet no other of a similar length: keys when needed.
 * The tail waits for a pair whose last alphanumerics agree.
 */
static void
near_keys(struct near *n)
{
	const struct unit *u = &units[n->unit];
	const char *s = TX(u);
	size_t len = u->len;
	unsigned char c = 0;

	if (n->havekeys)
		return;
	n->first = len > 0 && alnum_low[(unsigned char)s[0]] > 1 ?
	    alnum_low[(unsigned char)s[0]] : 0;
	while (len > 0 && (c = alnum_low[(unsigned char)s[--len]]) == 0)
		;
	n->last = c == 1 ? 0 : c;
	n->havekeys = 1;
}

static void
near_head(struct near *n)
{
	const struct unit *u = &units[n->unit];

	if (n->havehead)
		return;
	n->nhead = unit_head(u);
	memcpy(n->head, u->hk, sizeof(n->head));
	n->havehead = 1;
}

/* The same head key (eight alphanumerics or more)?  Two first letters
 * that differ say no without the keys. */
static int
near_heads(struct near *a, struct near *b)
{
	if (a->first != 0 && b->first != 0 && a->first != b->first)
		return 0;
	near_head(a);
	near_head(b);
	return a->nhead >= 8 && a->nhead == b->nhead &&
	    key_eq(a->head, b->head, b->nhead);
}

static void
near_tail(struct near *n)
{
	const struct unit *u = &units[n->unit];

	if (n->havetail)
		return;
	n->ntail = tail_key(TX(u), u->len, n->tail, sizeof(n->tail));
	n->havetail = 1;
}

static size_t
near_set(struct near *n, uint64_t *set)
{
	uint64_t h;

	if (!n->haveset) {
		n->nset = word_set(&units[n->unit], set, &h);
		n->haveset = 1;
	}
	return n->nset;
}

/*
 * Exact repeats through a hash set of the texts; near repeats (90% of the
 * shorter one's words) among earlier paragraphs of similar length that
 * open or close the same way, so word sets are only built for the few
 * pairs that could be near repeats.
 */
void
duplicates(const struct clean_opts *o)
{
	size_t i, k, nk = 0, nslot, slot;
	uint64_t h;

	if (!on(o, R_DUP))
		return;
	for (nslot = 64; nslot < 2 * nunits; nslot *= 2)
		;
	/* the keys, then the unit of each */
	if (dup_cap < 2 * nslot) {
		dup_cap = 2 * nslot;
		dup_hashes = rk_xrealloc(dup_hashes, dup_cap, sizeof(*dup_hashes));
	}
	memset(dup_hashes, 0, nslot * sizeof(*dup_hashes));
	if (capwords < (NEAR_WINDOW + 1) * NEAR_WORDS) {
		capwords = (NEAR_WINDOW + 1) * NEAR_WORDS;
		wordsets = rk_xrealloc(wordsets, capwords, sizeof(*wordsets));
	}
	for (i = 0; i < nunits; i++) {
		struct unit *u = &units[i];
		struct near *me = &nearwin[nk % NEAR_WINDOW], cur;
		uint64_t *myset = wordsets + NEAR_WINDOW * NEAR_WORDS;
		int dup = 0;

		if (u->rule >= 0 || u->nw < 2)
			continue;
		h = text_key(TX(u), u->len);
		for (slot = (size_t)h & (nslot - 1); dup_hashes[slot] != 0;
		    slot = (slot + 1) & (nslot - 1)) {
			const struct unit *e = &units[dup_hashes[nslot + slot]];

			if (dup_hashes[slot] == h && e->len == u->len &&
			    text_same(TX(e), TX(u), u->len)) {
				dup = 1;
				break;
			}
		}
		memset(&cur, 0, sizeof(cur));
		cur.unit = i;
		cur.nw = (size_t)u->nw;
		if (!dup && u->nw >= 6)
			for (k = nk > NEAR_WINDOW ? nk - NEAR_WINDOW : 0; k < nk; k++) {
				struct near *e = &nearwin[k % NEAR_WINDOW];
				size_t a = e->nw, b = (size_t)u->nw, na, nb;
				size_t mn = a < b ? a : b, mx = a < b ? b : a;

				if (mn < 6 || mn * 10 < mx * 6)
					continue;
				/* the test before the call: most pairs have
				 * their keys already */
				if (!e->havekeys)
					near_keys(e);
				if (!cur.havekeys)
					near_keys(&cur);
				if (!near_heads(e, &cur)) {
					if (e->last == 0 || e->last != cur.last)
						continue;
					near_tail(e);
					near_tail(&cur);
					if (!(e->ntail >= 8 && e->ntail == cur.ntail &&
					    key_eq(e->tail, cur.tail, cur.ntail)))
						continue;
				}
				na = near_set(e, wordsets + (k % NEAR_WINDOW) * NEAR_WORDS);
				nb = near_set(&cur, myset);
				mn = na < nb ? na : nb;
				if (mn > 0 && overlap(wordsets + (k % NEAR_WINDOW) *
				    NEAR_WORDS, myset) * 10 >= mn * 9) {
					dup = 1;
					break;
				}
			}
		if (dup) {
			if (!(u->flags & U_TITLE))
				u->rule = R_DUP;
			continue;
		}
		dup_hashes[slot] = h;
		dup_hashes[nslot + slot] = i;
		if (cur.haveset)
			memcpy(wordsets + (nk % NEAR_WINDOW) * NEAR_WORDS, myset,
			    NEAR_WORDS * sizeof(*myset));
		*me = cur;
		nk++;
	}
}

/*
 * A caption printed again as the lead: among the first paragraphs, one
 * whose words (90%) all come back in the next, longer paragraph is the
 * caption, and the longer one is the article.
 */
void
lead_captions(void)
{
	uint64_t a[NEAR_WORDS], b[NEAR_WORDS], h;
	size_t i, j, seen = 0, na, nb;

	for (i = 0; i < nunits && seen < 3; i++) {
		if (units[i].rule >= 0 || (units[i].flags & U_TITLE))
			continue;
		seen++;
		if (units[i].nw < 6 || units[i].nw > 40)
			continue;
		for (j = i + 1; j < nunits && units[j].rule >= 0; j++)
			;
		if (j == nunits || units[j].nw <= units[i].nw)
			continue;
		/* cheap first: the lead repeats the caption's opening words */
		if (units[i].len < 12 || !mem_find(TX(&units[j]),
		    units[j].len < 100 ? units[j].len : 100, TX(&units[i]), 12))
			continue;
		na = word_set(&units[i], a, &h);
		nb = word_set(&units[j], b, &h);
		if (nb > 0 && overlap(a, b) * 10 >= na * 9) {
			units[i].rule = R_CAPTION;
			meta_add(M_CAPTION, TX(&units[i]), units[i].len, "", 0);
		}
	}
}

/*
 * The text a caption line carries: without the opening bracket, the
 * "FOTO:" label and the closing "/credit )".
 */
static void
caption_core(const char *s, size_t len, size_t *a, size_t *b)
{
	size_t i = 0, j;
	const char *c;

	while (i < len && (s[i] == '(' || s[i] == '[' || s[i] == ' '))
		i++;
	c = memchr(s + i, ':', len - i < 24 ? len - i : 24);
	if (c != NULL)
		i = (size_t)(c - s) + 1;
	while (i < len && s[i] == ' ')
		i++;
	for (j = i; j < len && s[j] != '/' && s[j] != ')' && s[j] != ']'; j++)
		;
	while (j > i && s[j - 1] == ' ')
		j--;
	*a = i;
	*b = j;
}

/*
 * A photo caption printed above the headline, with no "Foto:" to mark it:
 * the page opens with one sentence, then a headline-like line, then the
 * lead with its dateline.  The article never starts above its headline,
 * so the sentence is the caption and the line after it is the title.  A
 * sentence that quotes someone is left alone: captions seldom quote.
 * Returns the title's unit, or -1.
 */
long
caption_above(const struct clean_opts *o, size_t c, size_t lead)
{
	size_t i, h = lead;
	const char *s = TX(&units[c]);

	if (!on(o, R_CAPTION))
		return -1;
	for (i = 0; i < lead; i++) {
		if (units[i].rule >= 0 || i == c)
			continue;
		if (i < c || h < lead)
			return -1;
		h = i;
	}
	if (h == lead || !title_candidate(&units[h]) ||
	    (units[h].flags & U_BODY) || !(units[c].flags & U_BODY) ||
	    units[c].nw > 40 || s[units[c].len - 1] != '.' ||
	    mid_sentence_end(s, units[c].len) ||
	    memchr(s, '"', units[c].len) != NULL ||
	    mem_find(s, units[c].len, "\xE2\x80\x9C", 3) != NULL)
		return -1;
	units[c].rule = R_CAPTION;
	meta_add(M_CAPTION, s, units[c].len, "", 0);
	units[h].flags |= U_TITLE;
	units[h].flags &= ~U_BODY;
	title_repeats(o, h);
	return (long)h;
}

/*
 * A caption printed again as a paragraph of its own just before the lead
 * (found by its dateline): a paragraph between the title and the lead
 * that opens with a caption's text is that caption.  The lead itself is
 * never touched, so a lead that happens to share the caption's words stays.
 */
void
caption_echo(const struct clean_opts *o, size_t lead)
{
	size_t i, k, a, b, n;

	if (!on(o, R_CAPTION))
		return;
	for (i = 0; i < lead; i++) {
		const char *s = TX(&units[i]);

		if (units[i].rule >= 0 || (units[i].flags & U_TITLE) ||
		    units[i].nw > 60)
			continue;
		for (k = 0; k < nmetas; k++) {
			if (metas[k].kind != M_CAPTION)
				continue;
			caption_core(sidebuf.data + metas[k].toff, metas[k].tlen,
			    &a, &b);
			n = b - a;
			if (n < 24 || count_words(sidebuf.data + metas[k].toff + a,
			    n) < 4)
				continue;
			if (n > 80)
				n = 80;
			if (units[i].len >= n && strncasecmp(s,
			    sidebuf.data + metas[k].toff + a, n) == 0) {
				units[i].rule = R_CAPTION;
				break;
			}
		}
	}
}

static int opens_dateline(const struct unit *);

/* Is word w (n bytes) one of list's, ignoring case? */
static int
word_in(const char *w, size_t n, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strlen(*list) == n && strncasecmp(w, *list, n) == 0)
			return 1;
	return 0;
}

/* Has s a "saat"?  Most paragraphs have none: one pass, 16 bytes a step. */
static int
has_saat(const char *s, size_t n)
{
	size_t i = 0;

#ifdef CLEAN_SSE2
	for (; i + 19 <= n; i += 16) {
		__m128i a = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(s + i)),
		    _mm_set1_epi8('s'));
		__m128i b = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(s + i + 1)),
		    _mm_set1_epi8('a'));
		__m128i c = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(s + i + 2)),
		    _mm_set1_epi8('a'));
		__m128i d = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(s + i + 3)),
		    _mm_set1_epi8('t'));

		if (_mm_movemask_epi8(_mm_and_si128(_mm_and_si128(a, b),
		    _mm_and_si128(c, d))) != 0)
			return 1;
	}
#endif
	for (; i + 4 <= n; i++)
		if (s[i] == 's' && s[i + 1] == 'a' && s[i + 2] == 'a' && s[i + 3] == 't')
			return 1;
	return 0;
}

/*
 * "Suasana rakor ...", "Tangkapan layar rakor ...", after a "Ket." label
 * or not: a scene, no one named.  The word count up to the meeting's
 * word, or 0.
 */
static int
scene_words(const char *s, size_t len)
{
	size_t k;
	int n;

	/* most paragraphs open with none of k, s, t */
	if (len < 8 || ((s[0] | 32) != 'k' && (s[0] | 32) != 's' && (s[0] | 32) != 't'))
		return 0;
	k = ci_prefix(s, len, "ket. ") || ci_prefix(s, len, "ket: ") ? 5 : 0;
	n = ci_prefix(s + k, len - k, "suasana ") ? 2 :
	    ci_prefix(s + k, len - k, "tangkapan layar ") ? 3 : 0;
	return n > 0 && k > 0 ? n + 1 : n;
}

/* Has s[0..n) no lower-case ASCII letter? */
static int
no_lower(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] >= 'a' && s[i] <= 'z')
			return 0;
	return 1;
}

/*
 * Where the photo credit after the unit's full stop begins, or 0: "...
 * di Aula Bappeda. (IST)", "(Dok)", "(Foto: Humas)", "(F: Kejari X)",
 * "(HUMAS PEMKAB X)", "(Pendim 0907/Tarakan)", or a site's in capitals
 * with no brackets, "TRIBUNKALTIM.CO/NAME".  A reporter's code there
 * ("(rh/pe)", "(Ir/Nt)") is no credit.
 */
static size_t
credit_end(const char *s, size_t len)
{
	size_t a, k, n;

	if (len < 8)
		return 0;
	if (s[len - 1] == ')') {
		for (a = len - 1; a > 0 && s[a - 1] != '(' && len - a < 40; a--)
			;
		if (a < 3 || s[a - 1] != '(' || s[a - 2] != ' ' || s[a - 3] != '.' ||
		    !(s[a] >= 'A' && s[a] <= 'Z'))
			return 0;
		n = len - 1 - a;
		for (k = a; k < len - 1 && s[k] != '/' && s[k] != ':'; k++)
			;
		if (((n == 3 || n == 8) && strncasecmp(s + a, "istimewa", n) == 0) ||
		    ci_prefix(s + a, n, "dok") || ci_prefix(s + a, n, "foto") ||
		    (k < len - 1 && s[k] == ':') || (n >= 4 && no_lower(s + a, n)) ||
		    (k < len - 1 && memchr(s + a, ' ', k - a) != NULL))
			return a - 1;
		return 0;
	}
	/* "... Pilkada. TRIBUNKALTIM.CO/DWI ARDIANTO": it ends in a capital */
	if (!(s[len - 1] >= 'A' && s[len - 1] <= 'Z'))
		return 0;
	for (a = len; a > 0 && len - a < 50 && !(s[a - 1] == ' ' && a >= 2 &&
	    s[a - 2] == '.'); a--)
		;
	if (a < 2 || len - a >= 50 || !(s[a] >= 'A' && s[a] <= 'Z') ||
	    memchr(s + a, '/', len - a) == NULL || !no_lower(s + a, len - a))
		return 0;
	return a;
}

/*
 * A photo caption with no "Foto:" label: a short sentence naming someone,
 * "saat", what he was doing, and nothing more ("Wakil Bupati X saat
 * memimpin rakor di aula kantor bupati."); with a credit at its end the
 * "saat" may go ("Wabup X memimpin rakor TPPS di Aula Bappeda. (IST)").
 * A sentence of the article goes on after that clause with a verb of its
 * own ("... saat membuka rakor meminta camat ..."), or does not open with
 * the person ("Hal itu disampaikan Bupati X saat ..."): those stay.
 */
static int
plain_caption(const struct unit *u)
{
	static const char *const doing[] = { "memimpin", "membuka", "mengikuti",
		"menghadiri", "rakor", "rapat", "memberikan", "menyampaikan",
		"menyerahkan", "meninjau", "menerima", "berfoto", "melaksanakan",
		"menandatangani", NULL };
	/* "Suasana rakor berjalan hangat." is the article's */
	static const char *const mood[] = { "tampak", "terlihat", "cukup", "sangat",
		"begitu", "terasa", "berlangsung", "berjalan", NULL };
	/* words that may join the people named: "Dandim X bersama unsur Forkopimda" */
	static const char *const joins[] = { "bersama", "didampingi", "dan",
		"beserta", "jajaran", "unsur", "para", NULL };
	/* me- words that are no verbs: "saat memimpin rakor melalui zoom" */
	static const char *const prep[] = { "melalui", "menjelang", "menuju",
		"mengenai", NULL };
	const char *s = TX(u), *w;
	size_t i = 0, n, words = 0, lower = 0;
	size_t end = u->len, credit;
	int phase = 0, yang = 0, scene;

	if (u->nw < 5 || u->nw > 35)
		return 0;
	/* "Suasana rakor ...", "Tangkapan layar rakor ...": a scene, no one named */
	scene = scene_words(s, u->len);
	credit = scene ? 0 : credit_end(s, u->len);
	if (!scene && !credit && !has_saat(s, u->len))
		return 0;
	if (credit)
		end = credit - 1;	/* the words before the credit */
	while (i < end) {
		while (i < end && (s[i] == ' ' || s[i] == '('))
			i++;
		w = s + i;
		while (i < end && s[i] != ' ')
			i++;
		n = (size_t)(s + i - w);
		/* a sentence's end before the last word, or its credit: more than a caption */
		if (phase == 2 && n > 1 && w[n - 1] == '.' && i < end &&
		    !(i + 1 < end && s[i + 1] == '('))
			return 0;
		while (n > 0 && (w[n - 1] == ',' || w[n - 1] == '.' || w[n - 1] == ')'))
			n--;
		/* a label's dash or colon: "TANGKAPAN LAYAR - Rakor ..." */
		if (n == 0 || (n <= 3 && (w[0] == '-' || w[0] == ':' || w[0] == '\xE2')))
			continue;
		words++;
		if (phase == 0 && scene) {
			if (words == (size_t)scene &&
			    (ci_prefix(w, n, "rakor") || (n == 5 && strncasecmp(w, "rapat", 5) == 0)))
				phase = 2;
			else if (words >= (size_t)scene)
				return 0;
		} else if (phase == 0) {
			if (n == 4 && strncmp(w, "saat", 4) == 0 && words > 1)
				phase = 1;
			else if (credit && words > 1 && n > 4 && w[0] == 'm' &&
			    word_in(w, n, doing))
				phase = 2;
			else if (words > 16 || (w[0] >= 'a' && w[0] <= 'z' &&
			    !word_in(w, n, joins) && ++lower > 1))
				return 0;
		} else if (phase == 1) {
			if (!word_in(w, n, doing))
				return 0;
			phase = 2;
		} else if ((n > 4 && !yang && ((w[0] == 'm' && w[1] == 'e') ||
		    (w[0] == 'd' && w[1] == 'i')) && !word_in(w, n, prep)) ||
		    word_in(w, n, mood))
			return 0;	/* a verb of its own: "meminta", "dihadiri" */
		yang = n == 4 && memcmp(w, "yang", 4) == 0;
	}
	return phase == 2 && memchr(s, '"', u->len) == NULL &&
	    mem_find(s, u->len, "\xE2\x80\x9C", 3) == NULL &&
	    mem_find(s, u->len, "\xE2\x80\x9D", 3) == NULL && !opens_dateline(u);
}

static void
try_plain_caption(size_t i)
{
	if (plain_caption(&units[i])) {
		units[i].rule = R_CAPTION;
		meta_add(M_CAPTION, TX(&units[i]), units[i].len, "", 0);
	}
}

/*
 * Such captions stand above the lead or at the page's foot (two and three
 * paragraphs); a scene's, which names no one, anywhere.
 */
void
plain_captions(const struct clean_opts *o)
{
	size_t i, seen;

	if (!on(o, R_CAPTION))
		return;
	for (i = 0; i < nunits; i++)
		if (units[i].rule < 0 && !(units[i].flags & U_TITLE) &&
		    scene_words(TX(&units[i]), units[i].len) > 0)
			try_plain_caption(i);
	for (seen = 0, i = 0; i < nunits && seen < 2; i++)
		if (units[i].rule < 0 && !(units[i].flags & U_TITLE)) {
			seen++;
			try_plain_caption(i);
		}
	for (seen = 0, i = nunits; i > 0 && seen < 3; i--)
		if (units[i - 1].rule < 0 && !(units[i - 1].flags & U_TITLE)) {
			seen++;
			try_plain_caption(i - 1);
		}
}

/* Is unit j the last one kept? */
static int
last_kept(size_t j)
{
	for (j++; j < nunits; j++)
		if (units[j].rule < 0)
			return 0;
	return 1;
}

/*
 * Does unit u open with a dateline: CITY –, Site.com –, or a city in mixed
 * case that an agency or a site name follows (Dompu,(Dompu Post)-----,
 * Palu (Antara) -, Palu, site.com -)?  A lower-case aside in brackets
 * (Camat Tewah (kiri) –) is no agency.
 */
static int
opens_dateline(const struct unit *u)
{
	size_t ov[12], n = u->len > 160 ? 160 : u->len;
	const char *s = TX(u);

	if (u->len < 8 || (!memchr(s, '-', n) && !memchr(s, '\xE2', n)))
		return 0;
	if (rk_re_exec(&re_dateline, s, n, 0, ov, 12) > 0 &&
	    !label_word(s + ov[4], ov[5] - ov[4])) {
		if (all_caps(s + ov[4], ov[5] - ov[4]))
			return 1;
		if (s[ov[10]] != 'l' && (ov[2] != SIZE_MAX ||
		    ov[8] != SIZE_MAX || (ov[6] != SIZE_MAX &&
		    s[ov[6]] >= 'A' && s[ov[6]] <= 'Z')))
			return 1;
	}
	return rk_re_exec(&re_site, s, n, 0, ov, 4) > 0;
}

/*
 * A listing page: after the first story (two paragraphs at least), blank
 * lines, a headline, then a paragraph that opens with a dateline or (after
 * two blank lines or more) is a teaser cut off at the end of the page.
 * That headline starts the next story; it and the rest of the page go.
 * The break must be wider than the page's usual one: on a page with a
 * blank line between paragraphs it takes two.
 */
void
next_story(const struct clean_opts *o)
{
	size_t i, j, body = 0;
	int gap = U_GAP;

	if (!on(o, R_STORY))
		return;
	/* a page whose paragraphs touch: one blank line is break enough */
	for (i = 0; i < nunits; i++)
		if (units[i].rule < 0 && (units[i].flags & U_BODY) &&
		    (units[i].flags & U_BLANK))
			break;
	if (i == nunits)
		gap = U_BLANK;
	for (i = 0; i < nunits; i++) {
		struct unit *u = &units[i];

		/*
		 * the headline may already have gone as the last line of a
		 * "Berita Terkini" list; a dateline under it still starts a story
		 */
		if ((u->rule >= 0 && u->rule != R_RELATED) || (u->flags & U_TITLE))
			continue;
		if (body >= 2 && (u->flags & gap) && !(u->flags & U_BODY) &&
		    u->nw >= 3 && u->nw <= 20 &&
		    !unit_term(u) && headline_like(u)) {
			for (j = i + 1; j < nunits && units[j].rule >= 0; j++)
				;
			if (j < nunits && !(units[j].flags & gap) &&
			    (opens_dateline(&units[j]) || (u->rule < 0 && (u->flags & U_GAP) &&
			    units[j].nw >= 8 &&
			    !unit_term(&units[j]) &&
			    last_kept(j)))) {
				for (j = i; j < nunits; j++)
					drop(j, R_STORY);
				return;
			}
		}
		if (u->flags & U_BODY)
			body++;
	}
}

/*
 * A closing disclaimer: a short line after the article that says the
 * piece is the writer's own opinion or responsibility.
 */
void
disclaimer(const struct clean_opts *o)
{
	static const char *const opens[] = { "tulisan ini", "artikel ini",
		"opini ini", "isi tulisan", "isi artikel", "disclaimer",
		"catatan redaksi", "*)" };
	static const char *const what[] = { "opini", "pribadi",
		"tanggung jawab", "tidak mewakili", "tidak mencerminkan" };
	static const char *const who[] = { "penulis", "redaksi" };
	size_t i, k, seen = 0;

	if (!on(o, R_DISCLAIMER))
		return;
	for (i = nunits; i > 0 && seen < 2; i--) {
		struct unit *u = &units[i - 1];
		const char *s = TX(u);
		int w0 = 0, w1 = 0, w2 = 0;

		if (u->rule >= 0 || (u->flags & U_TITLE))
			continue;
		seen++;
		if (u->nw > 30 || u->nw < 4)
			continue;
		for (k = 0; k < sizeof(opens) / sizeof(opens[0]) && !w0; k++)
			w0 = ci_prefix(s, u->len, opens[k]);
		if (!w0)
			continue;
		for (k = 0; k < sizeof(what) / sizeof(what[0]) && !w1; k++)
			w1 = ci_find(s, u->len, what[k]) != NULL;
		for (k = 0; k < sizeof(who) / sizeof(who[0]) && !w2; k++)
			w2 = ci_find(s, u->len, who[k]) != NULL;
		if (w0 && w1 && w2)
			u->rule = R_DISCLAIMER;
	}
}

/*
 * A syndication note, as news networks print them under a story taken
 * from a member site: "Artikel ini telah tayang di Tribunkaltim.co dengan
 * judul ...", "Berita ini sebelumnya sudah tayang di ...".  Subject,
 * adverbs, verb and "di" must all be there.  What follows "di" must read as
 * a name (a capital, or a dot as in a domain), or the note must be short or
 * give the title; "Berita ini telah tayang di sejumlah media daring dan
 * ..." is a sentence of the story and stays.
 */
static int
syndication_note(const struct unit *u)
{
	static const char *const subj[] = { "artikel ini ", "berita ini ",
		"tulisan ini ", "konten ini " };
	static const char *const adv[] = { "telah ", "sudah ", "pernah ",
		"sebelumnya ", "pertama kali ", "lebih dulu ", "juga " };
	static const char *const verb[] = { "tayang ", "terbit ", "dimuat ",
		"diterbitkan ", "ditayangkan ", "dipublikasikan ", "diunggah " };
	static const char *const prep[] = { "di ", "pada ", "dalam " };
	const char *s = TX(u);
	size_t i = 0, k, len = u->len, n, guard;

	if (u->nw < 5 || u->nw > 60 || ((s[0] | 32) != 'a' &&
	    (s[0] | 32) != 'b' && (s[0] | 32) != 't' && (s[0] | 32) != 'k'))
		return 0;
	for (k = 0, n = 0; k < sizeof(subj) / sizeof(subj[0]) && !n; k++)
		if (ci_prefix(s, len, subj[k]))
			n = strlen(subj[k]);
	if (n == 0)
		return 0;
	i = n;
	for (guard = 0; guard < 3; guard++) {
		for (k = 0, n = 0; k < sizeof(adv) / sizeof(adv[0]) && !n; k++)
			if (ci_prefix(s + i, len - i, adv[k]))
				n = strlen(adv[k]);
		if (n == 0)
			break;
		i += n;
	}
	for (k = 0, n = 0; k < sizeof(verb) / sizeof(verb[0]) && !n; k++)
		if (ci_prefix(s + i, len - i, verb[k]))
			n = strlen(verb[k]);
	if (n == 0)
		return 0;
	i += n;
	for (k = 0, n = 0; k < sizeof(prep) / sizeof(prep[0]) && !n; k++)
		if (ci_prefix(s + i, len - i, prep[k]))
			n = strlen(prep[k]);
	if (n == 0 || (i += n) >= len)
		return 0;
	if ((s[i] >= 'A' && s[i] <= 'Z') || u->nw <= 12 ||
	    ci_find(s + i, len - i, "dengan judul") != NULL)
		return 1;
	for (; i < len && s[i] != ' '; i++)
		if (s[i] == '.' && i + 1 < len && s[i + 1] != ' ')
			return 1;
	return 0;
}

void
syndication(const struct clean_opts *o)
{
	size_t i;

	if (!on(o, R_SYNDICATION))
		return;
	for (i = 0; i < nunits; i++)
		if (units[i].rule < 0 && !(units[i].flags & U_TITLE) &&
		    syndication_note(&units[i]))
			units[i].rule = R_SYNDICATION;
}

