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
 * The first PRE_N fields of the row before, escaped, still in the buffer
 * (f == NULL when not): rk-tag's entity rows repeat their sentence's doc,
 * para and sent, the same strings, so those bytes are copied.
 */
#define PRE_N	3
struct pre {
	const struct rk_str *f;
	size_t	 at, len;
};

/*
 * Append a row to buf[0..cap) from o, writing out what buf holds when a
 * field would not fit; returns the new end.  p (or NULL) is kept on the
 * row's first fields for the next row.
 */
static size_t
put_row(FILE *fp, char *buf, size_t cap, size_t o, const struct rk_str *f,
    size_t n, struct pre *p)
{
	char c;
	size_t i = 0, k, len, start;
	const char *s;
	uint64_t w;

	/* rows before this one: leave room for at least its LF */
	if (o > cap / 2) {
		OUT_WRITE(buf, o, fp);
		o = 0;
		if (p != NULL)
			p->f = NULL;
	}
	start = o;
	if (p != NULL && p->f != NULL && n > PRE_N) {
		for (i = 0; i < PRE_N && f[i].s == p->f[i].s &&
		    f[i].len == p->f[i].len; i++)
			;
		if (i == PRE_N) {
			/* 16 bytes a copy: the room is there (o <= cap / 2,
			 * len <= cap / 4), and no copy reaches the bytes kept,
			 * which end before o */
			for (k = 0; k < p->len; k += 16)
				memcpy(buf + o + k, buf + p->at + k, 16);
			o += p->len;
		} else
			i = 0;
	}
	for (; i < n; i++) {
		if (i == PRE_N && p != NULL) {
			/* a short prefix (room for its copy) written whole */
			p->f = start != SIZE_MAX && o - start <= cap / 4 ? f : NULL;
			p->at = start;
			p->len = o - start;
		}
		/* a NULL field is empty: no byte of it is read */
		s = f[i].s;
		len = s != NULL ? f[i].len : 0;
		/* room for a TAB, the field escaped (worst case) and the LF */
		if (o + 2 * len + 2 > cap) {
			OUT_WRITE(buf, o, fp);
			o = 0;
			start = SIZE_MAX;
			if (p != NULL)
				p->f = NULL;
			if (2 * len + 2 > cap) {
				/* a field too long for the buffer goes out alone */
				if (i > 0)
					putc('\t', fp);
				rk_tsv_escape(fp, s, len);
				continue;
			}
		}
		if (i > 0)
			buf[o++] = '\t';
		k = 0;
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
			if ((RK_HAS_LESS(a, 0x20) | RK_HAS_BYTE(a, '\\') |
			    RK_HAS_LESS(b, 0x20) | RK_HAS_BYTE(b, '\\')) == 0) {
				if (len >= 8) {
					memcpy(buf + o, &a, 8);
					memcpy(buf + o + len - 8, &b, 8);
				} else {
					memcpy(buf + o, s, 4);
					memcpy(buf + o + len - 4, s + len - 4, 4);
				}
				o += len;
				continue;
			}
		} else if (len < 4) {
			/* 1 to 3 bytes: the first, middle and last cover them */
			if (len == 0)
				continue;
			buf[o] = s[0];
			buf[o + len / 2] = s[len / 2];
			buf[o + len - 1] = s[len - 1];
			if ((esc[(unsigned char)s[0]] | esc[(unsigned char)s[len / 2]] |
			    esc[(unsigned char)s[len - 1]]) == 0) {
				o += len;
				continue;
			}
		}
#ifdef OUT_SSE2
		/* sixteen bytes at a time, stored before they are looked at
		 * (the room above covers the store): an escape cuts the
		 * block short at its first byte needing one */
		while (len - k >= 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(s + k));
			int m;

			_mm_storeu_si128((__m128i *)(buf + o), v);
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
				o += len - k;
				k = len;
			}
		}
		/* ... a short field copied whole, kept if no byte needed an
		 * escape (else written again below) ... */
		if (len < 8) {
			for (c = 0; k < len; k++) {
				buf[o + k] = s[k];
				c |= esc[(unsigned char)s[k]];
			}
			if (c == 0) {
				o += len;
				continue;
			}
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
	}
	buf[o++] = '\n';
	return o;
}

void
rk_out_row(FILE *fp, const struct rk_str *f, size_t n)
{
	char buf[4096];

	OUT_WRITE(buf, put_row(fp, buf, sizeof(buf), 0, f, n, NULL), fp);
}

void
rk_out_rows(FILE *fp, const struct rk_str *f, size_t nrows, size_t n)
{
	char buf[8192];
	size_t r, o = 0;
	struct pre p = { NULL, 0, 0 };

	for (r = 0; r < nrows; r++)
		o = put_row(fp, buf, sizeof(buf), o, f + r * n, n, &p);
	if (o > 0)
		OUT_WRITE(buf, o, fp);
}
