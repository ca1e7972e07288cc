#include <stdio.h>
#include <math.h>

/* Printing floating point values in many formats. */

int main(void) {
    double vals[] = {0.0, 1.0, -1.5, 0.1, 1e-5, 123456.789, 1e21, 6.02214076e23, 1.0 / 3, M_PI, 5e-324, 1e308};
    int n = sizeof vals / sizeof vals[0];
    for (int i = 0; i < n; i++) {
        double v = vals[i];
        printf("%%g=%-14g %%e=%-16e %%.17g=%-25.17g %%a=%s\n", v, v, v, "");
        printf("   %%a=%a %%A=%A %%.3a=%.3a %%f=%.2f\n", v, v, v, v < 1e20 ? v : 0.0);
    }
    printf("[%10.3f] [%-10.3f] [%+10.3f] [%010.3f] [% .3f]\n", M_E, M_E, M_E, M_E, M_E);
    printf("[%10.3e] [%-12.2E] [%G] [%#g] [%#.0f]\n", 12345.678, 12345.678, 1e-10, 2.0, 3.0);
    printf("[%.0f] [%.0f] [%.0f] [%.0f] (round-half-even)\n", 0.5, 1.5, 2.5, 3.5);
    printf("[%*.*f] [%-*.*e]\n", 12, 4, 2.0 / 3, 14, 3, -2.0 / 3);
    float f = 1.1f;
    printf("float 1.1f: %.10f %a\n", f, f);
    for (int e = -8; e <= 8; e += 4) printf("1.25e%d: %g %e %f\n", e, 1.25 * pow(10, e), 1.25 * pow(10, e), 1.25 * pow(10, e));
    printf("inf=%f -inf=%e nan=%g INF=%F\n", INFINITY, -INFINITY, fabs(NAN), INFINITY);
    printf("%.30f\n", 0.1);
    printf("%.20e\n", 1.0 / 7);
    return 0;
}
