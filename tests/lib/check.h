/*
 * check.h: the unit tests' one way to report a check ("ok NAME" or
 * "FAIL NAME" on stdout; main returns failed), and their one generator
 * of test cases: a fixed sequence, so that a failing run repeats.
 */
#ifndef RK_TEST_CHECK_H
#define RK_TEST_CHECK_H

#include <stdint.h>
#include <stdio.h>

static int failed;

static void
check(int cond, const char *name)
{
	printf("%s %s\n", cond ? "ok" : "FAIL", name);
	if (!cond)
		failed = 1;
}

/* Knuth's MMIX LCG; a test sets test_rnd to pick its own sequence. */
static uint64_t test_rnd = 1;

static inline unsigned
test_next(void)
{
	test_rnd = test_rnd * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)(test_rnd >> 33);
}

#endif
