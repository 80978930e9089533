#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdint.h>
#include <string.h>

#include "rk.h"

/* Limits low enough that no sentence can stall a tool, high enough for
 * every pattern we ship (they are linear on real text). */
#define MATCH_LIMIT	1000000
#define DEPTH_LIMIT	10000

static pcre2_match_context *mctx;

void
rk_re_compile(struct rk_re *re, const char *pat, int flags)
{
	uint32_t opt = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF;
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE off;
	int err;

	if (flags & RK_RE_CASELESS)
		opt |= PCRE2_CASELESS;
	if (flags & RK_RE_MULTILINE)
		opt |= PCRE2_MULTILINE;
	if (flags & RK_RE_ANCHORED)
		opt |= PCRE2_ANCHORED;
	re->pat = pat;
	re->code = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED, opt,
	    &err, &off, NULL);
	if (re->code == NULL) {
		pcre2_get_error_message(err, msg, sizeof(msg));
		rk_die(RK_EXIT_USAGE, "pattern /%.60s/: offset %zu: %s", pat,
		    (size_t)off, (char *)msg);
	}
	(void)pcre2_jit_compile(re->code, PCRE2_JIT_COMPLETE);
	re->md = pcre2_match_data_create_from_pattern(re->code, NULL);
	if (re->md == NULL)
		rk_die(RK_EXIT_FAIL, "out of memory");
	if (mctx == NULL) {
		mctx = pcre2_match_context_create(NULL);
		if (mctx == NULL)
			rk_die(RK_EXIT_FAIL, "out of memory");
		pcre2_set_match_limit(mctx, MATCH_LIMIT);
		pcre2_set_depth_limit(mctx, DEPTH_LIMIT);
	}
}

static int
exec(struct rk_re *re, const char *s, size_t len, size_t start, uint32_t opt,
    size_t *ov, size_t nov)
{
	PCRE2_SIZE *v;
	int rc, i;

	if (start > len)
		return 0;
	rc = pcre2_match(re->code, (PCRE2_SPTR)s, len, start, opt, re->md, mctx);
	if (rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_PARTIAL)
		return 0;
	if (rc < 0)
		return -1;
	if (rc == 0)
		rc = (int)pcre2_get_ovector_count(re->md);
	v = pcre2_get_ovector_pointer(re->md);
	for (i = 0; i < rc && (size_t)(2 * i + 1) < nov; i++) {
		ov[2 * i] = v[2 * i] == PCRE2_UNSET ? SIZE_MAX : v[2 * i];
		ov[2 * i + 1] = v[2 * i + 1] == PCRE2_UNSET ? SIZE_MAX : v[2 * i + 1];
	}
	for (i *= 2; (size_t)i < nov; i++)
		ov[i] = SIZE_MAX;
	return rc;
}

int
rk_re_exec(struct rk_re *re, const char *s, size_t len, size_t start,
    size_t *ov, size_t nov)
{
	return exec(re, s, len, start, 0, ov, nov);
}

int
rk_re_next(struct rk_re *re, const char *s, size_t len, size_t *pos,
    size_t *ov, size_t nov)
{
	size_t p = *pos, ovl[2];
	int rc;

	if (nov < 2) {
		ov = ovl;
		nov = 2;
	}
	rc = exec(re, s, len, p, 0, ov, nov);
	if (rc <= 0) {
		*pos = len + 1;
		return rc;
	}
	if (ov[1] > ov[0]) {
		*pos = ov[1];
	} else {
		/* empty match: next time start one whole character later */
		p = ov[1] > p ? ov[1] : p;
		if (p < len)
			(void)rk_utf8_next(s, len, &p);
		else
			p = len + 1;
		*pos = p;
	}
	return rc;
}

void
rk_re_free(struct rk_re *re)
{
	pcre2_match_data_free(re->md);
	pcre2_code_free(re->code);
	re->md = re->code = NULL;
}
