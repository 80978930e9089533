#include <stdint.h>
#include <string.h>

#include "rk.h"

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define UTF8_SSE2	1
#endif

uint32_t
rk_utf8_next(const char *s, size_t len, size_t *i)
{
	const unsigned char *p = (const unsigned char *)s + *i;
	size_t left = len - *i;
	uint32_t cp, min;
	size_t n, k;

	if (p[0] < 0x80) {
		*i += 1;
		return p[0];
	}
	if ((p[0] & 0xE0) == 0xC0) {
		n = 2; cp = p[0] & 0x1F; min = 0x80;
	} else if ((p[0] & 0xF0) == 0xE0) {
		n = 3; cp = p[0] & 0x0F; min = 0x800;
	} else if ((p[0] & 0xF8) == 0xF0) {
		n = 4; cp = p[0] & 0x07; min = 0x10000;
	} else {
		goto bad;
	}
	if (left < n)
		goto bad;
	for (k = 1; k < n; k++) {
		if ((p[k] & 0xC0) != 0x80)
			goto bad;
		cp = (cp << 6) | (p[k] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		goto bad;
	*i += n;
	return cp;
bad:
	*i += 1;
	return 0xFFFD;
}

void
rk_utf8_put(struct rk_buf *b, uint32_t cp)
{
	char u[4];

	if (cp < 0x80) {
		rk_buf_addc(b, (int)cp);
	} else if (cp < 0x800) {
		u[0] = (char)(0xC0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3F));
		rk_buf_add(b, u, 2);
	} else if (cp < 0x10000) {
		u[0] = (char)(0xE0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		rk_buf_add(b, u, 3);
	} else {
		u[0] = (char)(0xF0 | (cp >> 18));
		u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[3] = (char)(0x80 | (cp & 0x3F));
		rk_buf_add(b, u, 4);
	}
}

/* Spans count code points as rk_utf8_next decodes them, so an invalid
 * byte is one code point here and one U+FFFD after repair. */
size_t
rk_utf8_count(const char *s, size_t len)
{
	size_t i = 0, n = 0;
	uint64_t w;

	while (i < len) {
		/* eight ASCII bytes at a time (rk-tag counts every span) */
		if (len - i >= 8) {
			memcpy(&w, s + i, 8);
			if ((w & 0x8080808080808080ULL) == 0) {
				i += 8;
				n += 8;
				continue;
			}
		}
		if ((unsigned char)s[i] < 0x80)
			i++;
		else
			(void)rk_utf8_next(s, len, &i);
		n++;
	}
	return n;
}

size_t
rk_utf8_offset(const char *s, size_t len, size_t cp)
{
	size_t i = 0;

	while (i < len && cp > 0) {
		(void)rk_utf8_next(s, len, &i);
		cp--;
	}
	return i;
}

/*
 * The length of the longest prefix of s that is valid UTF-8 with no NUL,
 * the bytes rk_utf8_repair keeps as they are: ASCII sixteen bytes at a
 * time, a sequence as rk_utf8_next takes it (no overlong forms, no
 * surrogates, nothing above U+10FFFF).
 */
static size_t
valid_prefix(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n, k;
	unsigned char lo, hi;

	for (;;) {
#ifdef UTF8_SSE2
		while (len - i >= 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(p + i));
			unsigned m = (unsigned)_mm_movemask_epi8(v) |
			    (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v,
			    _mm_setzero_si128()));

			if (m != 0) {
				i += (size_t)__builtin_ctz(m);
				break;
			}
			i += 16;
		}
		if (i < len && len - i < 16 && len >= 16) {
			/* the last 16 bytes, less those already seen */
			__m128i v = _mm_loadu_si128((const __m128i *)(p + len - 16));
			unsigned m = ((unsigned)_mm_movemask_epi8(v) |
			    (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v,
			    _mm_setzero_si128()))) >> (16 - (len - i));

			i = m != 0 ? i + (size_t)__builtin_ctz(m) : len;
		}
#endif
		while (i < len && p[i] < 0x80 && p[i] != 0)
			i++;
		if (i >= len || p[i] < 0x80)
			return i;
		/* the lead byte: length, and the range of the next byte */
		lo = 0x80;
		hi = 0xBF;
		if (p[i] >= 0xC2 && p[i] <= 0xDF)
			n = 2;
		else if (p[i] >= 0xE0 && p[i] <= 0xEF) {
			n = 3;
			if (p[i] == 0xE0)
				lo = 0xA0;
			else if (p[i] == 0xED)
				hi = 0x9F;
		} else if (p[i] >= 0xF0 && p[i] <= 0xF4) {
			n = 4;
			if (p[i] == 0xF0)
				lo = 0x90;
			else if (p[i] == 0xF4)
				hi = 0x8F;
		} else
			return i;
		if (len - i < n || p[i + 1] < lo || p[i + 1] > hi)
			return i;
		for (k = 2; k < n; k++)
			if ((p[i + k] & 0xC0) != 0x80)
				return i;
		i += n;
	}
}

/* valid_prefix keeps exactly what rk_utf8_next decodes without a U+FFFD
 * of its own making, and stops at NUL: the same test, sixteen bytes at a time */
int
rk_utf8_valid(const char *s, size_t len)
{
	return valid_prefix(s, len) == len;
}

