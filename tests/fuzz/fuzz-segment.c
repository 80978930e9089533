/*
 * Fuzz rk-segment's core.  The first byte picks the mode: bit 0 clear, the
 * rest is one paragraph for segment_para(), whose spans are checked against
 * the contract in segment.h (in order, inside the text, trimmed, non-empty,
 * only white space between them) before segment_plain() writes them; bit 0
 * set, the rest is a whole input file (an rk-clean stream or plain text)
 * run through rk_stream_open() and segment_doc() as rk-segment runs it
 * (a stream of another kind is skipped, where rk-segment would exit 2).
 * Bit 1 selects -l output, bit 2 a title paragraph.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "segment.h"
#include "fuzz_file.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *devnull;

/* Only white space (as segment.c defines it) in s[a..b). */
static int
all_space(const char *s, size_t a, size_t b)
{
	size_t i;
	uint32_t cp;
	int ok = 1;

	for (i = a; i < b && ok;) {
		cp = rk_utf8_next(s, b, &i);
		ok = cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0xA0 ||
		    (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
		    cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
		    cp == 0x3000;
	}
	return ok;
}

static void
check_spans(const char *s, size_t len, const struct seg_spans *sp)
{
	size_t k, prev = 0, a, b;

	for (k = 0; k < sp->n; k++) {
		a = sp->v[2 * k];
		b = sp->v[2 * k + 1];
		if (a < prev || b <= a || b > len)
			abort();
		if (!all_space(s, prev, a))
			abort();	/* text lost between sentences */
		prev = b;
	}
	if (!all_space(s, prev, len))
		abort();
	if (sp->n == 0 && !all_space(s, 0, len))
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct seg_opts o = { 0, 0 };
	struct seg_out so;
	struct rk_stream st;
	struct rk_doc doc;
	const char *s;
	long sent = 0;
	int r;

	if (size < 1)
		return 0;
	if (devnull == NULL) {
		if ((devnull = fopen("/dev/null", "w")) == NULL)
			abort();
		rk_progname = "fuzz-segment";
		segment_init();
	}
	memset(&so, 0, sizeof(so));
	so.o = &o;
	so.fp = devnull;
	o.lines = (data[0] & 2) != 0;
	s = (const char *)data + 1;
	size--;
	if (!(data[0] & 1)) {
		segment_para(s, size, data[0] & 4 ? SEG_TITLE : 0, &so.sp);
		check_spans(s, size, &so.sp);
		segment_plain(&so, "fuzz", 1, &sent, s, size);
	} else if (rk_stream_open(&st, fuzz_file(data + 1, size), RK_UNKNOWN,
	    1) == 0) {
		/* RK_UNKNOWN: a wrong header would exit 2 in rk_stream_open */
		segment_header(&so, &st);
		if (st.kind == RK_PLAIN) {
			do {
				segment_plain(&so, "fuzz", 1, &sent,
				    st.rd.data, st.rd.len);
			} while ((r = rk_reader_next(&st.rd)) > 0);
		} else if (st.kind == RK_CLEAN) {
			while (rk_doc_next(&st, &doc))
				segment_doc(&so, &st, &doc);
		}
		rk_stream_close(&st);
	}
	segment_flush(&so);
	seg_spans_free(&so.sp);
	rk_buf_free(&so.ob);
	return 0;
}
