#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"

void
rk_buf_grow(struct rk_buf *b, size_t extra)
{
	size_t need;

	if (extra > SIZE_MAX - b->len - 1)
		rk_die(RK_EXIT_FAIL, "out of memory");
	need = b->len + extra + 1;
	if (need <= b->cap)
		return;
	if (b->cap < 64)
		b->cap = 64;
	while (b->cap < need)
		b->cap = b->cap > SIZE_MAX / 2 ? need : b->cap * 2;
	b->data = rk_xrealloc(b->data, b->cap, 1);
}

void
rk_buf_add(struct rk_buf *b, const char *s, size_t len)
{
	/* grow only when it must: most adds fit */
	if (b->data == NULL || len >= b->cap - b->len)
		rk_buf_grow(b, len);
	if (len > 0)
		memcpy(b->data + b->len, s, len);
	b->len += len;
	b->data[b->len] = '\0';
}

void
rk_buf_adds(struct rk_buf *b, const char *s)
{
	rk_buf_add(b, s, strlen(s));
}

void
rk_buf_addc(struct rk_buf *b, int c)
{
	if (b->data == NULL || b->cap - b->len < 2)
		rk_buf_grow(b, 1);
	b->data[b->len++] = (char)c;
	b->data[b->len] = '\0';
}

void
rk_buf_printf(struct rk_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	rk_buf_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

void
rk_buf_reset(struct rk_buf *b)
{
	b->len = 0;
	if (b->data != NULL)
		b->data[0] = '\0';
}

void
rk_buf_free(struct rk_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}
