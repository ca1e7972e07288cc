#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <complex.h>
#include <math.h>
#include <stdlib.h>

/* Durand-Kerner simultaneous root finding for monic polynomials with
   _Complex double; roots are sorted and printed rounded to 6 digits. */

static double complex peval(const double *c, int n, double complex z) {
    double complex r = 1; /* monic */
    for (int i = n - 1; i >= 0; i--) r = r * z + c[i];
    return r;
}

static int cmpz(const void *pa, const void *pb) {
    double complex a = *(const double complex *)pa, b = *(const double complex *)pb;
    double ra = round(creal(a) * 1e6), rb = round(creal(b) * 1e6);
    if (ra != rb) return ra < rb ? -1 : 1;
    double ia = round(cimag(a) * 1e6), ib = round(cimag(b) * 1e6);
    return (ia > ib) - (ia < ib);
}

/* c[i] is coefficient of z^i for i<n; leading coefficient 1 */
static int roots(const double *c, int n, double complex *z) {
    double complex seed = 0.4 + 0.9 * I;
    z[0] = 1;
    for (int i = 1; i < n; i++) z[i] = z[i - 1] * seed;
    int it;
    for (it = 0; it < 500; it++) {
        double delta = 0;
        for (int i = 0; i < n; i++) {
            double complex den = 1;
            for (int j = 0; j < n; j++) if (j != i) den *= z[i] - z[j];
            double complex step = peval(c, n, z[i]) / den;
            z[i] -= step;
            delta += cabs(step);
        }
        if (delta < 1e-14) break;
    }
    qsort(z, n, sizeof *z, cmpz);
    return it;
}

static void report(const char *name, const double *c, int n) {
    double complex z[8];
    int it = roots(c, n, z);
    printf("%s (converged:%s)\n", name, it < 500 ? "yes" : "no");
    for (int i = 0; i < n; i++) {
        double re = round(creal(z[i]) * 1e6) / 1e6, im = round(cimag(z[i]) * 1e6) / 1e6;
        if (re == 0) re = 0; /* fold -0 */
        if (im == 0) im = 0;
        printf("  %+.6f %+.6fi\n", re, im);
    }
}

int main(void) {
    double p1[] = {-6, 11, -6};        /* (z-1)(z-2)(z-3) */
    double p2[] = {1, 0, 0, 0};        /* z^4 + 1 */
    double p3[] = {-1, 0, 0, 0, 0};    /* z^5 - 1 */
    double p4[] = {4, 0, 5, 0};        /* z^4 + 5z^2 + 4 = (z^2+1)(z^2+4) */
    double p5[] = {-24, 50, -35, 10};  /* (z-1)(z-2)(z-3)(z-4) */
    report("cubic", p1, 3);
    report("z^4+1", p2, 4);
    report("z^5-1", p3, 5);
    report("biquad", p4, 4);
    report("quartic", p5, 4);
    return 0;
}
