/*
 * rk_outrow.c: a whole row in one write.  A tool that writes many short
 * rows (rk-tag writes one per entity) spends more in the stdio call per
 * field than in the bytes; this escapes the fields into a buffer on the
 * stack and hands stdio the row at once.  The bytes are those of
 * rk_out_begin, rk_out_field for each field, rk_out_end.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "rk.h"

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define OUT_SSE2	1
#endif

/* put_field inline at each of its few call sites, the hot loops' body */
#if defined(__GNUC__)
#define OUT_INLINE	inline __attribute__((always_inline))
#else
#define OUT_INLINE	inline
#endif

/* The escape letter of a byte that needs one, else 0. */
static const char esc[256] = {
	['\t'] = 't', ['\n'] = 'n', ['\r'] = 'r', ['\\'] = '\\'
};

/* stdio without its lock where the C library has the call: one thread */
#if defined(__GLIBC__)
#define OUT_WRITE(s, n, fp)	fwrite_unlocked((s), 1, (n), (fp))
#else
#define OUT_WRITE(s, n, fp)	fwrite((s), 1, (n), (fp))
#endif

/*
 * The first PRE_N fields of the row before, escaped, may still be in the
 * buffer: rk-tag's entity rows repeat their sentence's doc, para and
 * sent, the same strings, so those bytes are copied.
 */
#define PRE_N	3

#ifdef OUT_SSE2
/*
 * The bytes of v below 0x20 or a backslash, as a movemask: those that
 * may need an escape, in three operations where the exact test (TAB, LF,
 * CR, backslash) takes seven.
 */
static OUT_INLINE int
maybe_esc(__m128i v)
{
	/* unsigned v <= 0x1F: v is its own minimum with 0x1F */
	return _mm_movemask_epi8(_mm_or_si128(
	    _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
}
#endif

/*
 * Whether words a and b hold no byte below 0x20 and no backslash (so none
 * that needs an escape).  In one SSE2 register: the two words' four
 * bit tricks cost rk-tag ~8 instructions more a field.
 */
static OUT_INLINE int
plain16(uint64_t a, uint64_t b)
{
#ifdef OUT_SSE2
	return maybe_esc(_mm_set_epi64x((long long)b, (long long)a)) == 0;
#else
	return (RK_HAS_LESS(a, 0x20) | RK_HAS_BYTE(a, '\\') |
	    RK_HAS_LESS(b, 0x20) | RK_HAS_BYTE(b, '\\')) == 0;
#endif
}

/*
 * Field s, len (no byte needs room past 2 * len) escaped into buf at o;
 * returns the new end.
 */
static OUT_INLINE size_t
put_field(char *buf, size_t o, const char *s, size_t len)
{
	char c;
	size_t k = 0;
	uint64_t w;

	/* most fields are short: 4 to 16 bytes as two overlapping
	 * loads and stores, kept when no byte needs an escape */
	if (len <= 16 && len >= 4) {
		uint64_t a, b;

		if (len >= 8) {
			memcpy(&a, s, 8);
			memcpy(&b, s + len - 8, 8);
		} else {
			uint32_t a4, b4;

			memcpy(&a4, s, 4);
			memcpy(&b4, s + len - 4, 4);
			a = a4 | (uint64_t)b4 << 32;
			b = a;
		}
		if (plain16(a, b)) {
			if (len >= 8) {
				memcpy(buf + o, &a, 8);
				memcpy(buf + o + len - 8, &b, 8);
			} else {
				memcpy(buf + o, s, 4);
				memcpy(buf + o + len - 4, s + len - 4, 4);
			}
			return o + len;
		}
	} else if (len < 4) {
		/* 1 to 3 bytes: the first, middle and last cover them */
		if (len == 0)
			return o;
		buf[o] = s[0];
		buf[o + len / 2] = s[len / 2];
		buf[o + len - 1] = s[len - 1];
		if ((esc[(unsigned char)s[0]] | esc[(unsigned char)s[len / 2]] |
		    esc[(unsigned char)s[len - 1]]) == 0)
			return o + len;
	}
#ifdef OUT_SSE2
	/* sixteen bytes at a time, stored before they are looked at
	 * (the room above covers the store): an escape cuts the
	 * block short at its first byte needing one */
	while (len - k >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(s + k));
		int m;

		_mm_storeu_si128((__m128i *)(buf + o), v);
		if (maybe_esc(v) == 0) {
			k += 16;
			o += 16;
			continue;
		}
		m = _mm_movemask_epi8(_mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))),
		    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\r')),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')))));
		if (m == 0) {
			k += 16;
			o += 16;
			continue;
		}
		m = __builtin_ctz((unsigned)m);
		k += (size_t)m;
		o += (size_t)m;
		buf[o++] = '\\';
		buf[o++] = esc[(unsigned char)s[k++]];
	}
	/* ... a tail as the field's last sixteen bytes, over the copies
	 * of those before it when none of the sixteen needs an escape
	 * (so none of them got one) ... */
	if (k < len && len >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(s + len - 16));

		if (maybe_esc(v) == 0) {
			_mm_storeu_si128((__m128i *)(buf + o + (len - k) - 16), v);
			return o + (len - k);
		}
	}
