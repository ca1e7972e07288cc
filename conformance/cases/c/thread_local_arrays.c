#include <stdio.h>
#include <string.h>
#include <pthread.h>

/* Thread-local arrays and structs: a per-thread scratch buffer used by a
   non-reentrant-style formatting helper, a per-thread memo table for a
   recursive function, and a per-thread struct with an initialised array.
   Every thread gets its own zero/initialised copies. */

#define T 4

static _Thread_local char scratch[64];
static __thread unsigned long long memo[91];
static _Thread_local struct { int hist[8]; int primes[5]; } tls_stats = {{0}, {2, 3, 5, 7, 11}};

static const char *fmt_hex(unsigned long long v) {
    snprintf(scratch, sizeof scratch, "0x%llx", v);
    return scratch;
}

static unsigned long long fib(int n) {
    if (n < 2) return (unsigned long long)n;
    if (memo[n]) return memo[n];
    return memo[n] = fib(n - 1) + fib(n - 2);
}

struct out { char line[128]; int memo_filled; int hist[8]; int prime_sum; };
static struct out outs[T + 1];

static void run(int id) {
    int upto = 30 + id * 15;
    unsigned long long f = fib(upto);
    int filled = 0;
    for (int i = 0; i < 91; i++) filled += memo[i] != 0;
    for (int i = 0; i < 200 * (id + 1); i++) tls_stats.hist[(i * (id + 3)) % 8]++;
    for (int i = 0; i < 5; i++) tls_stats.primes[i] *= id + 1;
    const char *h = fmt_hex(f);
    snprintf(outs[id].line, sizeof outs[id].line, "fib(%d)=%llu hex=%s scratch_is_tls=%d", upto, f, h, h == scratch);
    outs[id].memo_filled = filled;
    memcpy(outs[id].hist, tls_stats.hist, sizeof outs[id].hist);
    int ps = 0;
    for (int i = 0; i < 5; i++) ps += tls_stats.primes[i];
    outs[id].prime_sum = ps;
}

static void *tmain(void *arg) { run((int)(long)arg); return NULL; }

int main(void) {
    pthread_t t[T];
    for (long i = 0; i < T; i++) pthread_create(&t[i], NULL, tmain, (void *)i);
    for (int i = 0; i < T; i++) pthread_join(t[i], NULL);
    int main_filled = 0;
    for (int i = 0; i < 91; i++) main_filled += memo[i] != 0;
    printf("main memo filled before run: %d, primes[4]=%d\n", main_filled, tls_stats.primes[4]);
    run(T);
    for (int i = 0; i <= T; i++) {
        printf("[%d] %s memo=%d prime_sum=%d hist:", i, outs[i].line, outs[i].memo_filled, outs[i].prime_sum);
        for (int k = 0; k < 8; k++) printf(" %d", outs[i].hist[k]);
        printf("\n");
    }
    return 0;
}
