#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <math.h>
#include <float.h>

/* Exact-result libm functions: fma/fmaf (single rounding, shown by
   computing the rounding error of a product), nextafter/nextafterf/
   nexttoward, frexp/ldexp/modf/scalbn/ilogb/logb, and error-free
   transformations (TwoProduct via fma, TwoSum) used for a compensated
   dot product. */

static volatile double vin[] = {0.1, 3.0, 1e16, 1.0000000000000002, -7.25, 6.02214076e23, 5e-324, 1e308};

static double two_prod_err(double a, double b) { double p = a * b; return fma(a, b, -p); }

static double dot_compensated(const double *x, const double *y, int n) {
    double s = 0, c = 0;
    for (int i = 0; i < n; i++) {
        double p = x[i] * y[i];
        double pe = fma(x[i], y[i], -p);
        double t = s + p;
        double z = t - s;
        double se = (s - (t - z)) + (p - z);
        s = t;
        c += pe + se;
    }
    return s + c;
}

int main(void) {
    for (int i = 0; i < 4; i++) {
        double a = vin[i], b = vin[(i + 1) % 8];
        printf("a=%.17g b=%.17g a*b=%.17g err=%.17g fma(a,b,1)=%.17g\n", a, b, a * b, two_prod_err(a, b), fma(a, b, 1.0));
    }
    float fa = 16777217.0f / 3.0f, fb = 3.0f;
    printf("fmaf: %.9g vs plain %.9g\n", fmaf(fa, fb, -16777216.0f), fa * fb - 16777216.0f);
    printf("fma(inf,0,1) isnan=%d fma(1e308,10,-1e308)=%g\n", isnan(fma(INFINITY, 0.0 * vin[1], 1.0)) != 0, fma(vin[7], 10.0, -vin[7]));

    double x = 1.0;
    printf("nextafter(1,2)-1=%.17g nextafter(1,0)=%.17g\n", nextafter(x, 2.0) - 1.0, nextafter(x, 0.0));
    printf("nextafter(0,1)=%g nextafter(0,-1)=%g nextafter(DBL_MAX,inf)=%g\n", nextafter(0.0, 1.0), nextafter(0.0, -1.0),
           nextafter(DBL_MAX, INFINITY));
    printf("nextafterf(1,2)=%.9g nexttoward(1.0,2.0L)=%.17g nexttowardf(0,1)=%g\n", nextafterf(1.0f, 2.0f),
           nexttoward(1.0, 2.0L), nexttowardf(0.0f, 1.0L));
    int steps = 0;
    for (double y = 1.0; y < 1.0 + 64 * DBL_EPSILON; y = nextafter(y, 2.0)) steps++;
    printf("ulps between 1 and 1+64eps: %d\n", steps);

    for (int i = 0; i < 8; i++) {
        int e;
        double m = frexp(vin[i], &e);
        double ip, fp = modf(vin[i], &ip);
        printf("v=%-24.17g frexp=%.17g*2^%-5d ldexp_ok=%d ilogb=%-5d logb=%-6g modf=(%g,%.17g)\n", vin[i], m, e,
               ldexp(m, e) == vin[i], ilogb(vin[i]), logb(vin[i]), ip, fp);
    }
    printf("scalbn(1,-1074)=%g scalbn(1,1024)=%g scalbn(3,-2)=%g\n", scalbn(1.0, -1074), scalbn(1.0, 1024), scalbn(3.0, -2));
    double xs[64], ys[64];
    for (int i = 0; i < 64; i++) {
        xs[i] = (i % 2 ? 1e16 : 1.0) * (i + 1) / 7.0;
        ys[i] = (i % 3 ? -1.0 : 1.0) / (i + 3.0);
    }
    double naive = 0;
    for (int i = 0; i < 64; i++) naive += xs[i] * ys[i];
    printf("dot naive=%.17g compensated=%.17g\n", naive, dot_compensated(xs, ys, 64));
    return 0;
}
