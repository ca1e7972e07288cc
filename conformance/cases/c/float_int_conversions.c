#include <stdio.h>
#include <stdint.h>
#include <math.h>

/* Conversions between floating point and integers, all in range. */

int main(void) {
    double ds[] = {0.0, 0.4, 0.5, 0.6, 1.5, 2.5, -0.5, -1.5, -2.7, 123456.789, -98765.4321, 2147483647.0,
                   -2147483648.0, 4294967295.0, 1e15, -1e15};
    int n = sizeof ds / sizeof ds[0];
    for (int i = 0; i < n; i++) {
        double d = ds[i];
        long long ll = (long long)d;
        printf("%.4f -> ll %lld", d, ll);
        if (d >= -2147483648.0 && d <= 2147483647.0) printf(" int %d", (int)d);
        if (d >= 0 && d < 4294967296.0) printf(" uint %u", (unsigned)d);
        if (d > -129 && d < 128) printf(" i8 %d", (int8_t)d);
        printf(" lround %ld llrint %lld\n", lround(d), llrint(d));
    }
    uint64_t us[] = {0, 1, 12345, 0x7FFFFFFFFFFFFFFFull, 0x8000000000000000ull, 0xFFFFFFFFFFFFFFFFull,
                     9007199254740993ull};
    for (int i = 0; i < 7; i++)
        printf("u64 %llu -> double %.17g float %.9g\n", (unsigned long long)us[i], (double)us[i], (float)us[i]);
    int64_t ss[] = {-1, -9007199254740993LL, INT64_MIN, 16777217};
    for (int i = 0; i < 4; i++)
        printf("i64 %lld -> double %.17g float %.9g\n", (long long)ss[i], (double)ss[i], (float)ss[i]);
    double big = 18446744073709549568.0; /* largest double below 2^64 */
    printf("double -> u64: %llu\n", (unsigned long long)(uint64_t)big);
    printf("double 9.99e18 -> u64: %llu\n", (unsigned long long)(uint64_t)9.99e18);
    float f = 16777216.0f;
    printf("float 2^24 + 1 = %.1f\n", f + 1.0f);
    unsigned char uc = 200; short sh = -300;
    printf("uchar->float %.1f short->double %.1f\n", (float)uc, (double)sh);
    /* vectorisable conversion loops */
    int iv[256]; float fv[256]; double dv[256];
    for (int i = 0; i < 256; i++) iv[i] = (i - 128) * 37;
    for (int i = 0; i < 256; i++) fv[i] = (float)iv[i] * 0.25f;
    for (int i = 0; i < 256; i++) dv[i] = (double)fv[i] + 0.125;
    long long back = 0;
    for (int i = 0; i < 256; i++) back += (long long)(dv[i] * 8.0);
    unsigned ub = 0;
    for (int i = 0; i < 256; i++) ub += (unsigned)(fv[i] + 2000.0f);
    printf("roundtrip sum=%lld unsigned sum=%u\n", back, ub);
    return 0;
}
