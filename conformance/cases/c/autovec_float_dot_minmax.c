#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <stdint.h>
#include <math.h>

/* Floating-point loops around the vectoriser: strict-order float/double
   sums and dot products (not reassociated without fast-math, so results
   are order-exact), element-wise min/max/abs producing arrays (vectorisable
   selects), int->double and double->int conversion loops, a polynomial
   evaluated per element, and a float argmax. */

#define N 1537

static float a[N], b[N], c[N];
static double da[N], db[N];
static int32_t iv[N];

__attribute__((noinline)) static float dotf(const float *x, const float *y, int n) {
    float s = 0;
    for (int i = 0; i < n; i++) s += x[i] * y[i];
    return s;
}

__attribute__((noinline)) static double dotd(const double *x, const double *y, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += x[i] * y[i];
    return s;
}

__attribute__((noinline)) static void vminmax(const float *restrict x, const float *restrict y, float *restrict lo,
                                              float *restrict hi, int n) {
    for (int i = 0; i < n; i++) {
        lo[i] = x[i] < y[i] ? x[i] : y[i];
        hi[i] = fmaxf(x[i], y[i]);
    }
}

__attribute__((noinline)) static void vabs_poly(const double *restrict x, double *restrict y, int n) {
    for (int i = 0; i < n; i++) {
        double t = fabs(x[i]);
        y[i] = ((0.25 * t - 1.5) * t + 2.0) * t - 0.125;
    }
}

__attribute__((noinline)) static void i2d(const int32_t *restrict x, double *restrict y, int n) {
    for (int i = 0; i < n; i++) y[i] = (double)x[i] / 8.0;
}

__attribute__((noinline)) static void d2i(const double *restrict x, int32_t *restrict y, int n) {
    for (int i = 0; i < n; i++) y[i] = (int32_t)(x[i] * 4.0);
}

__attribute__((noinline)) static int argmaxf(const float *x, int n) {
    int best = 0;
    for (int i = 1; i < n; i++)
        if (x[i] > x[best]) best = i;
    return best;
}

int main(void) {
    for (int i = 0; i < N; i++) {
        a[i] = (float)((i * 37) % 101 - 50) / 16.0f;
        b[i] = (float)((i * 53) % 97 - 48) / 8.0f;
        da[i] = ((i * 71) % 113 - 56) / 32.0;
        iv[i] = (i * 2654435761u) >> 20;
    }
    printf("dotf=%.9g dotd=%.17g\n", dotf(a, b, N), dotd(da, da, N));
    float lo[N], hi[N];
    vminmax(a, b, lo, hi, N);
    double slo = 0, shi = 0;
    for (int i = 0; i < N; i++) { slo += lo[i]; shi += hi[i]; }
    printf("min sum=%.6f max sum=%.6f\n", slo, shi);
    vabs_poly(da, db, N);
    printf("poly dot=%.17g\n", dotd(db, da, N));
    i2d(iv, db, N);
    d2i(db, iv, N);
    long long s = 0;
    for (int i = 0; i < N; i++) s += iv[i];
    printf("roundtrip int sum=%lld\n", s);
    for (int i = 0; i < N; i++) c[i] = a[i] * b[i] - (float)(i % 5);
    int am = argmaxf(c, N);
    printf("argmax=%d value=%.6f\n", am, c[am]);
    return 0;
}
