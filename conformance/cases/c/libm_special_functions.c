#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <math.h>

/* Less common libm functions evaluated at run-time inputs: cbrt, expm1,
   log1p (accuracy near zero vs the naive formulas), erf/erfc, tgamma and
   lgamma (with the sign in signgam), hypot, asinh/acosh/atanh, exp2,
   log2, and their float versions. Output is printed with full precision;
   the same libm computes both the native and the interpreted values. */

static volatile double xs[] = {1e-10, 1e-5, 0.5, 1.0, 2.5, 10.0, -0.75, 27.0, 100.0};

int main(void) {
    for (unsigned i = 0; i < sizeof xs / sizeof *xs; i++) {
        double x = xs[i];
        printf("x=%-6g cbrt=%.17g expm1=%.17g naive=%.17g log1p=%.17g naive=%.17g\n", x, cbrt(x), expm1(x), exp(x) - 1,
               log1p(x), log(1 + x));
    }
    for (int i = -6; i <= 6; i++) {
        double x = i * 0.5;
        printf("x=%-4g erf=%.17g erfc=%.17g\n", x, erf(x), erfc(x));
    }
    double g[] = {0.5, 1, 1.5, 5, 10.5, 20, 170.5, -0.5, -2.5};
    for (unsigned i = 0; i < sizeof g / sizeof *g; i++) {
        volatile double x = g[i];
        double lg = lgamma(x);
        int sg = signgam;
        printf("x=%-6g tgamma=%.17g lgamma=%.17g signgam=%d\n", x, tgamma(x), lg, sg);
    }
    volatile double big = 1e300, small = 3e-300;
    printf("hypot(3,4)=%.17g hypot(1e300,1e300)=%.17g hypot(3e-300,4e-300)=%.17g\n", hypot(3.0, 4.0), hypot(big, big),
           hypot(small, small * 4 / 3));
    for (int i = 1; i <= 4; i++) {
        volatile double x = i * 0.2;
        printf("x=%.1f asinh=%.17g acosh(1+x)=%.17g atanh=%.17g exp2=%.17g log2=%.17g\n", x, asinh(x), acosh(1 + x),
               atanh(x), exp2(x * 10), log2(x));
    }
    volatile float f = 0.3f;
    printf("float: cbrtf=%.9g expm1f=%.9g log1pf=%.9g erff=%.9g tgammaf=%.9g hypotf=%.9g\n", cbrtf(f), expm1f(f), log1pf(f),
           erff(f), tgammaf(f), hypotf(f, 0.4f));
    return 0;
}
