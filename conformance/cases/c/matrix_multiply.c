#include <stdio.h>
#include <stdlib.h>

/* Matrix multiplication (naive, transposed, blocked) in int and double; results compared. */

#define N 32

static double A[N][N], B[N][N], C1[N][N], C2[N][N], C3[N][N], BT[N][N];
static int IA[N][N], IB[N][N], IC[N][N];

int main(void) {
    unsigned s = 1;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            s = s * 1103515245u + 12345u;
            A[i][j] = ((int)(s >> 16) % 200 - 100) / 8.0;
            s = s * 1103515245u + 12345u;
            B[i][j] = ((int)(s >> 16) % 200 - 100) / 16.0;
            IA[i][j] = (int)(s >> 20) % 19 - 9;
            IB[i][j] = (int)(s >> 8) % 23 - 11;
        }
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            double sum = 0;
            for (int k = 0; k < N; k++) sum += A[i][k] * B[k][j];
            C1[i][j] = sum;
        }
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) BT[j][i] = B[i][j];
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            double sum = 0;
            for (int k = 0; k < N; k++) sum += A[i][k] * BT[j][k];
            C2[i][j] = sum;
        }
    /* i-k-j order accumulates in a different order; values are multiples of 1/128 so sums are exact */
    for (int i = 0; i < N; i++)
        for (int k = 0; k < N; k++) {
            double a = A[i][k];
            for (int j = 0; j < N; j++) C3[i][j] += a * B[k][j];
        }
    int diff12 = 0, diff13 = 0;
    double trace = 0, total = 0;
    for (int i = 0; i < N; i++) {
        trace += C1[i][i];
        for (int j = 0; j < N; j++) { diff12 += C1[i][j] != C2[i][j]; diff13 += C1[i][j] != C3[i][j]; total += C1[i][j]; }
    }
    printf("double: trace=%.6f total=%.6f diffs=%d,%d\n", trace, total, diff12, diff13);
    printf("C[0][0..4]: %g %g %g %g %g\n", C1[0][0], C1[0][1], C1[0][2], C1[0][3], C1[0][4]);
    /* blocked integer multiply */
    const int BS = 16;
    for (int ii = 0; ii < N; ii += BS)
        for (int kk = 0; kk < N; kk += BS)
            for (int jj = 0; jj < N; jj += BS)
                for (int i = ii; i < ii + BS; i++)
                    for (int k = kk; k < kk + BS; k++) {
                        int a = IA[i][k];
                        for (int j = jj; j < jj + BS; j++) IC[i][j] += a * IB[k][j];
                    }
    long itrace = 0, isum = 0;
    int bad = 0;
    for (int i = 0; i < N; i++) {
        itrace += IC[i][i];
        for (int j = 0; j < N; j++) {
            isum += IC[i][j];
            int ref = 0;
            for (int k = 0; k < N; k++) ref += IA[i][k] * IB[k][j];
            bad += ref != IC[i][j];
        }
    }
    printf("int: trace=%ld sum=%ld mismatches=%d\n", itrace, isum, bad);
    return diff12 + diff13 + bad;
}
