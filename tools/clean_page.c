/*
 * clean_page.c: where the article is on the page.  The title (given,
 * repeated or guessed), the region menus and author notes around it, and
 * the extent: the first and last lines of the article.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rk.h"
#include "clean.h"
#include "clean_int.h"

#ifdef CLEAN_SSE2
/*
 * Sixteen ASCII bytes folded as fold_fast does them one by one: A-Z
 * lowered, the bytes folding drops (NUL, TAB to CR, space - . ' `) left
 * out.  Stores 16 bytes at *dp whatever it keeps: the caller leaves room.
 */
static void
fold_block(__m128i v, char **dp)
{
	_Alignas(16) char blk[32];
	__m128i up, drop;
	unsigned dm, pos = 0, z;
	char *d = *dp;

	up = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
	    _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
	v = _mm_add_epi8(v, _mm_and_si128(up, _mm_set1_epi8(32)));
	drop = _mm_or_si128(
	    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('-'))),
	    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('\''))));
	drop = _mm_or_si128(drop, _mm_or_si128(
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('`')),
	    _mm_cmpeq_epi8(v, _mm_setzero_si128())));
	drop = _mm_or_si128(drop, _mm_and_si128(
	    _mm_cmpgt_epi8(v, _mm_set1_epi8('\t' - 1)),
	    _mm_cmplt_epi8(v, _mm_set1_epi8('\r' + 1))));
	dm = (unsigned)_mm_movemask_epi8(drop);
	if (dm == 0) {
		_mm_storeu_si128((__m128i *)d, v);
		*dp = d + 16;
		return;
	}
	/* the kept runs between dropped bytes, each by a 16-byte store */
	_mm_store_si128((__m128i *)blk, v);
	_mm_store_si128((__m128i *)(blk + 16), _mm_setzero_si128());
	for (; dm != 0; dm &= dm - 1) {
		z = (unsigned)__builtin_ctz(dm);
		_mm_storeu_si128((__m128i *)d,
		    _mm_loadu_si128((const __m128i *)(blk + pos)));
		d += z - pos;
		pos = z + 1;
	}
	_mm_storeu_si128((__m128i *)d,
	    _mm_loadu_si128((const __m128i *)(blk + pos)));
	*dp = d + (16 - pos);
}
#endif

/* rk_fold, with ASCII done in line and other characters passed on. */
static void
fold_fast(const char *s, size_t len, struct rk_buf *out)
{
	static unsigned char low[128];
	size_t i = 0, j;
	char *d;

	if (low['a'] == 0) {
		/* ASCII folded: lowercase, and 0 for the bytes folding drops */
		for (j = 1; j < 128; j++)
			low[j] = (unsigned char)(j >= 'A' && j <= 'Z' ? j + 32 : j);
		low[' '] = low['-'] = low['.'] = low['\''] = low['`'] = 0;
		for (j = '\t'; j <= '\r'; j++)
			low[j] = 0;
	}
	/* sixteen bytes of slack for the block stores below */
	rk_buf_grow(out, len + 17);
	d = out->data + out->len;
	while (i < len) {
		size_t stop = len;
		unsigned char c;

#ifdef CLEAN_SSE2
		if (i + 16 <= len) {
			__m128i v = _mm_loadu_si128((const __m128i *)(s + i));
			int hm = _mm_movemask_epi8(v);

			if (hm == 0) {
				fold_block(v, &d);
				i += 16;
				continue;
			}
			/* the ASCII before the first other byte, one by one */
			stop = i + (size_t)__builtin_ctz((unsigned)hm);
		}
#endif
		while (i < stop && (c = (unsigned char)s[i]) < 0x80) {
			i++;
			*d = (char)low[c];
			d += low[c] != 0;
		}
		if (i >= len || (unsigned char)s[i] < 0x80)
			continue;
		out->len = (size_t)(d - out->data);
		for (j = i + 1; j < len && ((unsigned char)s[j] & 0xC0) == 0x80 &&
		    j - i < 4; j++)
			;
		rk_fold(s + i, j - i, out);
		rk_buf_grow(out, len + 17);
		d = out->data + out->len;
		i = j;
	}
	out->len = (size_t)(d - out->data);
	out->data[out->len] = '\0';
}

