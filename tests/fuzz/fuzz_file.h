/*
 * fuzz_file.h: the fuzz targets hand their bytes to code that opens a
 * path, so each input is written to one temporary file made at start-up
 * and removed at exit.  Returns the path.
 */
#ifndef FUZZ_FILE_H
#define FUZZ_FILE_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static char fuzz_path[64];
static int fuzz_fd = -1;

static void
fuzz_file_remove(void)
{
	if (fuzz_path[0] != '\0')
		unlink(fuzz_path);
}

static const char *
fuzz_file(const uint8_t *data, size_t size)
{
	size_t off = 0;
	ssize_t n;

	if (fuzz_fd < 0) {
		snprintf(fuzz_path, sizeof(fuzz_path), "/tmp/rk-fuzz-XXXXXX");
		if ((fuzz_fd = mkstemp(fuzz_path)) < 0)
			abort();
		atexit(fuzz_file_remove);
	}
	if (ftruncate(fuzz_fd, 0) != 0)
		abort();
	while (off < size) {
		n = pwrite(fuzz_fd, data + off, size - off, (off_t)off);
		if (n <= 0)
			abort();
		off += (size_t)n;
	}
	return fuzz_path;
}

#endif
