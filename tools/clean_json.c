/*
 * clean_json.c: just enough JSON for one news record per line: the string
 * members text, id, url, title and a publication date; everything else is
 * skipped.  Strict about structure, lenient about raw control bytes.
 */
#include <stdint.h>
#include <string.h>

#include "rk.h"
#include "clean.h"

enum { F_TEXT, F_ID, F_URL, F_TITLE, F_DATE, F_N };

struct jp {
	const char	*s;
	size_t		 len;
	size_t		 i;
	const char	*err;
};

static struct rk_buf mem, key;

static void
ws(struct jp *p)
{
	while (p->i < p->len && (p->s[p->i] == ' ' || p->s[p->i] == '\t' ||
	    p->s[p->i] == '\r' || p->s[p->i] == '\n'))
		p->i++;
}

static int
hex4(struct jp *p, uint32_t *v)
{
	size_t k;
	int c;

	if (p->len - p->i < 4)
		return -1;
	*v = 0;
	for (k = 0; k < 4; k++) {
		c = (unsigned char)p->s[p->i + k];
		if (c >= '0' && c <= '9')
			c -= '0';
		else if ((c | 32) >= 'a' && (c | 32) <= 'f')
			c = (c | 32) - 'a' + 10;
		else
			return -1;
		*v = *v << 4 | (uint32_t)c;
	}
	p->i += 4;
	return 0;
}

/* Read a string at p->i (on its opening quote); append it to out if out. */
static int
string(struct jp *p, struct rk_buf *out)
{
	/* the cursor and the text in locals: a store through out->data (a
	 * char) would make the compiler reload p's fields after each one */
	const char *s = p->s;
	size_t len = p->len, i = p->i + 1, run, quote = 0, o = 0;
	char *d = NULL;
	uint32_t cp, lo;

	/* the text never grows when unescaped: room once, plain copies */
	if (out != NULL) {
		rk_buf_grow(out, len - i + 4);
		d = out->data;
		o = out->len;
	}
	for (;;) {
		{
			const char *q, *b;

			/* the next '"' found once serves every escape before it
			 * (a text has a "\n" per line, quotes are far apart) */
			if (quote < i) {
				q = memchr(s + i, '"', len - i);
				quote = q != NULL ? (size_t)(q - s) : len;
			}
			run = quote;
			b = memchr(s + i, '\\', run - i);
			if (b != NULL)
				run = (size_t)(b - s);
		}
		if (d != NULL && run > i) {
			memcpy(d + o, s + i, run - i);
			o += run - i;
		}
		i = run;
		if (i >= len) {
			p->err = "unterminated string";
			goto fail;
		}
		if (s[i] == '"') {
			i++;
			break;
		}
		if (++i >= len) {
			p->err = "unterminated string";
			goto fail;
		}
		switch (s[i++]) {
		case '"': cp = '"'; break;
		case '\\': cp = '\\'; break;
		case '/': cp = '/'; break;
		case 'b': cp = '\b'; break;
		case 'f': cp = '\f'; break;
		case 'n': cp = '\n'; break;
		case 'r': cp = '\r'; break;
		case 't': cp = '\t'; break;
		case 'u':
			p->i = i;
			if (hex4(p, &cp) == -1) {
				p->err = "bad \\u escape";
				goto fail;
			}
			i = p->i;
			if (cp >= 0xD800 && cp <= 0xDBFF && len - i >= 6 &&
			    s[i] == '\\' && s[i + 1] == 'u') {
				p->i = i + 2;
				if (hex4(p, &lo) == -1) {
					p->err = "bad \\u escape";
					goto fail;
				}
				i = p->i;
				if (lo >= 0xDC00 && lo <= 0xDFFF)
					cp = 0x10000 + ((cp - 0xD800) << 10) +
					    (lo - 0xDC00);
				else
					cp = 0xFFFD;
			} else if (cp >= 0xD800 && cp <= 0xDFFF) {
				cp = 0xFFFD;
			}
			break;
		default:
			p->err = "bad escape";
			goto fail;
		}
		if (d != NULL) {
			if (cp < 0x80) {
				d[o++] = (char)cp;
			} else {
				out->len = o;
				rk_utf8_put(out, cp);
				d = out->data;
				o = out->len;
			}
		}
	}
	p->i = i;
	if (out != NULL) {
		out->len = o;
		out->data[o] = '\0';
	}
	return 0;
fail:
	p->i = i;
	if (out != NULL) {
		out->len = o;
		out->data[o] = '\0';
	}
	return -1;
}

