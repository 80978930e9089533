/*
 * Unit tests for the fast paths of lib/: rk_tsv_split and rk_tsv_unescape
 * (memchr), rk_tsv_escape_buf and rk_utf8_repair (eight bytes at a time),
 * each checked against
 * a plain byte-by-byte model on many generated lines.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "check.h"

/* Model of rk_tsv_split: count fields; fields past max-1 merge into the last. */
static size_t
model_split(const char *line, size_t len, size_t max, size_t *lastlen)
{
	size_t n = 1, i, lastoff = 0;

	for (i = 0; i < len; i++) {
		if (line[i] != '\t')
			continue;
		if (n < max)
			lastoff = i + 1;
		n++;
	}
	*lastlen = len - lastoff;
	return n;
}

static void
test_split(void)
{
	const char alpha[] = "ab\t\\\t";
	char line[72], copy[72];
	struct rk_str f[8];
	size_t len, max, n, want, lastlen, k, i;
	int all = 1;

	for (k = 0; k < 20000; k++) {
		/* dense TABs, and sparse ones (long runs: the eight-byte path) */
		len = test_next() % 60;
		for (i = 0; i < len; i++)
			line[i] = k % 2 ? alpha[test_next() % (sizeof(alpha) - 1)] :
			    test_next() % 16 == 0 ? '\t' : 'x';
		line[len] = '\0';
		memcpy(copy, line, len + 1);
		max = 1 + test_next() % 6;
		want = model_split(copy, len, max, &lastlen);
		n = rk_tsv_split(line, len, f, max);
		if (n != want)
			all = 0;
		else if (f[(n < max ? n : max) - 1].len != lastlen)
			all = 0;
	}
	check(all, "split matches the model on 20000 lines");

	strcpy(line, "");
	check(rk_tsv_split(line, 0, f, 3) == 1 && f[0].len == 0, "split of an empty line");
	strcpy(line, "a\t");
	check(rk_tsv_split(line, 2, f, 3) == 2 && f[1].len == 0 && f[0].s[1] == '\0',
	    "split of a trailing TAB gives an empty last field");
	strcpy(line, "a\tb\tc");
	check(rk_tsv_split(line, 5, f, 0) == 3, "split with max 0 only counts");
}

static void
test_unescape(void)
{
	char s1[] = "no escapes here", s2[] = "x\\\\y\\tz";
	size_t l1 = strlen(s1), l2 = strlen(s2);

	check(rk_tsv_unescape(s1, &l1) == 0 && l1 == 15 && s1[15] == '\0',
	    "unescape without a backslash keeps the field");
	check(rk_tsv_unescape(s2, &l2) == 0 && l2 == 5 && memcmp(s2, "x\\y\tz", 6) == 0,
	    "unescape after a plain prefix");
}

static void
test_escape(void)
{
	const char alpha[] = "abcXYZ019 .,\t\n\r\\\"|";
	char src[80];
	struct rk_buf got = { 0 }, want = { 0 };
	size_t k, i, len;
	int all = 1;

	for (k = 0; k < 20000; k++) {
		len = test_next() % 70;
		for (i = 0; i < len; i++)
			src[i] = alpha[test_next() % (sizeof(alpha) - 1)];
		rk_buf_reset(&got);
		rk_buf_reset(&want);
		rk_buf_adds(&got, "pre");	/* appends after what is there */
		rk_buf_adds(&want, "pre");
		rk_tsv_escape_buf(&got, src, len);
		for (i = 0; i < len; i++) {
			switch (src[i]) {
			case '\t':
				rk_buf_adds(&want, "\\t");
				break;
			case '\n':
				rk_buf_adds(&want, "\\n");
				break;
			case '\r':
				rk_buf_adds(&want, "\\r");
				break;
			case '\\':
				rk_buf_adds(&want, "\\\\");
				break;
			default:
				rk_buf_addc(&want, src[i]);
			}
		}
		if (got.len != want.len || memcmp(got.data, want.data, got.len) != 0 ||
		    got.data[got.len] != '\0')
			all = 0;
	}
	check(all, "escape_buf matches the model on 20000 strings");
	rk_buf_free(&got);
	rk_buf_free(&want);
}

/* Model of rk_utf8_repair for NUL and high bytes. */
static void
model_repair(const char *s, size_t len, struct rk_buf *out)
{
	size_t i = 0, at;

	while (i < len) {
		if (s[i] == '\0') {
			i++;
			continue;
		}
		at = i;
		if (rk_utf8_next(s, len, &i) == 0xFFFD && i - at != 3)
			rk_buf_add(out, "\xEF\xBF\xBD", 3);
		else
			rk_buf_add(out, s + at, i - at);
	}
	rk_buf_add(out, "", 0);
}

static void
test_repair(void)
{
	static const char *const bits[] = { "a", "b", " ", "\0", "\xC3\xA9", "\xFF",
	    "\xE2\x80", "\xE4\xB8\xAD", "x\xC3", "\x7F",
	    /* the edges of validity: overlong, surrogate, past U+10FFFF */
	    "\xC1\xBF", "\xC2\x80", "\xE0\x9F\xBF", "\xE0\xA0\x80",
	    "\xED\x9F\xBF", "\xED\xA0\x80", "\xEF\xBF\xBD", "\xF0\x8F\xBF\xBF",
	    "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF", "\xF4\x90\x80\x80",
	    "\xF5\x80\x80\x80", "\xF0\x9F\x98", "\x80", "abcdefghijklmnopq" };
	struct rk_buf in = { 0 }, a = { 0 }, b = { 0 };
	size_t k, i, n;
	int all = 1;

	for (k = 0; k < 20000; k++) {
		rk_buf_reset(&in);
		rk_buf_reset(&a);
		rk_buf_reset(&b);
		n = test_next() % 30;
		for (i = 0; i < n; i++) {
			const char *p = bits[test_next() %
			    (k % 2 ? 10 : sizeof(bits) / sizeof(bits[0]))];
			/* "\0" has length 1 here */
			rk_buf_add(&in, p, p[0] == '\0' ? 1 : strlen(p));
		}
		rk_utf8_repair(in.data ? in.data : "", in.len, &a);
		model_repair(in.data ? in.data : "", in.len, &b);
		if (a.len != b.len || memcmp(a.data, b.data, a.len) != 0)
			all = 0;
	}
	check(all, "repair matches the model on 20000 strings");
	/* a reused buffer holding old bytes, and input that repairs to nothing */
	rk_buf_reset(&a);
	rk_buf_grow(&a, 32);
	memset(a.data, 'x', a.cap);
	rk_utf8_repair("\0\0\0", 3, &a);
	check(a.len == 0 && a.data[0] == '\0', "repair to nothing is NUL-terminated");
	rk_buf_free(&in);
	rk_buf_free(&a);
	rk_buf_free(&b);
}

int
main(void)
{
	rk_progname = "test_fastpath";
	test_rnd = 12345;
	test_split();
	test_unescape();
	test_escape();
	test_repair();
	return failed;
}
