#include <stdio.h>

/* Classic recursion: fibonacci (naive and memo), ackermann, gcd, power, binomials. */

static long fib_naive(int n) { return n < 2 ? n : fib_naive(n - 1) + fib_naive(n - 2); }

static long long memo[91];
static long long fib_memo(int n) {
    if (n < 2) return n;
    if (memo[n]) return memo[n];
    return memo[n] = fib_memo(n - 1) + fib_memo(n - 2);
}

static unsigned long ackermann(unsigned long m, unsigned long n) {
    if (m == 0) return n + 1;
    if (n == 0) return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, n - 1));
}

static long gcd(long a, long b) { return b == 0 ? a : gcd(b, a % b); }

static long long ipow(long long b, unsigned e) {
    if (e == 0) return 1;
    long long h = ipow(b, e / 2);
    return e % 2 ? h * h * b : h * h;
}

static long binom(int n, int k) {
    if (k == 0 || k == n) return 1;
    return binom(n - 1, k - 1) + binom(n - 1, k);
}

static int depth_sum(int n) { return n == 0 ? 0 : n + depth_sum(n - 1); }

int main(void) {
    for (int i = 0; i <= 24; i += 4) printf("fib_naive(%d)=%ld\n", i, fib_naive(i));
    for (int i = 50; i <= 90; i += 10) printf("fib_memo(%d)=%lld\n", i, fib_memo(i));
    for (unsigned long m = 0; m <= 3; m++) {
        for (unsigned long n = 0; n <= 4; n++) printf("A(%lu,%lu)=%-4lu ", m, n, ackermann(m, n));
        printf("\n");
    }
    printf("gcd(1071,462)=%ld gcd(2^40,6^15)=%ld\n", gcd(1071, 462), gcd(1L << 40, (long)ipow(6, 15)));
    printf("3^39=%lld (-2)^63 skip, 7^22=%lld\n", ipow(3, 39), ipow(7, 22));
    for (int n = 0; n <= 16; n += 4) {
        printf("row %2d:", n);
        for (int k = 0; k <= n; k += 2) printf(" %ld", binom(n, k));
        printf("\n");
    }
    printf("deep recursion sum(10000)=%d\n", depth_sum(10000));
    return 0;
}
