/*
 * Unit test for rk_hash_clear: a table filled, cleared and filled again
 * (as rk-tag does once per document) must answer exactly like a fresh
 * table holding only the second fill, including keys with several values
 * and fills large enough to make the table grow.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"
#include "check.h"

/* Key i of fill round r: a few keys repeat so some get several values. */
static size_t
key(char *buf, size_t sz, int r, int i)
{
	return (size_t)snprintf(buf, sz, "kata%d-%d", r, i % 97 == 5 ? 5 : i);
}

static void
fill(struct rk_hash *h, int r, int n)
{
	char k[32];
	int i;

	for (i = 0; i < n; i++)
		rk_hash_add(h, k, key(k, sizeof(k), r, i), (long)i * 3 + r, 1);
}

/* Every slot empty again, as in a table just grown to this size. */
static int
all_empty(const struct rk_hash *h)
{
	size_t i;

	for (i = 0; i < h->nslots; i++)
		if (h->slots[i] != -1 ||
		    ((const unsigned char *)(h->slots + h->nslots))[i] != 0)
			return 0;
	return 1;
}

/* Same answers (all values in order) for every key of rounds 0..3. */
static int
same(struct rk_hash *a, struct rk_hash *b, int n)
{
	char k[32];
	size_t len;
	long ea, eb;
	int r, i;

	for (r = 0; r < 4; r++)
		for (i = 0; i < n; i++) {
			len = key(k, sizeof(k), r, i);
			ea = rk_hash_find(a, k, len, 1);
			eb = rk_hash_find(b, k, len, 1);
			while (ea >= 0 && eb >= 0) {
				if (rk_hash_val(a, ea) != rk_hash_val(b, eb))
					return 0;
				ea = rk_hash_nextval(a, ea);
				eb = rk_hash_nextval(b, eb);
			}
			if ((ea >= 0) != (eb >= 0))
				return 0;
		}
	return 1;
}

int
main(void)
{
	struct rk_hash h, fresh;
	char k[32];

	rk_hash_init(&h);
	rk_hash_clear(&h);
	check(rk_hash_find(&h, "x", 1, 1) < 0, "clear of an empty table");

	fill(&h, 0, 3000);
	rk_hash_clear(&h);
	check(h.nent == 0 && h.nslots > 0, "clear keeps the slots");
	check(all_empty(&h), "clear empties every slot");
	check(rk_hash_find(&h, k, key(k, sizeof(k), 0, 1), 1) < 0,
	    "cleared key is gone");

	/* smaller second fill */
	fill(&h, 1, 200);
	rk_hash_init(&fresh);
	fill(&fresh, 1, 200);
	check(same(&h, &fresh, 3000), "small refill answers like a fresh table");
	rk_hash_free(&fresh);

	/* larger fill after clear: the table grows again */
	rk_hash_clear(&h);
	fill(&h, 2, 9000);
	rk_hash_init(&fresh);
	fill(&fresh, 2, 9000);
	check(same(&h, &fresh, 9000), "growing refill answers like a fresh table");
	rk_hash_free(&fresh);

	/* folded keys still work after a clear */
	rk_hash_clear(&h);
	check(all_empty(&h), "clear after growth empties every slot");
	rk_hash_add(&h, "Kota Bogor", 10, 7, 0);
	check(rk_hash_find(&h, "KOTA BOGOR", 10, 0) >= 0 &&
	    rk_hash_val(&h, rk_hash_find(&h, "kota bogor", 10, 0)) == 7,
	    "folded key after clear");
	rk_hash_free(&h);
	return failed;
}
