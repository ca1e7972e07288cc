#include <stdio.h>
#include <math.h>

/* Rounding and remainder functions in the default rounding mode:
   rint/nearbyint/lrint/llrint (ties to even), round/lround/llround
   (ties away from zero), trunc/floor/ceil, and the float variants;
   fmod vs remainder vs remquo (quotient sign and low bits), on halfway
   cases, negative values and large magnitudes. */

static volatile double v[] = {0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4999999999999996, 1e15 + 0.5, -3.7, 4503599627370497.0,
                              0.49999999999999994, -0.0};

int main(void) {
    printf("%-22s %6s %6s %6s %6s %6s %6s %6s %6s\n", "x", "rint", "nbint", "lrint", "round", "lround", "trunc", "floor", "ceil");
    for (unsigned i = 0; i < sizeof v / sizeof *v; i++) {
        double x = v[i];
        printf("%-22.17g %6g %6g %6ld %6g %6ld %6g %6g %6g\n", x, rint(x), nearbyint(x), lrint(x), round(x), lround(x),
               trunc(x), floor(x), ceil(x));
    }
    printf("llrint(1e15+0.5)=%lld llround(-2.5)=%lld llround(4503599627370497)=%lld\n", llrint(v[7]), llround(v[5]),
           llround(v[9]));
    float fv[] = {0.5f, 1.5f, -2.5f, 8388609.0f, 3.4999998f};
    for (int i = 0; i < 5; i++)
        printf("f=%-12.9g rintf=%g roundf=%g lrintf=%ld lroundf=%ld truncf=%g\n", fv[i], rintf(fv[i]), roundf(fv[i]),
               lrintf(fv[i]), lroundf(fv[i]), truncf(fv[i]));

    double pairs[][2] = {{7, 2}, {-7, 2}, {7, -2}, {5.5, 2}, {6.5, 2}, {-6.5, 2}, {10, 3}, {1e17, 3}, {0.3, 0.1}, {-0.0, 1}, {1, 0.125}};
    for (unsigned i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        double a = pairs[i][0], b = pairs[i][1];
        int q;
        double rq = remquo(a, b, &q);
        printf("a=%-6g b=%-6g fmod=%-10.17g remainder=%-10.17g remquo=%-10.17g q=%d\n", a, b, fmod(a, b), remainder(a, b),
               rq, q);
    }
    printf("fmodf(10.5,3)=%g remainderf(10.5,3)=%g\n", fmodf(10.5f, 3.0f), remainderf(10.5f, 3.0f));
    /* reduce angles to (-pi, pi] with remainder */
    double twopi = 2 * 3.14159265358979323846;
    for (int k = -3; k <= 3; k++) {
        double ang = k * 2.5;
        printf("remainder(%g, 2pi)=%.15f\n", ang, remainder(ang, twopi));
    }
    return 0;
}