#endif
	/* eight plain bytes at a time ... */
	for (; len - k >= 8; k += 8, o += 8) {
		memcpy(&w, s + k, 8);
		if (RK_HAS_LESS(w, 0x20) | RK_HAS_BYTE(w, '\\'))
			break;
		memcpy(buf + o, &w, 8);
	}
	/* ... a short tail as the last eight bytes of the field, over
	 * the copies of those before it when none of the eight needs
	 * an escape (so none of them got one) ... */
	if (k < len && len - k < 8 && len >= 8) {
		memcpy(&w, s + len - 8, 8);
		if ((RK_HAS_LESS(w, 0x20) | RK_HAS_BYTE(w, '\\')) == 0) {
			memcpy(buf + o + (len - k) - 8, &w, 8);
			return o + (len - k);
		}
	}
	/* ... a short field copied whole, kept if no byte needed an
	 * escape (else written again below) ... */
	if (len < 8) {
		for (c = 0; k < len; k++) {
			buf[o + k] = s[k];
			c |= esc[(unsigned char)s[k]];
		}
		if (c == 0)
			return o + len;
		k = 0;
	}
	/* ... the rest (from a word with an escape on) one by one */
	for (; k < len; k++) {
		if ((c = esc[(unsigned char)s[k]]) != 0) {
			buf[o++] = '\\';
			buf[o++] = c;
		} else
			buf[o++] = s[k];
	}
	return o;
}

/*
 * One field and the TAB after it into buf at o; returns the new end.
 * When the field would not fit, the buffer goes out first and *flushes
 * counts it (a prefix kept in the buffer is gone then).
 */
static inline size_t
put_one(FILE *fp, char *buf, size_t cap, size_t o, const struct rk_str *fi,
    size_t *flushes)
{
	/* a NULL field is empty: no byte of it is read */
	const char *s = fi->s;
	size_t len = s != NULL ? fi->len : 0;

	/* room for the field escaped (worst case), its TAB */
	if (o + 2 * len + 2 > cap) {
		OUT_WRITE(buf, o, fp);
		o = 0;
		++*flushes;
		if (2 * len + 2 > cap) {
			/* a field too long for the buffer goes out alone */
			rk_tsv_escape(fp, s, len);
			buf[o++] = '\t';
			return o;
		}
	}
	o = put_field(buf, o, s, len);
	buf[o++] = '\t';
	return o;
}

/*
 * Write nrows rows of n fields (f[r * n] starts row r) through buf[0..cap),
 * which goes out when a field would not fit.  share: copy a row's first
 * PRE_N fields from the row before when they are the same strings.
 *
 * Each field is written with the TAB after it and a row's last TAB
 * becomes its LF: no test for the first field.  The fields before the
 * prefix's end and those after it are two runs of one loop: no test a
 * field for where the prefix ends.  The rows, the offsets and the kept prefix stay
 * in locals across rows (one call, no struct).
 */
