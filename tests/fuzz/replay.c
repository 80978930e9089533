/*
 * Replay files through a fuzz target without libFuzzer, as PCRE2's
 * STANDALONE main does: `replay-NAME FILE...` feeds each file to
 * LLVMFuzzerTestOneInput.  make check builds it with the normal compiler
 * and replays tests/fuzz/crashes/NAME and tests/fuzz/corpus/NAME, so every
 * crash found once stays a test.  Prints "ok NAME FILE" per file; a crash
 * ends the program (and the test) on the spot.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

int
main(int argc, char *argv[])
{
	struct rk_buf b = { 0 };
	const char *name = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
	FILE *fp;
	size_t n;
	int i, status = 0;

	if (LLVMFuzzerInitialize != NULL)
		LLVMFuzzerInitialize(&argc, &argv);
	for (i = 1; i < argc; i++) {
		if ((fp = fopen(argv[i], "rb")) == NULL) {
			printf("FAIL %s %s: cannot open\n", name, argv[i]);
			status = 1;
			continue;
		}
		rk_buf_reset(&b);
		do {
			rk_buf_grow(&b, 1 << 16);
			n = fread(b.data + b.len, 1, 1 << 16, fp);
			b.len += n;
		} while (n > 0);
		fclose(fp);
		LLVMFuzzerTestOneInput((const uint8_t *)b.data, b.len);
		printf("ok %s %s\n", name, argv[i]);
		fflush(stdout);
	}
	rk_buf_free(&b);
	return status;
}
