#include <stdio.h>
#include <stdint.h>

/* Hand-written bit tricks compared against the builtins. */

static int popcount_naive(uint32_t x) {
    int c = 0;
    while (x) { c += x & 1; x >>= 1; }
    return c;
}
static int popcount_kernighan(uint64_t x) {
    int c = 0;
    while (x) { x &= x - 1; c++; }
    return c;
}
static int popcount_swar(uint32_t x) {
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    x = (x + (x >> 4)) & 0x0F0F0F0Fu;
    return (int)((x * 0x01010101u) >> 24);
}
static uint32_t reverse_bits(uint32_t x) {
    x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
    x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
    x = ((x >> 4) & 0x0F0F0F0Fu) | ((x & 0x0F0F0F0Fu) << 4);
    x = ((x >> 8) & 0x00FF00FFu) | ((x & 0x00FF00FFu) << 8);
    return (x >> 16) | (x << 16);
}
static int is_pow2(uint64_t x) { return x && !(x & (x - 1)); }
static uint32_t next_pow2(uint32_t x) {
    x--;
    x |= x >> 1; x |= x >> 2; x |= x >> 4; x |= x >> 8; x |= x >> 16;
    return x + 1;
}

int main(void) {
    uint32_t v = 0x12345678u;
    int mismatches = 0;
    long total = 0;
    for (int i = 0; i < 3000; i++) {
        v = v * 1664525u + 1013904223u;
        int a = popcount_naive(v), b = popcount_swar(v), c = __builtin_popcount(v);
        int d = popcount_kernighan(((uint64_t)v << 32) | (v ^ 0xFFFFu));
        int e = __builtin_popcountll(((uint64_t)v << 32) | (v ^ 0xFFFFu));
        if (a != b || b != c || d != e) mismatches++;
        total += a + d;
    }
    printf("popcount mismatches: %d, total bits: %ld\n", mismatches, total);
    uint32_t tests[] = {0, 1, 2, 3, 0x80000000u, 0xFFFFFFFFu, 0x0F0F1234u, 1000, 1024, 65535};
    for (unsigned i = 0; i < sizeof tests / sizeof *tests; i++) {
        uint32_t t = tests[i];
        printf("%08x: pop=%2d rev=%08x pow2=%d next=%u lowbit=%08x clearlow=%08x parity=%d\n", t,
               popcount_swar(t), reverse_bits(t), is_pow2(t), t ? next_pow2(t) : 0u, t & -t,
               t & (t - 1), __builtin_parity(t));
    }
    /* bit counting over an array: clang vectorises this with ctpop */
    uint64_t arr[256];
    uint64_t s = 88172645463325252ull;
    for (int i = 0; i < 256; i++) {
        s ^= s << 13; s ^= s >> 7; s ^= s << 17;
        arr[i] = s;
    }
    int bits = 0;
    for (int i = 0; i < 256; i++) bits += __builtin_popcountll(arr[i]);
    printf("xorshift array bits: %d\n", bits);
    /* swap without temp, abs without branch */
    int x = 12345, y = -678;
    x ^= y; y ^= x; x ^= y;
    int m = y >> 31;
    printf("swapped: %d %d, branchless abs(y)=%d\n", x, y, (y ^ m) - m);
    return mismatches;
}
