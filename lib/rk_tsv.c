#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "rk.h"

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define TSV_SSE2	1
#endif

/* Offset of the next TAB at or after i, or len: 16 or 8 bytes at a time. */
static size_t
next_tab(const char *s, size_t i, size_t len)
{
	uint64_t w;

#ifdef TSV_SSE2
	for (; len - i >= 16; i += 16) {
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
		    _mm_loadu_si128((const __m128i *)(s + i)), _mm_set1_epi8('\t')));

		if (m != 0)
			return i + (size_t)__builtin_ctz(m);
	}
#endif
	for (; len - i >= 8; i += 8) {
		memcpy(&w, s + i, 8);
		if (RK_HAS_BYTE(w, '\t'))
			break;
	}
	while (i < len && s[i] != '\t')
		i++;
	return i;
}

/*
 * Field n, the last one there is room for, keeps the rest of the line, TABs
 * and all (the TAB at i onwards); the count is of all the line's fields.
 */
static size_t
rest_field(char *line, size_t len, struct rk_str *f, size_t n, size_t start, size_t i)
{
	f[n].s = line + start;
	f[n].len = len - start;
	n++;
	for (; i < len; i++)
		if (line[i] == '\t')
			n++;
	return n;
}

size_t
rk_tsv_split(char *line, size_t len, struct rk_str *f, size_t max)
{
	size_t n = 0, start = 0, i;
#ifdef TSV_SSE2
	size_t bl, k;
	unsigned m;

	/*
	 * One pass: a mask of the TABs in each block of 16 bytes, a field for
	 * each bit (rows are short; a scan per field cost more than the row).
	 */
	for (bl = 0; max > 0; bl += 16) {
		if (len - bl >= 16) {
			m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
			    _mm_loadu_si128((const __m128i *)(line + bl)),
			    _mm_set1_epi8('\t')));
		} else if (len >= 16) {
			/* the last 16 bytes of the line, shifted past those seen */
			m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
			    _mm_loadu_si128((const __m128i *)(line + len - 16)),
			    _mm_set1_epi8('\t'))) >> (16 - (len - bl));
		} else {
			m = 0;
			for (k = 0; bl + k < len; k++)
				if (line[bl + k] == '\t')
					m |= 1U << k;
		}
		for (; m != 0; m &= m - 1) {
			i = bl + (size_t)__builtin_ctz(m);
			if (n == max - 1)
				return rest_field(line, len, f, n, start, i);
			f[n].s = line + start;
			f[n].len = i - start;
			line[i] = '\0';
			n++;
			start = i + 1;
		}
		if (len - bl <= 16) {
			f[n].s = line + start;
			f[n].len = len - start;
			return n + 1;
		}
	}
#endif
	for (;;) {
		i = next_tab(line, start, len);
		if (n < max) {
			if (n == max - 1 && i < len)
				return rest_field(line, len, f, n, start, i);
			f[n].s = line + start;
			f[n].len = i - start;
			if (i < len)
				line[i] = '\0';
		}
		n++;
		if (i == len)
			return n;
		start = i + 1;
	}
}

size_t
rk_tsv_unescape(char *s, size_t *len)
{
	size_t i, j, bad = 0, n = *len;
	char *p = memchr(s, '\\', n);

	if (p == NULL) {
		s[n] = '\0';
		return 0;
	}
	for (i = j = (size_t)(p - s); i < n; i++) {
		if (s[i] != '\\') {
			s[j++] = s[i];
			continue;
		}
		if (i + 1 == n) {
			s[j++] = '\\';
			bad++;
			break;
		}
		switch (s[++i]) {
		case 't':
			s[j++] = '\t';
			break;
		case 'n':
			s[j++] = '\n';
			break;
		case 'r':
			s[j++] = '\r';
			break;
		case '\\':
			s[j++] = '\\';
			break;
		default:
			s[j++] = s[i];
			bad++;
		}
	}
	s[j] = '\0';
	*len = j;
	return bad;
}

/* Bytes that need an escape: TAB, LF, CR and backslash (a table: fast). */
static const unsigned char special_byte[256] = {
	['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\\'] = 1
};

static int
special(unsigned char c)
{
	return special_byte[c];
}

