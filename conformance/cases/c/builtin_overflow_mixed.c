#include <stdio.h>
#include <stdint.h>
#include <limits.h>

/* __builtin_add/sub/mul_overflow with operands and results of different
   types and signedness (the check is against the infinitely precise
   result), results narrower than the operands, __int128 operands, and
   mul_overflow on long long used for safe size computations. */

/* Reading through a volatile zero keeps the operands opaque to constant
   folding, so the checks happen at run time at every optimisation level. */
static volatile int vzero;
#define V(x) ((__typeof__(x))((x) + (__typeof__(x))vzero))

typedef __int128 i128;
typedef unsigned __int128 u128;

static void show_i128(i128 v) {
    unsigned __int128 m = v < 0 ? -(u128)v : (u128)v;
    char b[48];
    int i = 47;
    b[i] = 0;
    do { b[--i] = '0' + (int)(m % 10); m /= 10; } while (m);
    printf("%s%s", v < 0 ? "-" : "", b + i);
}

static int safe_alloc_size(long long count, long long size, long long *out) {
    return !__builtin_mul_overflow(V(count), size, out) && *out >= 0 && *out <= (1LL << 40);
}

int main(void) {
    unsigned u;
    int o = __builtin_add_overflow(V(-5), 3u, &u);            /* -2 not representable in unsigned */
    printf("-5 + 3u -> unsigned: ovf=%d val=%u\n", o, u);
    int s;
    o = __builtin_add_overflow(V(4000000000u), -1000000000, &s);  /* 3e9: too big for int */
    printf("4e9u + -1e9 -> int: ovf=%d val=%d\n", o, s);
    o = __builtin_sub_overflow(V(5u), 7u, &s);                /* -2 fits in int */
    printf("5u - 7u -> int: ovf=%d val=%d\n", o, s);
    int8_t c;
    o = __builtin_add_overflow(V(100), 27, &c);
    printf("100 + 27 -> int8: ovf=%d val=%d\n", o, c);
    o = __builtin_add_overflow(V(100), 28, &c);
    printf("100 + 28 -> int8: ovf=%d val=%d\n", o, c);
    uint16_t w;
    o = __builtin_mul_overflow(V(300), 200, &w);
    printf("300 * 200 -> uint16: ovf=%d val=%u\n", o, w);
    o = __builtin_mul_overflow(V(-1), -65535, &w);
    printf("-1 * -65535 -> uint16: ovf=%d val=%u\n", o, w);
    long long ll;
    o = __builtin_mul_overflow(V(LLONG_MIN), -1LL, &ll);
    printf("LLONG_MIN * -1: ovf=%d val=%lld\n", o, ll);
    o = __builtin_mul_overflow(V(3037000499LL), 3037000499LL, &ll);
    printf("3037000499^2: ovf=%d val=%lld\n", o, ll);
    o = __builtin_mul_overflow(V(3037000500LL), 3037000500LL, &ll);
    printf("3037000500^2: ovf=%d val=%lld\n", o, ll);
    unsigned long long ull;
    o = __builtin_mul_overflow(V(-3LL), 5LL, &ull);
    printf("-3 * 5 -> ull: ovf=%d val=%llu\n", o, ull);

    i128 big = (i128)1 << 126, r;
    o = __builtin_add_overflow(V(big), big, &r);
    printf("2^126 + 2^126 (i128): ovf=%d val=", o);
    show_i128(r);
    printf("\n");
    o = __builtin_add_overflow(V(big), big - 1, &r);
    printf("2^126 + 2^126-1: ovf=%d val=", o);
    show_i128(r);
    printf("\n");
    u128 ur;
    o = __builtin_sub_overflow(V((u128)0), (u128)1, &ur);
    printf("0 - 1 (u128): ovf=%d low64=%llx\n", o, (unsigned long long)ur);
    o = __builtin_mul_overflow(V((i128)LLONG_MAX), (i128)LLONG_MAX, &r);
    printf("LLONG_MAX^2 in i128: ovf=%d val=", o);
    show_i128(r);
    printf("\n");
    long long out;
    o = __builtin_mul_overflow(V(big), (i128)4, &out);
    printf("2^126*4 -> long long: ovf=%d\n", o);
    o = __builtin_add_overflow(V((i128)LLONG_MAX), (i128)-5, &out);
    printf("i128 LLONG_MAX-5 -> long long: ovf=%d val=%lld\n", o, out);

    long long counts[] = {10, 1000000, 1LL << 20, 1LL << 32, 3037000500LL, -1};
    long long sizes[] = {8, 4096, 1LL << 20, 1LL << 32, 3037000500LL, 8};
    for (int i = 0; i < 6; i++) {
        long long total = 0;
        int ok = safe_alloc_size(counts[i], sizes[i], &total);
        printf("alloc %lld x %lld: %s", counts[i], sizes[i], ok ? "ok" : "rejected");
        if (ok) printf(" (%lld bytes)", total);
        printf("\n");
    }
    /* accumulate with overflow detection across mixed types */
    int32_t acc = 0;
    int steps = 0;
    for (uint32_t v = 1; !__builtin_add_overflow(V(acc), v * v, &acc); v++) steps++;
    printf("sum of squares fits int32 for %d terms, acc now=%d\n", steps, acc);
    return 0;
}
