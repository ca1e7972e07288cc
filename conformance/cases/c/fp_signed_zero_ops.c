#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <math.h>

/* Signed zeros produced and consumed by arithmetic in float, double and
   long double: x - x, -x + 0, products and quotients underflowing to -0,
   rounding functions returning -0, sqrt(-0), fmin/fmax, atan2 quadrant
   selection, and 1/x to reveal the sign. */

#define SGN(x) (signbit(x) ? '-' : '+')

static volatile double pz = 0.0, one = 1.0, tiny = 1e-300;
static volatile float fpz = 0.0f, fone = 1.0f;
static volatile long double lpz = 0.0L;

int main(void) {
    double nz = -pz;
    double r[] = {pz - pz, nz - nz, nz + pz, nz + nz, nz - pz, pz * -one, nz * nz, nz / one, -tiny * tiny,
                  tiny * -tiny / 1e10, ceil(-0.5), round(-0.4), trunc(-0.9), rint(-0.2), sqrt(nz), fmod(-4.0, 2.0),
                  nz * 0.0, -(pz - pz)};
    const char *names[] = {"0-0", "-0-(-0)", "-0+0", "-0+-0", "-0-0", "0*-1", "-0*-0", "-0/1", "-tiny*tiny",
                           "tiny*-tiny/1e10", "ceil(-0.5)", "round(-0.4)", "trunc(-0.9)", "rint(-0.2)", "sqrt(-0)",
                           "fmod(-4,2)", "-0*0", "-(0-0)"};
    for (unsigned i = 0; i < sizeof r / sizeof *r; i++)
        printf("%-16s = %c0 (1/x=%g)\n", names[i], SGN(r[i]), one / r[i]);
    printf("fmin(0,-0)=%c fmax(-0,0)=%c\n", SGN(fmin(pz, nz)), SGN(fmax(nz, pz)));
    printf("atan2(0,-1)=%.17g atan2(-0,-1)=%.17g atan2(-0,0)=%g atan2(0,-0)=%.17g\n", atan2(pz, -one), atan2(nz, -one),
           atan2(nz, pz), atan2(pz, nz));
    float fnz = -fpz;
    float fr[] = {fpz - fpz, fnz * fone, fnz + fpz, -1e-30f * 1e-30f, truncf(-0.3f), fnz / -fone};
    for (unsigned i = 0; i < sizeof fr / sizeof *fr; i++) printf("float[%u]=%c0 ", i, SGN(fr[i]));
    printf("\n");
    long double lnz = -lpz;
    long double lr[] = {lpz - lpz, lnz + lnz, lnz * 5.0L, -1e-4000L * 1e-4000L, floorl(-0.0L * lpz), lnz - lpz};
    for (unsigned i = 0; i < sizeof lr / sizeof *lr; i++) printf("ldouble[%u]=%c0 ", i, SGN(lr[i]));
    printf("\n");
    /* sum of a list where the sign of zero depends on the terms */
    double terms[] = {-0.0, -0.0, -0.0};
    double s = -0.0;
    for (int i = 0; i < 3; i++) s += terms[i];
    double s2 = 0.0;
    for (int i = 0; i < 3; i++) s2 += terms[i];
    printf("sum from -0: %c0, sum from +0: %c0, zeros compare equal: %d\n", SGN(s), SGN(s2), s == s2);
    printf("printf: %g %f %e %a\n", nz, nz, nz, nz);
    return 0;
}
