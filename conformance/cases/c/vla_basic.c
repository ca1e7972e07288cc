#include <stdio.h>

/* Variable-length arrays: 1D and 2D, VLA parameters, sizeof on VLAs, VLAs in loops. */

static long det(int n, double m[n][n]) {
    /* Gaussian elimination on a copy, returns rounded determinant */
    double a[n][n];
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) a[i][j] = m[i][j];
    double d = 1;
    for (int c = 0; c < n; c++) {
        int piv = c;
        for (int r = c + 1; r < n; r++) if ((a[r][c] < 0 ? -a[r][c] : a[r][c]) > (a[piv][c] < 0 ? -a[piv][c] : a[piv][c])) piv = r;
        if (a[piv][c] == 0) return 0;
        if (piv != c) { for (int j = 0; j < n; j++) { double t = a[c][j]; a[c][j] = a[piv][j]; a[piv][j] = t; } d = -d; }
        d *= a[c][c];
        for (int r = c + 1; r < n; r++) {
            double f = a[r][c] / a[c][c];
            for (int j = c; j < n; j++) a[r][j] -= f * a[c][j];
        }
    }
    return (long)(d < 0 ? d - 0.5 : d + 0.5);
}

static int sum_vla(int rows, int cols, int g[rows][cols]) {
    int s = 0;
    for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) s += g[i][j] * (i - j);
    return s;
}

int main(int argc, char **argv) {
    (void)argv;
    int n = argc + 4; /* 8 under the harness */
    int v[n];
    printf("sizeof v=%zu (n=%d)\n", sizeof v, n);
    for (int i = 0; i < n; i++) v[i] = (i * 7 + 3) % n;
    for (int i = 0; i < n; i++) printf("%d ", v[i]);
    printf("\n");
    for (int size = 1; size <= 6; size++) {
        double m[size][size];
        for (int i = 0; i < size; i++)
            for (int j = 0; j < size; j++) m[i][j] = (i == j) ? size + 1 : ((i + j) % 3) - 1;
        printf("det of %dx%d = %ld\n", size, size, det(size, m));
    }
    long total = 0;
    for (int r = 1; r <= 10; r++) {
        int c = 11 - r;
        int g[r][c];
        for (int i = 0; i < r; i++) for (int j = 0; j < c; j++) g[i][j] = i * c + j;
        int s = sum_vla(r, c, g);
        total += s;
        printf("grid %dx%d sizeof=%zu weighted=%d\n", r, c, sizeof g, s);
    }
    char name[n * 2 + 1];
    for (int i = 0; i < n * 2; i++) name[i] = (char)('a' + i % 26);
    name[n * 2] = 0;
    printf("name=%s\n", name);
    return (int)(total < 0 ? -total : total) % 100;
}
