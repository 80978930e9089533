/*
 * Standard stream set-up shared by every tool: large stdio buffers and, on
 * Linux, large pipes.  A pipeline of five filters on one core switches
 * process whenever a 64 KB pipe fills or drains, and each switch costs the
 * caches; 1 MB pipes and 128 KB buffers make the switches rarer (measured:
 * the five-stage pipeline pinned to one core, 4% less CPU).
 */
#define _GNU_SOURCE	/* F_SETPIPE_SZ */
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rk.h"

#define RK_STDIO_BUF	(1 << 17)
#define RK_PIPE_SIZE	(1 << 20)

static void
grow_pipe(int fd)
{
#ifdef F_SETPIPE_SZ
	struct stat st;

	/* best effort: a user over the pipe quota keeps the default */
	if (fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode))
		(void)fcntl(fd, F_SETPIPE_SZ, RK_PIPE_SIZE);
#else
	(void)fd;
#endif
}

void
rk_stdio_setup(void)
{
	/* glibc ignores setvbuf's size unless it is given the buffer */
	static char inbuf[RK_STDIO_BUF], outbuf[RK_STDIO_BUF];

	(void)setvbuf(stdin, inbuf, _IOFBF, sizeof(inbuf));
	/* a terminal keeps its line buffering: rows appear as they are made */
	if (!isatty(STDOUT_FILENO))
		(void)setvbuf(stdout, outbuf, _IOFBF, sizeof(outbuf));
	grow_pipe(STDIN_FILENO);
	grow_pipe(STDOUT_FILENO);
}
