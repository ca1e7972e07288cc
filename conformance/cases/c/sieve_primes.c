#include <stdio.h>
#include <string.h>
#include <stdint.h>

/* Sieve of Eratosthenes (byte and bit versions), prime gaps, twin primes, Goldbach checks. */

#define N 50000

static unsigned char sieve[N + 1];
static uint64_t bits[(N >> 6) + 1];

int main(void) {
    memset(sieve, 1, sizeof sieve);
    sieve[0] = sieve[1] = 0;
    for (int i = 2; (long)i * i <= N; i++)
        if (sieve[i]) for (int j = i * i; j <= N; j += i) sieve[j] = 0;
    int count = 0, twins = 0, maxgap = 0, gapat = 0, last = 2;
    long long sum = 0;
    for (int i = 2; i <= N; i++) {
        if (!sieve[i]) continue;
        count++;
        sum += i;
        if (i - last > maxgap) { maxgap = i - last; gapat = last; }
        if (i - last == 2) twins++;
        last = i;
    }
    printf("primes <= %d: %d, sum %lld, twins %d, largest %d\n", N, count, sum, twins, last);
    printf("max gap %d after %d\n", maxgap, gapat);
    int marks[] = {10, 100, 1000, 10000, 25000, 50000};
    int k = 0, c = 0;
    for (int i = 0; i <= N && k < 6; i++) {
        c += sieve[i];
        if (i == marks[k]) { printf("pi(%d)=%d\n", marks[k], c); k++; }
    }
    /* odd-only bit sieve */
    for (int i = 3; (long)i * i <= N; i += 2)
        if (!(bits[i >> 6] >> (i & 63) & 1))
            for (int j = i * i; j <= N; j += 2 * i) bits[j >> 6] |= 1ull << (j & 63);
    int bcount = 1;
    for (int i = 3; i <= N; i += 2) bcount += !(bits[i >> 6] >> (i & 63) & 1);
    printf("bit sieve count=%d match=%d\n", bcount, bcount == count);
    int worst = 0, worst_n = 0;
    for (int n = 4; n <= 1500; n += 2) {
        int ways = 0;
        for (int p = 2; p <= n / 2; p++) if (sieve[p] && sieve[n - p]) ways++;
        if (n > 1000 && (worst == 0 || ways < worst)) { worst = ways; worst_n = n; }
        if (ways == 0) printf("goldbach fails at %d!\n", n);
    }
    printf("fewest goldbach partitions above 1000 up to 1500: %d ways for %d\n", worst, worst_n);
    return 0;
}
