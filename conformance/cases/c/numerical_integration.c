#include <stdio.h>
#include <math.h>

/* Trapezoid, Simpson and Runge-Kutta integration. */

typedef double (*fn)(double);

static double sq(double x) { return x * x; }
static double inv(double x) { return 1.0 / x; }
static double gauss(double x) { return exp(-x * x); }

static double trapezoid(fn f, double a, double b, int n) {
    double h = (b - a) / n, s = 0.5 * (f(a) + f(b));
    for (int i = 1; i < n; i++) s += f(a + i * h);
    return s * h;
}

static double simpson(fn f, double a, double b, int n) {
    double h = (b - a) / n, s = f(a) + f(b);
    for (int i = 1; i < n; i++) s += f(a + i * h) * (i % 2 ? 4 : 2);
    return s * h / 3;
}

/* dy/dt = -2ty, y(0)=1 -> y = exp(-t^2) */
static double deriv(double t, double y) { return -2 * t * y; }

static double rk4(double t0, double y0, double t1, int steps) {
    double h = (t1 - t0) / steps, t = t0, y = y0;
    for (int i = 0; i < steps; i++) {
        double k1 = deriv(t, y);
        double k2 = deriv(t + h / 2, y + h / 2 * k1);
        double k3 = deriv(t + h / 2, y + h / 2 * k2);
        double k4 = deriv(t + h, y + h * k3);
        y += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
        t += h;
    }
    return y;
}

int main(void) {
    struct { const char *name; fn f; double a, b, exact; } cases[] = {
        {"x^2 on [0,3]", sq, 0, 3, 9},
        {"1/x on [1,e]", inv, 1, M_E, 1},
        {"exp(-x^2) on [0,2]", gauss, 0, 2, 0.88208139076242168},
        {"sin on [0,pi]", sin, 0, M_PI, 2},
    };
    for (int i = 0; i < 4; i++) {
        for (int n = 4; n <= 256; n *= 4) {
            double t = trapezoid(cases[i].f, cases[i].a, cases[i].b, n);
            double s = simpson(cases[i].f, cases[i].a, cases[i].b, n);
            printf("%-20s n=%3d trap=%.12f simp=%.12f err=%.3e/%.3e\n", cases[i].name, n, t, s,
                   fabs(t - cases[i].exact), fabs(s - cases[i].exact));
        }
    }
    for (int steps = 10; steps <= 1000; steps *= 10) {
        double y = rk4(0, 1, 1.5, steps);
        printf("rk4 steps=%4d y(1.5)=%.15f exact=%.15f\n", steps, y, exp(-2.25));
    }
    return 0;
}