static void
fold_unit(const struct unit *u, struct rk_buf *out)
{
	rk_buf_reset(out);
	fold_fast(TX(u), u->len, out);
}

void
drop(size_t i, int rule)
{
	if (units[i].rule < 0 && !(units[i].flags & U_TITLE))
		units[i].rule = rule;
}


/* The first alphanumerics, lowercased: a cheap filter before folding. */
size_t
head_key(const char *s, size_t len, char *k, size_t max)
{
	size_t i, n = 0;
	unsigned char c;

	for (i = 0; i < len && n < max; i++) {
		if ((c = alnum_low[(unsigned char)s[i]]) == 1)
			return n;
		/* stored always (n < max), kept when it counts */
		k[n] = (char)c;
		n += c != 0;
	}
	return n;
}

/* The unit's head key (sizeof(hk) alphanumerics), made once until its
 * text changes; a shorter key is a prefix of it. */
size_t
unit_head(const struct unit *u)
{
	if (u->hkn < 0) {
		struct unit *w = &units[u - units];

		w->hkn = (int)head_key(TX(u), u->len, w->hk, sizeof(w->hk));
	}
	return (size_t)u->hkn;
}

static char title_head[8];
static size_t title_headn;
/*
 * The title's folded text goes to keybuf only when some unit's head
 * matches title_head: most candidates meet none.  key_unit is the title
 * (or candidate), key_cut whether its key stops at a NUL the fold left
 * (find_title's), key_ready whether keybuf holds it.
 */
static size_t key_unit;
static int key_cut, key_ready;

static void
title_key(size_t t, int cut)
{
	key_unit = t;
	key_cut = cut;
	key_ready = 0;
	title_headn = head_key(TX(&units[t]), units[t].len, title_head,
	    sizeof(title_head));
}

/* Is t's folded text (in key) a prefix of unit u's?  1 equal, 2 prefix. */
static int
title_match(const struct unit *u)
{
	char h[8];
	size_t hn;
	size_t n, rawn = u->len;

	/* folding only drops characters, so a prefix of the unit of a few
	 * times the key's length decides equality or prefix */
	if (u->hkn < 0 && title_headn > 0 && u->len > 0 &&
	    alnum_low[(unsigned char)TX(u)[0]] > 1 &&
	    alnum_low[(unsigned char)TX(u)[0]] != (unsigned char)title_head[0])
		return 0;	/* the first letters differ: no head key needed */
	hn = unit_head(u);
	memcpy(h, u->hk, sizeof(h));
	if (hn > title_headn)
		hn = title_headn;
	if (!key_eq(h, title_head, hn))
		return 0;
	if (!key_ready) {
		fold_unit(&units[key_unit], &keybuf);
		if (key_cut)
			keybuf.len = strlen(keybuf.data);
		key_ready = 1;
	}
	n = keybuf.len;
	if (rawn > 4 * n + 16)
		rawn = 4 * n + 16;
	rk_buf_reset(&tmpbuf);
	fold_fast(TX(u), rawn, &tmpbuf);
	if (rawn < u->len && tmpbuf.len == n && memcmp(tmpbuf.data, keybuf.data, n) == 0)
		return 2;
	if (tmpbuf.len < n || n == 0)
		return 0;
	if (memcmp(tmpbuf.data, keybuf.data, n) != 0)
		return 0;
	return tmpbuf.len == n ? 1 : 2;
}

int
title_candidate(const struct unit *u)
{
	const char *s = TX(u);

	return u->rule < 0 && u->nw >= 3 && u->nw <= 30 && u->len > 0 &&
	    s[u->len - 1] != '.' && s[u->len - 1] != ',' && has_alnum(s, u->len);
}

static int
caption_seen(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < nmetas; i++)
		if (metas[i].kind == M_CAPTION && metas[i].tlen == len &&
		    memcmp(sidebuf.data + metas[i].toff, s, len) == 0)
			return 1;
	return 0;
}

