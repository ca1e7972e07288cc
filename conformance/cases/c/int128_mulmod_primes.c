#include <stdio.h>
#include <stdint.h>

/* Deterministic Miller-Rabin for 64-bit integers using 128-bit products for
   modular multiplication, Pollard's rho factorisation, and modular
   exponentiation/inverse checks. */

typedef unsigned __int128 u128;

static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m) { return (uint64_t)((u128)a * b % m); }

static uint64_t powmod(uint64_t b, uint64_t e, uint64_t m) {
    uint64_t r = 1 % m;
    b %= m;
    while (e) {
        if (e & 1) r = mulmod(r, b, m);
        b = mulmod(b, b, m);
        e >>= 1;
    }
    return r;
}

static int is_prime(uint64_t n) {
    if (n < 2) return 0;
    static const uint64_t small[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};
    for (int i = 0; i < 12; i++) {
        if (n % small[i] == 0) return n == small[i];
    }
    uint64_t d = n - 1;
    int s = 0;
    while (!(d & 1)) { d >>= 1; s++; }
    for (int i = 0; i < 12; i++) {
        uint64_t x = powmod(small[i], d, n);
        if (x == 1 || x == n - 1) continue;
        int comp = 1;
        for (int r = 1; r < s; r++) {
            x = mulmod(x, x, n);
            if (x == n - 1) { comp = 0; break; }
        }
        if (comp) return 0;
    }
    return 1;
}

static uint64_t gcd(uint64_t a, uint64_t b) { while (b) { uint64_t t = a % b; a = b; b = t; } return a; }

static uint64_t rho(uint64_t n) {
    if (n % 2 == 0) return 2;
    for (uint64_t c = 1;; c++) {
        uint64_t x = 2, y = 2, d = 1;
        while (d == 1) {
            x = (mulmod(x, x, n) + c) % n;
            y = (mulmod(y, y, n) + c) % n;
            y = (mulmod(y, y, n) + c) % n;
            d = gcd(x > y ? x - y : y - x, n);
        }
        if (d != n) return d;
    }
}

static int factor(uint64_t n, uint64_t *out, int k) {
    if (n == 1) return k;
    if (is_prime(n)) { out[k++] = n; return k; }
    uint64_t d = rho(n);
    k = factor(d, out, k);
    return factor(n / d, out, k);
}

int main(void) {
    uint64_t tests[] = {1000000007ULL, 18446744073709551557ULL, 18446744073709551615ULL, 4294967297ULL,
                        999999999999999989ULL, 600851475143ULL, 1099511627791ULL * 3ULL, 3215031751ULL};
    int primes = 0;
    for (int i = 0; i < 8; i++) {
        uint64_t f[64];
        int k = factor(tests[i], f, 0);
        for (int a = 1; a < k; a++)
            for (int b = a; b > 0 && f[b - 1] > f[b]; b--) { uint64_t t = f[b]; f[b] = f[b - 1]; f[b - 1] = t; }
        primes += is_prime(tests[i]);
        printf("%llu prime=%d factors:", (unsigned long long)tests[i], is_prime(tests[i]));
        for (int j = 0; j < k; j++) printf(" %llu", (unsigned long long)f[j]);
        printf("\n");
    }
    uint64_t p = 18446744073709551557ULL;
    uint64_t a = 0x123456789ABCDEFULL;
    uint64_t inv = powmod(a, p - 2, p);
    printf("a*inv mod p = %llu\n", (unsigned long long)mulmod(a, inv, p));
    int count = 0;
    for (uint64_t n = (1ULL << 62); n < (1ULL << 62) + 2000; n++) count += is_prime(n);
    printf("primes in [2^62, 2^62+2000): %d\n", count);
    return primes * 10 + count % 10;
}