/* Length of the run of bytes at s that need no escape, 16 or 8 at a time. */
static size_t
plain_run(const char *s, size_t len)
{
	size_t i = 0;
	uint64_t w;

#ifdef TSV_SSE2
	/* an output row's long fields (evidence sentences) are most of its bytes */
	for (; len - i >= 16; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(s + i));
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))),
		    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\r')),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')))));

		if (m != 0)
			return i + (size_t)__builtin_ctz(m);
	}
#endif
	for (; len - i >= 8; i += 8) {
		memcpy(&w, s + i, 8);
		if (RK_HAS_BYTE(w, '\t') | RK_HAS_BYTE(w, '\n') | RK_HAS_BYTE(w, '\r') |
		    RK_HAS_BYTE(w, '\\'))
			break;
	}
	while (i < len && !special((unsigned char)s[i]))
		i++;
	return i;
}

static char
escape_letter(char c)
{
	return c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\';
}

/*
 * Rows go out through stdio without its per-call locking where the C
 * library has the unlocked calls (the tools are single-threaded), and
 * short runs byte by byte: most fields are a few bytes long and a call
 * to fwrite costs more than copying them.
 */
#if defined(__GLIBC__)
#define OUT_PUTC(c, fp)		putc_unlocked((c), (fp))
#define OUT_WRITE(s, n, fp)	fwrite_unlocked((s), 1, (n), (fp))
#else
#define OUT_PUTC(c, fp)		putc((c), (fp))
#define OUT_WRITE(s, n, fp)	fwrite((s), 1, (n), (fp))
#endif

static void
out_bytes(FILE *fp, const char *s, size_t n)
{
	if (n > 12) {
		OUT_WRITE(s, n, fp);
		return;
	}
	while (n-- > 0)
		OUT_PUTC(*s++, fp);
}

void
rk_tsv_escape(FILE *out, const char *s, size_t len)
{
	size_t i = 0, run;

	for (;;) {
		run = plain_run(s + i, len - i);
		out_bytes(out, s + i, run);
		i += run;
		if (i >= len)
			break;
		OUT_PUTC('\\', out);
		OUT_PUTC(escape_letter(s[i]), out);
		i++;
	}
}

void
rk_tsv_escape_buf(struct rk_buf *b, const char *s, size_t len)
{
	size_t i, run = 0;
	char *p;

	/* room for the worst case, then plain copies of the runs between escapes */
	rk_buf_grow(b, 2 * len);
	p = b->data + b->len;
	for (i = 0; i < len; i++) {
		i += plain_run(s + i, len - i);
		if (i == len)
			break;
		memcpy(p, s + run, i - run);
		p += i - run;
		*p++ = '\\';
		*p++ = escape_letter(s[i]);
		run = i + 1;
	}
	memcpy(p, s + run, len - run);
	p += len - run;
	b->len = (size_t)(p - b->data);
	b->data[b->len] = '\0';
}

void
rk_out_begin(struct rk_out *o, FILE *fp)
{
	o->fp = fp;
	o->nfield = 0;
}

void
rk_out_field(struct rk_out *o, const char *s, size_t len)
{
	if (o->nfield++ > 0)
		OUT_PUTC('\t', o->fp);
	rk_tsv_escape(o->fp, s, len);
}

void
rk_out_str(struct rk_out *o, const char *s)
{
	rk_out_field(o, s ? s : "", s ? strlen(s) : 0);
}

void
rk_out_long(struct rk_out *o, long v)
{
	char buf[24], *p = buf + sizeof(buf);
	unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;

	if (o->nfield++ > 0)
		OUT_PUTC('\t', o->fp);
	/* by hand: fprintf costs more than the rest of a row */
	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u > 0);
	if (v < 0)
		*--p = '-';
	out_bytes(o->fp, p, (size_t)(buf + sizeof(buf) - p));
}

void
rk_out_end(struct rk_out *o)
{
	OUT_PUTC('\n', o->fp);
	o->nfield = 0;
}

void
rk_out_header(FILE *fp, const char *const *cols, int noheader)
{
	struct rk_out o;

	if (noheader)
		return;
	rk_out_begin(&o, fp);
	for (; *cols != NULL; cols++)
		rk_out_str(&o, *cols);
	rk_out_end(&o);
}
