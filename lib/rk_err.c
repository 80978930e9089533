#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rk.h"

const char *rk_progname = "rk";
unsigned long rk_repaired;

static void vwarn(const char *, const char *, va_list)
    __attribute__((format(printf, 2, 0)));

static void
vwarn(const char *prefix, const char *fmt, va_list ap)
{
	int saved = errno;
	size_t n = strlen(fmt);

	fflush(stdout);
	fprintf(stderr, "%s: ", rk_progname);
	if (prefix != NULL)
		fputs(prefix, stderr);
	vfprintf(stderr, fmt, ap);
	if (n > 0 && fmt[n - 1] == ':')
		fprintf(stderr, " %s", strerror(saved));
	fputc('\n', stderr);
}

void
rk_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(NULL, fmt, ap);
	va_end(ap);
}

void
rk_warn_at(const char *file, unsigned long lineno, const char *fmt, ...)
{
	char where[512];
	va_list ap;

	snprintf(where, sizeof(where), "%s:%lu: ", file, lineno);
	va_start(ap, fmt);
	vwarn(where, fmt, ap);
	va_end(ap);
}

void
rk_die(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(NULL, fmt, ap);
	va_end(ap);
	exit(status);
}

int
rk_close_stdout(int status)
{
	int failed, saved;

	if (rk_repaired > 0)
		rk_warn("repaired %lu invalid byte%s in the input (U+FFFD, NUL dropped)",
		    rk_repaired, rk_repaired == 1 ? "" : "s");
	saved = errno;
	errno = 0;
	failed = fflush(stdout) == EOF || ferror(stdout);
	if (fclose(stdout) == EOF)
		failed = 1;
	if (failed) {
		/* nothing was left to flush: the cause is the write that failed */
		if (errno == 0)
			errno = saved;
		if (errno == EPIPE)
			return RK_EXIT_FAIL;
		if (errno != 0)
			rk_warn("write error:");
		else
			rk_warn("write error");
		return RK_EXIT_FAIL;
	}
	return status;
}

void
rk_version(void)
{
	printf("%s %s\n", rk_progname, RK_VERSION);
	exit(rk_close_stdout(RK_EXIT_OK));
}

void
rk_std_options(int argc, char *argv[], const char *usage_text)
{
	int i;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			break;
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			fputs(usage_text, stdout);
			exit(rk_close_stdout(RK_EXIT_OK));
		}
		if (strcmp(argv[i], "--version") == 0)
			rk_version();
	}
}

static void *
nomem(void)
{
	rk_die(RK_EXIT_FAIL, "out of memory");
}

void *
rk_xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	return p ? p : nomem();
}

void *
rk_xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);

	return p ? p : nomem();
}

void *
rk_xrealloc(void *p, size_t nmemb, size_t size)
{
	if (size != 0 && nmemb > SIZE_MAX / size)
		return nomem();
	p = realloc(p, (nmemb * size) != 0 ? nmemb * size : 1);
	return p ? p : nomem();
}

char *
rk_xmemdup(const char *s, size_t len)
{
	char *p = rk_xmalloc(len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *
rk_xstrdup(const char *s)
{
	return rk_xmemdup(s, strlen(s));
}

void
rk_bad_option(char *argv[])
{
	if (optopt != 0)
		rk_warn("unknown option -%c", optopt);
	else
		rk_warn("unknown option %s", argv[optind - 1]);
}
