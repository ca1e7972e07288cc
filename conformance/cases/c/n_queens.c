#include <stdio.h>

/* N-queens for n = 1..8: count all solutions (bitmask backtracking) and print the first board for n=8. */

static int first[8];
static int have_first;
static int cols[8];

static long solve_bits(int n, int row, unsigned colsm, unsigned d1, unsigned d2) {
    if (row == n) {
        if (n == 8 && !have_first) { for (int i = 0; i < 8; i++) first[i] = cols[i]; have_first = 1; }
        return 1;
    }
    long count = 0;
    unsigned avail = ~(colsm | d1 | d2) & ((1u << n) - 1);
    while (avail) {
        unsigned bit = avail & -avail;
        avail ^= bit;
        cols[row] = __builtin_ctz(bit);
        count += solve_bits(n, row + 1, colsm | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
    }
    return count;
}

/* classic array-based check for comparison */
static int pos[8];
static int safe(int row, int col) {
    for (int r = 0; r < row; r++) {
        int c = pos[r];
        if (c == col || c - r == col - row || c + r == col + row) return 0;
    }
    return 1;
}
static long solve_arr(int n, int row) {
    if (row == n) return 1;
    long count = 0;
    for (int c = 0; c < n; c++) if (safe(row, c)) { pos[row] = c; count += solve_arr(n, row + 1); }
    return count;
}

int main(void) {
    long total = 0;
    for (int n = 1; n <= 8; n++) {
        long a = solve_bits(n, 0, 0, 0, 0), b = solve_arr(n, 0);
        printf("n=%d solutions=%ld (check %ld)\n", n, a, b);
        total += a;
    }
    printf("first 8-queens solution:\n");
    for (int r = 0; r < 8; r++) {
        for (int c = 0; c < 8; c++) putchar(first[r] == c ? 'Q' : '.');
        putchar('\n');
    }
    printf("total=%ld\n", total);
    return 0;
}
