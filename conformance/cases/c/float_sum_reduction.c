#include <stdio.h>
#include <math.h>

/* Floating-point reductions, dot products, compensated summation. */

#define N 4096

static double xs[N], ys[N];
static float fx[N];

static double kahan(const double *v, int n) {
    double s = 0, c = 0;
    for (int i = 0; i < n; i++) {
        double y = v[i] - c;
        double t = s + y;
        c = (t - s) - y;
        s = t;
    }
    return s;
}

static double pairwise(const double *v, int n) {
    if (n <= 8) {
        double s = 0;
        for (int i = 0; i < n; i++) s += v[i];
        return s;
    }
    return pairwise(v, n / 2) + pairwise(v + n / 2, n - n / 2);
}

int main(void) {
    for (int i = 0; i < N; i++) {
        xs[i] = 1.0 / (i + 1) * ((i & 1) ? -1 : 1);
        ys[i] = sqrt((double)i) * 0.001;
        fx[i] = (float)(i % 100) * 0.01f;
    }
    double naive = 0;
    for (int i = 0; i < N; i++) naive += xs[i];
    printf("alternating harmonic naive=%.17g kahan=%.17g pairwise=%.17g\n", naive, kahan(xs, N), pairwise(xs, N));
    printf("ln2 = %.17g\n", log(2.0));
    double dot = 0;
    for (int i = 0; i < N; i++) dot += xs[i] * ys[i];
    printf("dot=%.17g\n", dot);
    /* elementwise ops that vectorise without reassociation */
    for (int i = 0; i < N; i++) ys[i] = ys[i] * 2.5 + xs[i] / 4.0;
    double mx = -INFINITY, mn = INFINITY;
    for (int i = 0; i < N; i++) { mx = fmax(mx, ys[i]); mn = fmin(mn, ys[i]); }
    printf("max=%.17g min=%.17g\n", mx, mn);
    float fs = 0;
    for (int i = 0; i < N; i++) fs += fx[i];
    printf("float sum=%.9g\n", fs);
    float fscaled[N];
    for (int i = 0; i < N; i++) fscaled[i] = fx[i] * 3.0f - 1.0f;
    int positive = 0;
    for (int i = 0; i < N; i++) positive += fscaled[i] > 0.0f;
    printf("positive after scale=%d\n", positive);
    double mean = 0, m2 = 0;
    for (int i = 0; i < N; i++) {
        double d = ys[i] - mean;
        mean += d / (i + 1);
        m2 += d * (ys[i] - mean);
    }
    printf("welford mean=%.15g variance=%.15g\n", mean, m2 / (N - 1));
    return 0;
}
