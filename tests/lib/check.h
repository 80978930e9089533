/*
 * check.h: the unit tests' one way to report a check ("ok NAME" or
 * "FAIL NAME" on stdout); main returns failed.
 */
#ifndef RK_TEST_CHECK_H
#define RK_TEST_CHECK_H

#include <stdio.h>

static int failed;

static void
check(int cond, const char *name)
{
	printf("%s %s\n", cond ? "ok" : "FAIL", name);
	if (!cond)
		failed = 1;
}

#endif
