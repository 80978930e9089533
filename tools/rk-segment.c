/*
 * rk-segment: split the title and body rows of an rk-clean stream, or the
 * lines of plain text, into sentences.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rk.h"
#include "segment.h"

static const char usage_text[] =
    "usage: rk-segment [-lN] [file ...]\n";

static void
usage(void)
{
	fputs(usage_text, stderr);
	exit(RK_EXIT_USAGE);
}

/* Plain text: each line with anything but white space is a paragraph. */
static void
run_plain(struct seg_out *so, struct rk_stream *s, const char *doc)
{
	struct rk_buf line = { 0 };
	long para = 0, sent = 0;
	size_t i;
	int r = 1;

	for (;;) {
		rk_buf_reset(&line);
		rk_utf8_repair(s->rd.data, s->rd.len, &line);
		for (i = 0; i < line.len; i++)
			if (line.data[i] != ' ' && line.data[i] != '\t')
				break;
		if (i < line.len)
			segment_plain(so, doc, ++para, &sent, line.data,
			    line.len);
		if (ferror(so->fp) || (r = rk_reader_next(&s->rd)) <= 0)
			break;
	}
	if (r < 0)
		s->status = RK_EXIT_FAIL;
	if (sent == 0)
		segment_empty(so, doc);
	rk_buf_free(&line);
}

static const struct option no_long[] = { { NULL, 0, NULL, 0 } };

int
main(int argc, char *argv[])
{
	struct seg_opts opts = { 0 };
	struct seg_out so;
	struct rk_stream s;
	struct rk_doc doc;
	const char *path;
	int ch, i, status = RK_EXIT_OK, header = 0;

	rk_progname = "rk-segment";
	rk_std_options(argc, argv, usage_text);
	opterr = 0;	/* our own message: it must not name argv[0] */
	/* getopt_long, so that "--bogus" is named whole in the message */
	while ((ch = getopt_long(argc, argv, "lN", no_long, NULL)) != -1) {
		switch (ch) {
		case 'l':
			opts.lines = 1;
			break;
		case 'N':
			opts.noheader = 1;
			break;
		default:
			rk_bad_option(argv);
			usage();
		}
	}
	argc -= optind;
	argv += optind;

	rk_stdio_setup();
	segment_init();
	memset(&so, 0, sizeof(so));
	so.o = &opts;
	so.fp = stdout;
	for (i = 0; i < (argc > 0 ? argc : 1); i++) {
		path = argc > 0 ? argv[i] : "-";
		if (rk_stream_open(&s, path, RK_CLEAN, 1) == -1) {
			status = RK_EXIT_FAIL;
			continue;
		}
		if (!header) {
			segment_header(&so, &s);
			header = 1;
		}
		if (s.kind == RK_PLAIN)
			run_plain(&so, &s, path);
		else if (s.rd.lineno == 0)
			segment_empty(&so, path);	/* an empty file */
		else
			while (!ferror(stdout) && rk_doc_next(&s, &doc))
				segment_doc(&so, &s, &doc);
		if (s.status != RK_EXIT_OK)
			status = RK_EXIT_FAIL;
		rk_stream_close(&s);
		if (ferror(stdout))
			break;
	}
	if (!header)
		segment_header(&so, NULL);
	segment_flush(&so);
	seg_spans_free(&so.sp);
	rk_buf_free(&so.ob);
	segment_fini();
	return rk_close_stdout(status);
}
