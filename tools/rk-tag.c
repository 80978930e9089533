/*
 * rk-tag: find dates, times, numbers, places, venues, people, roles,
 * bodies, meeting types and modes in an rk-segment stream.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rk.h"
#include "tag.h"

#define USAGE "usage: rk-tag [-Nv] [file ...]\n"

static void
usage(void)
{
	fputs(USAGE, stderr);
	exit(RK_EXIT_USAGE);
}

int
main(int argc, char *argv[])
{
	static char dash[] = "-";
	static char *stdin_only[] = { dash, NULL };
	struct tag_opts opts = { 0 };
	struct rk_stream s;
	struct rk_doc doc;
	int ch, i, status = RK_EXIT_OK;

	rk_progname = "rk-tag";
	rk_std_options(argc, argv, USAGE);
	opterr = 0;	/* our own message: it must not name argv[0] */
	while ((ch = getopt(argc, argv, "Nv")) != -1) {
		switch (ch) {
		case 'N':
			opts.noheader = 1;
			break;
		case 'v':
			opts.verbose = 1;
			break;
		default:
			rk_warn("unknown option -%c", optopt);
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0) {
		argc = 1;
		argv = stdin_only;
	}

	/* rows are short and many: fewer, larger writes into a pipe */
	if (!isatty(STDOUT_FILENO))
		(void)setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	tag_init();
	rk_out_header(stdout, rk_cols_tag, opts.noheader);
	for (i = 0; i < argc; i++) {
		if (rk_stream_open(&s, argv[i], RK_SEGMENT, 0) == -1) {
			status = RK_EXIT_FAIL;
			continue;
		}
		while (rk_doc_next(&s, &doc) == 1) {
			tag_doc(&opts, &s, &doc, stdout);
			if (ferror(stdout))
				break;
		}
		if (s.status != RK_EXIT_OK)
			status = RK_EXIT_FAIL;
		rk_stream_close(&s);
		if (ferror(stdout))
			break;
	}
	tag_fini();
	return rk_close_stdout(status);
}
