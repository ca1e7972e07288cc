#include <stdio.h>
#include <math.h>

/* Signed zero: printing, arithmetic, copysign, division. */

int main(void) {
    volatile double pz = 0.0;
    double nz = -pz;
    printf("+0=%g -0=%g equal=%d signbit(-0)=%d\n", pz, nz, pz == nz, signbit(nz) != 0);
    printf("%%a: %a %a\n", pz, nz);
    printf("1/+0=%g 1/-0=%g\n", 1.0 / pz, 1.0 / nz);
    printf("-0 + 0 = %g, -0 + -0 = %g, -0 * 5 = %g, -0 * -5 = %g\n", nz + pz, nz + nz, nz * 5, nz * -5);
    printf("0 - 0 = %g, -(0-0) = %g\n", pz - pz, -(pz - pz));
    printf("copysign(3,-0)=%g copysign(-3,+0)=%g fabs(-0)=%g\n", copysign(3, nz), copysign(-3, pz), fabs(nz));
    printf("sqrt(-0)=%g floor(-0.5)=%g ceil(-0.5)=%g round(-0.4)=%g trunc(-0.9)=%g\n", sqrt(nz), floor(-0.5),
           ceil(-0.5), round(-0.4), trunc(-0.9));
    printf("atan2(+0,-1)=%.17g atan2(-0,-1)=%.17g atan2(-0,+1)=%g\n", atan2(pz, -1), atan2(nz, -1), atan2(nz, 1));
    printf("%.3f %.3f %+.2e %+g\n", nz, -0.0001, nz, nz);
    float fz = -0.0f;
    printf("float -0: %g signbit=%d as double %a\n", fz, signbit(fz) != 0, (double)fz);
    /* products of many small negative numbers underflow to signed zero */
    double p = -1e-200;
    for (int i = 0; i < 3; i++) { p *= 1e-200; printf("step %d: %g signbit=%d\n", i, p, signbit(p) != 0); }
    /* ordering of a signed-zero-containing array */
    double arr[] = {0.0, -0.0, 1.0, -1.0, -0.0, 0.0};
    int neg = 0;
    for (int i = 0; i < 6; i++) neg += signbit(arr[i]) != 0;
    printf("negative-signed entries: %d\n", neg);
    return neg == 3 ? 0 : 1;
}