/* Captions that repeat the title, and the title printed again. */
void
title_repeats(const struct clean_opts *o, size_t t)
{
	size_t i;
	int m;

	title_key(t, 0);
	for (i = t + 1; i < nunits; i++) {
		if (units[i].rule >= 0)
			continue;
		if ((m = title_match(&units[i])) == 1) {
			if (on(o, R_DUP))
				units[i].rule = R_DUP;
		} else if (m == 2 && on(o, R_CAPTION) && units[i].nw <= 120) {
			size_t k = 0, n = 0;
			const char *s = TX(&units[i]);

			/* the caption proper follows the title's words */
			while (k < units[i].len && n < (size_t)units[t].nw) {
				if (s[k] == ' ')
					n++;
				k++;
			}
			units[i].rule = R_CAPTION;
			if (caption_seen(s + k, units[i].len - k))
				units[i].rule = on(o, R_DUP) ? R_DUP : R_CAPTION;
			else
				meta_add(M_CAPTION, s + k, units[i].len - k, "", 0);
		}
	}
}

/*
 * A site name or a breadcrumb printed as words: three to five words, each
 * capitalised (or a number), no punctuation ("Jatim Times Network",
 * "Beranda Aceh Pidie", "Bantul Kab Go Id").
 */
static int
name_line(const struct unit *u)
{
	const char *s = TX(u);
	size_t i;

	if (u->nw < 3 || u->nw > 5)
		return 0;
	for (i = 0; i < u->len; i++) {
		unsigned char c = (unsigned char)s[i];

		if ((i == 0 || s[i - 1] == ' ') && !isupper(c) && !isdigit(c))
			return 0;
		if (c != ' ' && !isalnum(c))
			return 0;
	}
	return 1;
}

/*
 * A site's name or tagline over the page, longer than name_line allows:
 * three to eight capitalised words, with "dan" or "&" between them and a
 * bar between name and tagline, that name the site ("Portal Berita
 * Pemerintah Kabupaten ...", "Media Center Pemerintah Provinsi ...",
 * "Perbatasan News | Berita Nunukan dan Sebatik").  A headline has a verb
 * and no site word; it stays.
 */
/*
 * u opens with the name the page's copyright line gives its owner: "Riau
 * Pos Online - Inhil" under "© 2023 Riau Pos"; or a short line ends with it.
 */
static int
holder_line(const struct unit *u)
{
	static const char *const skip[] = { "\xC2\xA9", "(c)", "copyright",
		"hak", "cipta", "all", "rights", "reserved", "by", "|", "-", NULL };
	const char *t;
	size_t m, i, j, k, a, b;

	for (m = 0; m < nmetas; m++) {
		if (metas[m].kind != M_COPYRIGHT)
			continue;
		t = sidebuf.data + metas[m].toff;
		/* the first run of words that are no cue nor year */
		for (a = b = i = 0; i < metas[m].tlen; i = j + 1) {
			for (j = i; j < metas[m].tlen && t[j] != ' '; j++)
				;
			if (j == i)
				continue;
			for (k = 0; skip[k] != NULL; k++)
				if (strlen(skip[k]) == j - i &&
				    strncasecmp(t + i, skip[k], j - i) == 0)
					break;
			if (skip[k] != NULL || isdigit((unsigned char)t[i]) ||
			    !isalpha((unsigned char)t[i])) {
				if (b > a)
					break;
				continue;
			}
			if (b == a)
				a = i;
			b = j;
		}
		while (b > a && (t[b - 1] == '.' || t[b - 1] == ','))
			b--;
		if (b - a >= 4 && u->len >= b - a &&
		    strncasecmp(TX(u), t + a, b - a) == 0 &&
		    (u->len == b - a || TX(u)[b - a] == ' '))
			return 1;
		/* or ends with it, a short tagline: "Nomor Satu di Benuanta" */
		if (b - a >= 4 && u->len > b - a && u->nw <= 6 &&
		    TX(u)[u->len - (b - a) - 1] == ' ' &&
		    strncasecmp(TX(u) + u->len - (b - a), t + a, b - a) == 0)
			return 1;
	}
	return 0;
}

