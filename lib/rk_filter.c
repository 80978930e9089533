#include <stdio.h>

#include "rk.h"

int
rk_filter_docs(int argc, char *argv[], enum rk_kind need, rk_doc_fn *fn, void *ctx)
{
	static char dash[] = "-";
	char *stdin_only[] = { dash, NULL };
	struct rk_stream s;
	struct rk_doc doc;
	int i, status = RK_EXIT_OK;

	if (argc == 0) {
		argc = 1;
		argv = stdin_only;
	}
	for (i = 0; i < argc && !ferror(stdout); i++) {
		if (rk_stream_open(&s, argv[i], need, 0) == -1) {
			status = RK_EXIT_FAIL;
			continue;
		}
		while (rk_doc_next(&s, &doc) == 1) {
			fn(ctx, &s, &doc, stdout);
			if (ferror(stdout))
				break;
		}
		if (s.status != RK_EXIT_OK)
			status = RK_EXIT_FAIL;
		rk_stream_close(&s);
	}
	return status;
}
