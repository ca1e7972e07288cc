#include <stdio.h>
#include <complex.h>
#include <math.h>

/* C99 _Complex double arithmetic: products, division, polar form, roots of unity, Mandelbrot. */

static void pc(const char *label, double complex z) { printf("%-10s = (%.6f, %.6f)\n", label, creal(z), cimag(z)); }

int main(void) {
    double complex a = 3.0 + 4.0 * I, b = 1.0 - 2.0 * I;
    pc("a", a);
    pc("b", b);
    pc("a+b", a + b);
    pc("a*b", a * b);
    pc("a/b", a / b);
    pc("conj(a)", conj(a));
    printf("|a|=%.6f arg(a)=%.6f\n", cabs(a), carg(a));
    pc("csqrt(-4)", csqrt(-4.0 + 0.0 * I));
    pc("cexp(i*pi)", cexp(I * M_PI));
    double complex sum = 0;
    for (int k = 0; k < 7; k++) {
        double complex w = cexp(2.0 * M_PI * I * k / 7);
        sum += w;
    }
    printf("sum of 7th roots of unity ~ 0: %d\n", cabs(sum) < 1e-12);
    int rows = 0;
    for (double y = -1.2; y <= 1.2; y += 0.2, rows++) {
        for (double x = -2.0; x <= 0.6; x += 0.08) {
            double complex z = 0, c = x + y * I;
            int it = 0;
            while (it < 50 && creal(z) * creal(z) + cimag(z) * cimag(z) <= 4) { z = z * z + c; it++; }
            putchar(it == 50 ? '#' : it > 10 ? '+' : '.');
        }
        putchar('\n');
    }
    float complex fz = 1.5f + 2.5f * I;
    fz *= fz;
    printf("float complex square=(%g, %g) sizeof=%zu\n", crealf(fz), cimagf(fz), sizeof fz);
    return rows > 0 ? 0 : 1;
}
