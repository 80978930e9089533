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

static void
run_doc(void *opts, const struct rk_stream *s, const struct rk_doc *doc, FILE *out)
{
	extract_doc(opts, s, doc, out);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "all", no_argument, NULL, 'a' },
		{ NULL, 0, NULL, 0 }
	};
	struct extract_opts opts = { 0 };
	int ch, status;

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
			rk_bad_option(argv);
			usage();
		}
	}
	argc -= optind;
	argv += optind;

	rk_stdio_setup();
	extract_init();
	rk_out_header(stdout, rk_cols_extract, opts.noheader);
	status = rk_filter_docs(argc, argv, RK_TAG, run_doc, &opts);
	extract_fini();
	return rk_close_stdout(status);
}
