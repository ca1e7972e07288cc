#include <stdio.h>
#include <string.h>

/* Tree-shaped recursion: towers of hanoi, permutations, subsets, partitions, flood fill. */

static int moves;
static int peg_count[3];

static void hanoi(int n, int from, int to, int via) {
    if (n == 0) return;
    hanoi(n - 1, from, via, to);
    moves++;
    peg_count[from]--; peg_count[to]++;
    if (n >= 4 && moves < 200) printf("move disk %d from %c to %c (move %d)\n", n, 'A' + from, 'A' + to, moves);
    hanoi(n - 1, via, to, from);
}

static int perm_count;
static void permute(char *s, int k, int n) {
    if (k == n) { if (perm_count < 8 || perm_count % 20 == 0) printf("perm %3d: %s\n", perm_count, s); perm_count++; return; }
    for (int i = k; i < n; i++) {
        char t = s[k]; s[k] = s[i]; s[i] = t;
        permute(s, k + 1, n);
        t = s[k]; s[k] = s[i]; s[i] = t;
    }
}

static int subset_sums(const int *v, int n, int target) {
    if (target == 0) return 1;
    if (n == 0 || target < 0) return 0;
    return subset_sums(v + 1, n - 1, target - v[0]) + subset_sums(v + 1, n - 1, target);
}

static long partitions(int n, int maxpart) {
    if (n == 0) return 1;
    long total = 0;
    for (int k = maxpart < n ? maxpart : n; k >= 1; k--) total += partitions(n - k, k);
    return total;
}

static char img[8][13] = {
    "............", ".####..###..", ".#..#..#.#..", ".####..###..",
    "............", "..######....", "..#....#....", "..######....",
};

static int flood(int r, int c, char from, char to) {
    if (r < 0 || r >= 8 || c < 0 || c >= 12 || img[r][c] != from) return 0;
    img[r][c] = to;
    return 1 + flood(r + 1, c, from, to) + flood(r - 1, c, from, to) + flood(r, c + 1, from, to) + flood(r, c - 1, from, to);
}

int main(void) {
    int n = 7;
    peg_count[0] = n;
    hanoi(n, 0, 2, 1);
    printf("hanoi(%d) moves=%d pegs=%d,%d,%d\n", n, moves, peg_count[0], peg_count[1], peg_count[2]);
    char s[] = "abcde";
    permute(s, 0, (int)strlen(s));
    printf("permutations=%d\n", perm_count);
    int vals[] = {3, 34, 4, 12, 5, 2, 7, 8, 1, 9};
    for (int t = 5; t <= 30; t += 5) printf("subsets summing to %d: %d\n", t, subset_sums(vals, 10, t));
    for (int k = 5; k <= 30; k += 5) printf("p(%d)=%ld\n", k, partitions(k, k));
    int filled = flood(0, 0, '.', '~');
    int inner = flood(2, 2, '.', 'o');
    printf("flood outside=%d inner=%d\n", filled, inner);
    for (int r = 0; r < 8; r++) printf("%s\n", img[r]);
    return 0;
}
