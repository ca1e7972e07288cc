#include <stdio.h>

/* _BitInt(100) and unsigned _BitInt(100): fixed-point arithmetic with 100
   bits, overflow wraparound modulo 2^100, division, shifts, comparisons and
   decimal printing via repeated division. */

typedef unsigned _BitInt(100) u100;
typedef _BitInt(100) s100;

static void pu(const char *l, u100 v) {
    char buf[40];
    int i = 39;
    buf[i] = 0;
    do { buf[--i] = '0' + (int)(v % 10); v /= 10; } while (v);
    printf("%s=%s\n", l, buf + i);
}

static void ps(const char *l, s100 v) {
    if (v < 0) {
        char t[64];
        snprintf(t, sizeof t, "%s(neg)", l);
        pu(t, (u100)(-v));
    } else {
        pu(l, (u100)v);
    }
}

/* fixed point with 40 fractional bits */
#define FRAC 40
static s100 fx_from(long long n) { return (s100)n << FRAC; }
static s100 fx_mul(s100 a, s100 b) { return (a * b) >> FRAC; }
static s100 fx_div(s100 a, s100 b) { return (a << FRAC) / b; }

int main(void) {
    u100 max = ~(u100)0;
    pu("u100 max", max);
    pu("max+1", max + 1);
    pu("max*max", max * max); /* == 1 mod 2^100 */
    u100 p3 = 1;
    int k = 0;
    while (p3 <= max / 3) { p3 *= 3; k++; }
    printf("largest power of 3: 3^%d\n", k);
    pu("3^k", p3);
    pu("wrapped 3^(k+1)", p3 * 3);
    printf("3^k as ll (truncated)=%lld\n", (long long)(p3 & 0x7FFFFFFFFFFFFFFF));
    s100 one = fx_from(1), two = fx_from(2);
    /* Newton sqrt(2) in 100-bit fixed point */
    s100 x = one;
    for (int i = 0; i < 8; i++) x = (x + fx_div(two, x)) / 2;
    ps("sqrt2*2^40", x);
    printf("sqrt2 ~ %.12f\n", (double)(long long)(x >> 8) / (double)(1LL << 32));
    s100 sq = fx_mul(x, x);
    ps("sqrt2^2*2^40", sq);
    s100 neg = -fx_from(123456789);
    ps("neg>>7", neg >> 7);
    ps("neg/1000", neg / 1000);
    ps("neg%1000", neg % 1000);
    u100 a = (u100)0xFEDCBA9876543210ULL << 36 | 0xABCDEF;
    u100 b = a >> 50 | a << 50; /* rotate by 50 within 100 bits */
    pu("a", a);
    pu("rot50(a)", b);
    printf("rot roundtrip=%d a<b=%d a>>99=%d\n", (b >> 50 | b << 50) == a, a < b, (int)(a >> 99));
    printf("a %% 113 = %d\n", (int)((int)(a % 113)));
    return 0;
}
