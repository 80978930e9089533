/*
 * Unit test of rk-tag's date recogniser (tools/tag_date.c) alone: it runs
 * date_doc_begin/date_tag on every case of tests/tag/dates.tsv and prints
 * "ok NAME" / "FAIL NAME".  It links tag_date.o, tag_list.o and librk.a,
 * not the driver.
 *
 *	test_date [cases.tsv]		run the cases
 *	test_date -s [-qv] [-p date] [-c year]	tag stdin, one sentence a line
 *	(-q: tag only, print nothing, for timing)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rk.h"
#include "tag.h"

/* The spans' values are not NUL-terminated: compare with their length. */
static int
value_is(const struct tag_list *l, size_t i, const char *want)
{
	if (l->v[i].vlen == 0)
		return want[0] == '\0';
	return l->v[i].vlen == strlen(want) &&
	    memcmp(l->vals.data + l->v[i].voff, want, l->v[i].vlen) == 0;
}

/* ---- a fake rk-segment document ---------------------------------------- */

static const char *cols[] = { "doc", "para", "sent", "kind", "text", "value" };

#define MAXROWS	32
static struct rk_row rowv[MAXROWS];
static struct rk_row *rowp[MAXROWS];
static struct rk_str fields[MAXROWS][6];
static size_t nrows;

static void
addrow(const char *kind, const char *text, const char *value)
{
	struct rk_str *f;

	if (nrows == MAXROWS)
		return;
	f = fields[nrows];
	f[0].s = "t";
	f[1].s = "1";
	f[2].s = "1";
	f[3].s = kind;
	f[4].s = text;
	f[5].s = value;
	for (int i = 0; i < 6; i++)
		f[i].len = strlen(f[i].s);
	rowv[nrows].f = f;
	rowv[nrows].nf = 6;
	rowp[nrows] = &rowv[nrows];
	nrows++;
}

static struct rk_stream stream;
static struct rk_doc doc;

static void
newdoc(const char *pub, const char *copy)
{
	nrows = 0;
	stream.ncols = 6;
	stream.cols = (char **)cols;
	if (pub && *pub)
		addrow("pubdate", pub, pub);
	if (copy && *copy)
		addrow("copyright", copy, copy);
}

static void
rundoc(struct date_ctx *c)
{
	doc.id = "t";
	doc.n = nrows;
	doc.rows = rowp;
	date_doc_begin(c, &stream, &doc);
}

/* Spans well formed: in order, inside the sentence, on character bounds. */
static int
sane(const struct tag_list *l, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		const struct tag_span *p = &l->v[i];

		if (p->start >= p->end || p->end > len)
			return 0;
		if (((unsigned char)s[p->start] & 0xC0) == 0x80 ||
		    (p->end < len && ((unsigned char)s[p->end] & 0xC0) == 0x80))
			return 0;
		if (i > 0 && p->start < l->v[i - 1].end)
			return 0;
	}
	return 1;
}

static void
show(FILE *fp, const struct tag_list *l, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		const struct tag_span *p = &l->v[i];

		fprintf(fp, "\t%s\t%zu\t%zu\t%.*s\t%.*s\n", p->kind,
		    rk_utf8_count(s, p->start), rk_utf8_count(s, p->end),
		    (int)(p->end - p->start), s + p->start, (int)p->vlen,
		    p->vlen > 0 ? l->vals.data + p->voff : "");
	}
	(void)len;
}

/* ---- the case file ----------------------------------------------------- */

enum { C_KIND, C_SPAN, C_VALUE, C_PUB, C_COPY, C_SENT, C_OTHER, NC };

static int
runcase(struct rk_str *f, size_t nf, unsigned long lineno, struct tag_list *l)
{
	struct date_ctx c;
	char *other, *p, *q;
	const char *s = f[C_SENT].s, *kind = f[C_KIND].s, *val = f[C_VALUE].s;
	const char *span = f[C_SPAN].s, *hit;
	size_t len = f[C_SENT].len, slen = f[C_SPAN].len, i, a;
	int ok = 0, neg = strcmp(val, "-") == 0;

	memset(&c, 0, sizeof(c));
	newdoc(f[C_PUB].s, f[C_COPY].s);
	other = nf > C_OTHER ? rk_xstrdup(f[C_OTHER].s) : rk_xstrdup("");
	for (p = other; *p; p = q) {
		if ((q = strstr(p, " | ")) != NULL) {
			*q = '\0';
			q += 3;
		} else
			q = p + strlen(p);
		addrow("sent", p, "");
	}
	addrow("sent", s, "");
	rundoc(&c);
	tag_list_reset(l);
	date_tag(&c, s, len, l);
	if ((hit = strstr(s, span)) == NULL) {
		printf("FAIL date %lu: span \"%s\" not in the sentence\n", lineno, span);
		free(other);
		return 0;
	}
	a = (size_t)(hit - s);
	if (neg) {
		ok = 1;
		for (i = 0; i < l->n; i++)
			if ((strcmp(kind, "*") == 0 || strcmp(kind, l->v[i].kind) == 0) &&
			    l->v[i].start < a + slen && a < l->v[i].end)
				ok = 0;
	} else {
		for (i = 0; i < l->n; i++)
			if (strcmp(kind, l->v[i].kind) == 0 &&
			    l->v[i].end - l->v[i].start == slen &&
			    memcmp(s + l->v[i].start, span, slen) == 0 &&
			    value_is(l, i, val))
				ok = 1;
	}
	if (!sane(l, s, len))
		ok = 0;
	printf("%s date %lu: %s %s = %s\n", ok ? "ok" : "FAIL", lineno, kind,
	    span, val);
	if (!ok) {
		printf("    in: %s\n", s);
		show(stdout, l, s, len);
	}
	free(other);
	return ok;
}

