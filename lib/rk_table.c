#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rk.h"

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define TABLE_SSE2	1
#endif

#ifndef RK_DATADIR
#define RK_DATADIR "/usr/local/share/rk"
#endif

static int
try_load(struct rk_buf *b, const char *dir, const char *name, struct rk_buf *path)
{
	FILE *fp;
	size_t n;

	rk_buf_reset(path);
	rk_buf_printf(path, "%s/%s", dir, name);
	if ((fp = fopen(path->data, "r")) == NULL)
		return -1;
	rk_buf_reset(b);
	do {
		rk_buf_grow(b, 1 << 16);
		n = fread(b->data + b->len, 1, 1 << 16, fp);
		b->len += n;
	} while (n > 0);
	/* 16 NULs past the data (the last grow left 64 KB of room): a
	 * 16-byte block of cell_end may reach there */
	memset(b->data + b->len, 0, 16);
	if (ferror(fp)) {
		fclose(fp);
		rk_die(RK_EXIT_FAIL, "%s: read error:", path->data);
	}
	fclose(fp);
	return 0;
}

/* The executable's directory, so an unpacked tree works without install. */
static int
exe_dir(char *dir, size_t size)
{
	ssize_t n = readlink("/proc/self/exe", dir, size - 1);
	char *slash;

	if (n <= 0)
		return -1;
	dir[n] = '\0';
	if ((slash = strrchr(dir, '/')) == NULL)
		return -1;
	*slash = '\0';
	return 0;
}

static void
find_and_load(struct rk_buf *b, const char *name)
{
	struct rk_buf path = { 0 }, dir = { 0 };
	char exe[PATH_MAX];
	const char *env = getenv("RK_DATA");

	if (env != NULL && *env != '\0' && try_load(b, env, name, &path) == 0)
		goto done;
	if (exe_dir(exe, sizeof(exe)) == 0) {
		rk_buf_printf(&dir, "%s/../data", exe);
		if (try_load(b, dir.data, name, &path) == 0)
			goto done;
		rk_buf_reset(&dir);
		rk_buf_printf(&dir, "%s/../share/rk", exe);
		if (try_load(b, dir.data, name, &path) == 0)
			goto done;
	}
	if (try_load(b, RK_DATADIR, name, &path) == 0)
		goto done;
	rk_die(RK_EXIT_FAIL, "data file %s not found (looked in $RK_DATA, "
	    "../data and ../share/rk beside the program, %s)", name, RK_DATADIR);
done:
	rk_buf_free(&path);
	rk_buf_free(&dir);
}

/*
 * The first TAB or NUL at or after p, before lim (*lim is NUL): what
 * strcspn(p, "\t") finds, eight bytes at a time and without a call per
 * cell (the place table has 400k cells).
 */
static char *
cell_end(char *p, const char *lim)
{
#ifdef TABLE_SSE2
	/* sixteen bytes at a time: the line's end is a NUL (*lim), and
	 * the data's is followed by 16 of them (try_load) */
	(void)lim;
	for (;; p += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)p);
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_cmpeq_epi8(v, _mm_set1_epi8('\t')),
		    _mm_cmpeq_epi8(v, _mm_setzero_si128())));

		if (m != 0)
			return p + __builtin_ctz(m);
	}
#else
	uint64_t w, m;

	for (; lim - p >= 8; p += 8) {
		memcpy(&w, p, 8);
		if ((m = RK_HAS_BYTE(w, '\t') | RK_HAS_BYTE(w, 0)) != 0) {
#if defined(__GNUC__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			/* the lowest bit set is exact: its byte is the first */
			return p + (__builtin_ctzll(m) >> 3);
#else
			break;
#endif
		}
	}
	while (p < lim && *p != '\t' && *p != '\0')
		p++;
	return p;
#endif
}

/* The LFs in p[0..len), what a memchr a line finds: 16 bytes at a time. */
static size_t
count_nl(const char *p, size_t len)
{
	size_t n = 0, k = 0;
#ifdef TABLE_SSE2
	size_t j;

	while (len - k >= 16) {
		__m128i acc = _mm_setzero_si128();

		/* a byte of acc counts up to 255 blocks' LFs (a match
		 * is -1), then their sum is taken */
		for (j = 0; j < 255 && len - k >= 16; j++, k += 16)
			acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(
			    _mm_loadu_si128((const __m128i *)(p + k)),
			    _mm_set1_epi8('\n')));
		acc = _mm_sad_epu8(acc, _mm_setzero_si128());
		n += (size_t)_mm_cvtsi128_si32(acc) +
		    (size_t)_mm_cvtsi128_si32(_mm_srli_si128(acc, 8));
	}
#endif
	for (; k < len; k++)
		n += p[k] == '\n';
	return n;
}

void
rk_table_load(struct rk_table *t, const char *name)
{
	struct rk_buf b = { 0 };
	size_t nlines, r, c, cap;
	char *p, *end, *line, *nl;

	memset(t, 0, sizeof(*t));
	find_and_load(&b, name);
	/* no call a line: the place table is megabytes, loaded at every
	 * start */
	nlines = count_nl(b.data, b.len);
	t->mem = b.data;
	p = t->mem;
	end = t->mem + b.len;
	/* header */
	nl = memchr(p, '\n', (size_t)(end - p));
	if (nl == NULL)
		nl = end;
	*nl = '\0';
	t->ncols = 1;
	for (line = p; *line; line++)
		if (*line == '\t')
			t->ncols++;
	t->colname = rk_xcalloc(t->ncols, sizeof(char *));
	for (c = 0; c < t->ncols; c++) {
		t->colname[c] = p;
		p += strcspn(p, "\t");
		if (*p == '\t')
			*p++ = '\0';
	}
	p = nl < end ? nl + 1 : end;
	cap = nlines + 1;
	t->cell = rk_xcalloc(cap * t->ncols, sizeof(char *));
	for (r = 0; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			nl = end;
		*nl = '\0';
		if (nl > p && nl[-1] == '\r')
			nl[-1] = '\0';
		if (*p == '\0' || *p == '#')
			continue;
		for (c = 0; c < t->ncols; c++) {
			RK_CELL(t, r, c) = p;
			if (*p != '\0' || c == 0) {
				p = cell_end(p, nl);
				if (*p == '\t')
					*p++ = '\0';
			}
		}
		r++;
	}
	t->nrows = r;
}

int
rk_table_col(const struct rk_table *t, const char *name)
{
	size_t c;

	for (c = 0; c < t->ncols; c++)
		if (strcmp(t->colname[c], name) == 0)
			return (int)c;
	rk_die(RK_EXIT_FAIL, "data file has no column %s", name);
}

void
rk_table_free(struct rk_table *t)
{
	free(t->mem);
	free(t->cell);
	free(t->colname);
	memset(t, 0, sizeof(*t));
}
