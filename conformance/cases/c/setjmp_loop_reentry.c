#include <stdio.h>
#include <setjmp.h>

/* setjmp re-entered many times in a loop: each longjmp returns to the
   same setjmp with a different value, driving a retry state machine.
   volatile locals carry state across the jumps; non-volatile locals that
   are not modified between setjmp and longjmp are also kept. */

static jmp_buf retry;

static int flaky_op(int attempt, int seed) {
    /* fails deterministically for some attempts */
    int h = (attempt * 7919 + seed * 104729) % 13;
    if (h < 8) longjmp(retry, attempt + 1);
    return h * 1000 + attempt;
}

static int with_retries(int seed, int max_attempts, int *used) {
    volatile int attempt = 0;
    volatile int failures = 0;
    const int base = seed * 3; /* unmodified after setjmp: stays defined */
    int j = setjmp(retry);
    if (j != 0) {
        failures++;
        attempt = j;
        if (attempt >= max_attempts) { *used = attempt; return -(base + failures); }
    }
    int r = flaky_op(attempt, seed);
    *used = attempt + 1;
    return r + base * 0 + failures * 100000;
}

static jmp_buf counter_buf;
static int count_via_longjmp(int limit) {
    volatile int n = 0;
    volatile int sum = 0;
    int v = setjmp(counter_buf);
    sum += v;
    n++;
    if (n <= limit) longjmp(counter_buf, n * n);
    return sum;
}

int main(void) {
    for (int seed = 0; seed < 10; seed++) {
        int used;
        int r = with_retries(seed, 6, &used);
        printf("seed %d: result=%d attempts=%d\n", seed, r, used);
    }
    for (int lim = 0; lim <= 40; lim += 10) printf("sum of squares 1..%d via longjmp = %d\n", lim, count_via_longjmp(lim));
    /* longjmp with value 0 returns 1 from setjmp */
    volatile int zero_seen = 0;
    jmp_buf z;
    int v = setjmp(z);
    if (v == 0 && !zero_seen) { zero_seen = 1; longjmp(z, 0); }
    printf("longjmp(…,0) made setjmp return %d\n", v);
    return 0;
}
