#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <complex.h>
#include <math.h>

/* _Complex double arithmetic: products and quotients (runtime helpers
   __muldc3/__divdc3), conj, cabs, carg, cexp, clog, csqrt, cpow, and
   complex values passed/returned by value and stored in arrays. */

static void show(const char *label, double complex z) {
    printf("%-10s %+.12f %+.12fi\n", label, creal(z), cimag(z));
}

static double complex horner(const double complex *c, int n, double complex z) {
    double complex r = 0;
    for (int i = n - 1; i >= 0; i--) r = r * z + c[i];
    return r;
}

static double complex mobius(double complex a, double complex b, double complex c, double complex d, double complex z) {
    return (a * z + b) / (c * z + d);
}

int main(void) {
    double complex a = 3.0 + 4.0 * I, b = 1.0 - 2.0 * I;
    show("a", a);
    show("b", b);
    show("a+b", a + b);
    show("a-b", a - b);
    show("a*b", a * b);
    show("a/b", a / b);
    show("conj(a)", conj(a));
    show("a*conj(a)", a * conj(a));
    printf("cabs(a)=%.15g carg(a)=%.15g carg(b)=%.15g\n", cabs(a), carg(a), carg(b));
    show("cexp(i*pi)", cexp(I * M_PI));
    show("clog(a)", clog(a));
    show("csqrt(-4)", csqrt(-4.0 + 0.0 * I));
    show("csqrt(b)", csqrt(b));
    show("cpow(i,2)", cpow(I, 2.0));
    show("1/(0+1e-300i)", 1.0 / (0.0 + 1e-300 * I));
    show("big/big", (1e300 + 1e300 * I) / (1e300 - 1e300 * I));

    double complex coeff[4] = {1.0, -2.0 + 1.0 * I, 0.5 * I, 2.0};
    for (int k = 0; k < 4; k++) {
        double complex z = cexp(I * (M_PI / 2) * k);
        char label[16];
        snprintf(label, sizeof label, "p(i^%d)", k);
        show(label, horner(coeff, 4, z));
    }
    double complex z = 0.5 + 0.25 * I;
    for (int i = 0; i < 4; i++) {
        z = mobius(1.0 + I, 2.0, -1.0 * I, 1.0 - I, z);
        show("mobius", z);
    }
    /* roots of unity: product of all nontrivial 7th roots should be 1 */
    double complex prod = 1;
    double complex sum = 0;
    for (int k = 0; k < 7; k++) {
        double complex w = cexp(2.0 * M_PI * I * k / 7.0);
        sum += w;
        if (k) prod *= w;
    }
    printf("roots sum |.|<1e-14: %d prod=%.12f%+.12fi\n", cabs(sum) < 1e-14, creal(prod), cimag(prod));
    return 0;
}
