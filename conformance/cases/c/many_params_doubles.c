#include <stdio.h>
#include <math.h>

/* Many floating-point parameters: more than the 8 XMM argument registers. */

static double poly10(double x, double c0, double c1, double c2, double c3, double c4, double c5, double c6, double c7,
                     double c8, double c9) {
    return (((((((((c9 * x + c8) * x + c7) * x + c6) * x + c5) * x + c4) * x + c3) * x + c2) * x + c1) * x + c0);
}

static float fsum14(float a, float b, float c, float d, float e, float f, float g, float h, float i, float j, float k,
                    float l, float m, float n) {
    return a - b + c - d + e - f + g - h + i - j + k - l + m - n;
}

static double weighted(double a, float b, double c, float d, double e, float f, double g, float h, double i, float j,
                       double k, float l) {
    return a * 1 + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10 + k * 11 + l * 12;
}

struct stats { double mean, var, min, max; };

static struct stats stats10(double a, double b, double c, double d, double e, double f, double g, double h, double i,
                            double j) {
    double v[10] = {a, b, c, d, e, f, g, h, i, j};
    struct stats s = {0, 0, v[0], v[0]};
    for (int k = 0; k < 10; k++) { s.mean += v[k]; s.min = fmin(s.min, v[k]); s.max = fmax(s.max, v[k]); }
    s.mean /= 10;
    for (int k = 0; k < 10; k++) s.var += (v[k] - s.mean) * (v[k] - s.mean);
    s.var /= 10;
    return s;
}

int main(void) {
    /* truncated Taylor series of exp */
    for (double x = -1; x <= 1.01; x += 0.5)
        printf("poly10(%.1f)=%.12f exp=%.12f\n", x,
               poly10(x, 1, 1, 1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040, 1.0 / 40320, 1.0 / 362880),
               exp(x));
    printf("fsum14=%.3f\n", fsum14(1.5f, 2.5f, 3.5f, 4.5f, 5.5f, 6.5f, 7.5f, 8.5f, 9.5f, 10.5f, 11.5f, 12.5f, 13.5f, 100.25f));
    printf("weighted=%.6f\n", weighted(0.1, 0.2f, 0.3, 0.4f, 0.5, 0.6f, 0.7, 0.8f, 0.9, 1.0f, 1.1, 1.2f));
    struct stats s = stats10(3.5, -1.25, 8, 2.75, 0, 6.5, -4, 9.125, 1, 5);
    printf("mean=%.6f var=%.6f min=%g max=%g\n", s.mean, s.var, s.min, s.max);
    double acc = 0;
    for (int i = 0; i < 200; i++) {
        double x = i * 0.01;
        acc += poly10(x, x, -x, x * 2, 1, 2, 3, 4, 5, 6, 7) * 1e-3;
    }
    printf("acc=%.10f\n", acc);
    return 0;
}
