/*
 * Fuzz rk-extract's core.  The first byte picks the options (bit 0: --all);
 * the rest are the rows of an rk-tag stream, written after a fixed rk-tag
 * header so that the stream check (which exits on a wrong header) is not
 * what gets fuzzed.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "extract.h"
#include "fuzz_file.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *devnull;
static struct rk_buf in;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char hdr[] = "doc\tpara\tsent\tkind\ttext\tvalue\tstart\tend\n";
	struct extract_opts o = { 0 };
	struct rk_stream s;
	struct rk_doc doc;
	const char *path;

	if (size < 1)
		return 0;
	if (devnull == NULL) {
		if ((devnull = fopen("/dev/null", "w")) == NULL)
			abort();
		rk_progname = "fuzz-extract";
		extract_init();
	}
	o.all = data[0] & 1;
	rk_buf_reset(&in);
	rk_buf_add(&in, hdr, sizeof(hdr) - 1);
	rk_buf_add(&in, (const char *)data + 1, size - 1);
	path = fuzz_file((const uint8_t *)in.data, in.len);
	if (rk_stream_open(&s, path, RK_TAG, 0) == 0) {
		while (rk_doc_next(&s, &doc))
			extract_doc(&o, &s, &doc, devnull);
		rk_stream_close(&s);
	}
	fflush(devnull);
	clearerr(devnull);
	return 0;
}
