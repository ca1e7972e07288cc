#include <stdio.h>
#include <math.h>

/* Newton iterations, bisection and fixed-point solvers. */

static double newton_sqrt(double a, int *iters) {
    double x = a > 1 ? a : 1;
    *iters = 0;
    for (;;) {
        double nx = 0.5 * (x + a / x);
        (*iters)++;
        if (fabs(nx - x) <= 1e-15 * nx || *iters > 100) return nx;
        x = nx;
    }
}

static double f(double x) { return x * x * x - 2 * x - 5; }
static double df(double x) { return 3 * x * x - 2; }

static double bisect(double lo, double hi, int steps) {
    for (int i = 0; i < steps; i++) {
        double mid = (lo + hi) / 2;
        if ((f(lo) < 0) == (f(mid) < 0)) lo = mid; else hi = mid;
    }
    return (lo + hi) / 2;
}

static double nth_root(double a, int n) {
    double x = 1;
    for (int i = 0; i < 200; i++) {
        double xp = 1;
        for (int k = 0; k < n - 1; k++) xp *= x;
        double nx = ((n - 1) * x + a / xp) / n;
        if (nx == x) break;
        x = nx;
    }
    return x;
}

int main(void) {
    double tests[] = {2, 3, 10, 0.25, 1e6, 12345.6789, 1e-4};
    int total_iters = 0;
    for (int i = 0; i < 7; i++) {
        int it;
        double r = newton_sqrt(tests[i], &it);
        total_iters += it;
        printf("sqrt(%g) = %.15g (libm %.15g) iters=%d rel.err<1e-14: %d\n", tests[i], r, sqrt(tests[i]), it,
               fabs(r - sqrt(tests[i])) < 1e-14 * sqrt(tests[i]));
    }
    double x = 2;
    for (int i = 0; i < 6; i++) { x = x - f(x) / df(x); printf("newton step %d: %.15f\n", i, x); }
    printf("bisect: %.12f\n", bisect(2, 3, 40));
    for (int n = 2; n <= 6; n++) printf("%d-th root of 1000: %.12f\n", n, nth_root(1000, n));
    /* fixed point of cos */
    double c = 1;
    int k = 0;
    while (fabs(cos(c) - c) > 1e-12 && k < 1000) { c = cos(c); k++; }
    printf("dottie number %.10f after %d iterations\n", c, k);
    return total_iters > 100 ? 1 : 0;
}
