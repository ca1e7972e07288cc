#include <stdio.h>
#include <stdlib.h>

/* Backtracking sudoku solver with bitmask candidates. When the solution is found deep in the
   recursion it is printed and the process exits from there with a status derived from the grid. */

static int g[9][9];
static unsigned rowm[9], colm[9], boxm[9];
static long nodes;

static void print_and_exit(void) {
    int diag = 0;
    for (int r = 0; r < 9; r++) {
        for (int c = 0; c < 9; c++) printf("%d%s", g[r][c], c == 2 || c == 5 ? " | " : c == 8 ? "" : " ");
        printf("\n");
        if (r == 2 || r == 5) printf("------+-------+------\n");
        diag += g[r][r];
    }
    printf("search nodes: %ld, diagonal sum %d\n", nodes, diag);
    exit(diag);
}

static void solve(int pos) {
    nodes++;
    /* choose the empty cell with the fewest candidates */
    int best = -1, bestcount = 10;
    unsigned bestmask = 0;
    for (int i = 0; i < 81; i++) {
        int r = i / 9, c = i % 9;
        if (g[r][c]) continue;
        unsigned m = ~(rowm[r] | colm[c] | boxm[(r / 3) * 3 + c / 3]) & 0x3FE;
        int cnt = __builtin_popcount(m);
        if (cnt < bestcount) { bestcount = cnt; best = i; bestmask = m; if (cnt <= 1) break; }
    }
    if (best < 0) print_and_exit();
    if (bestcount == 0) return;
    int r = best / 9, c = best % 9, b = (r / 3) * 3 + c / 3;
    for (int d = 1; d <= 9; d++) {
        if (!(bestmask >> d & 1)) continue;
        g[r][c] = d;
        rowm[r] |= 1u << d; colm[c] |= 1u << d; boxm[b] |= 1u << d;
        solve(pos + 1);
        rowm[r] &= ~(1u << d); colm[c] &= ~(1u << d); boxm[b] &= ~(1u << d);
        g[r][c] = 0;
    }
}

int main(void) {
    const char *puzzle =
        "53..7...."
        "6..195..."
        ".98....6."
        "8...6...3"
        "4..8.3..1"
        "7...2...6"
        ".6....28."
        "...419..5"
        "....8..79";
    int givens = 0;
    for (int i = 0; i < 81; i++) {
        int r = i / 9, c = i % 9;
        if (puzzle[i] != '.') {
            int d = puzzle[i] - '0';
            g[r][c] = d;
            rowm[r] |= 1u << d; colm[c] |= 1u << d; boxm[(r / 3) * 3 + c / 3] |= 1u << d;
            givens++;
        }
    }
    printf("puzzle with %d givens\n", givens);
    solve(0);
    printf("no solution\n");
    return 1;
}
