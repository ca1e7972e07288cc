#include <stdio.h>
#include <string.h>

/* unsigned/signed __int128 to decimal, hex and back: own conversion routines
   (the division by 10 calls __udivti3/__umodti3), parse with overflow
   detection, and printing of the extremes. */

typedef unsigned __int128 u128;
typedef __int128 i128;

static char *u128_to_str(u128 v, char *end) {
    *--end = 0;
    do { *--end = (char)('0' + (int)(v % 10)); v /= 10; } while (v);
    return end;
}

static char *i128_to_str(i128 v, char *end) {
    u128 m = v < 0 ? (u128)0 - (u128)v : (u128)v;
    char *p = u128_to_str(m, end);
    if (v < 0) *--p = '-';
    return p;
}

static void u128_hex(u128 v, char *out) {
    unsigned long long hi = (unsigned long long)(v >> 64), lo = (unsigned long long)v;
    if (hi) sprintf(out, "0x%llx%016llx", hi, lo);
    else sprintf(out, "0x%llx", lo);
}

/* returns 0 on overflow */
static int parse_u128(const char *s, u128 *out) {
    u128 v = 0;
    const u128 max = ~(u128)0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9') return 0;
        unsigned d = (unsigned)(*s - '0');
        if (v > (max - d) / 10) return 0;
        v = v * 10 + d;
    }
    *out = v;
    return 1;
}

int main(void) {
    char buf[64], hx[64];
    u128 umax = ~(u128)0;
    i128 imax = (i128)(umax >> 1), imin = -imax - 1;
    printf("umax=%s\n", u128_to_str(umax, buf + sizeof buf));
    printf("imax=%s\n", i128_to_str(imax, buf + sizeof buf));
    printf("imin=%s\n", i128_to_str(imin, buf + sizeof buf));
    u128 p = 1;
    for (int i = 0; i <= 128; i += 16) {
        u128_hex(p, hx);
        printf("2^%-3d = %s (%s)\n", i, i < 128 ? u128_to_str(p, buf + sizeof buf) : "wrapped", hx);
        p <<= 16;
    }
    const char *inputs[] = {"0", "18446744073709551616", "340282366920938463463374607431768211455",
                            "340282366920938463463374607431768211456", "12345678901234567890123456789", "12x"};
    for (int i = 0; i < 6; i++) {
        u128 v;
        if (parse_u128(inputs[i], &v)) {
            u128_hex(v, hx);
            char *back = u128_to_str(v, buf + sizeof buf);
            printf("parse %s -> %s roundtrip=%d\n", inputs[i], hx, strcmp(back, inputs[i]) == 0);
        } else {
            printf("parse %s -> rejected\n", inputs[i]);
        }
    }
    /* 30! and 34! fit; 35! does not */
    u128 f = 1;
    int n;
    for (n = 1; n <= 40; n++) {
        u128 nf;
        if (__builtin_mul_overflow(f, (u128)n, &nf)) break;
        f = nf;
    }
    printf("largest factorial: %d! = %s\n", n - 1, u128_to_str(f, buf + sizeof buf));
    i128 neg = -(i128)f / 7;
    printf("-%d!/7 = %s rem %s\n", n - 1, i128_to_str(neg, buf + sizeof buf),
           i128_to_str(-(i128)f % 7, hx + sizeof hx));
    return 0;
}
