#include <stdio.h>
#include <stdint.h>

/* Loops written to be auto-vectorised at -O2/-O3: integer sum, sum of
   squares into 64-bit, dot product of int16 arrays widening to int32,
   min/max/argmin-free reductions, xor/or/and reductions, count-if. */

#define N 4099 /* not a multiple of the vector width: exercises epilogues */

static int32_t a[N], b[N];
static int16_t s1[N], s2[N];
static uint8_t bytes[N];

__attribute__((noinline)) static int64_t sum32(const int32_t *x, int n) {
    int64_t s = 0;
    for (int i = 0; i < n; i++) s += x[i];
    return s;
}

__attribute__((noinline)) static uint64_t sumsq(const int32_t *x, int n) {
    uint64_t s = 0;
    for (int i = 0; i < n; i++) s += (uint64_t)((int64_t)x[i] * x[i]);
    return s;
}

__attribute__((noinline)) static int32_t dot16(const int16_t *x, const int16_t *y, int n) {
    int32_t s = 0;
    for (int i = 0; i < n; i++) s += x[i] * y[i];
    return s;
}

__attribute__((noinline)) static void minmax(const int32_t *x, int n, int32_t *mn, int32_t *mx) {
    int32_t lo = x[0], hi = x[0];
    for (int i = 1; i < n; i++) {
        lo = x[i] < lo ? x[i] : lo;
        hi = x[i] > hi ? x[i] : hi;
    }
    *mn = lo;
    *mx = hi;
}

__attribute__((noinline)) static uint32_t bitred(const int32_t *x, int n, uint32_t *orr, uint32_t *andr) {
    uint32_t xr = 0, o = 0, an = ~0u;
    for (int i = 0; i < n; i++) { xr ^= (uint32_t)x[i]; o |= (uint32_t)x[i]; an &= (uint32_t)x[i] | 0x80000000u; }
    *orr = o;
    *andr = an;
    return xr;
}

__attribute__((noinline)) static int count_in_range(const int32_t *x, int n, int lo, int hi) {
    int c = 0;
    for (int i = 0; i < n; i++) c += (x[i] >= lo) & (x[i] < hi);
    return c;
}

__attribute__((noinline)) static uint32_t byte_sum(const uint8_t *p, int n) {
    uint32_t s = 0;
    for (int i = 0; i < n; i++) s += p[i];
    return s;
}

__attribute__((noinline)) static int32_t abs_diff_sum(const int32_t *x, const int32_t *y, int n) {
    int32_t s = 0;
    for (int i = 0; i < n; i++) {
        int32_t d = x[i] - y[i];
        s += d < 0 ? -d : d;
    }
    return s;
}

int main(void) {
    uint32_t seed = 12345;
    for (int i = 0; i < N; i++) {
        seed = seed * 1103515245u + 12345u;
        a[i] = (int32_t)(seed >> 8) % 200001 - 100000;
        b[i] = (int32_t)((seed >> 3) & 0xffff) - 32768;
        s1[i] = (int16_t)(seed >> 16);
        s2[i] = (int16_t)((i * 37) % 501 - 250);
        bytes[i] = (uint8_t)(seed >> 24);
    }
    printf("sum32=%lld\n", (long long)sum32(a, N));
    printf("sumsq=%llu\n", (unsigned long long)sumsq(a, N));
    printf("dot16=%d\n", dot16(s1, s2, N));
    int32_t mn, mx;
    minmax(a, N, &mn, &mx);
    printf("min=%d max=%d\n", mn, mx);
    uint32_t o, an;
    uint32_t x = bitred(b, N, &o, &an);
    printf("xor=%08x or=%08x and=%08x\n", x, o, an);
    printf("in[-1000,1000)=%d\n", count_in_range(a, N, -1000, 1000));
    printf("bytesum=%u\n", byte_sum(bytes, N));
    printf("absdiff=%d\n", abs_diff_sum(a, b, N));
    for (int len = 1; len <= 17; len += 4) printf("sum32[%d]=%lld ", len, (long long)sum32(a + 3, len));
    printf("\n");
    return 0;
}
