#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rk.h"

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

/* Room in h->keys for a key of len bytes and its NUL (and the rk_buf's). */
static inline int
key_room(const struct rk_hash *h, size_t len)
{
	return h->keys.data != NULL && h->keys.cap - h->keys.len >= len + 2;
}

/*
 * Key and its NUL onto h->keys, its offset returned: rk_buf_add and
 * rk_buf_addc in one, inline, which cost the per-document tables (see
 * rk_hash_add_h) ~45 instructions a key.  A key of 4 to 16 bytes (most
 * names) goes as two overlapping words, not through a call of memcpy.
 * The caller made room (key_room).
 */
static inline size_t
key_add(struct rk_hash *h, const char *key, size_t len)
{
	struct rk_buf *b = &h->keys;
	size_t off = b->len;
	char *d = b->data + off;
	uint64_t w;
	uint32_t x0, x1;
	size_t i;

	/* as rk_hash_key reads a key: all loads and stores inside it */
	if (len >= 8) {
		for (i = 0; len - i > 8; i += 8) {
			memcpy(&w, key + i, 8);
			memcpy(d + i, &w, 8);
		}
		memcpy(&w, key + len - 8, 8);
		memcpy(d + len - 8, &w, 8);
	} else if (len >= 4) {
		memcpy(&x0, key, 4);
		memcpy(&x1, key + len - 4, 4);
		memcpy(d, &x0, 4);
		memcpy(d + len - 4, &x1, 4);
	} else if (len > 0) {
		d[0] = key[0];
		d[len / 2] = key[len / 2];
		d[len - 1] = key[len - 1];
	}
	d[len] = '\0';
	b->len = off + len + 1;
	b->data[b->len] = '\0';
	return off;
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
	hv = rk_hash_key(key, len);
	if (!key_room(h, len))
		rk_buf_grow(&h->keys, len + 1);
	off = key_add(h, key, len);
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

/*
 * Whether keys a and b of len bytes each are the same, read as key_add
 * copies: a call of memcmp made the look-ups that find (most of those
 * that get this far) save registers and cost ~20 more instructions.
 */
static inline int
key_eq(const char *a, const char *b, size_t len)
{
	uint64_t x, y;
	uint32_t x0, x1, y0, y1;
	size_t i;

	if (len >= 8) {
		for (i = 0; len - i > 8; i += 8) {
			memcpy(&x, a + i, 8);
			memcpy(&y, b + i, 8);
			if (x != y)
				return 0;
		}
		memcpy(&x, a + len - 8, 8);
		memcpy(&y, b + len - 8, 8);
		return x == y;
	}
	if (len >= 4) {
		memcpy(&x0, a, 4);
		memcpy(&x1, a + len - 4, 4);
		memcpy(&y0, b, 4);
		memcpy(&y1, b + len - 4, 4);
		return x0 == y0 && x1 == y1;
	}
	return len == 0 || (a[0] == b[0] && a[len / 2] == b[len / 2] &&
	    a[len - 1] == b[len - 1]);
}

/*
 * The entry of key (of hash hv) in h, which has slots, or -1: slot_for()
 * written out, as most look-ups end at an empty tag.  Forced inline:
 * GCC made it a call (+20 M instructions in rk-tag).
 */
static inline __attribute__((always_inline)) long
find_h(const struct rk_hash *h, const char *key, size_t len, uint64_t hv)
{
	const unsigned char *t = tags(h);
	unsigned char want = tag_of(hv);
	size_t i;
	long e;

	for (i = (size_t)hv & (h->nslots - 1);; i = (i + 1) & (h->nslots - 1)) {
		if (t[i] == 0)
			return -1;
		if (t[i] == want) {
			e = h->slots[i];
			if (h->ent[e].h == hv && h->ent[e].klen == len &&
			    key_eq(key_at(h, e), key, len))
				return e;
		}
	}
}

/* The first empty slot on the probe path of hash hv. */
static long *
empty_slot(struct rk_hash *h, uint64_t hv)
{
	const unsigned char *t = tags(h);
	size_t i;

	for (i = (size_t)hv & (h->nslots - 1); t[i] != 0;
	    i = (i + 1) & (h->nslots - 1))
		;
	return &h->slots[i];
}

long
rk_hash_find(struct rk_hash *h, const char *key, size_t len, int raw)
{
	if (h->nslots == 0)
		return -1;
	if (!raw) {
		rk_buf_reset(&h->tmp);
		rk_fold(key, len, &h->tmp);
		key = h->tmp.data ? h->tmp.data : "";
		len = h->tmp.len;
	}
	return find_h(h, key, len, rk_hash_key(key, len));
}

long
rk_hash_find_h(const struct rk_hash *h, const char *key, size_t len,
    uint64_t hv)
{
	if (h->nslots == 0)
		return -1;
	return find_h(h, key, len, hv);
}

/* not inline: in rk_hash_add_h its calls would cost registers again */
static long	add_room(struct rk_hash *, const char *, size_t, uint64_t, long)
		    __attribute__((noinline));

/*
 * One key that is not in h yet: no fold, no hash, no look-up for the
 * list of its values (rk_hash_add's work for lexicons).  Growing is left
 * to add_room, called last: so the usual add calls nothing and saves no
 * registers (they were a quarter of its ~85 instructions).
 */
long
rk_hash_add_h(struct rk_hash *h, const char *key, size_t len, uint64_t hv,
    long val)
{
	struct rk_hash_ent *e;
	long n = (long)h->nent;
	long *s;

	if ((h->nent + 1) * 2 > h->nslots || h->nent == h->cap ||
	    !key_room(h, len))
		return add_room(h, key, len, hv, val);
	/* the first empty slot from hv's on: the key is in no other */
	s = empty_slot(h, hv);
	*s = n;
	tags(h)[s - h->slots] = tag_of(hv);
	e = &h->ent[n];
	e->h = hv;
	e->koff = key_add(h, key, len);
	e->klen = len;
	e->val = val;
	e->next = -1;
	e->last = n;
	h->nent = (size_t)n + 1;
	return n;
}

/* Grow h for rk_hash_add_h's key, then add it. */
static long
add_room(struct rk_hash *h, const char *key, size_t len, uint64_t hv,
    long val)
{
	if ((h->nent + 1) * 2 > h->nslots)
		rehash(h);
	if (h->nent == h->cap) {
		h->cap = h->cap ? h->cap * 2 : 256;
		h->ent = rk_xrealloc(h->ent, h->cap, sizeof(*h->ent));
	}
	if (!key_room(h, len))
		rk_buf_grow(&h->keys, len + 1);
	return rk_hash_add_h(h, key, len, hv, val);
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
	/* in locals: the stores below might alias h's fields */
	const struct rk_hash_ent *ent = h->ent;
	long *slots = h->slots;
	unsigned char *t;
	size_t j, mask = h->nslots - 1;
	long e, f;

	rk_buf_reset(&h->keys);
	if (h->nent == 0)
		return;
	t = tags(h);
	for (e = (long)h->nent - 1; e >= 0; e--) {
		j = (size_t)ent[e].h & mask;
		for (;;) {
			f = slots[j];
			if (f == e) {
				slots[j] = -1;
				t[j] = 0;
				break;
			}
			/* a later value of an older key sits in no slot */
			if (t[j] == 0 || (ent[f].h == ent[e].h &&
			    ent[f].klen == ent[e].klen &&
			    memcmp(key_at(h, f), key_at(h, e),
			    ent[e].klen) == 0))
				break;
			j = (j + 1) & mask;
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
