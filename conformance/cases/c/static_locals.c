#include <stdio.h>

/* Static local variables: counters, lazy init, generators, per-function state. */

static int counter(void) { static int n; return ++n; }

static const int *primes_upto_100(int *count) {
    static int primes[30];
    static int n = -1;
    if (n < 0) {
        n = 0;
        for (int i = 2; i < 100; i++) {
            int p = 1;
            for (int d = 2; d * d <= i; d++) if (i % d == 0) { p = 0; break; }
            if (p) primes[n++] = i;
        }
    }
    *count = n;
    return primes;
}

static int fib_gen(int reset) {
    static int a = 0, b = 1;
    if (reset) { a = 0; b = 1; return 0; }
    int r = a;
    int t = a + b; a = b; b = t;
    return r;
}

static const char *ring(void) {
    static const char *names[] = {"red", "green", "blue"};
    static int idx = 2;
    idx = (idx + 1) % 3;
    return names[idx];
}

static double running_mean(double x) {
    static double sum;
    static long n;
    sum += x;
    n++;
    return sum / n;
}

int main(void) {
    for (int i = 0; i < 5; i++) printf("counter=%d\n", counter());
    int n;
    const int *p = primes_upto_100(&n);
    printf("%d primes, last=%d\n", n, p[n - 1]);
    p = primes_upto_100(&n);
    printf("second call same array contents: %d %d %d\n", p[0], p[1], p[2]);
    for (int i = 0; i < 12; i++) printf("%d ", fib_gen(0));
    printf("\n");
    fib_gen(1);
    int f0 = fib_gen(0), f1 = fib_gen(0), f2 = fib_gen(0);
    printf("after reset: %d %d %d\n", f0, f1, f2);
    for (int i = 0; i < 7; i++) printf("%s ", ring());
    printf("\n");
    double m = 0;
    for (int i = 1; i <= 10; i++) m = running_mean(i * i);
    printf("running mean of squares 1..10 = %g\n", m);
    return counter() - 6;
}
