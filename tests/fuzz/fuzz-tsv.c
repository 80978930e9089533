/*
 * Fuzz rk-tsv's core over every format.  The first byte picks the options:
 * bits 0-2 the format, 3 -N, 4 --check, 5 -k, 6 -c, 7 -w; the rest is the
 * input file.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "rk.h"
#include "tsv.h"
#include "fuzz_file.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *devnull;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const kinds[] = { "body", "sent" };
	struct tsv_opts o = { 0 };
	struct tsv *t;
	const char *path;
	unsigned b;

	if (size < 1)
		return 0;
	if (devnull == NULL && (devnull = fopen("/dev/null", "w")) == NULL)
		abort();
	rk_progname = "fuzz-tsv";
	b = data[0];
	o.fmt = (enum tsv_fmt)((b & 7) % 5);
	o.noheader = (b >> 3) & 1;
	o.check = (b >> 4) & 1;
	if (b & 0x20) {
		o.kinds = kinds;
		o.nkinds = 2;
	}
	if (b & 0x40)
		o.cols = "1,new=1,doc,2";
	if (b & 0x80)
		o.width = 1 + (size % 7);
	path = fuzz_file(data + 1, size - 1);
	t = tsv_new(&o, devnull);
	if (tsv_file(t, path) != RK_EXIT_USAGE)
		tsv_finish(t);
	tsv_free(t);
	fflush(devnull);
	clearerr(devnull);
	return 0;
}
