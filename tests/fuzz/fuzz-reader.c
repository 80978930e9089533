/*
 * Fuzz the stream reader (rk_stream_open, rk_doc_next, rk_row_next) and
 * check its contract on every row: ncols fields, each NUL-terminated,
 * valid UTF-8 without NUL after repair, escaping then unescaping gives the
 * field back, and a document's rows share its id.  The first byte picks
 * plain-text input and documents or rows.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "fuzz_file.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct rk_buf esc;

static void
check_row(const struct rk_stream *s, const struct rk_row *r, const char *id)
{
	size_t i, len;

	if (r->nf != s->ncols)
		abort();
	for (i = 0; i < r->nf; i++) {
		if (r->f[i].s[r->f[i].len] != '\0')
			abort();
		if (!rk_utf8_valid(r->f[i].s, r->f[i].len))
			abort();
		rk_buf_reset(&esc);
		rk_tsv_escape_buf(&esc, r->f[i].s, r->f[i].len);
		rk_buf_add(&esc, "", 0);
		len = esc.len;
		if (rk_tsv_unescape(esc.data, &len) != 0 || len != r->f[i].len ||
		    memcmp(esc.data, r->f[i].s, len) != 0)
			abort();
	}
	if (id != NULL && strcmp(r->f[0].s, id) != 0)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rk_stream s;
	struct rk_doc d;
	struct rk_row *r;
	const char *path;
	size_t i, n = 0;
	unsigned b;

	if (size < 1)
		return 0;
	rk_progname = "fuzz-reader";
	b = data[0];
	path = fuzz_file(data + 1, size - 1);
	if (rk_stream_open(&s, path, RK_UNKNOWN, b & 1) != 0)
		abort();
	if (s.kind == RK_PLAIN) {
		if (!s.plain_first)
			abort();
		while (rk_reader_next(&s.rd) > 0)
			n += s.rd.len;
	} else if (b & 2) {
		while (rk_row_next(&s, &r))
			check_row(&s, r, NULL);
	} else {
		(void)rk_stream_col(&s, "doc");
		while (rk_doc_next(&s, &d)) {
			if (d.n == 0 || d.id != d.rows[0]->f[0].s)
				abort();
			for (i = 0; i < d.n; i++)
				check_row(&s, d.rows[i], d.id);
		}
	}
	rk_stream_close(&s);
	(void)n;
	return 0;
}
