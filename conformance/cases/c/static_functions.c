#include <stdio.h>

/* Static (internal-linkage) helpers, inlining candidates, static locals and tail calls. */

static inline int clamp(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }
static int next_id(void) { static int id = 100; return id++; }
static unsigned rng(void) { static unsigned s = 42; s = s * 1103515245u + 12345u; return (s >> 16) & 0x7FFF; }

static long sum_tail(long n, long acc) { return n == 0 ? acc : sum_tail(n - 1, acc + n); }

static int __attribute__((noinline)) not_inlined(int x) { return x * 3 + 1; }
static int __attribute__((always_inline)) inline forced(int x) { return x ^ 0x5A; }

static const char *level_name(int v) {
    static const char *names[] = {"low", "medium", "high", "extreme"};
    return names[clamp(v / 25, 0, 3)];
}

static int memo_calls;
static int expensive(int n) {
    static int cache[64];
    static int filled[64];
    if (n < 64 && filled[n]) return cache[n];
    memo_calls++;
    int r = n < 2 ? n : expensive(n - 1) + expensive(n - 2) % 1000;
    if (n < 64) { cache[n] = r; filled[n] = 1; }
    return r;
}

int main(void) {
    for (int i = 0; i < 5; i++) printf("id %d\n", next_id());
    unsigned hist[4] = {0};
    for (int i = 0; i < 1000; i++) hist[rng() % 4]++;
    printf("rng hist %u %u %u %u\n", hist[0], hist[1], hist[2], hist[3]);
    printf("sum_tail(10000)=%ld\n", sum_tail(10000, 0));
    int acc = 0;
    for (int i = 0; i < 100; i++) acc += forced(not_inlined(i));
    printf("acc=%d\n", acc);
    int levels[] = {-10, 0, 24, 25, 60, 99, 180};
    for (int i = 0; i < 7; i++) printf("%d -> %s\n", levels[i], level_name(levels[i]));
    int e40 = expensive(40);
    printf("expensive(40)=%d calls=%d\n", e40, memo_calls);
    int e45 = expensive(45);
    printf("expensive(45)=%d calls=%d\n", e45, memo_calls);
    return 0;
}
