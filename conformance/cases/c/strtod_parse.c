#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

/* strtod/strtof/atof on decimal, exponent, hex-float, inf/nan and partial inputs. */

int main(void) {
    const char *inputs[] = {"0", "3.14159", "-2.5e3", "1e-5", "  +.5", "6.02214076e23", "0x1.8p1", "0x10",
                            "1e400", "-1e-400", "inf", "-Infinity", "nan", "12.5abc", "abc", "1.7976931348623157e308",
                            "4.9e-324", ".", "1e", "1.5E+2"};
    double total = 0;
    for (int i = 0; i < 20; i++) {
        char *end;
        double d = strtod(inputs[i], &end);
        float f = strtof(inputs[i], NULL);
        printf("%-24s -> %-24.17g consumed=%-2td float=%.9g %s\n", inputs[i], isnan(d) ? fabs(d) : d, end - inputs[i],
               isnan(f) ? fabsf(f) : f, isinf(d) ? "(inf)" : "");
        if (isfinite(d) && fabs(d) < 1e30) total += d;
    }
    printf("finite total=%.10g\n", total);
    /* parse a vector of doubles separated by whitespace */
    const char *vec = "1.5 -2.25 3e2 4.125e-1 0x1p-3 7";
    const char *p = vec;
    char *end;
    double v[10];
    int n = 0;
    for (;;) {
        double d = strtod(p, &end);
        if (end == p) break;
        v[n++] = d;
        p = end;
    }
    double dot = 0;
    for (int i = 0; i < n; i++) dot += v[i] * v[i];
    printf("parsed %d values, norm=%.12f\n", n, sqrt(dot));
    printf("atof('  -0.0625')=%g\n", atof("  -0.0625"));
    /* round-trip: print with %.17g and parse back */
    double samples[] = {0.1, 1.0 / 3, M_PI, 1e-300, 123456789.987654321};
    int exact = 0;
    for (int i = 0; i < 5; i++) {
        char buf[40];
        snprintf(buf, sizeof buf, "%.17g", samples[i]);
        double back = strtod(buf, NULL);
        exact += back == samples[i];
        printf("%s roundtrip %s\n", buf, back == samples[i] ? "exact" : "DIFFERENT");
    }
    return exact == 5 ? 0 : 1;
}
