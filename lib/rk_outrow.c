/*
 * rk_outrow.c: a whole row in one write.  A tool that writes many short
 * rows (rk-tag writes one per entity) spends more in the stdio call per
 * field than in the bytes; this escapes the fields into a buffer on the
 * stack and hands stdio the row at once.  The bytes are those of
 * rk_out_begin, rk_out_field for each field, rk_out_end.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "rk.h"

#define ONES	0x0101010101010101ULL
#define HIGHS	0x8080808080808080ULL
/* nonzero when some byte of w is c */
#define HAS_BYTE(w, c)	((((w) ^ (ONES * (c))) - ONES) & ~((w) ^ (ONES * (c))) & HIGHS)

/* nonzero when some byte of w is below c (c <= 128) */
#define HAS_LESS(w, c)	(((w) - ONES * (c)) & ~(w) & HIGHS)

/* The escape letter of a byte that needs one, else 0. */
static const char esc[256] = {
	['\t'] = 't', ['\n'] = 'n', ['\r'] = 'r', ['\\'] = '\\'
};

/*
 * Length of the run at s that needs no escape, eight bytes at a time: a
 * word with no byte below 0x20 and no backslash is plain.
 */
static size_t
plain(const char *s, size_t len)
{
	size_t i = 0;
	uint64_t w;

	for (; len - i >= 8; i += 8) {
		memcpy(&w, s + i, 8);
		if (HAS_LESS(w, 0x20) | HAS_BYTE(w, '\\'))
			break;
	}
	while (i < len && esc[(unsigned char)s[i]] == 0)
		i++;
	return i;
}

void
rk_out_row(FILE *fp, const struct rk_str *f, size_t n)
{
	char buf[4096], c;
	size_t i, k, run, len, o = 0;
	const char *s;

	for (i = 0; i < n; i++) {
		s = f[i].s != NULL ? f[i].s : "";
		len = f[i].s != NULL ? f[i].len : 0;
		/* room for a TAB, the field escaped (worst case) and the LF */
		if (o + 2 * len + 2 > sizeof(buf)) {
			fwrite(buf, 1, o, fp);
			o = 0;
			if (2 * len + 2 > sizeof(buf)) {
				/* a field too long for the buffer goes out alone */
				if (i > 0)
					putc('\t', fp);
				rk_tsv_escape(fp, s, len);
				continue;
			}
		}
		if (i > 0)
			buf[o++] = '\t';
		if (len < 32) {
			/* short fields (most): copy and check a byte at a time */
			for (k = 0; k < len; k++) {
				if ((c = esc[(unsigned char)s[k]]) != 0) {
					buf[o++] = '\\';
					buf[o++] = c;
				} else
					buf[o++] = s[k];
			}
			continue;
		}
		for (k = 0;;) {
			run = plain(s + k, len - k);
			memcpy(buf + o, s + k, run);
			o += run;
			k += run;
			if (k >= len)
				break;
			buf[o++] = '\\';
			buf[o++] = esc[(unsigned char)s[k++]];
		}
	}
	buf[o++] = '\n';
	fwrite(buf, 1, o, fp);
}
