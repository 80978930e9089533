/*
 * Unit test for rk_out_row: on many generated rows (short and long fields,
 * TAB LF CR and backslash, empty and NULL fields, rows longer than its
 * buffer) it must write exactly what rk_out_begin, rk_out_field for each
 * field and rk_out_end write; rk_out_rows what rk_out_row writes for
 * each of its rows (many rows, so that its buffer fills).  And rk_utf8_count (eight ASCII bytes at a
 * time) against counting rk_utf8_next steps, invalid bytes included.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "check.h"

static int
test_count(void)
{
	static const char *const pieces[] = { "a", "Bc d", "\xc3\xa9", "\xe2\x80\x93",
	    "\xf0\x9f\x98\x80", "\xc3", "\x80", "\xff", "0123456789" };
	char s[256];
	size_t len, i, n, k;
	unsigned j;
	const char *p;

	for (j = 0; j < 20000; j++) {
		len = 0;
		k = test_next() % 30;
		while (k-- > 0) {
			p = pieces[test_next() % (sizeof(pieces) / sizeof(pieces[0]))];
			if (len + strlen(p) >= sizeof(s))
				break;
			memcpy(s + len, p, strlen(p));
			len += strlen(p);
		}
		for (i = 0, n = 0; i < len; n++)
			(void)rk_utf8_next(s, len, &i);
		if (rk_utf8_count(s, len) != n)
			return 0;
	}
	return 1;
}

/*
 * Fields of nrows rows of n fields each into f, their bytes into text:
 * empty and NULL fields, lengths around the short cut, past half of
 * rk_out_row's buffer and longer than it; mostly plain bytes, sometimes
 * dense with the ones that need escaping.
 */
static void
gen_rows(struct rk_str *f, size_t nrows, size_t n, char *text, size_t cap)
{
	static const char alpha[] = "ab \t\n\r\\\xc3\xa9x";
	size_t i, j, len, off = 0;

	for (i = 0; i < nrows * n; i++) {
		switch (test_next() % 10) {
		case 0:
			len = 0;
			break;
		case 1:
			len = 30 + test_next() % 40;
			break;
		case 2:
			len = test_next() % 2 ? 2040 + test_next() % 3000 : 5000;
			break;
		default:
			len = test_next() % 40;
		}
		if (off + len > cap)
			len = 0;
		for (j = 0; j < len; j++)
			text[off + j] = test_next() % 4 ? (char)('a' + test_next() % 26) :
			    alpha[test_next() % (sizeof(alpha) - 1)];
		f[i].s = test_next() % 16 == 0 && len == 0 ? NULL : text + off;
		f[i].len = len;
		off += len;
	}
}

static int
test_rows(void)
{
	static char text[400000];
	static struct rk_str f[64 * 12];
	char *a = NULL, *b = NULL;
	size_t alen = 0, blen = 0, nrows, n, r;
	FILE *fa, *fb;
	unsigned k;

	for (k = 0; k < 2000; k++) {
		nrows = test_next() % 64;
		n = test_next() % 12;
		gen_rows(f, nrows, n, text, sizeof(text));
		/* rows repeating the first fields of the row before (the
		 * same strings, as rk-tag's entity rows do) */
		for (r = 1; r < nrows && k % 2 == 0; r++)
			if (test_next() % 4 != 0)
				memcpy(f + r * n, f + (r - 1) * n,
				    (n < 3 ? n : 3) * sizeof(*f));
		fa = open_memstream(&a, &alen);
		fb = open_memstream(&b, &blen);
		if (fa == NULL || fb == NULL)
			return 0;
		rk_out_rows(fa, f, nrows, n);
		for (r = 0; r < nrows; r++)
			rk_out_row(fb, f + r * n, n);
		fclose(fa);
		fclose(fb);
		if (alen != blen || memcmp(a, b, alen) != 0) {
			free(a);
			free(b);
			return 0;
		}
		free(a);
		free(b);
		a = b = NULL;
	}
	return 1;
}

/* rk_out_row against rk_out_begin, rk_out_field for each field, rk_out_end. */
static int
test_row(void)
{
	static char text[20000];
	struct rk_str f[12];
	struct rk_out o;
	char *a = NULL, *b = NULL;
	size_t alen = 0, blen = 0, n, i;
	FILE *fa, *fb;
	unsigned k;
	int same;

	for (k = 0; k < 3000; k++) {
		n = test_next() % 12;
		gen_rows(f, 1, n, text, sizeof(text));
		fa = open_memstream(&a, &alen);
		fb = open_memstream(&b, &blen);
		if (fa == NULL || fb == NULL)
			return 0;
		rk_out_row(fa, f, n);
		rk_out_begin(&o, fb);
		for (i = 0; i < n; i++)
			rk_out_field(&o, f[i].s ? f[i].s : "", f[i].len);
		rk_out_end(&o);
		fclose(fa);
		fclose(fb);
		same = alen == blen && memcmp(a, b, alen) == 0;
		free(a);
		free(b);
		a = b = NULL;
		if (!same)
			return 0;
	}
	return 1;
}

int
main(void)
{
	test_rnd = 424242;
	check(test_row(), "outrow: rk_out_row writes what rk_out_field writes");
	check(test_count(), "utf8count: rk_utf8_count counts what rk_utf8_next steps");
	check(test_rows(), "outrows: rk_out_rows writes what rk_out_row writes a row");
	return failed;
}
