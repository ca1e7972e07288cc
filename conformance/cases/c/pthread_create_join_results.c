#include <stdio.h>
#include <stdlib.h>
#include <pthread.h>

/* Threads returning results through pthread_join: each thread counts
   primes and sums digits in its own range and returns a heap-allocated
   result struct; another set returns values through pthread_exit with a
   cast integer; arguments passed as pointers to per-thread structs. */

struct task { int id; int lo, hi; };
struct result { int id; int primes; long digit_sum; int largest_gap; };

static int is_prime(int n) {
    if (n < 2) return 0;
    for (int d = 2; d * d <= n; d++) if (n % d == 0) return 0;
    return 1;
}

static void *count_range(void *arg) {
    const struct task *t = arg;
    struct result *r = calloc(1, sizeof *r);
    r->id = t->id;
    int last = -1;
    for (int n = t->lo; n < t->hi; n++) {
        if (is_prime(n)) {
            r->primes++;
            if (last >= 0 && n - last > r->largest_gap) r->largest_gap = n - last;
            last = n;
        }
        for (int m = n; m; m /= 10) r->digit_sum += m % 10;
    }
    return r;
}

static void *collatz_len(void *arg) {
    long n = (long)arg, steps = 0;
    while (n != 1) { n = n & 1 ? 3 * n + 1 : n / 2; steps++; }
    pthread_exit((void *)steps);
}

int main(int argc, char **argv) {
    enum { T = 5 };
    int span = 6000;
    if (argc > 3) span += atoi(argv[3]) * 100; /* 42 -> 10200 */
    pthread_t th[T];
    struct task tasks[T];
    for (int i = 0; i < T; i++) {
        tasks[i] = (struct task){i, i * span, (i + 1) * span};
        pthread_create(&th[i], NULL, count_range, &tasks[i]);
    }
    int total = 0;
    for (int i = 0; i < T; i++) {
        void *ret;
        pthread_join(th[i], &ret);
        struct result *r = ret;
        printf("thread %d [%d,%d): primes=%d digitsum=%ld maxgap=%d\n", r->id, tasks[i].lo, tasks[i].hi, r->primes,
               r->digit_sum, r->largest_gap);
        total += r->primes;
        free(r);
    }
    printf("total primes below %d: %d\n", T * span, total);
    long starts[] = {27, 97, 871, 6171, 77031, 837799};
    pthread_t ct[6];
    for (int i = 0; i < 6; i++) pthread_create(&ct[i], NULL, collatz_len, (void *)starts[i]);
    for (int i = 0; i < 6; i++) {
        void *ret;
        pthread_join(ct[i], &ret);
        printf("collatz(%ld) = %ld steps\n", starts[i], (long)ret);
    }
    return total % 100;
}
