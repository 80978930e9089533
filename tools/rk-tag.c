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

static void
run_doc(void *opts, const struct rk_stream *s, const struct rk_doc *doc, FILE *out)
{
	tag_doc(opts, s, doc, out);
}

/* stdio buffers: fewer, larger read and write calls */

static const struct option no_long[] = { { NULL, 0, NULL, 0 } };

int
main(int argc, char *argv[])
{
	struct tag_opts opts = { 0 };
	int ch, status;

	rk_progname = "rk-tag";
	rk_std_options(argc, argv, USAGE);
	opterr = 0;	/* our own message: it must not name argv[0] */
	/* getopt_long, so that "--bogus" is named whole in the message */
	while ((ch = getopt_long(argc, argv, "Nv", no_long, NULL)) != -1) {
		switch (ch) {
		case 'N':
			opts.noheader = 1;
			break;
		case 'v':
			opts.verbose = 1;
			break;
		default:
			rk_bad_option(argv);
			usage();
		}
	}
	argc -= optind;
	argv += optind;

	rk_stdio_setup();
	tag_init();
	rk_out_header(stdout, rk_cols_tag, opts.noheader);
	status = rk_filter_docs(argc, argv, RK_SEGMENT, run_doc, &opts);
	tag_fini();
	return rk_close_stdout(status);
}
