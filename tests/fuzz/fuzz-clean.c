/*
 * Fuzz rk-clean's core.  The first byte picks the options: bit 0
 * --explain, bit 1 --jsonl (each line a JSON record), bits 2-7 switch off
 * rule (bits >> 2) % R_NRULES when nonzero; the rest is the page.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "clean.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *devnull;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct clean_opts o = { 0, 0 };
	struct clean_json j;
	struct clean_meta m;
	const char *s, *e, *err;
	unsigned b;

	if (size < 1)
		return 0;
	if (devnull == NULL) {
		if ((devnull = fopen("/dev/null", "w")) == NULL)
			abort();
		rk_progname = "fuzz-clean";
		clean_init();
	}
	b = data[0];
	o.explain = b & 1;
	if (b >> 2)
		o.off = 1UL << ((b >> 2) % R_NRULES);
	s = (const char *)data + 1;
	size--;
	if (!(b & 2)) {
		clean_doc(&o, "fuzz", s, size, NULL, devnull);
	} else {
		while (size > 0) {
			e = memchr(s, '\n', size);
			if (e == NULL)
				e = s + size;
			if (clean_json_parse(s, (size_t)(e - s), &j, &err) == 0 &&
			    j.hastext) {
				memset(&m, 0, sizeof(m));
				m.url = j.url;
				m.urllen = j.urllen;
				m.title = j.title;
				m.titlelen = j.titlelen;
				m.date = j.date;
				m.datelen = j.datelen;
				clean_doc(&o, "fuzz", j.text, j.textlen, &m, devnull);
			} else {
				clean_empty("fuzz", devnull);
			}
			size -= (size_t)(e - s) + (e < s + size);
			s = e + 1;
		}
	}
	fflush(devnull);
	clearerr(devnull);
	return 0;
}
