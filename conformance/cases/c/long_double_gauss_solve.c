#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <math.h>

/* Gaussian elimination with partial pivoting on a Hilbert system in double
   and long double; the ill-conditioning shows the extra precision. */

#define N 8

static void solve_ld(long double a[N][N + 1], long double x[N]) {
    for (int c = 0; c < N; c++) {
        int p = c;
        for (int r = c + 1; r < N; r++) if (fabsl(a[r][c]) > fabsl(a[p][c])) p = r;
        if (p != c) for (int k = 0; k <= N; k++) { long double t = a[c][k]; a[c][k] = a[p][k]; a[p][k] = t; }
        for (int r = c + 1; r < N; r++) {
            long double f = a[r][c] / a[c][c];
            for (int k = c; k <= N; k++) a[r][k] -= f * a[c][k];
        }
    }
    for (int r = N - 1; r >= 0; r--) {
        long double s = a[r][N];
        for (int k = r + 1; k < N; k++) s -= a[r][k] * x[k];
        x[r] = s / a[r][r];
    }
}

static void solve_d(double a[N][N + 1], double x[N]) {
    for (int c = 0; c < N; c++) {
        int p = c;
        for (int r = c + 1; r < N; r++) if (fabs(a[r][c]) > fabs(a[p][c])) p = r;
        if (p != c) for (int k = 0; k <= N; k++) { double t = a[c][k]; a[c][k] = a[p][k]; a[p][k] = t; }
        for (int r = c + 1; r < N; r++) {
            double f = a[r][c] / a[c][c];
            for (int k = c; k <= N; k++) a[r][k] -= f * a[c][k];
        }
    }
    for (int r = N - 1; r >= 0; r--) {
        double s = a[r][N];
        for (int k = r + 1; k < N; k++) s -= a[r][k] * x[k];
        x[r] = s / a[r][r];
    }
}

int main(void) {
    long double al[N][N + 1];
    double ad[N][N + 1];
    for (int i = 0; i < N; i++) {
        long double rhs = 0;
        double rhsd = 0;
        for (int j = 0; j < N; j++) {
            al[i][j] = 1.0L / (i + j + 1);
            ad[i][j] = 1.0 / (i + j + 1);
            rhs += al[i][j] * (j + 1); /* exact solution x_j = j+1 */
            rhsd += ad[i][j] * (j + 1);
        }
        al[i][N] = rhs;
        ad[i][N] = rhsd;
    }
    long double xl[N];
    double xd[N];
    solve_ld(al, xl);
    solve_d(ad, xd);
    long double el = 0, ed = 0;
    for (int i = 0; i < N; i++) {
        printf("x%d ld=%.15Lf d=%.12f\n", i, xl[i], xd[i]);
        el += fabsl(xl[i] - (i + 1));
        ed += fabsl((long double)xd[i] - (i + 1));
    }
    printf("err ld=%.3Le d=%.3Le ratio>100: %d\n", el, ed, ed > 100 * el);
    return 0;
}