static int
site_line(const struct unit *u)
{
	const char *s = TX(u);
	size_t i, j, k, pw = SIZE_MAX;	/* pw: the previous word's start */
	int cue = 0;

	if (name_line(u) || holder_line(u))
		return 1;
	if (u->nw < 3 || u->nw > 8)
		return 0;
	for (i = 0; i < u->len; i = j + 1) {
		for (j = i; j < u->len && s[j] != ' '; j++)
			;
		if (j == i)
			continue;
		if ((j - i == 1 && (s[i] == '|' || s[i] == '&')) ||
		    (j - i == 3 && memcmp(s + i, "dan", 3) == 0)) {
			if (i == 0 || j >= u->len)
				return 0;
			pw = SIZE_MAX;
			continue;
		}
		if (!isupper((unsigned char)s[i]) && !isdigit((unsigned char)s[i]))
			return 0;
		for (k = i; k < j; k++)
			if (!isalnum((unsigned char)s[k]))
				return 0;
		if (!cue)
			cue = site_word(s + i, j - i) ||
			    (pw != SIZE_MAX && site_word(s + pw, j - pw));
		pw = i;
	}
	return cue;
}

/*
 * The headline under a site name: of the kept lines after u and before
 * the first paragraph, a longer headline-like candidate (seven words or
 * more) that the article's date or byline follows or precedes, with only
 * short lines (a category word, a counter) after it; or 0.  A subtitle under a short
 * title runs straight into the lead.
 */
static size_t
headline_below(size_t u, size_t firstbody)
{
	size_t j, k;
	int stamp = 0;

	for (j = u + 1; j < firstbody; j++) {
		/* the stamp may also stand between the site and the headline */
		if (units[j].rule >= 0) {
			stamp |= units[j].rule == R_TIMESTAMP ||
			    units[j].rule == R_BYLINE;
			continue;
		}
		if (units[j].nw < 7 || !title_candidate(&units[j]) ||
		    !headline_like(&units[j]))
			continue;
		for (k = j + 1; k < firstbody; k++) {
			if (units[k].rule < 0 && units[k].nw > 3)
				return 0;
			stamp |= units[k].rule == R_TIMESTAMP ||
			    units[k].rule == R_BYLINE;
		}
		return stamp ? j : 0;
	}
	return 0;
}

/*
 * A site's region menu printed without its separators above the headline:
 * "Kalsel Kalteng Nasional Olahraga", "Sulbar Mamuju Majene Polman".  Two
 * to eight capitalised words, no sentence end, each a province, regency or
 * city (or its short form: data/singkatan.tsv, data/wilayah/alias.tsv), a
 * menu section word, a lesser region name (a kecamatan, a desa) or "Kota";
 * a region and one more item of the first kinds, and at most one unknown
 * word in a line of four items.  A headline has a verb that is none of
 * these: "Sampit Banjir Lagi" stays.
 */
/* A breadcrumb's separator standing alone: / | > >> and their glyphs. */
static int
crumb_sep(const char *w, size_t n)
{
	return (n == 1 && strchr("/|>", w[0]) != NULL) ||
	    (n == 2 && (unsigned char)w[0] == 0xC2 && (unsigned char)w[1] == 0xBB) ||
	    (n == 3 && (unsigned char)w[0] == 0xE2 && (unsigned char)w[1] == 0x80 &&
	    (unsigned char)w[2] == 0xBA);
}

static int
region_menu(const struct unit *u)
{
	const char *s = TX(u);
	size_t i, j, k, w, n = 0, st[8], en[8];
	int strong = 0, region = 0, weak = 0, other = 0;
	long e;

	if (u->nw < 2 || u->nw > 8 || u->len > 120 || unit_term(u))
		return 0;
	for (i = 0; i < u->len; i = j + 1) {
		for (j = i; j < u->len && s[j] != ' '; j++)
			;
		if (j == i || crumb_sep(s + i, j - i))
			continue;	/* "Jateng / Wonosobo", "Malut » Halsel" */
		if (n == 8 || !isupper((unsigned char)s[i]))
			return 0;
		for (k = i; k < j; k++)
			if (!isalpha((unsigned char)s[k]))
				return 0;
		st[n] = i;
		en[n++] = j;
	}
	if (n < 2)
		return 0;
	if (!common_loaded)
		common_load();
	for (w = 0; w < n; w += k) {
		/* the longest name first: "Palangka Raya", "Barito Utara" */
		for (k = n - w < 3 ? n - w : 3; k >= 1; k--) {
			size_t l = en[w + k - 1] - st[w];

			if (fold_find(&region_top, s + st[w], l) >= 0) {
				region++;
				break;
			}
			if ((e = lex_find(s + st[w], l)) >= 0 &&
			    boiler_rule[e] == R_NAV && boiler_scope[e] == S_WORD)
				break;
		}
		if (k >= 1) {
			strong++;
			continue;
		}
		k = 1;
		if (ci_prefix(s + st[w], en[w] - st[w], "kota") &&
		    en[w] - st[w] == 4)
			continue;
		if (fold_find(&region_names, s + st[w], en[w] - st[w]) >= 0)
			weak++;
		else
			other++;
	}
	return region >= 1 && strong >= 2 &&
	    (other == 0 || (other == 1 && strong + weak >= 4));
}

