#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <stdarg.h>

/* Variadic functions receiving more integer arguments than there are integer
   registers (6) and more doubles than SSE registers (8), so va_arg must walk
   from the register save area into the overflow (stack) area, and mixed
   int/double sequences interleave the two. */

static long weighted_ints(int count, ...) {
    va_list ap;
    va_start(ap, count);
    long acc = 0;
    for (int i = 0; i < count; i++) {
        int v = va_arg(ap, int);
        acc = acc * 3 + v;
    }
    va_end(ap);
    return acc;
}

static double poly_doubles(int count, ...) {
    va_list ap;
    va_start(ap, count);
    double acc = 0.0;
    for (int i = 0; i < count; i++) {
        double c = va_arg(ap, double);
        acc = acc * 0.5 + c; /* exact: powers of two and small values */
    }
    va_end(ap);
    return acc;
}

/* fmt: 'i' int, 'l' long, 'd' double, 'u' unsigned long long */
static void mixed(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    unsigned long isum = 0;
    double dsum = 0.0;
    int pos = 0;
    for (const char *p = fmt; *p; p++, pos++) {
        switch (*p) {
        case 'i': { int v = va_arg(ap, int); isum += (unsigned long)v * (pos + 1); break; }
        case 'l': { long v = va_arg(ap, long); isum ^= v; break; }
        case 'u': { unsigned long long v = va_arg(ap, unsigned long long); isum += v >> 32; break; }
        case 'd': { double v = va_arg(ap, double); dsum = dsum * 2.0 + v; break; }
        }
    }
    va_end(ap);
    printf("mixed(%s): isum=%lu dsum=%.6f\n", fmt, isum, dsum);
}

/* Named args consume some registers before the variadic part starts. */
static double after_named(int a, double b, long c, double d, int e, ...) {
    va_list ap;
    va_start(ap, e);
    double total = a + b + c + d;
    for (int i = 0; i < e; i++) {
        if (i % 2 == 0) total += va_arg(ap, int);
        else total += va_arg(ap, double);
    }
    va_end(ap);
    return total;
}

int main(void) {
    printf("ints3=%ld\n", weighted_ints(3, 1, 2, 3));
    printf("ints10=%ld\n", weighted_ints(10, 1, -2, 3, -4, 5, -6, 7, -8, 9, -10));
    printf("ints16=%ld\n", weighted_ints(16, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987));
    printf("dbl4=%.10f\n", poly_doubles(4, 1.0, 2.0, 3.0, 4.0));
    printf("dbl12=%.10f\n", poly_doubles(12, 1.0, 0.5, 0.25, 2.0, 4.0, 8.0, -1.0, -2.0, 3.5, 7.25, 9.0, 10.0));
    printf("dbl20=%.10f\n", poly_doubles(20, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0,
                                        11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0));
    mixed("idid", 1, 1.5, 2, 2.5);
    mixed("iiiiiiiiii", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    mixed("dddddddddddd", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0);
    mixed("ilduilidildudi", 7, 0x1234567890L, 0.125, 0xABCDEF0012345678ULL, 9, 0xFFL, 3, 0.75,
          11, -1L, -0.5, 0x100000000ULL, 0.0625, 13);
    mixed("dididididididididid", 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5, 9, 9.5);
    printf("after_named=%.4f\n", after_named(1, 2.5, 3L, 4.25, 8, 10, 0.5, 20, 0.25, 30, 0.125, 40, 0.0625));
    printf("after_named0=%.4f\n", after_named(-1, -2.5, -3L, -4.25, 0));
    return 0;
}
