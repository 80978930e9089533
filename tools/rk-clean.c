/*
 * rk-clean: scraped Indonesian news pages in, the article's title,
 * paragraphs and metadata out (doc para kind text value).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "clean.h"

static const char usage_text[] =
    "usage: rk-clean [-N] [--explain] [--jsonl] [--rules] [-x rule] [file ...]\n";

static void
usage(void)
{
	fputs(usage_text, stderr);
	exit(RK_EXIT_USAGE);
}

static void
list_rules(void)
{
	int i;

	for (i = 0; i < R_NRULES; i++)
		printf("%s\t%s\n", clean_rule_name[i], clean_rule_help[i]);
	exit(rk_close_stdout(RK_EXIT_OK));
}

/* -x a,b,c: switch rules off. */
static void
rules_off(struct clean_opts *o, const char *arg)
{
	char *list = rk_xstrdup(arg), *p, *save = NULL;
	int r;

	for (p = strtok_r(list, ", ", &save); p != NULL;
	    p = strtok_r(NULL, ", ", &save)) {
		if ((r = clean_rule_find(p)) < 0) {
			rk_warn("unknown rule: %s (see rk-clean --rules)", p);
			free(list);
			usage();
		}
		o->off |= 1UL << r;
	}
	free(list);
}

static int
one_file(const struct clean_opts *o, const char *path, struct rk_buf *b)
{
	const char *id = path ? path : "-";

	if (rk_file_slurp(path, b) == -1) {
		clean_empty(id, stdout);
		return RK_EXIT_FAIL;
	}
	clean_doc(o, id, b->data, b->len, NULL, stdout);
	return RK_EXIT_OK;
}

static int
jsonl_file(const struct clean_opts *o, const char *path, struct rk_buf *id)
{
	struct rk_reader rd;
	struct clean_json j;
	struct clean_meta m;
	const char *err;
	int status = RK_EXIT_OK;

	if (rk_reader_open(&rd, path) == -1)
		return RK_EXIT_FAIL;
	while (rk_reader_next(&rd) == 1) {
		size_t k = 0;

		while (k < rd.len && (rd.data[k] == ' ' || rd.data[k] == '\t'))
			k++;
		if (k == rd.len)
			continue;
		rk_buf_reset(id);
		if (clean_json_parse(rd.data, rd.len, &j, &err) == -1) {
			rk_warn_at(rd.name, rd.lineno, "invalid JSON: %s", err);
			status = RK_EXIT_FAIL;
		} else if (!j.hastext) {
			rk_warn_at(rd.name, rd.lineno, "no \"text\" string");
			status = RK_EXIT_FAIL;
		}
		if (j.idlen > 0)
			(void)rk_utf8_repair(j.id, j.idlen, id);
		else
			rk_buf_printf(id, "%s:%lu", path ? path : "-", rd.lineno);
		if (!j.hastext || j.text == NULL) {
			clean_empty(id->data, stdout);
		} else {
			memset(&m, 0, sizeof(m));
			m.url = j.url;
			m.urllen = j.urllen;
			m.title = j.title;
			m.titlelen = j.titlelen;
			m.date = j.date;
			m.datelen = j.datelen;
			clean_doc(o, id->data, j.text, j.textlen, &m, stdout);
		}
		if (ferror(stdout))
			break;
	}
	if (rd.error)
		status = RK_EXIT_FAIL;
	rk_reader_close(&rd);
	return status;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "explain", no_argument, NULL, 'e' },
		{ "jsonl", no_argument, NULL, 'j' },
		{ "rules", no_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 },
	};
	struct clean_opts o = { 0, 0 };
	struct rk_buf b = { NULL, 0, 0 };
	int ch, i, jsonl = 0, noheader = 0, rules = 0, status = RK_EXIT_OK;

	rk_progname = "rk-clean";
	rk_std_options(argc, argv, usage_text);
	opterr = 0;	/* our own messages: no argv[0] in them */
	while ((ch = getopt_long(argc, argv, ":Nx:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'N':
			noheader = 1;
			break;
		case 'e':
			o.explain = 1;
			break;
		case 'j':
			jsonl = 1;
			break;
		case 'r':
			rules = 1;
			break;
		case 'x':
			rules_off(&o, optarg);
			break;
		case ':':
			rk_warn("option -%c needs an argument", optopt);
			usage();
			break;
		default:
			rk_bad_option(argv);
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (rules)
		list_rules();

	clean_init();
	rk_stdio_setup();
	rk_out_header(stdout, rk_cols_clean, noheader);
	for (i = 0; i < (argc > 0 ? argc : 1); i++) {
		const char *path = argc > 0 ? argv[i] : NULL;

		if ((jsonl ? jsonl_file(&o, path, &b) : one_file(&o, path, &b)) != 0)
			status = RK_EXIT_FAIL;
		if (ferror(stdout))
			break;
	}
	rk_buf_free(&b);
	clean_free();
	return rk_close_stdout(status);
}
