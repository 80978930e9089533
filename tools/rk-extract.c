/*
 * rk-extract: read an rk-tag stream, write one row per coordination
 * meeting a document reports.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "rk.h"
#include "extract.h"

static const char usage_text[] =
    "usage: rk-extract [-aN] [file ...]\n"
    "  -a, --all        a row of type none for a document without a meeting\n"
    "  -N               no header line\n"
    "  -h, --help       this help;  --version  the version\n";

static void
usage(void)
{
	fputs("usage: rk-extract [-aN] [file ...]\n", stderr);
	exit(RK_EXIT_USAGE);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "all", no_argument, NULL, 'a' },
		{ NULL, 0, NULL, 0 }
	};
	struct extract_opts opts = { 0 };
	struct rk_stream s;
	struct rk_doc doc;
	int ch, i, status = RK_EXIT_OK;
	char *stdin_only[] = { (char *)"-" };

	rk_progname = "rk-extract";
	rk_std_options(argc, argv, usage_text);
	opterr = 0;	/* our own message: golden stderr must not depend on argv[0] */
	while ((ch = getopt_long(argc, argv, "aN", longopts, NULL)) != -1) {
		switch (ch) {
		case 'a':
			opts.all = 1;
			break;
		case 'N':
			opts.noheader = 1;
			break;
		default:
			if (optopt != 0)
				rk_warn("unknown option -%c", optopt);
			else
				rk_warn("unknown option %s", argv[optind - 1]);
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0) {
		argc = 1;
		argv = stdin_only;
	}

	extract_init();
	rk_out_header(stdout, rk_cols_extract, opts.noheader);
	for (i = 0; i < argc; i++) {
		if (rk_stream_open(&s, argv[i], RK_TAG, 0) == -1) {
			status = RK_EXIT_FAIL;
			continue;
		}
		while (rk_doc_next(&s, &doc)) {
			extract_doc(&opts, &s, &doc, stdout);
			if (ferror(stdout))
				break;
		}
		if (s.status != RK_EXIT_OK)
			status = RK_EXIT_FAIL;
		rk_stream_close(&s);
		if (ferror(stdout))
			break;
	}
	extract_fini();
	return rk_close_stdout(status);
}
