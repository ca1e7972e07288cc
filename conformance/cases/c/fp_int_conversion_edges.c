#include <stdio.h>
#include <stdint.h>
#include <float.h>

/* Float/double to integer conversions at the edges of each target's
   range, using only in-range values: the largest float below 2^31 and
   2^63, -2^31 and -2^63 exactly, doubles just below 2^32 and 2^64 for
   unsigned targets (special code sequences on x86 for values >= 2^63),
   truncation of fractional values near the limits, and small types via
   int. Also integer -> float conversions of the extremes. */

static volatile double dv[] = {2147483647.0, 2147483647.9, -2147483648.0, -2147483648.9, 4294967295.0, 4294967295.99,
                               9223372036854774784.0, -9223372036854775808.0, 18446744073709549568.0, 9223372036854775808.0,
                               12345678901234567890.0, 0.99999999999999989};
static volatile float fv[] = {2147483520.0f, -2147483648.0f, 4294967040.0f, 9223371487098961920.0f,
                              -9223372036854775808.0f, 18446742974197923840.0f, 16777216.0f, 0.999999940f};

int main(void) {
    for (unsigned i = 0; i < sizeof dv / sizeof *dv; i++) {
        double d = dv[i];
        printf("d=%-24.17g", d);
        if (d > -2147483649.0 && d < 2147483648.0) printf(" i32=%d", (int32_t)d);
        if (d > -1.0 && d < 4294967296.0) printf(" u32=%u", (uint32_t)d);
        if (d >= -9223372036854775808.0 && d < 9223372036854775808.0) printf(" i64=%lld", (long long)(int64_t)d);
        if (d > -1.0 && d < 18446744073709551616.0) printf(" u64=%llu", (unsigned long long)(uint64_t)d);
        printf("\n");
    }
    for (unsigned i = 0; i < sizeof fv / sizeof *fv; i++) {
        float f = fv[i];
        printf("f=%-22.9g", f);
        if (f >= -2147483648.0f && f < 2147483648.0f) printf(" i32=%d", (int32_t)f);
        if (f > -1.0f && f < 4294967296.0f) printf(" u32=%u", (uint32_t)f);
        if (f >= -9223372036854775808.0f && f < 9223372036854775808.0f) printf(" i64=%lld", (long long)(int64_t)f);
        if (f > -1.0f && f < 18446744073709551616.0f) printf(" u64=%llu", (unsigned long long)(uint64_t)f);
        printf("\n");
    }
    volatile double s8[] = {127.99, -128.99, 255.5, -0.99, 65535.75, -32768.5};
    for (int i = 0; i < 6; i++) {
        double d = s8[i];
        printf("d=%g", d);
        if (d > -129 && d < 128) printf(" i8=%d", (int8_t)d);
        if (d > -1 && d < 256) printf(" u8=%u", (uint8_t)d);
        if (d > -32769 && d < 32768) printf(" i16=%d", (int16_t)d);
        if (d > -1 && d < 65536) printf(" u16=%u", (uint16_t)d);
        printf("\n");
    }
    volatile int64_t imax = INT64_MAX, imin = INT64_MIN;
    volatile uint64_t umax = UINT64_MAX, uhigh = 0x8000000000000401ULL;
    volatile int32_t i32max = INT32_MAX;
    volatile uint32_t u32max = UINT32_MAX;
    printf("(double)INT64_MAX=%.17g (float)=%.9g\n", (double)imax, (double)(float)imax);
    printf("(double)INT64_MIN=%.17g (float)=%.9g\n", (double)imin, (double)(float)imin);
    printf("(double)UINT64_MAX=%.17g (float)=%.9g\n", (double)umax, (double)(float)umax);
    printf("(double)0x8000000000000401=%.17g (float)=%.9g\n", (double)uhigh, (double)(float)uhigh);
    printf("(float)INT32_MAX=%.9g (float)UINT32_MAX=%.9g (double)UINT32_MAX=%.17g\n", (double)(float)i32max,
           (double)(float)u32max, (double)u32max);
    /* bool conversions */
    volatile double half = 0.5, nzero = -0.0;
    printf("(bool)0.5=%d (bool)-0.0=%d (bool)NaN-free tiny=%d\n", (_Bool)half, (_Bool)nzero, (_Bool)(DBL_TRUE_MIN * half * 2));
    return 0;
}
