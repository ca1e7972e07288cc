#include <stdio.h>
#include <string.h>

/* Conway's game of life on a torus: glider, blinker, R-pentomino; population history and final board. */

#define W 32
#define H 16

static unsigned char grid[H][W], next[H][W];

static void place(const char *const *pat, int rows, int r0, int c0) {
    for (int r = 0; r < rows; r++)
        for (int c = 0; pat[r][c]; c++)
            if (pat[r][c] == '#') grid[(r0 + r) % H][(c0 + c) % W] = 1;
}

static int step(void) {
    int pop = 0;
    for (int r = 0; r < H; r++)
        for (int c = 0; c < W; c++) {
            int n = 0;
            for (int dr = -1; dr <= 1; dr++)
                for (int dc = -1; dc <= 1; dc++)
                    if (dr || dc) n += grid[(r + dr + H) % H][(c + dc + W) % W];
            next[r][c] = (unsigned char)(n == 3 || (n == 2 && grid[r][c]));
            pop += next[r][c];
        }
    memcpy(grid, next, sizeof grid);
    return pop;
}

static void show(void) {
    for (int r = 0; r < H; r++) {
        for (int c = 0; c < W; c++) putchar(grid[r][c] ? '#' : '.');
        putchar('\n');
    }
}

int main(void) {
    const char *glider[] = {".#.", "..#", "###"};
    const char *blinker[] = {"###"};
    const char *rpent[] = {".##", "##.", ".#."};
    place(glider, 3, 1, 1);
    place(blinker, 1, 5, 25);
    place(rpent, 3, 9, 14);
    int pop = 0;
    unsigned hash = 0;
    for (int gen = 1; gen <= 48; gen++) {
        pop = step();
        for (int r = 0; r < H; r++) for (int c = 0; c < W; c++) hash = hash * 3 + grid[r][c];
        if (gen % 8 == 0) printf("gen %3d population %d\n", gen, pop);
    }
    printf("history hash %08x\n", hash);
    show();
    return 0;
}
