#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <stdarg.h>

/* va_arg with long double (passed in memory), long long, __int128 (aligned
   16 in the overflow area), promoted float/char/short, and a mix of them
   interleaved with doubles. */

static long double ld_sum(int n, ...) {
    va_list ap;
    va_start(ap, n);
    long double s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, long double);
    va_end(ap);
    return s;
}

static void show_u128(unsigned __int128 v) {
    char buf[48];
    int i = 47;
    buf[i] = 0;
    do { buf[--i] = '0' + (int)(v % 10); v /= 10; } while (v);
    fputs(buf + i, stdout);
}

/* fmt: L long double, q __int128, d double, f float(promoted), c char, s short, j long long */
static void dump(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    for (const char *p = fmt; *p; p++) {
        switch (*p) {
        case 'L': printf("L=%.21Lg ", va_arg(ap, long double)); break;
        case 'q': { __int128 q = va_arg(ap, __int128); printf("q="); if (q < 0) { putchar('-'); q = -q; } show_u128((unsigned __int128)q); putchar(' '); break; }
        case 'd': printf("d=%.17g ", va_arg(ap, double)); break;
        case 'f': printf("f=%.9g ", va_arg(ap, double)); break;
        case 'c': printf("c=%c ", (char)va_arg(ap, int)); break;
        case 's': printf("s=%d ", (short)va_arg(ap, int)); break;
        case 'j': printf("j=%lld ", va_arg(ap, long long)); break;
        }
    }
    va_end(ap);
    printf("\n");
}

int main(void) {
    long double third = 1.0L / 3.0L;
    printf("ld_sum3=%.21Lg\n", ld_sum(3, third, third, third));
    printf("ld_sum9=%.21Lg\n", ld_sum(9, 1e-20L, 1.0L, 1e-20L, 2.0L, 1e-20L, 3.0L, 1e-20L, 4.0L, 0.5L));
    float f = 1.1f;
    char c = 'Z';
    short s = -31000;
    __int128 big = (__int128)1 << 100;
    dump("Ldfcsj", third, 0.1, f, c, s, -9000000000000000000LL);
    dump("qdqd", big, 2.5, -big - 12345, -0.0);
    dump("dddddddLqLq", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 1e300L * 1e300L, (__int128)-1, -third, big * 3);
    dump("jjjjjjjjq", 1LL, 2LL, 3LL, 4LL, 5LL, 6LL, 7LL, 8LL, (__int128)99999999999999999LL * 1000000000000LL);
    return 0;
}