/*
 * The author note under an opinion piece: "*) Penulis adalah dosen dan
 * pemerhati kebijakan publik", a label without a sentence end.  Marked
 * with an asterisk it is a note wherever it stands; unmarked, only a short
 * one after the last paragraph, so that a sentence about a book's writer
 * inside the text stays.  One closed by a full stop reads as the piece's
 * last sentence and stays too.
 */
void
author_notes(const struct clean_opts *o)
{
	size_t i, j, k;
	int star;

	if (!on(o, R_BYLINE))
		return;
	for (i = 0; i < nunits; i++) {
		const char *s = TX(&units[i]);
		size_t len = units[i].len;

		if (units[i].rule >= 0 || len < 16 || units[i].nw > 30 ||
		    unit_term(&units[i]))
			continue;
		star = 0;
		for (k = 0; k < len && k < 6 && strchr("*() ", s[k]); k++)
			star |= s[k] == '*';
		if (!ci_prefix(s + k, len - k, "penulis adalah ") &&
		    !ci_prefix(s + k, len - k, "penulis merupakan "))
			continue;
		if (!star) {
			if (units[i].nw > 20)
				continue;
			for (j = i + 1; j < nunits; j++)
				if (units[j].rule < 0 && (units[j].flags & U_BODY))
					break;
			if (j < nunits)
				continue;
		}
		drop(i, R_BYLINE);
	}
}

/* Drop the region menus above a headline. */
static void
region_menus(const struct clean_opts *o, size_t firstbody)
{
	size_t i, j, seen = 0;

	if (!on(o, R_NAV))
		return;
	for (i = 0; i < firstbody && seen < 6; i++) {
		if (units[i].rule >= 0)
			continue;
		seen++;
		if (!region_menu(&units[i]))
			continue;
		for (j = i + 1; j <= firstbody && j < nunits; j++)
			if (title_candidate(&units[j]) && !region_menu(&units[j]))
				break;
		if (j <= firstbody && j < nunits)
			drop(i, R_NAV);
	}
}

long
find_title(const struct clean_opts *o, int given)
{
	size_t i, seen = 0, ncand = 0, firstbody = nunits;
	long cand = -1, conf = -1;

	if (given) {
		title_repeats(o, 0);
		return 0;
	}
	for (i = 0; i < nunits; i++)
		if (units[i].rule < 0 && (units[i].flags & U_BODY)) {
			firstbody = i;
			break;
		}
	region_menus(o, firstbody);
	for (i = 0; i < nunits && seen < 15; i++) {
		size_t j;

		if (units[i].rule >= 0)
			continue;
		seen++;
		if (!title_candidate(&units[i]) || (units[i].flags & U_BODY))
			continue;
		if (++ncand > 4)	/* the title is among the first few */
			break;
		if (cand < 0 && i < firstbody)
			cand = (long)i;
		title_key(i, 1);
		for (j = i + 1; j < nunits && j < i + 40; j++)
			if (units[j].rule < 0 || units[j].rule == R_CAPTION) {
				int m = title_match(&units[j]);

				/* a later line that only opens with a short
				 * candidate proves little */
				if (m == 1 || (m == 2 && units[i].nw >= 4)) {
					conf = (long)i;
					break;
				}
			}
		if (conf >= 0)
			break;
	}
	if (conf >= 0) {
		for (i = 0; i < (size_t)conf; i++)
			if (on(o, R_HEADER))
				drop(i, R_HEADER);
		cand = conf;
	} else if (cand >= 0) {
		size_t h;

		/* a site name or a crumb above a longer headline over the lead */
		if (firstbody < nunits &&
		    (h = headline_below((size_t)cand, firstbody)) > 0 &&
		    site_line(&units[cand]))
			cand = (long)h;
		/* only short category words, a site name or a crumb may stand
		 * before an unconfirmed title */
		for (i = 0; i < (size_t)cand; i++)
			if (units[i].rule < 0 && units[i].nw > 3 &&
			    !site_line(&units[i]))
				return -1;
		for (i = 0; i < (size_t)cand; i++)
			if (on(o, R_CRUMB))
				drop(i, R_CRUMB);
	}
	if (cand >= 0) {
		units[cand].flags |= U_TITLE;
		units[cand].flags &= ~U_BODY;
		title_repeats(o, (size_t)cand);
	}
	return cand;
}

