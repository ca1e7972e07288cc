#include <stdio.h>

/* Nested loops with break/continue, labelled-style exits via flags and goto. */

int main(void) {
    /* find pythagorean triples with c <= 60 */
    int triples = 0;
    for (int a = 1; a < 60; a++) {
        for (int b = a; b < 60; b++) {
            if ((a + b) % 2 == 0 && a % 2 == 1 && b % 2 == 1) continue;
            for (int c = b + 1; c <= 60; c++) {
                if (a * a + b * b < c * c) break;
                if (a * a + b * b == c * c) {
                    triples++;
                    if (triples <= 10) printf("(%d,%d,%d)\n", a, b, c);
                }
            }
        }
    }
    printf("triples: %d\n", triples);
    /* first pair summing to target: exit both loops with goto */
    int vals[] = {15, 8, 23, 4, 42, 16, 11, 30};
    int target = 46, fi = -1, fj = -1;
    for (int i = 0; i < 8; i++)
        for (int j = i + 1; j < 8; j++)
            if (vals[i] + vals[j] == target) { fi = i; fj = j; goto found; }
found:
    printf("pair for %d: indices %d,%d\n", target, fi, fj);
    /* loop with multiple continue conditions */
    int kept = 0, sum = 0;
    for (int i = 0; i < 200; i++) {
        if (i % 3 == 0) continue;
        if (i % 5 == 0) continue;
        if (i > 150) break;
        kept++;
        sum += i;
    }
    printf("kept=%d sum=%d\n", kept, sum);
    /* while with inner do-while and flag-based exit */
    int n = 27, steps = 0, peak = n;
    while (n != 1) {
        do {
            n = n % 2 ? 3 * n + 1 : n / 2;
            steps++;
            if (n > peak) peak = n;
        } while (n % 2 == 0 && n > 1);
    }
    printf("collatz 27: steps=%d peak=%d\n", steps, peak);
    /* multiplication table with early skips */
    for (int i = 1; i <= 9; i++) {
        for (int j = 1; j <= 9; j++) {
            if (j > i) break;
            printf("%3d", i * j);
        }
        printf("\n");
    }
    int count = 0;
    for (int i = 0; i < 10; i++)
        for (int j = 0; j < 10; j++)
            for (int k = 0; k < 10; k++) {
                if (i == j || j == k || i == k) continue;
                if (i + j + k == 15) count++;
            }
    printf("distinct digit triples summing to 15: %d\n", count);
    return triples;
}
