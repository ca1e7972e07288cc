#include <stdio.h>
#include <float.h>

/* Conversions between __int128 and float/double/long double
   (__floattidf, __floatuntidf, __fixdfti, __fixunsdfti and friends):
   exact powers of two, rounding of values with more than 53 significant
   bits, truncation toward zero, and large in-range doubles. */

typedef __int128 i128;
typedef unsigned __int128 u128;

static void p128(const char *l, i128 v) {
    u128 m = v < 0 ? -(u128)v : (u128)v;
    char buf[48];
    int i = 47;
    buf[i] = 0;
    do { buf[--i] = '0' + (int)(m % 10); m /= 10; } while (m);
    printf("%s=%s%s\n", l, v < 0 ? "-" : "", buf + i);
}

int main(void) {
    for (int e = 0; e < 127; e += 9) {
        i128 v = (i128)1 << e;
        double d = (double)v;
        float f = (float)(-v);
        printf("2^%d -> %.17g f=%.9g back_ok=%d\n", e, d, (double)f, (i128)d == v);
    }
    /* values with many significant bits: rounding to nearest even */
    i128 odd = ((i128)1 << 100) + ((i128)1 << 47) + 1;      /* just above halfway -> round up */
    i128 half = ((i128)1 << 100) + ((i128)1 << 47);         /* exactly halfway -> even (down) */
    i128 half2 = ((i128)1 << 100) + ((i128)3 << 47);        /* halfway, odd below -> up */
    printf("odd  %.17g\nhalf %.17g\nhalf2 %.17g\n", (double)odd, (double)half, (double)half2);
    printf("odd-2^100 as double diff=%.17g\n", (double)odd - 0x1p100);
    u128 um = ~(u128)0;
    printf("umax -> %.17g float %.9g ld %.21Lg\n", (double)um, (double)(float)um, (long double)um);
    u128 u = ((u128)0xFFFFFFFFFFFFF800ULL << 64);
    printf("u -> %.17g\n", (double)u);
    double ds[] = {0.0, -0.99, 1.5, -2.5, 1e20, -1e20, 1.7e38, -1.7e38, 123456789012345678901234567.0, 0x1.fffffffffffffp+126};
    for (unsigned i = 0; i < sizeof ds / sizeof *ds; i++) {
        char l[40];
        snprintf(l, sizeof l, "(i128)%.6g", ds[i]);
        p128(l, (i128)ds[i]);
    }
    u128 ufd = (u128)3.0e38;
    printf("(u128)3e38 hi=%llx lo=%llx\n", (unsigned long long)(ufd >> 64), (unsigned long long)ufd);
    long double ld = 1.0L / 3.0L * 1e30L;
    p128("(i128)(1e30/3 ld)", (i128)ld);
    float fl = 3.0e37f;
    p128("(i128)3e37f", (i128)fl);
    /* mean of a large set using i128 accumulation vs double */
    i128 acc = 0;
    double dacc = 0;
    for (long long i = 1; i <= 1000; i++) {
        i128 v = (i128)i * 1000000000000000000LL * 7;
        acc += v;
        dacc += (double)v;
    }
    p128("acc", acc);
    printf("dacc=%.17g (double)acc=%.17g\n", dacc, (double)acc);
    return 0;
}
