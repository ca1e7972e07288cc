#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <complex.h>
#include <math.h>

#define CMPLX(a, b) __builtin_complex((double)(a), (double)(b))
#define CMPLXF(a, b) __builtin_complex((float)(a), (float)(b))

/* Annex G behaviour of complex multiply and divide on infinities, NaNs and
   zeros (the recovery paths inside __muldc3/__divdc3 and __mulsc3), plus
   complex compound assignment with real operands and __builtin_complex construction. */

static void cls(const char *label, double complex z) {
    double r = creal(z), i = cimag(z);
    printf("%-14s re=%s%s im=%s%s\n", label,
           isnan(r) ? "" : signbit(r) ? "-" : "+", isnan(r) ? "nan" : isinf(r) ? "inf" : r == 0 ? "0" : "fin",
           isnan(i) ? "" : signbit(i) ? "-" : "+", isnan(i) ? "nan" : isinf(i) ? "inf" : i == 0 ? "0" : "fin");
}

static double complex mul(double complex a, double complex b) { return a * b; }
static double complex dv(double complex a, double complex b) { return a / b; }
static float complex mulf(float complex a, float complex b) { return a * b; }

int main(void) {
    volatile double inf = INFINITY, nan_ = NAN, zero = 0.0;
    double complex zinf = CMPLX(inf, nan_);   /* an infinity per Annex G */
    double complex one = CMPLX(1.0, 0.0);
    double complex z2 = CMPLX(2.0, -3.0);
    cls("inf*1", mul(zinf, one));
    cls("inf*(2-3i)", mul(zinf, z2));
    cls("(inf,inf)*(0,1)", mul(CMPLX(inf, inf), CMPLX(zero, 1.0)));
    cls("nan*1", mul(CMPLX(nan_, nan_), one));
    cls("(1,2)/(0,0)", dv(CMPLX(1.0, 2.0), CMPLX(zero, zero)));
    cls("(1,2)/inf", dv(CMPLX(1.0, 2.0), CMPLX(inf, zero)));
    cls("inf/(1,1)", dv(CMPLX(inf, zero), CMPLX(1.0, 1.0)));
    cls("0/0", dv(CMPLX(zero, zero), CMPLX(zero, zero)));
    cls("-0*-0", mul(CMPLX(-0.0, -0.0), CMPLX(-0.0, -0.0)));
    cls("f inf*2", mulf(CMPLXF(INFINITY, NAN), CMPLXF(2.0f, 0.0f)));
    double complex big = dv(CMPLX(1e308, 1e308), CMPLX(1e-308, 1e-308));
    cls("huge/tiny", big);
    double complex sm = dv(CMPLX(1e-300, 3e-300), CMPLX(2e-300, -1e-300));
    printf("scaled div: %.15g %+.15gi\n", creal(sm), cimag(sm));
    double complex m = mul(CMPLX(1e200, 1e200), CMPLX(1e-200, -1e-200));
    printf("scaled mul: %.15g %+.15gi\n", creal(m), cimag(m));
    double complex acc = CMPLX(1.0, 1.0);
    acc *= 2.0;
    acc += 0.5;
    acc /= 4.0;
    acc -= I;
    printf("compound: %.4f %+.4fi\n", creal(acc), cimag(acc));
    double r = 3.0;
    double complex mixed = r / CMPLX(0.0, 2.0);
    printf("3/(2i) = %.4f %+.4fi\n", creal(mixed), cimag(mixed));
    printf("isinf(cabs(inf,nan))=%d\n", isinf(cabs(zinf)));
    return 0;
}
