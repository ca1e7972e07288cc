#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Optimisation hint builtins that must not change results:
   __builtin_expect / __builtin_expect_with_probability on hot and cold
   paths, __builtin_assume_aligned on genuinely aligned buffers,
   __builtin_assume on true facts, __builtin_prefetch with all
   locality/rw combinations, __builtin_unreachable on impossible switch
   defaults, __builtin_trap on a path never taken, and
   __builtin_constant_p. */

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

static _Alignas(64) float data[1024];
static _Alignas(32) int ints[512];

static float sum_aligned(const float *p, int n) {
    const float *a = __builtin_assume_aligned(p, 64);
    float s = 0;
    for (int i = 0; i < n; i++) s += a[i];
    return s;
}

static int sum_offset(const int *p, int n) {
    /* p is 32-byte aligned plus 8 bytes */
    const int *a = __builtin_assume_aligned(p, 32, 8);
    int s = 0;
    for (int i = 0; i < n; i++) s += a[i];
    return s;
}

static int classify(unsigned v) {
    switch (v % 4) {
    case 0: return 10;
    case 1: return 20;
    case 2: return 30;
    case 3: return 40;
    default: __builtin_unreachable();
    }
}

static long walk_list(const int *next, int start, int steps) {
    long s = 0;
    int cur = start;
    for (int i = 0; i < steps; i++) {
        __builtin_prefetch(&next[next[cur]], 0, 3);
        __builtin_prefetch(&ints[cur % 512], 1, 0);
        __builtin_prefetch(&next[cur], 0, 1);
        __builtin_prefetch(&next[cur], 1, 2);
        s += cur;
        cur = next[cur];
    }
    return s;
}

static int checked_div(int a, int b) {
    if (unlikely(b == 0)) {
        if (a == 12345678) __builtin_trap(); /* never happens */
        return 0;
    }
    __builtin_assume(b != 0);
    return a / b;
}

int main(void) {
    for (int i = 0; i < 1024; i++) data[i] = (float)(i % 10) * 0.5f;
    for (int i = 0; i < 512; i++) ints[i] = i * 3 - 700;
    printf("sum_aligned=%.1f sum_offset=%d\n", sum_aligned(data, 1024), sum_offset(ints + 2, 500));
    long hits = 0, misses = 0;
    for (int i = 0; i < 10000; i++) {
        if (likely(i % 100 != 0)) hits++;
        else misses++;
        if (__builtin_expect_with_probability(i % 7 == 0, 1, 0.1)) hits += 2;
    }
    printf("hits=%ld misses=%ld\n", hits, misses);
    int cls = 0;
    for (unsigned v = 0; v < 1000; v++) cls += classify(v * 2654435761u);
    printf("classify total=%d\n", cls);
    int *next = malloc(4096 * sizeof *next);
    for (int i = 0; i < 4096; i++) next[i] = (int)((i * 2731u + 17) % 4096);
    printf("walk=%ld\n", walk_list(next, 5, 20000));
    free(next);
    int dsum = 0;
    for (int b = -5; b <= 5; b++) dsum += checked_div(1000 + b * b * b, b);
    printf("checked_div sum=%d\n", dsum);
    int runtime = (int)strlen("abc");
    printf("constant_p: literal=%d runtime_var=%d\n", __builtin_constant_p(42), __builtin_constant_p(runtime) && 0);
    return 0;
}
