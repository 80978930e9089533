/*
 * Unit tests for rk_close_stdout: a write error is reported with its cause
 * even when stdio had nothing left to flush, and EPIPE is quiet.  Each case
 * runs in a child whose stdout is the device under test.
 */
#include <sys/wait.h>

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rk.h"
#include "check.h"

/* Child: write n bytes in one fwrite to stdout = out, then close. */
static int
child(int out, int err, size_t n)
{
	char *buf = calloc(1, n);
	pid_t pid;
	int st;

	fflush(stdout);
	if ((pid = fork()) == 0) {
		dup2(out, 1);
		dup2(err, 2);
		signal(SIGPIPE, SIG_IGN);
		fwrite(buf, 1, n, stdout);
		_exit(rk_close_stdout(0));
	}
	free(buf);
	waitpid(pid, &st, 0);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 99;
}

static void
reset(int fd)
{
	if (ftruncate(fd, 0) != 0 || lseek(fd, 0, SEEK_SET) != 0)
		abort();
}

static size_t
slurp(int fd, char *buf, size_t cap)
{
	ssize_t n;

	lseek(fd, 0, SEEK_SET);
	n = read(fd, buf, cap - 1);
	buf[n > 0 ? n : 0] = '\0';
	return n > 0 ? (size_t)n : 0;
}

int
main(void)
{
	char path[] = "/tmp/rk-test-close-XXXXXX", msg[512];
	int full, err, p[2], rc;

	rk_progname = "test_close";
	if ((err = mkstemp(path)) < 0)
		return 1;
	unlink(path);
	if ((full = open("/dev/full", O_WRONLY)) >= 0) {
		/* larger than stdio's buffer: the failing write happens in fwrite */
		rc = child(full, err, 1 << 20);
		slurp(err, msg, sizeof(msg));
		check(rc == 1 && strstr(msg, "write error: No space left on device") != NULL,
		    "close_stdout names the cause of an earlier failed write");
		reset(err);
		rc = child(full, err, 10);
		slurp(err, msg, sizeof(msg));
		check(rc == 1 && strstr(msg, "write error: No space left on device") != NULL,
		    "close_stdout reports a failed final flush");
		close(full);
	}
	if (pipe(p) == 0) {
		close(p[0]);
		reset(err);
		rc = child(p[1], err, 1 << 20);
		check(rc == 1 && slurp(err, msg, sizeof(msg)) == 0,
		    "close_stdout is quiet when the reader went away");
		close(p[1]);
	}
	return failed;
}