static void
put_rows(FILE *fp, char *buf, size_t cap, const struct rk_str *f,
    size_t nrows, size_t n, int share)
{
	const struct rk_str *pf = NULL;	/* row whose prefix is at pat */
	size_t r, i, k, start, stop, o = 0, pat = 0, plen = 0;
	size_t flushes = 0, rowfl, lim;

	/* the field at which a row's prefix is complete */
	stop = share && n > PRE_N ? PRE_N : 0;
	for (r = 0; r < nrows; r++, f += n) {
		/* rows before this one: leave room for at least its LF */
		if (o > cap / 2) {
			OUT_WRITE(buf, o, fp);
			o = 0;
			pf = NULL;
		}
		if (n == 0) {
			buf[o++] = '\n';
			continue;
		}
		start = o;
		rowfl = flushes;
		i = 0;
		if (pf != NULL) {
			for (; i < PRE_N && f[i].s == pf[i].s &&
			    f[i].len == pf[i].len; i++)
				;
			if (i == PRE_N) {
				/* 16 bytes a copy: the room is there (o <=
				 * cap / 2, plen <= cap / 4), and no copy
				 * reaches the bytes kept, which end before o */
				for (k = 0; k < plen; k += 16)
					memcpy(buf + o + k, buf + pat + k, 16);
				o += plen;
			} else
				i = 0;
		}
		/* up to the prefix's end when it is still to write, then
		 * the rest (one call site: put_field stays inline) */
		for (lim = i < stop ? stop : n;; lim = n) {
			for (; i < lim; i++)
				o = put_one(fp, buf, cap, o, &f[i], &flushes);
			if (i == n)
				break;
			/* a short prefix (room for its copy) kept, if the
			 * buffer did not go out under it */
			pf = flushes == rowfl && o - start <= cap / 4 ?
			    f : NULL;
			pat = start;
			plen = o - start;
		}
		/* the buffer went out after the prefix: it is gone */
		if (flushes != rowfl)
			pf = NULL;
		buf[o - 1] = '\n';
	}
	if (o > 0)
		OUT_WRITE(buf, o, fp);
}

/* A field, NULL as empty, and the TAB after it at o, the room there. */
static OUT_INLINE size_t
put_tab(char *buf, size_t o, const struct rk_str *fi)
{
	o = put_field(buf, o, fi->s, fi->s != NULL ? fi->len : 0);
	buf[o] = '\t';
	return o + 1;
}

/* A field's length for the room it needs (a NULL field is empty). */
#define ROOM_LEN(fi)	((fi).s != NULL ? (fi).len : 0)

/*
 * put_rows for rows of 8 fields that share their prefix (rk-tag's): the
 * room for a whole row is made once, from its fields' lengths, so the
 * fields go out with no test each and the field loops have fixed bounds.
 * A row longer than the buffer goes out through put_rows.  The bytes are
 * those of put_rows (where the buffer goes out does not show).
 */