/* ". X" inside: two sentences, so prose rather than a headline. */
int
mid_sentence_end(const char *s, size_t len)
{
	size_t i;

	for (i = 1; i + 2 < len; i++)
		if ((s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i + 1] == ' ' &&
		    isupper((unsigned char)s[i + 2]) && islower((unsigned char)s[i - 1]))
			return 1;
	return 0;
}

/*
 * A headline, a menu item or a label rather than a prose fragment: few
 * words, or most words capitalised (or numbers), as in "Bupati Resmikan
 * Pasar Baru 12 Juni 2023"; a paragraph cut off mid-sentence is mostly
 * lower case and stays.
 */
int
headline_like(const struct unit *u)
{
	const char *s = TX(u);
	size_t i;
	int words = 0, caps = 0;

	if (u->nw <= 3)
		return 1;
	for (i = 0; i < u->len; i++) {
		if (i > 0 && s[i - 1] != ' ')
			continue;
		words++;
		if (isupper((unsigned char)s[i]) || isdigit((unsigned char)s[i]) ||
		    (unsigned char)s[i] >= 0x80 || !isalpha((unsigned char)s[i]))
			caps++;
	}
	return caps * 10 >= words * 6;
}

/*
 * A related story's line with its date before or after a dash or bar:
 * "March 12, 2022 - Tidal floods hit ...", "Banjir Rob ... | 12 Juni 2023".
 */
static int
dated_item(const struct unit *u)
{
	const char *s = TX(u);
	char iso[24];
	size_t ds, de, i;

	if (u->nw > 24 || !clean_date_find(s, u->len, iso, &ds, &de))
		return 0;
	if (ds == 0) {
		for (i = de; i < u->len && s[i] == ' '; i++)
			;
		return i < u->len && (s[i] == '-' || s[i] == '|' ||
		    (unsigned char)s[i] == 0xE2);	/* en or em dash */
	}
	for (i = ds; i > 0 && s[i - 1] == ' '; i--)
		;
	return de == u->len && i > 0 && (s[i - 1] == '-' || s[i - 1] == '|');
}

/*
 * The lines after unit i are a thread of comments: stamped posts ("Zulkifli
 * 16 Mei 2024 pukul 21:34") twice or more, however long the posts.
 */
static int
thread_after(size_t i)
{
	size_t j;
	int stamps = 0;

	for (j = i + 1; j < nunits && stamps < 2; j++)
		stamps += units[j].rule == R_TIMESTAMP;
	return stamps >= 2;
}
/*
 * The page ends with line i right under the last paragraph l, and no
 * reporter code closed l: the excerpt was cut off in the middle of a
 * paragraph ("Perwakilan Lembaga Adat Malin"), which is text.
 */

static int
cut_off(size_t l, size_t i)
{
	const char *s = TX(&units[l]);
	size_t n = units[l].len;

	if (i != l + 1 || i + 1 != nunits || (units[i].flags & U_BLANK) ||
	    units[i].nw < 4)
		return 0;
	if (n > 0 && s[n - 1] == '.')
		n--;
	return n > 0 && s[n - 1] != ')' && !last_byte(s + (n > 12 ? n - 12 : 0),
	    '/', n > 12 ? 12 : n);
}