size_t
rk_utf8_repair(const char *s, size_t len, struct rk_buf *out)
{
	size_t i, at, bad = 0, run;

	rk_buf_grow(out, len);
	/* most lines are valid throughout: copied at once */
	i = valid_prefix(s, len);
	rk_buf_add(out, s, i);
	while (i < len) {
		run = i;
		/* eight bytes at a time while none is NUL or >= 0x80 */
		while (len - run >= 8) {
			uint64_t w;

			memcpy(&w, s + run, 8);
			if (((w | ((w - 0x0101010101010101ULL) & ~w)) &
			    0x8080808080808080ULL) != 0)
				break;
			run += 8;
		}
		while (run < len && (unsigned char)s[run] < 0x80 && s[run] != '\0')
			run++;
		if (run > i) {
			rk_buf_add(out, s + i, run - i);
			i = run;
			continue;
		}
		if (s[i] == '\0') {
			bad++;
			i++;
			continue;
		}
		at = i;
		if (rk_utf8_next(s, len, &i) == 0xFFFD && i - at != 3) {
			bad++;
			rk_buf_add(out, "\xEF\xBF\xBD", 3);
		} else {
			rk_buf_add(out, s + at, i - at);
		}
	}
	rk_buf_add(out, "", 0);	/* NUL-terminated even when nothing was kept */
	rk_repaired += bad;
	return bad;
}

struct range {
	uint32_t lo, hi;
};

static const struct range zero_width[] = {
	{ 0x0300, 0x036F }, { 0x0483, 0x0489 }, { 0x0591, 0x05BD },
	{ 0x0610, 0x061A }, { 0x064B, 0x065F }, { 0x0E31, 0x0E31 },
	{ 0x0E34, 0x0E3A }, { 0x0E47, 0x0E4E }, { 0x1AB0, 0x1AFF },
	{ 0x1DC0, 0x1DFF }, { 0x200B, 0x200F }, { 0x2028, 0x202E },
	{ 0x2060, 0x2064 }, { 0x20D0, 0x20FF }, { 0xFE00, 0xFE0F },
	{ 0xFE20, 0xFE2F }, { 0xFEFF, 0xFEFF },
};

static const struct range wide[] = {
	{ 0x1100, 0x115F }, { 0x2E80, 0x303E }, { 0x3041, 0x33FF },
	{ 0x3400, 0x4DBF }, { 0x4E00, 0x9FFF }, { 0xA000, 0xA4CF },
	{ 0xAC00, 0xD7A3 }, { 0xF900, 0xFAFF }, { 0xFE30, 0xFE4F },
	{ 0xFF00, 0xFF60 }, { 0xFFE0, 0xFFE6 }, { 0x1F300, 0x1F64F },
	{ 0x1F900, 0x1F9FF }, { 0x20000, 0x3FFFD },
};

static int
in_ranges(uint32_t cp, const struct range *r, size_t n)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (cp < r[mid].lo)
			hi = mid;
		else if (cp > r[mid].hi)
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

int
rk_cp_width(uint32_t cp)
{
	if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
		return 0;
	if (in_ranges(cp, zero_width, sizeof(zero_width) / sizeof(zero_width[0])))
		return 0;
	if (in_ranges(cp, wide, sizeof(wide) / sizeof(wide[0])))
		return 2;
	return 1;
}

uint32_t
rk_cp_lower(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
	if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7))
		return cp + 32;
	if (cp == 0x130)
		return 'i';
	if (cp == 0x178)
		return 0xFF;
	if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177))
		return cp | 1;
	if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
		return (cp & 1) ? cp + 1 : cp;
	if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2)
		return cp + 32;
	if (cp >= 0x410 && cp <= 0x42F)
		return cp + 32;
	if (cp >= 0x400 && cp <= 0x40F)
		return cp + 80;
	return cp;
}

int
rk_cp_isupper(uint32_t cp)
{
	return rk_cp_lower(cp) != cp;
}

int
rk_cp_isalpha(uint32_t cp)
{
	if (cp < 0x80)
		return (cp | 32) >= 'a' && (cp | 32) <= 'z';
	if (cp == 0xD7 || cp == 0xF7)
		return 0;
	return (cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x370 && cp <= 0x3FF) ||
	    (cp >= 0x400 && cp <= 0x4FF) || (cp >= 0x1E00 && cp <= 0x1EFF);
}

int
rk_cp_isspace(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
	    cp == '\f' || cp == '\v' || cp == 0xA0 || cp == 0x1680 ||
	    (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
	    cp == 0x3000;
}

void
rk_fold(const char *s, size_t len, struct rk_buf *out)
{
	size_t i = 0;
	uint32_t cp;

	rk_buf_grow(out, len);
	while (i < len) {
		cp = rk_utf8_next(s, len, &i);
		if (rk_cp_isspace(cp) || cp == '-' || cp == '.' || cp == '\'' ||
		    cp == 0x2019 || cp == 0x2018 || cp == '`' || cp == 0x2010 ||
		    cp == 0x2013 || cp == 0x200B)
			continue;
		rk_utf8_put(out, rk_cp_lower(cp));
	}
}

int
rk_is_ascii(const char *s, size_t len)
{
	size_t i = 0;
	uint64_t w;

#ifdef UTF8_SSE2
	/* 32 bytes a test: the high bits of two blocks or'ed */
	for (; len - i >= 32; i += 32)
		if (_mm_movemask_epi8(_mm_or_si128(
		    _mm_loadu_si128((const __m128i *)(s + i)),
		    _mm_loadu_si128((const __m128i *)(s + i + 16)))) != 0)
			return 0;
#endif
	for (; len - i >= 8; i += 8) {
		memcpy(&w, s + i, 8);
		if (w & RK_HIGHS)
			return 0;
	}
	for (; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 0;
	return 1;
}
