#include <stdio.h>
#include <stdint.h>
#include <limits.h>

/* Conversions between long double and every integer width (signed and
   unsigned, including values that need all 64 mantissa bits), float, double
   and __int128; truncation toward zero and rounding on narrowing. */

int main(void) {
    long long lls[] = {0, 1, -1, 123456789012345678LL, LLONG_MAX, LLONG_MIN, -9007199254740993LL};
    for (unsigned i = 0; i < sizeof lls / sizeof *lls; i++) {
        long double ld = (long double)lls[i];
        long long back = (long long)ld;
        double viad = (double)ld;
        printf("ll %20lld -> %.1Lf back %d viadouble %.1f\n", lls[i], ld, back == lls[i], viad);
    }
    unsigned long long ulls[] = {0, 18446744073709551615ULL, 9223372036854775808ULL, 12345678901234567891ULL};
    for (unsigned i = 0; i < sizeof ulls / sizeof *ulls; i++) {
        long double ld = (long double)ulls[i];
        unsigned long long back = (unsigned long long)ld;
        printf("ull %20llu -> %.1Lf back %d\n", ulls[i], ld, back == ulls[i]);
    }
    long double fr[] = {2.5L, -2.5L, 2.9999999999999999L, -7.75L, 1e18L + 0.5L, 255.99L, -128.5L};
    for (unsigned i = 0; i < sizeof fr / sizeof *fr; i++) {
        long double x = fr[i];
        printf("%Lg: int=%d long=%ld short=%d schar=%d uchar=%u\n", x, (x < 2e9L && x > -2e9L) ? (int)x : -1, (long)x,
               (short)(x / 1e15L), (signed char)(x > 127 || x < -128 ? 0 : x), (unsigned char)(x < 0 || x > 255 ? 0 : x));
    }
    /* narrowing to double/float rounds to nearest */
    long double third = 1.0L / 3.0L;
    double d = (double)third;
    float f = (float)third;
    printf("third ld=%.21Lf d=%.21f f=%.21f\n", third, d, (double)f);
    printf("ld-d=%.5Le d-f=%.5e\n", third - d, d - f);
    long double tie = 1.0L + 0x1p-53L; /* halfway between two doubles: ties-to-even -> 1.0 */
    long double tie2 = 1.0L + 3 * 0x1p-53L; /* rounds up */
    printf("tie->%.17g tie2->%.17g\n", (double)tie, (double)tie2);
    /* __int128 round trip */
    __int128 q = (__int128)1 << 70;
    long double lq = (long double)q;
    printf("2^70=%.0Lf back_ok=%d\n", lq, (__int128)lq == q);
    unsigned __int128 uq = ((unsigned __int128)0xFFFFFFFFFFFFFFFFULL << 64);
    long double luq = (long double)uq;
    printf("uq=%.6Le\n", luq);
    /* bool and char */
    long double zero = 0.0L, tiny = 1e-4000L;
    printf("bool(0)=%d bool(tiny)=%d\n", (_Bool)zero, (_Bool)tiny);
    printf("char from 65.9L=%c\n", (char)65.9L);
    /* int -> ld -> int for all shorts stride */
    int bad = 0;
    for (int i = SHRT_MIN; i <= SHRT_MAX; i += 7) {
        long double v = i;
        v = v * 3.0L / 3.0L;
        if ((short)v != i) bad++;
    }
    printf("short roundtrip bad=%d\n", bad);
    return bad;
}
