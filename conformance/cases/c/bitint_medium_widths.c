#include <stdio.h>

/* _BitInt(33), _BitInt(37) and _BitInt(65): wraparound of the unsigned
   forms, signed arithmetic, mixed-width promotions, shifts across the 32/64
   bit boundary, and hashing with 37-bit modular arithmetic. */

typedef unsigned _BitInt(33) u33;
typedef _BitInt(33) s33;
typedef unsigned _BitInt(37) u37;
typedef _BitInt(37) s37;
typedef unsigned _BitInt(65) u65;
typedef _BitInt(65) s65;

/* Reading through a volatile zero keeps values opaque to constant folding. */
static volatile int vzero;
#define V(x) ((__typeof__(x))((x) + (__typeof__(x))vzero))

static u37 hash37(const char *s) {
    u37 h = 5381;
    while (*s) h = h * 33 + (unsigned char)*s++ + (u37)vzero;
    return h;
}

static void p65(const char *l, u65 v) {
    unsigned long long hi = (unsigned long long)(v >> 64), lo = (unsigned long long)v;
    printf("%s=%llu:%016llx\n", l, hi, lo);
}

int main(void) {
    u33 a = V((u33)0x1FFFFFFF0);
    for (int i = 0; i < 4; i++) {
        a += 7;
        printf("u33 a=%llu\n", (unsigned long long)a);
    }
    u33 b = V((u33)1) << 32;
    printf("u33 1<<32=%llu doubled=%llu sizeof=%zu\n", (unsigned long long)b, (unsigned long long)(u33)(b * 2), sizeof(u33));
    s33 sm = -(V((s33)1) << 31) * 2; /* min of s33 */
    printf("s33 min=%lld max=%lld\n", (long long)sm, (long long)(s33)(((u33)1 << 32) - 1));
    const char *words[] = {"", "a", "alpha", "beta", "jir interpreter", "the quick brown fox"};
    for (int i = 0; i < 6; i++) printf("hash37(\"%s\")=%llu\n", words[i], (unsigned long long)hash37(words[i]));
    s37 x = V((s37)-12345678901LL);
    printf("s37 x=%lld x/1000=%lld x%%1000=%lld x>>5=%lld\n", (long long)x, (long long)(x / 1000), (long long)(x % 1000),
           (long long)(x >> 5));
    u65 big = ~V((u65)0);
    p65("u65 max", big);
    p65("u65 max+2", big + 2);
    p65("u65 1<<64", (u65)1 << 64);
    u65 f = V((u65)1);
    for (int i = 1; i <= 22; i++) f *= (u65)i;
    p65("22! mod 2^65", f);
    s65 s = -(V((s65)1) << 63);
    s = s * 2 + 5;
    printf("s65=%lld neg=%d s/3 lo=%lld\n", (long long)(s >> 1), s < 0, (long long)(s / 3 / 2));
    u65 q = f / 1000003, r = f % 1000003;
    p65("q", q);
    printf("r=%llu check=%d\n", (unsigned long long)r, q * 1000003 + r == f);
    /* mixed comparisons across widths */
    u33 c1 = V((u33)5);
    s37 c2 = V((s37)-5);
    u65 c3 = V((u65)5);
    printf("c1==c3:%d c2<c1:%d (c2+c1==0):%d\n", c1 == c3, c2 < c1, c2 + c1 == 0);
    printf("hash37(\"status\") %% 101 = %d\n", (int)(hash37("status") % 101));
    return 0;
}
