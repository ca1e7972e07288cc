#include <stdio.h>

/* Multi-dimensional arrays: 2D, 3D, passing to functions, transposes. */

#define R 5
#define C 7

static void fill(int m[R][C]) {
    for (int i = 0; i < R; i++)
        for (int j = 0; j < C; j++) m[i][j] = (i + 1) * (j + 2) - 3 * i;
}

static void transpose(int in[R][C], int out[C][R]) {
    for (int i = 0; i < R; i++)
        for (int j = 0; j < C; j++) out[j][i] = in[i][j];
}

static long trace3(int n, int cube[n][n][n]) {
    long t = 0;
    for (int i = 0; i < n; i++) t += cube[i][i][i];
    return t;
}

static int grid3[4][4][4];
static const char board[3][3] = {{'X', 'O', 'X'}, {'.', 'X', 'O'}, {'O', '.', 'X'}};

int main(void) {
    int m[R][C], t[C][R];
    fill(m);
    transpose(m, t);
    for (int i = 0; i < C; i++) {
        for (int j = 0; j < R; j++) printf("%4d", t[i][j]);
        printf("\n");
    }
    int rowsum[R] = {0}, colsum[C] = {0};
    for (int i = 0; i < R; i++)
        for (int j = 0; j < C; j++) { rowsum[i] += m[i][j]; colsum[j] += m[i][j]; }
    printf("row sums:");
    for (int i = 0; i < R; i++) printf(" %d", rowsum[i]);
    printf("\ncol sums:");
    for (int j = 0; j < C; j++) printf(" %d", colsum[j]);
    printf("\n");
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++)
            for (int k = 0; k < 4; k++) grid3[i][j][k] = i * 16 + j * 4 + k;
    printf("trace3=%ld sizeof grid3=%zu sizeof grid3[1]=%zu\n", trace3(4, grid3), sizeof grid3, sizeof grid3[1]);
    int winner = 0;
    for (int i = 0; i < 3; i++) winner |= board[i][i] == 'X' ? 1 << i : 0;
    printf("diagonal X mask=%d\n", winner);
    for (int i = 0; i < 3; i++) printf("%.3s\n", board[i]);
    /* pascal triangle in a 2D array */
    long pas[15][15] = {{0}};
    for (int i = 0; i < 15; i++) {
        pas[i][0] = 1;
        for (int j = 1; j <= i; j++) pas[i][j] = pas[i - 1][j - 1] + pas[i - 1][j];
    }
    for (int i = 10; i < 15; i++) {
        for (int j = 0; j <= i; j++) printf("%ld ", pas[i][j]);
        printf("\n");
    }
    /* array of strings as 2D char array */
    char names[4][8] = {"ann", "bob", "carol", "dave"};
    names[1][0] = 'B';
    for (int i = 0; i < 4; i++) printf("%s(%zu) ", names[i], sizeof names[i]);
    printf("\n");
    return 0;
}
