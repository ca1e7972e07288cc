#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <complex.h>
#include <math.h>

/* Iterative radix-2 FFT over _Complex double, used to multiply two big
   decimal numbers (convolution) and to check Parseval's identity. */

#define N 64

static void fft(double complex *a, int n, int invert) {
    for (int i = 1, j = 0; i < n; i++) {
        int bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
        if (i < j) { double complex t = a[i]; a[i] = a[j]; a[j] = t; }
    }
    for (int len = 2; len <= n; len <<= 1) {
        double ang = 2 * M_PI / len * (invert ? -1 : 1);
        double complex wl = cos(ang) + sin(ang) * I;
        for (int i = 0; i < n; i += len) {
            double complex w = 1;
            for (int j = 0; j < len / 2; j++) {
                double complex u = a[i + j], v = a[i + j + len / 2] * w;
                a[i + j] = u + v;
                a[i + j + len / 2] = u - v;
                w *= wl;
            }
        }
    }
    if (invert) for (int i = 0; i < n; i++) a[i] /= n;
}

int main(void) {
    const char *x = "31415926535897932384626433832795";
    const char *y = "27182818284590452353602874713526";
    double complex fa[N] = {0}, fb[N] = {0};
    int lx = 32, ly = 32;
    for (int i = 0; i < lx; i++) fa[i] = x[lx - 1 - i] - '0';
    for (int i = 0; i < ly; i++) fb[i] = y[ly - 1 - i] - '0';
    double e_time = 0, e_freq = 0;
    for (int i = 0; i < N; i++) e_time += creal(fa[i]) * creal(fa[i]);
    fft(fa, N, 0);
    fft(fb, N, 0);
    for (int i = 0; i < N; i++) e_freq += creal(fa[i] * conj(fa[i]));
    printf("parseval: time=%.6f freq/N=%.6f\n", e_time, e_freq / N);
    printf("dc=%.6f%+.6fi bin1=%.6f%+.6fi\n", creal(fa[0]), cimag(fa[0]), creal(fa[1]), cimag(fa[1]));
    for (int i = 0; i < N; i++) fa[i] *= fb[i];
    fft(fa, N, 1);
    int digits[N + 1] = {0};
    long carry = 0;
    double maxerr = 0;
    for (int i = 0; i < N; i++) {
        double r = creal(fa[i]);
        long v = lround(r);
        if (fabs(r - v) > maxerr) maxerr = fabs(r - v);
        carry += v;
        digits[i] = carry % 10;
        carry /= 10;
    }
    int top = N - 1;
    while (top > 0 && digits[top] == 0) top--;
    printf("product=");
    for (int i = top; i >= 0; i--) putchar('0' + digits[i]);
    printf("\nmax rounding err<0.01: %d\n", maxerr < 0.01);
    /* verify with schoolbook */
    int sb[N + 1] = {0};
    for (int i = 0; i < lx; i++)
        for (int j = 0; j < ly; j++) sb[i + j] += (x[lx - 1 - i] - '0') * (y[ly - 1 - j] - '0');
    for (int i = 0; i < N; i++) { sb[i + 1] += sb[i] / 10; sb[i] %= 10; }
    int same = 1;
    for (int i = 0; i < N; i++) same &= sb[i] == digits[i];
    printf("schoolbook agrees: %d\n", same);
    return 0;
}