static int
runfile(const char *path)
{
	struct rk_reader rd;
	struct rk_str f[NC + 1];
	struct tag_list l = { 0 };
	size_t nf, i;
	int fails = 0, n = 0;

	if (rk_reader_open(&rd, path) == -1)
		return 1;
	while (rk_reader_next(&rd) == 1) {
		if (rd.lineno == 1 || rd.len == 0 || rd.data[0] == '#')
			continue;
		nf = rk_tsv_split(rd.data, rd.len, f, NC);
		if (nf < C_SENT + 1) {
			printf("FAIL date %lu: %zu fields\n", rd.lineno, nf);
			fails++;
			continue;
		}
		for (i = 0; i < nf && i < NC; i++)
			rk_tsv_unescape((char *)f[i].s, &f[i].len);
		n++;
		if (!runcase(f, nf, rd.lineno, &l))
			fails++;
	}
	rk_reader_close(&rd);
	tag_list_free(&l);
	printf("%s date set: %d cases, %d failed\n", fails ? "FAIL" : "ok", n, fails);
	return fails != 0;
}

/* A weekday that contradicts an explicit date is kept and, with -v, told. */
static void
test_warn(void)
{
	struct date_ctx c;
	struct tag_list l = { 0 };
	const char *s = "Rapat digelar Senin, 12 November 2020 di aula.";
	char buf[512];
	FILE *tmp = tmpfile();
	int saved = dup(2), ok;
	size_t n = 0;

	memset(&c, 0, sizeof(c));
	c.verbose = 1;
	newdoc("2020-11-13", "");
	addrow("sent", s, "");
	rundoc(&c);
	if (tmp == NULL || saved < 0)
		return;
	fflush(stderr);
	dup2(fileno(tmp), 2);
	date_tag(&c, s, strlen(s), &l);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	rewind(tmp);
	n = fread(buf, 1, sizeof(buf) - 1, tmp);
	buf[n] = '\0';
	fclose(tmp);
	ok = l.n == 1 && value_is(&l, 0, "2020-11-12") &&
	    strstr(buf, "2020-11-12 is a Kamis") != NULL;
	printf("%s date: weekday contradiction keeps the date and warns with -v\n",
	    ok ? "ok" : "FAIL");
	if (!ok)
		printf("    stderr: %s\n", buf);
	tag_list_free(&l);
}

static int quiet;

static int
sentences(const char *pub, const char *copy, int verbose)
{
	struct rk_reader rd;
	struct tag_list l = { 0 };
	struct date_ctx c;

	memset(&c, 0, sizeof(c));
	c.verbose = verbose;
	newdoc(pub, copy);
	rundoc(&c);
	if (rk_reader_open(&rd, "-") == -1)
		return 1;
	while (rk_reader_next(&rd) == 1) {
		tag_list_reset(&l);
		date_tag(&c, rd.data, rd.len, &l);
		if (quiet)
			continue;
		printf("%lu\n", rd.lineno);
		show(stdout, &l, rd.data, rd.len);
	}
	rk_reader_close(&rd);
	tag_list_free(&l);
	return 0;
}

int
main(int argc, char *argv[])
{
	const char *pub = "", *copy = "", *env;
	char path[4096];
	int ch, sflag = 0, verbose = 0, rc;

	rk_progname = "rk-tag";
	date_init();
	while ((ch = getopt(argc, argv, "c:p:qsv")) != -1) {
		switch (ch) {
		case 'c':
			copy = optarg;
			break;
		case 'p':
			pub = optarg;
			break;
		case 'q':
			quiet = 1;
			break;
		case 's':
			sflag = 1;
			break;
		case 'v':
			verbose = 1;
			break;
		default:
			fprintf(stderr, "usage: test_date [-qsv] [-c year] [-p date] [file]\n");
			return 2;
		}
	}
	argc -= optind;
	argv += optind;
	if (sflag)
		rc = sentences(pub, copy, verbose);
	else {
		if (argc > 0)
			snprintf(path, sizeof(path), "%s", argv[0]);
		else if ((env = getenv("RK_DATA")) != NULL)
			snprintf(path, sizeof(path), "%s/../tests/tag/dates.tsv", env);
		else
			snprintf(path, sizeof(path), "tests/tag/dates.tsv");
		rc = runfile(path);
		test_warn();
	}
	date_fini();
	return rc;
}
