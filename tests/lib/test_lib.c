/* Unit tests for lib/: each check prints "ok NAME" or "FAIL NAME". */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "rk.h"
#include "check.h"

static void
test_escape_roundtrip(void)
{
	const char *cases[] = { "", "plain", "a\tb", "a\nb\r\n", "back\\slash",
	    "\\t literal", "end\\", "é ü – “x”" };
	struct rk_buf b = { 0 };
	size_t i, len;
	int all = 1;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		rk_buf_reset(&b);
		rk_tsv_escape_buf(&b, cases[i], strlen(cases[i]));
		if (b.len > 0 && (memchr(b.data, '\t', b.len) || memchr(b.data, '\n', b.len)))
			all = 0;
		len = b.len;
		if (rk_tsv_unescape(b.data, &len) != 0 || len != strlen(cases[i]) ||
		    memcmp(b.data, cases[i], len) != 0)
			all = 0;
	}
	check(all, "tsv escape then unescape is the identity");
	rk_buf_free(&b);
}

static void
test_unescape_bad(void)
{
	char s1[] = "abc\\", s2[] = "a\\qb";
	size_t l1 = strlen(s1), l2 = strlen(s2);

	check(rk_tsv_unescape(s1, &l1) == 1 && strcmp(s1, "abc\\") == 0,
	    "truncated escape keeps the backslash and is counted");
	check(rk_tsv_unescape(s2, &l2) == 1 && strcmp(s2, "aqb") == 0,
	    "unknown escape keeps the letter and is counted");
}

static void
test_split(void)
{
	char line[] = "a\t\tc\td";
	struct rk_str f[3];
	size_t n = rk_tsv_split(line, strlen("a\t\tc\td"), f, 3);

	check(n == 4 && f[0].len == 1 && f[1].len == 0 && f[2].len == 3,
	    "split counts every field and keeps the rest in the last");
}

static void
test_utf8(void)
{
	struct rk_buf b = { 0 };
	const char bad[] = "a\xff" "b\xc3" "\0c";
	size_t n = rk_utf8_repair(bad, sizeof(bad) - 1, &b);

	check(n == 3 && strcmp(b.data, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c") == 0,
	    "repair replaces invalid bytes and drops NUL");
	check(rk_utf8_count("Jum’at é", strlen("Jum’at é")) == 8, "code point count");
	check(rk_utf8_valid("ok é", 5) && !rk_utf8_valid("\xC0\x80", 2),
	    "overlong encodings are invalid");
	check(rk_cp_width(0x301) == 0 && rk_cp_width(0x4E2D) == 2 && rk_cp_width('a') == 1,
	    "display widths");
	rk_buf_reset(&b);
	rk_fold("Palangka  Raya", 14, &b);
	check(strcmp(b.data, "palangkaraya") == 0, "fold removes spaces and case");
	rk_buf_reset(&b);
	rk_fold("ÉLAN Jum’at", strlen("ÉLAN Jum’at"), &b);
	check(strcmp(b.data, "élanjumat") == 0, "fold lowercases Latin-1 and drops apostrophes");
	/* each length 0..69 (the 32-byte and word loops and the tail), a high byte at each place */
	{
		char a[70];
		size_t len, k;
		int ok = 1;
		uint64_t w = 0x41424344452B0A09ULL;

		for (len = 0; len <= sizeof(a); len++) {
			memset(a, 'x', sizeof(a));
			ok &= rk_is_ascii(a, len);
			for (k = 0; k < len; k++) {
				a[k] = (char)0xC3;
				ok &= !rk_is_ascii(a, len);
				a[k] = 'x';
			}
		}
		check(ok, "rk_is_ascii on every length and place");
		check(RK_HAS_BYTE(w, '+') && !RK_HAS_BYTE(w, '-') && RK_HAS_LESS(w, 10) &&
		    !RK_HAS_LESS(w, 9) && RK_HAS_BETWEEN(w, 'D', 'F') &&
		    !RK_HAS_BETWEEN(w, 'E', 'F'), "word-at-a-time byte tests");
	}
	rk_buf_free(&b);
}

static void
test_hash(void)
{
	struct rk_hash h;
	long e;
	int n = 0, i;
	char key[32];

	rk_hash_init(&h);
	rk_hash_add(&h, "Bangkal", 7, 1, 0);
	rk_hash_add(&h, "Seranau", 7, 2, 0);
	rk_hash_add(&h, "BANGKAL", 7, 3, 0);
	for (i = 0; i < 5000; i++) {
		snprintf(key, sizeof(key), "k%d", i);
		rk_hash_add(&h, key, strlen(key), i, 1);
	}
	for (e = rk_hash_find(&h, "bangkal", 7, 0); e >= 0; e = rk_hash_nextval(&h, e))
		n += (int)rk_hash_val(&h, e);
	check(n == 4, "hash keeps every value of a repeated key");
	e = rk_hash_find(&h, "k4321", 5, 1);
	check(e >= 0 && rk_hash_val(&h, e) == 4321, "hash survives growth");
	check(rk_hash_find(&h, "nothing", 7, 0) < 0, "missing key");
	rk_hash_free(&h);
}

static void
test_re(void)
{
	struct rk_re re;
	size_t ov[4], pos = 0;
	int n = 0;
	const char *s = "a1b22c333";

	rk_re_compile(&re, "[0-9]*", 0);
	while (pos <= strlen(s) && rk_re_next(&re, s, strlen(s), &pos, ov, 4) > 0)
		n++;
	check(n == 7, "global loop advances over empty matches");
	rk_re_free(&re);
	rk_re_compile(&re, "(a+)+$", 0);
	check(rk_re_exec(&re, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", 31, 0, ov, 4) <= 0,
	    "pathological pattern ends (no match or limit)");
	rk_re_free(&re);
}

static void
test_table(void)
{
	struct rk_table t;
	struct rk_hash h;
	clock_t t0 = clock();
	size_t r;
	int name;
	double ms;

	rk_table_load(&t, "wilayah/wilayah.tsv");
	name = rk_table_col(&t, "name");
	rk_hash_init(&h);
	for (r = 0; r < t.nrows; r++)
		rk_hash_add(&h, RK_CELL(&t, r, name), strlen(RK_CELL(&t, r, name)), (long)r, 0);
	ms = (double)(clock() - t0) * 1000.0 / CLOCKS_PER_SEC;
	check(t.nrows > 90000, "wilayah.tsv loads");
	check(rk_hash_find(&h, "seranau", 7, 0) >= 0, "wilayah look-up by folded name");
	fprintf(stderr, "wilayah load+index: %.1f ms\n", ms);
	rk_hash_free(&h);
	rk_table_free(&t);
}

int
main(void)
{
	rk_progname = "test_lib";
	test_escape_roundtrip();
	test_unescape_bad();
	test_split();
	test_utf8();
	test_hash();
	test_re();
	if (getenv("RK_DATA") != NULL)
		test_table();
	return failed;
}