static void
put_rows8(FILE *fp, char *buf, size_t cap, const struct rk_str *f,
    size_t nrows)
{
	const struct rk_str *pf = NULL;	/* row whose prefix is at pat */
	size_t r, i, k, need, o = 0, pat = 0, plen = 0;

	for (r = 0; r < nrows; r++, f += 8) {
		/* the row escaped (worst case) with its TABs, and 16 bytes
		 * for the prefix copy's last block.  The lengths as they
		 * are while each is under 1024 (a NULL field's counts: more
		 * room than needed, never less), else as ROOM_LEN says */
		need = f[0].len + f[1].len + f[2].len + f[3].len + f[4].len +
		    f[5].len + f[6].len + f[7].len;
		if (((f[0].len | f[1].len | f[2].len | f[3].len | f[4].len |
		    f[5].len | f[6].len | f[7].len) >> 10) != 0)
			need = ROOM_LEN(f[0]) + ROOM_LEN(f[1]) +
			    ROOM_LEN(f[2]) + ROOM_LEN(f[3]) + ROOM_LEN(f[4]) +
			    ROOM_LEN(f[5]) + ROOM_LEN(f[6]) + ROOM_LEN(f[7]);
		need = 2 * need + 8 + 16;
		if (need > cap - o) {
			OUT_WRITE(buf, o, fp);
			o = 0;
			pf = NULL;
			if (need > cap) {
				put_rows(fp, buf, cap, f, 1, 8, 0);
				continue;
			}
		}
		if (pf != NULL && f[0].s == pf[0].s && f[0].len == pf[0].len &&
		    f[1].s == pf[1].s && f[1].len == pf[1].len &&
		    f[2].s == pf[2].s && f[2].len == pf[2].len) {
			/* 16 bytes a copy (the room is in need); the copy
			 * is at o, past the bytes kept */
			for (k = 0; k < plen; k += 16)
				memcpy(buf + o + k, buf + pat + k, 16);
			o += plen;
		} else {
			pat = o;
			for (i = 0; i < PRE_N; i++)
				o = put_tab(buf, o, &f[i]);
			plen = o - pat;
			pf = plen <= cap / 4 ? f : NULL;
		}
		o = put_tab(buf, o, &f[3]);
		o = put_tab(buf, o, &f[4]);
		o = put_tab(buf, o, &f[5]);
		o = put_tab(buf, o, &f[6]);
		o = put_tab(buf, o, &f[7]);
		buf[o - 1] = '\n';
	}
	if (o > 0)
		OUT_WRITE(buf, o, fp);
}

/*
 * put_rows for rows of n fields that do not share a prefix (rk-clean's
 * and rk-segment's carry a number of their own in the second or third
 * field, so the prefix copy never happens): as put_rows8, the room for a
 * whole row is made once, and the fields go out with no test each.
 * Inline where n is a constant, so the field loops have fixed bounds.
 */
static OUT_INLINE void
put_rowsw(FILE *fp, char *buf, size_t cap, const struct rk_str *f,
    size_t nrows, size_t n)
{
	size_t r, i, need, big, o = 0;

	for (r = 0; r < nrows; r++, f += n) {
		/* the row escaped (worst case) with its TABs; the lengths
		 * as they are while each is under 1024 (see put_rows8) */
		need = big = 0;
		for (i = 0; i < n; i++) {
			need += f[i].len;
			big |= f[i].len;
		}
		if ((big >> 10) != 0)
			for (need = 0, i = 0; i < n; i++)
				need += ROOM_LEN(f[i]);
		need = 2 * need + n;
		if (need > cap - o) {
			OUT_WRITE(buf, o, fp);
			o = 0;
			if (need > cap) {
				put_rows(fp, buf, cap, f, 1, n, 0);
				continue;
			}
		}
		for (i = 0; i < n; i++)
			o = put_tab(buf, o, &f[i]);
		buf[o - 1] = '\n';
	}
	if (o > 0)
		OUT_WRITE(buf, o, fp);
}

void
rk_out_row(FILE *fp, const struct rk_str *f, size_t n)
{
	char buf[4096];

	put_rows(fp, buf, sizeof(buf), f, 1, n, 0);
}

void
rk_out_rows(FILE *fp, const struct rk_str *f, size_t nrows, size_t n)
{
	char buf[8192];

	if (n == 8)
		put_rows8(fp, buf, sizeof(buf), f, nrows);
	else if (n == 5)
		put_rowsw(fp, buf, sizeof(buf), f, nrows, 5);
	else if (n == 6)
		put_rowsw(fp, buf, sizeof(buf), f, nrows, 6);
	else
		put_rows(fp, buf, sizeof(buf), f, nrows, n, 1);
}
