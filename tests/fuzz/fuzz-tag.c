/*
 * Fuzz rk-tag's core.  The first byte picks the shape: bit 0 set, each
 * further line becomes the text of one `sent` row (documents of up to
 * eight sentences); clear, the bytes are the rows themselves after a
 * segment header.  Bit 1 sets -v.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "tag.h"
#include "fuzz_file.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *devnull;
static struct rk_buf in;

static void
wrap_lines(const char *s, size_t n)
{
	size_t i = 0, line = 0, a;

	while (i < n) {
		a = i;
		while (i < n && s[i] != '\n')
			i++;
		rk_buf_printf(&in, "f%zu\t1\t%zu\tsent\t", line / 8, line % 8 + 1);
		rk_tsv_escape_buf(&in, s + a, i - a);
		rk_buf_adds(&in, "\t\n");
		line++;
		i++;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct tag_opts o = { 0, 0 };
	struct rk_stream s;
	struct rk_doc doc;

	if (size < 1)
		return 0;
	if (devnull == NULL) {
		if ((devnull = fopen("/dev/null", "w")) == NULL)
			abort();
		rk_progname = "fuzz-tag";
		tag_init();
	}
	o.verbose = (data[0] >> 1) & 1;
	rk_buf_reset(&in);
	rk_buf_adds(&in, "doc\tpara\tsent\tkind\ttext\tvalue\n");
	if (data[0] & 1)
		wrap_lines((const char *)data + 1, size - 1);
	else
		rk_buf_add(&in, (const char *)data + 1, size - 1);
	if (rk_stream_open(&s, fuzz_file((const uint8_t *)in.data, in.len),
	    RK_SEGMENT, 0) == -1)
		abort();
	while (rk_doc_next(&s, &doc) == 1)
		tag_doc(&o, &s, &doc, devnull);
	rk_stream_close(&s);
	fflush(devnull);
	clearerr(devnull);
	return 0;
}