/* Skip any value; nesting is tracked with a counter, not recursion. */
static int
skip(struct jp *p, struct rk_buf *lit)
{
	size_t depth = 0, at;
	char c;

	do {
		ws(p);
		if (p->i >= p->len) {
			p->err = "unexpected end of line";
			return -1;
		}
		c = p->s[p->i];
		if (c == '"') {
			if (string(p, depth == 0 ? lit : NULL) == -1)
				return -1;
		} else if (c == '{' || c == '[') {
			depth++;
			p->i++;
		} else if (c == '}' || c == ']') {
			if (depth == 0) {
				p->err = "unexpected bracket";
				return -1;
			}
			depth--;
			p->i++;
		} else if (c == ',' || c == ':') {
			if (depth == 0) {
				p->err = "missing value";
				return -1;
			}
			p->i++;
		} else {
			at = p->i;
			while (p->i < p->len && strchr(",:]} \t\r\n\"[{",
			    p->s[p->i]) == NULL)
				p->i++;
			if (lit != NULL && depth == 0 && !(p->i - at == 4 &&
			    memcmp(p->s + at, "null", 4) == 0))
				rk_buf_add(lit, p->s + at, p->i - at);
			if (p->i == at) {
				p->err = "bad value";
				return -1;
			}
		}
	} while (depth > 0);
	return 0;
}

static int
field_of(const char *k, size_t n)
{
	static const struct {
		const char *name;
		int f;
	} keys[] = {
		{ "text", F_TEXT }, { "maintext", F_TEXT }, { "id", F_ID },
		{ "url", F_URL }, { "title", F_TITLE }, { "date", F_DATE },
		{ "published", F_DATE }, { "date_publish", F_DATE },
		{ "pubdate", F_DATE },
	};
	size_t i;

	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (strlen(keys[i].name) == n && memcmp(keys[i].name, k, n) == 0)
			return keys[i].f;
	return -1;
}

int
clean_json_parse(const char *s, size_t len, struct clean_json *j,
    const char **err)
{
	struct jp p = { s, len, 0, NULL };
	size_t off[F_N], flen[F_N], k0;
	int have[F_N], f, isstr;

	memset(j, 0, sizeof(*j));
	memset(have, 0, sizeof(have));
	rk_buf_reset(&mem);
	rk_buf_add(&mem, "", 0);
	ws(&p);
	if (p.i >= len || s[p.i] != '{') {
		*err = "not a JSON object";
		return -1;
	}
	p.i++;
	ws(&p);
	if (p.i < len && s[p.i] == '}') {
		p.i++;
		goto end;
	}
	for (;;) {
		ws(&p);
		if (p.i >= len || s[p.i] != '"') {
			p.err = "expected a member name";
			goto bad;
		}
		rk_buf_reset(&key);
		if (string(&p, &key) == -1)
			goto bad;
		ws(&p);
		if (p.i >= len || s[p.i] != ':') {
			p.err = "expected ':'";
			goto bad;
		}
		p.i++;
		ws(&p);
		f = field_of(key.data ? key.data : "", key.len);
		if (f >= 0 && have[f])
			f = -1;	/* the first one wins */
		isstr = p.i < len && s[p.i] == '"';
		k0 = mem.len;
		if (skip(&p, f >= 0 ? &mem : NULL) == -1)
			goto bad;
		if (f >= 0 && (f == F_TEXT ? isstr : mem.len > k0)) {
			have[f] = 1;
			off[f] = k0;
			flen[f] = mem.len - k0;
		}
		rk_buf_addc(&mem, '\0');
		ws(&p);
		if (p.i < len && s[p.i] == ',') {
			p.i++;
			continue;
		}
		if (p.i < len && s[p.i] == '}') {
			p.i++;
			break;
		}
		p.err = "expected ',' or '}'";
		goto bad;
	}
end:
	ws(&p);
	if (p.i < len) {
		p.err = "trailing bytes after the object";
		goto bad;
	}
	j->hastext = have[F_TEXT];
#define SET(F, S, L) if (have[F]) { j->S = mem.data + off[F]; j->L = flen[F]; }
	SET(F_TEXT, text, textlen);
	SET(F_ID, id, idlen);
	SET(F_URL, url, urllen);
	SET(F_TITLE, title, titlelen);
	SET(F_DATE, date, datelen);
#undef SET
	return 0;
bad:
	*err = p.err;
	return -1;
}


void
clean_json_free(void)
{
	rk_buf_free(&mem);
	rk_buf_free(&key);
}
