#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <float.h>
#include <string.h>
#include <stdint.h>

/* Subnormal (denormal) numbers: gradual underflow when repeatedly halving,
   arithmetic among subnormals (exact additions, rounding multiplications),
   double->float conversions producing float subnormals, subnormal *
   power of two back into the normal range, and the bit patterns shown
   with %a and via memcpy. Assumes the default (no flush-to-zero) mode. */

static volatile double dmin = DBL_MIN, dtrue = DBL_TRUE_MIN;
static volatile float fmin_ = FLT_MIN, ftrue = FLT_TRUE_MIN;

int main(void) {
    double x = dmin;
    int steps = 0;
    while (x > 0) { x /= 2; steps++; }
    printf("halvings from DBL_MIN to 0: %d\n", steps);
    float fx = fmin_;
    steps = 0;
    while (fx > 0) { fx /= 2; steps++; }
    printf("halvings from FLT_MIN to 0: %d\n", steps);

    double a = dtrue * 3, b = dtrue * 5;
    printf("3*tmin + 5*tmin = %a (== 8*tmin: %d)\n", a + b, a + b == dtrue * 8);
    printf("tmin*0.5=%a tmin*1.5=%a tmin*2.5=%a (ties to even)\n", dtrue * 0.5, dtrue * 1.5, dtrue * 2.5);
    double sub = dmin / 3;
    printf("DBL_MIN/3=%a *3=%a exact=%d\n", sub, sub * 3, sub * 3 == dmin);
    printf("DBL_MIN/1024*1024=%a\n", dmin / 1024 * 1024);
    printf("subnormal*2^60=%a\n", (dmin / 1000) * 0x1p60);
    volatile double big = 0x1p-140;
    float fsub = (float)big;
    float fsub2 = (float)(big * 1.75);
    uint32_t u;
    memcpy(&u, &fsub, 4);
    printf("(float)2^-140=%a bits=%08x (float)(1.75*2^-140)=%a\n", fsub, u, fsub2);
    volatile double tiny_for_float = 0x1p-150;      /* half of FLT_TRUE_MIN: ties to even -> 0 */
    volatile double tiny2 = 0x1.0000000000001p-150; /* just above half -> FLT_TRUE_MIN */
    printf("(float)2^-150=%a (float)(2^-150+)=%a\n", (float)tiny_for_float, (float)tiny2);
    printf("ftrue*0.75=%a fmin-ftrue=%a\n", (double)(ftrue * 0.75f), (double)(fmin_ - ftrue));
    /* sum of many subnormals is exact (integer multiples of TRUE_MIN) */
    double s = 0;
    for (int i = 1; i <= 1000; i++) s += dtrue * i;
    printf("sum i*tmin (1..1000) = %a == 500500*tmin: %d\n", s, s == dtrue * 500500);
    /* products of subnormal and large values */
    double p = dtrue * 0x1p600 * 0x1p474;
    double q = (dmin / 4) * 0x1p1000;
    printf("tmin*2^600*2^474=%g (dmin/4)*2^1000=%a\n", p, q);
    uint64_t bits;
    double d3 = dtrue * 12345;
    memcpy(&bits, &d3, 8);
    printf("bits of 12345*tmin = %016llx, %%g=%g\n", (unsigned long long)bits, d3);
    return 0;
}
