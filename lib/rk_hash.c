#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"

/*
 * Short keys, no adversary (the keys come from our own data): eight bytes
 * at a time, the last word as an overlapping load, a key of 4..8 bytes
 * as two overlapping 4-byte loads and one of 1..3 as its first, middle
 * and last bytes (with the length mixed in first, each of these is the
 * key's bytes whole); then a final mix so that both the low bits (the
 * slot) and the top seven (the tag) vary.  Byte at a time (FNV-1a) this
 * cost rk-tag a few per cent; the tail in three loads cost ~40
 * instructions a ~10-byte key.
 */
static inline uint64_t
hash(const char *s, size_t len)
{
	const uint64_t k = 0x9E3779B97F4A7C15ULL;
	uint64_t h = (uint64_t)len * k, w;
	uint32_t a, b;
	size_t i;

	if (len > 8) {
		for (i = 0; len - i > 8; i += 8) {
			memcpy(&w, s + i, 8);
			h = (h ^ w) * k;
			h ^= h >> 32;
		}
		memcpy(&w, s + len - 8, 8);	/* overlaps the word before */
	} else if (len >= 4) {
		memcpy(&a, s, 4);
		memcpy(&b, s + len - 4, 4);
		w = (uint64_t)a << 32 | b;
	} else if (len > 0) {
		w = (uint64_t)(unsigned char)s[0] << 16 |
		    (uint64_t)(unsigned char)s[len / 2] << 8 |
		    (unsigned char)s[len - 1];
	} else
		w = 0;
	h = (h ^ w) * k;
	h ^= h >> 29;
	h *= 0xBF58476D1CE4E5B9ULL;
	h ^= h >> 32;
	return h;
}

void
rk_hash_init(struct rk_hash *h)
{
	memset(h, 0, sizeof(*h));
}

static const char *
key_at(const struct rk_hash *h, long e)
{
	return h->keys.data + h->ent[e].koff;
}

/*
 * Beside each slot one byte, kept right after the slots in the same
 * allocation: 0 when the slot is empty, else 0x80 and seven more bits of
 * its key's hash.  A probe reads these bytes first (nslots of them, not
 * 8 * nslots), so a word that is in no table, and most other keys met on
 * the way, cost no cache miss in slots[], ent[] or the key bytes: in the
 * big tables (91k places) those misses were a fifth of rk-tag's time.
 */
static unsigned char *
tags(const struct rk_hash *h)
{
	return (unsigned char *)(h->slots + h->nslots);
}

static unsigned char
tag_of(uint64_t hv)
{
	return (unsigned char)(0x80 | (hv >> 57));
}

static long *
slot_for(struct rk_hash *h, uint64_t hv, const char *k, size_t len)
{
	size_t i = (size_t)hv & (h->nslots - 1);
	const unsigned char *t = tags(h);
	unsigned char want = tag_of(hv);
	long e;

	for (;;) {
		if (t[i] == 0)
			return &h->slots[i];
		if (t[i] == want) {
			e = h->slots[i];
			if (h->ent[e].h == hv && h->ent[e].klen == len &&
			    memcmp(key_at(h, e), k, len) == 0)
				return &h->slots[i];
		}
		i = (i + 1) & (h->nslots - 1);
	}
}

/* Fill the empty slot s with entry e. */
static void
slot_set(struct rk_hash *h, long *s, long e)
{
	*s = e;
	tags(h)[s - h->slots] = tag_of(h->ent[e].h);
}

static void
rehash_to(struct rk_hash *h, size_t nslots)
{
	size_t i;
	long *s;

	free(h->slots);
	h->nslots = nslots;
	/* the slots, then their tag bytes */
	h->slots = rk_xrealloc(NULL, h->nslots, sizeof(*h->slots) + 1);
	for (i = 0; i < h->nslots; i++)
		h->slots[i] = -1;
	memset(tags(h), 0, h->nslots);
	for (i = 0; i < h->nent; i++) {
		/* only the first entry of each key sits in a slot */
		s = slot_for(h, h->ent[i].h, key_at(h, (long)i), h->ent[i].klen);
		if (*s < 0)
			slot_set(h, s, (long)i);
	}
}

static void
rehash(struct rk_hash *h)
{
	rehash_to(h, h->nslots ? h->nslots * 2 : 1024);
}

void
rk_hash_reserve(struct rk_hash *h, size_t n)
{
	size_t ns = h->nslots ? h->nslots : 1024;

	/* as rk_hash_add would grow it, in one step */
	while (n * 2 > ns)
		ns *= 2;
	if (h->nent == 0 && ns > h->nslots)
		rehash_to(h, ns);
	if (n > h->cap) {
		h->cap = n;
		h->ent = rk_xrealloc(h->ent, h->cap, sizeof(*h->ent));
	}
}

