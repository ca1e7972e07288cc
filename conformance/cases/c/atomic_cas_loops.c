#include <stdio.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

/* compare_exchange_strong/weak loops: atomic max/min, saturating
   increment, a Treiber stack over an index-linked node pool (with a
   version tag packed into 64 bits to avoid ABA), bit allocation in a
   bitmap, and checks of the "expected" value written back on failure. */

static void atomic_max(atomic_int *p, int v) {
    int cur = atomic_load_explicit(p, memory_order_relaxed);
    while (cur < v && !atomic_compare_exchange_weak(p, &cur, v)) {}
}

static bool sat_inc(atomic_uint *p, unsigned limit) {
    unsigned cur = atomic_load(p);
    do {
        if (cur >= limit) return false;
    } while (!atomic_compare_exchange_weak_explicit(p, &cur, cur + 1, memory_order_acq_rel, memory_order_relaxed));
    return true;
}

#define POOL 16
static int next_of[POOL];
static int payload[POOL];
static _Atomic uint64_t head = 0xFFFFFFFFu; /* low 32 bits: index or -1, high 32: tag */

static void push(int node) {
    uint64_t old = atomic_load(&head), nw;
    do {
        next_of[node] = (int)(uint32_t)old;
        nw = ((old >> 32) + 1) << 32 | (uint32_t)node;
    } while (!atomic_compare_exchange_weak(&head, &old, nw));
}

static int pop(void) {
    uint64_t old = atomic_load(&head), nw;
    do {
        int idx = (int)(uint32_t)old;
        if (idx < 0) return -1;
        nw = ((old >> 32) + 1) << 32 | (uint32_t)next_of[idx];
    } while (!atomic_compare_exchange_strong(&head, &old, nw));
    return (int)(uint32_t)old;
}

static _Atomic uint64_t bitmap;
static int alloc_bit(void) {
    uint64_t cur = atomic_load(&bitmap);
    for (;;) {
        if (cur == ~0ULL) return -1;
        int bit = __builtin_ctzll(~cur);
        if (atomic_compare_exchange_strong(&bitmap, &cur, cur | (1ULL << bit))) return bit;
    }
}

int main(void) {
    atomic_int mx = -100;
    int vals[] = {5, -3, 17, 16, 42, 41, 0};
    for (int i = 0; i < 7; i++) { atomic_max(&mx, vals[i]); printf("max after %d: %d\n", vals[i], atomic_load(&mx)); }

    atomic_uint cnt = 0;
    int ok = 0;
    for (int i = 0; i < 10; i++) ok += sat_inc(&cnt, 7);
    printf("sat_inc succeeded %d times, value %u\n", ok, atomic_load(&cnt));

    atomic_int x = 5;
    int expected = 4;
    bool r = atomic_compare_exchange_strong(&x, &expected, 9);
    printf("cas(4->9) on 5: r=%d expected now=%d x=%d\n", r, expected, atomic_load(&x));
    r = atomic_compare_exchange_strong(&x, &expected, 9);
    printf("cas(5->9) on 5: r=%d expected=%d x=%d\n", r, expected, atomic_load(&x));

    for (int i = 0; i < POOL; i++) { payload[i] = i * i; push(i); }
    long sum = 0;
    int order[64], n = 0, v;
    while ((v = pop()) >= 0) { order[n++] = v; sum += payload[v]; if (n % 5 == 0) push(v); if (n > 40) break; }
    printf("popped %d nodes, sum=%ld, first=%d last=%d tag=%llu\n", n, sum, order[0], order[n - 1],
           (unsigned long long)(atomic_load(&head) >> 32));

    atomic_store(&bitmap, 0x00000000000000F5ULL);
    printf("bits:");
    for (int i = 0; i < 8; i++) printf(" %d", alloc_bit());
    printf(" map=%016llx\n", (unsigned long long)atomic_load(&bitmap));
    return 0;
}
