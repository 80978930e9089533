#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rk.h"

#define RK_READER_IOBUF	(1 << 17)

int
rk_reader_open(struct rk_reader *r, const char *path)
{
	memset(r, 0, sizeof(*r));
	if (path == NULL || strcmp(path, "-") == 0) {
		r->fp = stdin;
		r->name = "<stdin>";
		return 0;
	}
	r->name = path;
	if ((r->fp = fopen(path, "r")) == NULL) {
		rk_warn("%s:", path);
		return -1;
	}
	return 0;
}

/*
 * Lines are cut out of large read(2)s by hand: getline's locking and
 * bookkeeping cost more than the line.  read, not fread, so that a line
 * is had as soon as it is in a pipe, as with getline.
 */
static int
fill(struct rk_reader *r)
{
	ssize_t k;

	/* 16 bytes of slack, zeroed: rk_stream reads 16-byte blocks past the data */
	if (r->iobuf == NULL)
		r->iobuf = rk_xcalloc(RK_READER_IOBUF + 16, 1);
	do {
		errno = 0;
		k = read(fileno(r->fp), r->iobuf, RK_READER_IOBUF);
	} while (k == -1 && errno == EINTR);
	if (k == -1) {
		/* reported at the next call, read again for its errno */
		if (r->error == 0)
			r->error = -1;
		return 0;
	}
	if (k == 0) {
		r->eof = 1;
		return 0;
	}
	r->rpos = 0;
	r->rend = (size_t)k;
	/* the 16 bytes past the data zeroed too: no stale newline is read there */
	memset(r->iobuf + k, 0, 16);
	return 1;
}

int
rk_reader_next(struct rk_reader *r)
{
	size_t n = 0, take;
	const char *p, *nl;

	for (;;) {
		if (r->rpos == r->rend && (r->eof || !fill(r)))
			break;
		p = r->iobuf + r->rpos;
		nl = memchr(p, '\n', r->rend - r->rpos);
		take = nl != NULL ? (size_t)(nl - p) + 1 : r->rend - r->rpos;
		if (n + take + 1 > r->cap) {
			if (r->cap < 120)
				r->cap = 120;
			while (r->cap < n + take + 1)
				r->cap *= 2;
			r->data = rk_xrealloc(r->data, r->cap, 1);
		}
		memcpy(r->data + n, p, take);
		n += take;
		r->rpos += take;
		if (nl != NULL)
			break;
	}
	if (n == 0) {
		if (r->error == -1) {
			r->error = 1;
			rk_warn("%s: read error:", r->name);
			return -1;
		}
		return 0;
	}
	r->lineno++;
	r->crlf = 0;
	if (n > 0 && r->data[n - 1] == '\n')
		n--;
	if (n > 0 && r->data[n - 1] == '\r') {
		n--;
		r->crlf = 1;
	}
	r->data[n] = '\0';
	if (r->lineno == 1 && n >= 3 && memcmp(r->data, "\xEF\xBB\xBF", 3) == 0) {
		memmove(r->data, r->data + 3, (size_t)n - 2);
		n -= 3;
	}
	r->len = (size_t)n;
	return 1;
}

void
rk_reader_close(struct rk_reader *r)
{
	if (r->fp != NULL && r->fp != stdin)
		fclose(r->fp);
	free(r->iobuf);
	r->iobuf = NULL;
	free(r->data);
	r->fp = NULL;
	r->data = NULL;
	r->cap = r->len = 0;
}

int
rk_file_slurp(const char *path, struct rk_buf *b)
{
	FILE *fp = stdin;
	const char *name = "<stdin>";
	size_t n;

	rk_buf_reset(b);
	if (path != NULL && strcmp(path, "-") != 0) {
		name = path;
		if ((fp = fopen(path, "r")) == NULL) {
			rk_warn("%s:", path);
			return -1;
		}
	}
	do {
		rk_buf_grow(b, 65536);
		n = fread(b->data + b->len, 1, 65536, fp);
		b->len += n;
	} while (n == 65536);
	b->data[b->len] = '\0';
	if (ferror(fp)) {
		rk_warn("%s: read error:", name);
		if (fp != stdin)
			fclose(fp);
		return -1;
	}
	if (fp != stdin)
		fclose(fp);
	else
		clearerr(fp);
	if (b->len >= 3 && memcmp(b->data, "\xEF\xBB\xBF", 3) == 0) {
		memmove(b->data, b->data + 3, b->len - 2);
		b->len -= 3;
	}
	return 0;
}
