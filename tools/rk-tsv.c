/* rk-tsv: select, filter, reformat or check any TSV with a header. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "tsv.h"

static const char usage_text[] =
    "usage: rk-tsv [-N] [--check] [-c cols] [-f format] [-k kind] [-w width] "
    "[file ...]\n"
    "  -c cols    output these columns, in this order: name, new=name, or a\n"
    "             1-based number, comma-separated (repeatable)\n"
    "  -f format  tsv (default), csv, jsonl, md or pretty\n"
    "  -k kind    keep rows whose kind column is kind (repeatable)\n"
    "  -N         no header line on output\n"
    "  -w width   md and pretty: cut cells wider than width columns\n"
    "  --check    validate: field counts, escapes, UTF-8; name the first bad line\n";

static void usage(void) __attribute__((noreturn));

static void
usage(void)
{
	fputs(usage_text, stderr);
	exit(RK_EXIT_USAGE);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "check", no_argument, NULL, 'C' },
		{ NULL, 0, NULL, 0 }
	};
	struct tsv_opts opts = { 0 };
	struct rk_buf cols = { 0 };
	const char **kinds = NULL;
	struct tsv *t;
	char *end;
	long w;
	int ch, f, i, status = 0, st;

	rk_progname = "rk-tsv";
	rk_std_options(argc, argv, usage_text);
	opterr = 0;	/* getopt's messages would name argv[0] */
	while ((ch = getopt_long(argc, argv, ":Cc:f:k:Nw:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'C':
			opts.check = 1;
			break;
		case 'c':
			if (optarg[0] == '\0' || optarg[strlen(optarg) - 1] == ',' ||
			    optarg[0] == ',' || strstr(optarg, ",,") != NULL)
				rk_die(RK_EXIT_USAGE, "-c %s: empty column name", optarg);
			if (cols.len > 0)
				rk_buf_addc(&cols, ',');
			rk_buf_adds(&cols, optarg);
			break;
		case 'f':
			if ((f = tsv_fmt_parse(optarg)) < 0)
				rk_die(RK_EXIT_USAGE, "-f %s: unknown format; use tsv, "
				    "csv, jsonl, md or pretty", optarg);
			opts.fmt = (enum tsv_fmt)f;
			break;
		case 'k':
			kinds = rk_xrealloc(kinds, opts.nkinds + 1, sizeof(*kinds));
			kinds[opts.nkinds++] = optarg;
			break;
		case 'N':
			opts.noheader = 1;
			break;
		case 'w':
			w = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || w < 1 || w > 1000000)
				rk_die(RK_EXIT_USAGE, "-w %s: not a width (1 or more)", optarg);
			opts.width = (size_t)w;
			break;
		case ':':
			rk_warn("option %s needs a value", argv[optind - 1]);
			usage();
		default:
			rk_bad_option(argv);
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	opts.cols = cols.len > 0 ? cols.data : NULL;
	opts.kinds = kinds;

	rk_stdio_setup();
	t = tsv_new(&opts, stdout);
	for (i = 0; i < (argc > 0 ? argc : 1); i++) {
		st = tsv_file(t, argc > 0 ? argv[i] : "-");
		if (st == RK_EXIT_USAGE) {
			status = st;
			break;
		}
		if (st != 0)
			status = st;
		if (ferror(stdout))
			break;
	}
	if (status != RK_EXIT_USAGE)
		tsv_finish(t);
	tsv_free(t);
	free(kinds);
	rk_buf_free(&cols);
	return rk_close_stdout(status);
}
