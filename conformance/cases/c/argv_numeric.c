#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Uses atoi(argv[3]) (42 under the harness) as a problem size; the final report function
   terminates the program with exit() from several calls deep. */

static unsigned long long collatz_steps_total;

static int collatz(long n) {
    int steps = 0;
    while (n != 1) { n = n % 2 ? 3 * n + 1 : n / 2; steps++; }
    return steps;
}

static void finish(int status, const char *why) {
    printf("finishing: %s, status %d\n", why, status);
    exit(status);
}

static void report(int n, const int *steps) {
    int best = 1;
    for (int i = 1; i <= n; i++) if (steps[i] > steps[best]) best = i;
    printf("longest collatz chain below %d starts at %d (%d steps), total %llu\n", n + 1, best, steps[best], collatz_steps_total);
    finish(best % 100, "report complete");
}

static void analyse(int n) {
    int *steps = calloc((size_t)n + 1, sizeof *steps);
    for (int i = 1; i <= n; i++) { steps[i] = collatz(i); collatz_steps_total += (unsigned long long)steps[i]; }
    for (int i = 1; i <= n && i <= 12; i++) printf("collatz(%d)=%d\n", i, steps[i]);
    long tri = (long)n * (n + 1) / 2;
    printf("triangular(%d)=%ld, n^3=%ld, n!%%1000003=", n, tri, (long)n * n * n);
    long f = 1;
    for (int i = 2; i <= n; i++) f = f * i % 1000003;
    printf("%ld\n", f);
    report(n, steps); /* does not return */
    free(steps);
}

int main(int argc, char **argv) {
    int n = argc > 3 ? atoi(argv[3]) : 10;
    if (n < 1 || n > 100000) n = 10;
    printf("argc=%d size from argv=%d\n", argc, n);
    if (argc > 1) printf("argv[1]=%s (length %zu)\n", argv[1], strlen(argv[1]));
    analyse(n * 10);
    printf("unreachable\n");
    return 0;
}
