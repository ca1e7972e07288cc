#include <stdio.h>
#include <stdint.h>
#include <string.h>

/* __builtin_clz/ctz/bswap/ffs and manual equivalents. */

static int clz_manual(uint32_t x) {
    int n = 0;
    if (x == 0) return 32;
    while (!(x & 0x80000000u)) { x <<= 1; n++; }
    return n;
}
static int ctz_manual(uint64_t x) {
    int n = 0;
    if (x == 0) return 64;
    while (!(x & 1)) { x >>= 1; n++; }
    return n;
}
static uint32_t bswap32_manual(uint32_t x) {
    return (x >> 24) | ((x >> 8) & 0xFF00u) | ((x << 8) & 0xFF0000u) | (x << 24);
}
static uint16_t bswap16_manual(uint16_t x) { return (uint16_t)((x >> 8) | (x << 8)); }
static int ilog2(uint64_t x) { return 63 - __builtin_clzll(x); }

int main(void) {
    uint32_t vals[] = {1, 2, 3, 7, 8, 255, 256, 0x10000, 0x7FFFFFFF, 0x80000000u, 0xDEADBEEF, 12345678};
    int bad = 0;
    for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        uint32_t v = vals[i];
        int c1 = __builtin_clz(v), c2 = clz_manual(v);
        int t1 = __builtin_ctz(v), t2 = ctz_manual(v);
        uint32_t b1 = __builtin_bswap32(v), b2 = bswap32_manual(v);
        printf("%10u clz=%2d ctz=%2d ffs=%2d bswap=%08x ilog2=%d\n", v, c1, t1, __builtin_ffs((int)v), b1,
               ilog2(v));
        bad += (c1 != c2) + (t1 != t2) + (b1 != b2);
    }
    uint64_t big[] = {1ull, 0x100000000ull, 0x8000000000000000ull, 0x0123456789ABCDEFull, 0xF0ull << 40};
    for (unsigned i = 0; i < 5; i++) {
        uint64_t v = big[i];
        printf("%016llx clzll=%2d ctzll=%2d bswap64=%016llx\n", (unsigned long long)v, __builtin_clzll(v),
               __builtin_ctzll(v), (unsigned long long)__builtin_bswap64(v));
        bad += __builtin_ctzll(v) != ctz_manual(v);
    }
    uint16_t h = 0xABCD;
    printf("bswap16 %04x -> %04x (manual %04x)\n", h, __builtin_bswap16(h), bswap16_manual(h));
    /* endianness conversion through memcpy */
    unsigned char buf[8] = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08};
    uint32_t le; uint64_t le64;
    memcpy(&le, buf, 4);
    memcpy(&le64, buf, 8);
    printf("little-endian u32 %08x big-endian %08x\n", le, __builtin_bswap32(le));
    printf("little-endian u64 %016llx big-endian %016llx\n", (unsigned long long)le64,
           (unsigned long long)__builtin_bswap64(le64));
    /* byte-swap loop (vectorised into shuffles at -O2) */
    uint32_t arr[64];
    for (int i = 0; i < 64; i++) arr[i] = (uint32_t)i * 0x01020304u;
    uint32_t acc = 0;
    for (int i = 0; i < 64; i++) { arr[i] = __builtin_bswap32(arr[i]); acc ^= arr[i] + (uint32_t)i; }
    printf("bswap loop acc=%08x\n", acc);
    int hist[33] = {0};
    uint32_t s = 1;
    for (int i = 0; i < 5000; i++) { s = s * 69069u + 1; hist[s ? __builtin_clz(s) : 32]++; }
    for (int i = 0; i < 8; i++) printf("clz=%d: %d\n", i, hist[i]);
    printf("bad=%d\n", bad);
    return bad;
}