void
rk_hash_add(struct rk_hash *h, const char *key, size_t len, long val, int raw)
{
	struct rk_hash_ent *e;
	uint64_t hv;
	size_t off;
	long *s, last;

	if (!raw) {
		rk_buf_reset(&h->tmp);
		rk_fold(key, len, &h->tmp);
		key = h->tmp.data ? h->tmp.data : "";
		len = h->tmp.len;
	}
	if ((h->nent + 1) * 2 > h->nslots)
		rehash(h);
	if (h->nent == h->cap) {
		h->cap = h->cap ? h->cap * 2 : 256;
		h->ent = rk_xrealloc(h->ent, h->cap, sizeof(*h->ent));
	}
	hv = hash(key, len);
	off = h->keys.len;
	rk_buf_add(&h->keys, key, len);
	rk_buf_addc(&h->keys, '\0');
	e = &h->ent[h->nent];
	e->h = hv;
	e->koff = off;
	e->klen = len;
	e->val = val;
	e->next = -1;
	e->last = (long)h->nent;
	s = slot_for(h, hv, key, len);
	if (*s < 0) {
		slot_set(h, s, (long)h->nent);
	} else {
		/* appended through the first entry's last: a place name found
		 * hundreds of times cost a walk of its list each time */
		last = h->ent[*s].last;
		h->ent[last].next = (long)h->nent;
		h->ent[*s].last = (long)h->nent;
	}
	h->nent++;
}

long
rk_hash_find(struct rk_hash *h, const char *key, size_t len, int raw)
{
	const unsigned char *t;
	unsigned char want;
	uint64_t hv;
	size_t i;
	long e;

	if (h->nslots == 0)
		return -1;
	if (!raw) {
		rk_buf_reset(&h->tmp);
		rk_fold(key, len, &h->tmp);
		key = h->tmp.data ? h->tmp.data : "";
		len = h->tmp.len;
	}
	/* slot_for() written out: most look-ups end at an empty tag */
	hv = hash(key, len);
	want = tag_of(hv);
	t = tags(h);
	for (i = (size_t)hv & (h->nslots - 1);; i = (i + 1) & (h->nslots - 1)) {
		if (t[i] == 0)
			return -1;
		if (t[i] == want) {
			e = h->slots[i];
			if (h->ent[e].h == hv && h->ent[e].klen == len &&
			    memcmp(key_at(h, e), key, len) == 0)
				return e;
		}
	}
}

long
rk_hash_nextval(const struct rk_hash *h, long e)
{
	return e < 0 ? -1 : h->ent[e].next;
}

long
rk_hash_val(const struct rk_hash *h, long e)
{
	return h->ent[e].val;
}

/*
 * Empty h but keep its slot array and entry storage, so a table filled and
 * emptied again and again (one per document) is neither reallocated nor
 * rehashed while it grows back to its former size.  Only the slots in use
 * are emptied, newest entry first: linear probing then finds each entry's
 * slot behind older entries only, which are all still there, and a
 * document's few names don't pay for the slots a big one left behind.
 */
void
rk_hash_clear(struct rk_hash *h)
{
	unsigned char *t;
	size_t j;
	long e, f;

	rk_buf_reset(&h->keys);
	if (h->nent == 0)
		return;
	t = tags(h);
	for (e = (long)h->nent - 1; e >= 0; e--) {
		j = (size_t)h->ent[e].h & (h->nslots - 1);
		for (;;) {
			f = h->slots[j];
			if (f == e) {
				h->slots[j] = -1;
				t[j] = 0;
				break;
			}
			/* a later value of an older key sits in no slot */
			if (t[j] == 0 || (h->ent[f].h == h->ent[e].h &&
			    h->ent[f].klen == h->ent[e].klen &&
			    memcmp(key_at(h, f), key_at(h, e),
			    h->ent[e].klen) == 0))
				break;
			j = (j + 1) & (h->nslots - 1);
		}
	}
	h->nent = 0;
}

void
rk_hash_free(struct rk_hash *h)
{
	free(h->slots);
	free(h->ent);
	rk_buf_free(&h->keys);
	rk_buf_free(&h->tmp);
	memset(h, 0, sizeof(*h));
}

int
rk_hash_has_word(struct rk_hash *h, const char *w, size_t n)
{
	char low[48];
	size_t i;

	/* longer words are in no lexicon the hot paths read */
	if (n == 0 || n >= sizeof(low))
		return 0;
	for (i = 0; i < n; i++) {
		if ((unsigned char)w[i] >= 0x80)
			return rk_hash_find(h, w, n, 0) >= 0;
		low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
	}
	return rk_hash_find(h, low, n, 1) >= 0;
}