void
extent(const struct clean_opts *o)
{
	size_t i, j, before = 0, total = 0;
	long f = -1, l = -1;

	for (i = 0; i < nunits; i++) {
		if (units[i].rule >= 0 || (units[i].flags & U_TITLE))
			continue;
		if (units[i].flags & U_BODY) {
			if (f < 0)
				f = (long)i;
			l = (long)i;
		}
	}
	for (i = 0; i < nunits; i++)
		total += units[i].rule < 0 && (units[i].flags & U_BODY);
	for (i = 0; i < nunits; i++) {
		int fl = units[i].flags, r = units[i].rule;

		if (r < 0) {
			before += (fl & U_BODY) != 0;
			continue;
		}
		/* a comment section closes the page: more prose before it
		 * than after */
		if ((fl & U_REST) && f >= 0 && (long)i > f && on(o, R_COMMENTS) &&
		    (before > total - before || thread_after(i))) {
			for (j = i + 1; j < nunits; j++)
				drop(j, R_COMMENTS);
			break;
		}
		if ((fl & U_LIST) && f >= 0 && (long)i > f && on(o, R_RELATED)) {
			for (j = i + 1; j < nunits; j++) {
				/* a comment section after the list is looked at next */
				if (units[j].rule >= 0 && (units[j].flags & U_REST))
					break;
				if (units[j].rule >= 0)
					continue;
				if (((units[j].flags & U_BODY) ||
				    !headline_like(&units[j])) && !dated_item(&units[j]))
					break;
				drop(j, R_RELATED);
			}
			i = j - 1;	/* each line is looked at once */
		}
	}
	if (f < 0)
		return;
	/* recompute the last paragraph: lists and comments may have gone */
	for (l = -1, i = 0; i < nunits; i++)
		if (units[i].rule < 0 && (units[i].flags & U_BODY))
			l = (long)i;
	for (i = 0; i < (size_t)f; i++)
		if (units[i].rule < 0 && !(units[i].flags & U_TITLE) &&
		    units[i].nw <= 3 && !unit_term(&units[i]) &&
		    on(o, R_CRUMB))
			drop(i, R_CRUMB);
	for (i = (size_t)l + 1; i < nunits; i++)
		if (units[i].rule < 0 && !unit_term(&units[i]) &&
		    !mid_sentence_end(TX(&units[i]), units[i].len) &&
		    headline_like(&units[i]) && on(o, R_TRAILER) &&
		    !cut_off((size_t)l, i))
			drop(i, R_TRAILER);
}

int
all_caps(const char *s, size_t len)
{
	size_t i = 0;
	uint32_t c;
	int letters = 0;

	while (i < len) {
		/* ASCII as rk_cp_isalpha and rk_cp_isupper see it */
		if ((unsigned char)s[i] < 0x80) {
			c = (unsigned char)s[i++];
			if ((c | 32) >= 'a' && (c | 32) <= 'z') {
				if (c >= 'a')
					return 0;
				letters++;
			}
			continue;
		}
		c = rk_utf8_next(s, len, &i);
		if (rk_cp_isalpha(c)) {
			if (!rk_cp_isupper(c))
				return 0;
			letters++;
		}
	}
	return letters >= 2;
}

void
cut_front(const struct clean_opts *o, size_t ui, size_t n, int rule)
{
	struct unit *u = &units[ui];

	if (o->explain)
		span_add(ui, rule, TX(u), n);
	u = &units[ui];
	/* the cut ends before a word (the dateline takes its spaces), so
	 * the words left are the spaces left plus one */
	if (u->nw > 0 && n < u->len && TX(u)[n] != ' ' &&
	    (n == 0 || TX(u)[n - 1] == ' ')) {
		size_t k, sp = 0;

		for (k = 0; k < n; k++)
			sp += TX(u)[k] == ' ';
		u->nw -= (int)sp;
	} else {
		u->nw = count_words(TX(u) + n, u->len - n);
	}
	u->off += n;
	u->len -= n;
	u->hkn = -1;
	u->term = -1;
}

