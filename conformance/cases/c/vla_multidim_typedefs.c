#pragma STDC FP_CONTRACT OFF
#include <stdio.h>

/* Variably modified types: VLA typedefs evaluated once at declaration,
   pointers to VLAs (int (*)[m]) with pointer arithmetic by row, 3-D VLAs,
   sizeof evaluated at run time (including sizeof of an expression with
   side effects on a VLA type), and VLA parameters with [static n]. */

static void fill(int rows, int cols, double m[rows][cols], double base) {
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++) m[i][j] = base + i * cols + j;
}

static void matmul(int n, int k, int p, double a[n][k], double b[k][p], double c[n][p]) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < p; j++) {
            double s = 0;
            for (int t = 0; t < k; t++) s += a[i][t] * b[t][j];
            c[i][j] = s;
        }
}

static long sum_static(int n, const int v[static n]) {
    long s = 0;
    for (int i = 0; i < n; i++) s += v[i];
    return s;
}

int main(int argc, char **argv) {
    int n = argc + 1; /* 5 with the harness arguments */
    typedef int row_t[n];
    n += 10;          /* does not change row_t */
    row_t r;
    printf("sizeof(row_t)=%zu n now %d\n", sizeof(row_t), n);
    for (int i = 0; i < (int)(sizeof r / sizeof r[0]); i++) r[i] = i * i;
    printf("sum_static=%ld\n", sum_static((int)(sizeof r / sizeof r[0]), r));

    int rows = 6, cols = argc + 2;
    int (*grid)[cols] = (int (*)[cols])__builtin_alloca(sizeof(int[rows][cols]));
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++) grid[i][j] = i * 10 + j;
    int (*rowp)[cols] = grid + 2;
    printf("row stride bytes=%td grid[2][3]=%d (*rowp)[3]=%d rowp[1][0]=%d\n", (char *)(grid + 1) - (char *)grid, grid[2][3],
           (*rowp)[3], rowp[1][0]);

    int d1 = 3, d2 = 4, d3 = argc + 1;
    long cube[d1][d2][d3];
    for (int i = 0; i < d1; i++)
        for (int j = 0; j < d2; j++)
            for (int k = 0; k < d3; k++) cube[i][j][k] = i * 100 + j * 10 + k;
    printf("sizeof cube=%zu cube[1]=%zu cube[1][2]=%zu value=%ld\n", sizeof cube, sizeof cube[1], sizeof cube[1][2], cube[2][3][4]);

    int counter = 0;
    size_t sz = sizeof(int[++counter + 3]); /* VLA type operand: evaluated */
    size_t sz2 = sizeof(counter++);         /* not a VLA: not evaluated */
    printf("sz=%zu sz2=%zu counter=%d\n", sz, sz2, counter);

    double a[3][cols], b[cols][2], c[3][2];
    fill(3, cols, a, 1.0);
    fill(cols, 2, b, -2.0);
    matmul(3, cols, 2, a, b, c);
    for (int i = 0; i < 3; i++) printf("c[%d] = %.1f %.1f\n", i, c[i][0], c[i][1]);
    return 0;
}
