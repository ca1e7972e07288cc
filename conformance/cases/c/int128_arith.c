#include <stdio.h>
#include <stdint.h>

/* __int128 arithmetic: 64x64->128 products, mulhi, big factorials, division, decimal printing. */

typedef unsigned __int128 u128;
typedef __int128 i128;

static void print_u128(u128 v) {
    char buf[48];
    int n = 0;
    do { buf[n++] = (char)('0' + (int)(v % 10)); v /= 10; } while (v);
    while (n) putchar(buf[--n]);
}
static void print_i128(i128 v) {
    if (v < 0) { putchar('-'); print_u128((u128)0 - (u128)v); } else print_u128((u128)v);
}

static uint64_t mulhi(uint64_t a, uint64_t b) { return (uint64_t)(((u128)a * b) >> 64); }

static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m) { return (uint64_t)((u128)a * b % m); }
static uint64_t powmod(uint64_t b, uint64_t e, uint64_t m) {
    uint64_t r = 1;
    b %= m;
    while (e) { if (e & 1) r = mulmod(r, b, m); b = mulmod(b, b, m); e >>= 1; }
    return r;
}

int main(void) {
    u128 f = 1;
    for (int i = 1; i <= 34; i++) {
        f *= (u128)i;
        if (i >= 30) { printf("%d! = ", i); print_u128(f); printf("\n"); }
    }
    printf("mulhi(2^63, 6)=%llu mulhi(max,max)=%llu\n", (unsigned long long)mulhi(1ull << 63, 6),
           (unsigned long long)mulhi(~0ull, ~0ull));
    i128 neg = -((i128)1 << 100);
    printf("-(2^100) = "); print_i128(neg); printf("\n");
    printf("(-(2^100)) / 7 = "); print_i128(neg / 7); printf(" rem "); print_i128(neg % 7); printf("\n");
    uint64_t p = 0xFFFFFFFFFFFFFFC5ull; /* largest 64-bit prime */
    printf("fermat test 2^(p-1) mod p = %llu\n", (unsigned long long)powmod(2, p - 1, p));
    printf("3^1000 mod p = %llu\n", (unsigned long long)powmod(3, 1000, p));
    u128 x = ((u128)0x0123456789ABCDEFull << 64) | 0xFEDCBA9876543210ull;
    printf("hi=%016llx lo=%016llx clz=%d\n", (unsigned long long)(x >> 64), (unsigned long long)x,
           __builtin_clzll((unsigned long long)(x >> 64)));
    return 0;
}
