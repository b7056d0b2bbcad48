/* Benchmark: an open-addressing hash table (linear probing, power-of-two
 * capacity, growth at 50% load, backward-shift deletion) of uint64_t keys
 * and values. Inserts n pseudo-random keys, looks up 2n keys (half
 * present), deletes every third inserted key, and looks everything up
 * again. Work is linear in n.
 *
 * bench-n: 1000000
 * bench-work: linear
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct {
  uint64_t key; /* 0 = empty slot; keys are made non-zero */
  uint64_t value;
} slot_t;

typedef struct {
  slot_t *slots;
  size_t cap; /* power of two */
  size_t len;
} table_t;

static uint64_t hash64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

static slot_t *alloc_slots(size_t cap) {
  slot_t *s = calloc(cap, sizeof(slot_t));
  if (!s) {
    perror("calloc");
    exit(2);
  }
  return s;
}

static void table_init(table_t *t, size_t cap) {
  t->slots = alloc_slots(cap);
  t->cap = cap;
  t->len = 0;
}

static void insert_slot(slot_t *restrict slots, size_t cap, uint64_t key,
                        uint64_t value) {
  size_t mask = cap - 1, i = hash64(key) & mask;
  while (slots[i].key != 0 && slots[i].key != key)
    i = (i + 1) & mask;
  slots[i].key = key;
  slots[i].value = value;
}

static void table_grow(table_t *t) {
  size_t cap = t->cap * 2;
  slot_t *s = alloc_slots(cap);
  for (size_t i = 0; i < t->cap; i++)
    if (t->slots[i].key)
      insert_slot(s, cap, t->slots[i].key, t->slots[i].value);
  free(t->slots);
  t->slots = s;
  t->cap = cap;
}

/* Returns 1 if the key was new. */
static int table_put(table_t *t, uint64_t key, uint64_t value) {
  if (2 * (t->len + 1) > t->cap)
    table_grow(t);
  size_t mask = t->cap - 1, i = hash64(key) & mask;
  while (t->slots[i].key != 0) {
    if (t->slots[i].key == key) {
      t->slots[i].value = value;
      return 0;
    }
    i = (i + 1) & mask;
  }
  t->slots[i].key = key;
  t->slots[i].value = value;
  t->len++;
  return 1;
}

static const slot_t *table_get(const table_t *t, uint64_t key) {
  size_t mask = t->cap - 1, i = hash64(key) & mask;
  while (t->slots[i].key != 0) {
    if (t->slots[i].key == key)
      return &t->slots[i];
    i = (i + 1) & mask;
  }
  return NULL;
}

/* Backward-shift deletion: no tombstones. Returns 1 if the key was there. */
static int table_del(table_t *t, uint64_t key) {
  size_t mask = t->cap - 1, i = hash64(key) & mask;
  while (t->slots[i].key != key) {
    if (t->slots[i].key == 0)
      return 0;
    i = (i + 1) & mask;
  }
  size_t j = i;
  for (;;) {
    j = (j + 1) & mask;
    if (t->slots[j].key == 0)
      break;
    size_t home = hash64(t->slots[j].key) & mask;
    /* Move slot j into the hole at i unless its home lies in (i, j]. */
    int in_range = i <= j ? (home > i && home <= j) : (home > i || home <= j);
    if (!in_range) {
      t->slots[i] = t->slots[j];
      i = j;
    }
  }
  t->slots[i].key = 0;
  t->slots[i].value = 0;
  t->len--;
  return 1;
}

static uint64_t rng_state = 0x243f6a8885a308d3ULL;
static uint64_t rng(void) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return rng_state;
}

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 1000000;
  if (n <= 0) {
    fprintf(stderr, "hashtable: bad size\n");
    return 2;
  }
  uint64_t range = 4 * (uint64_t)n;
  uint64_t *keys = malloc(sizeof(uint64_t) * n);
  if (!keys) {
    perror("malloc");
    return 2;
  }
  table_t t;
  table_init(&t, 16);
  uint64_t fresh = 0;
  for (long i = 0; i < n; i++) {
    keys[i] = 1 + rng() % range;
    fresh += table_put(&t, keys[i], (uint64_t)i);
  }
  uint64_t hits = 0, sum = 0;
  for (long i = 0; i < 2 * n; i++) {
    uint64_t k = (i & 1) ? 1 + rng() % range : keys[rng() % n];
    const slot_t *s = table_get(&t, k);
    if (s) {
      hits++;
      sum += s->value;
    }
  }
  uint64_t deleted = 0;
  for (long i = 0; i < n; i += 3)
    deleted += table_del(&t, keys[i]);
  uint64_t left = 0;
  for (long i = 0; i < n; i++)
    left += table_get(&t, keys[i]) != NULL;
  printf("n %ld fresh %llu len %zu cap %zu hits %llu sum %llu deleted %llu left %llu\n",
         n, (unsigned long long)fresh, t.len, t.cap, (unsigned long long)hits,
         (unsigned long long)sum, (unsigned long long)deleted,
         (unsigned long long)left);
  free(t.slots);
  free(keys);
  return 0;
}
