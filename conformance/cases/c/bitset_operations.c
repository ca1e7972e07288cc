#include <stdio.h>
#include <stdint.h>
#include <string.h>

/* A fixed-size bitset of 1024 bits on uint64_t words: set algebra, counting, iteration,
   shifting across words, and a bitset-based prime sieve. */

#define BITS 1024
#define WORDS (BITS / 64)

typedef struct { uint64_t w[WORDS]; } bitset;

static void bs_set(bitset *b, int i) { b->w[i >> 6] |= 1ull << (i & 63); }
static int bs_get(const bitset *b, int i) { return (int)(b->w[i >> 6] >> (i & 63) & 1); }
static int bs_count(const bitset *b) { int c = 0; for (int i = 0; i < WORDS; i++) c += __builtin_popcountll(b->w[i]); return c; }
static bitset bs_and(bitset a, const bitset *b) { for (int i = 0; i < WORDS; i++) a.w[i] &= b->w[i]; return a; }
static bitset bs_or(bitset a, const bitset *b) { for (int i = 0; i < WORDS; i++) a.w[i] |= b->w[i]; return a; }
static bitset bs_xor(bitset a, const bitset *b) { for (int i = 0; i < WORDS; i++) a.w[i] ^= b->w[i]; return a; }
static bitset bs_not(bitset a) { for (int i = 0; i < WORDS; i++) a.w[i] = ~a.w[i]; return a; }
static bitset bs_shl(const bitset *a, int n) {
    bitset r;
    memset(&r, 0, sizeof r);
    int ws = n / 64, bsft = n % 64;
    for (int i = WORDS - 1; i >= ws; i--) {
        uint64_t v = a->w[i - ws] << bsft;
        if (bsft && i - ws - 1 >= 0) v |= a->w[i - ws - 1] >> (64 - bsft);
        r.w[i] = v;
    }
    return r;
}
static int bs_next(const bitset *b, int from) {
    for (int i = from; i < BITS;) {
        uint64_t w = b->w[i >> 6] >> (i & 63);
        if (w) return i + __builtin_ctzll(w);
        i = (i | 63) + 1;
    }
    return -1;
}

int main(void) {
    bitset evens, threes, primes;
    memset(&evens, 0, sizeof evens);
    memset(&threes, 0, sizeof threes);
    for (int i = 0; i < BITS; i += 2) bs_set(&evens, i);
    for (int i = 0; i < BITS; i += 3) bs_set(&threes, i);
    bitset both = bs_and(evens, &threes), either = bs_or(evens, &threes), one = bs_xor(evens, &threes), neither = bs_not(either);
    printf("evens=%d threes=%d both=%d either=%d exactly-one=%d neither=%d\n", bs_count(&evens), bs_count(&threes),
           bs_count(&both), bs_count(&either), bs_count(&one), bs_count(&neither));
    bitset composite;
    memset(&composite, 0, sizeof composite);
    bs_set(&composite, 0);
    bs_set(&composite, 1);
    for (int i = 2; i * i < BITS; i++)
        if (!bs_get(&composite, i)) for (int j = i * i; j < BITS; j += i) bs_set(&composite, j);
    primes = bs_not(composite);
    printf("primes below %d: %d\nfirst primes:", BITS, bs_count(&primes));
    int k = 0;
    for (int i = bs_next(&primes, 0); i >= 0 && k < 15; i = bs_next(&primes, i + 1), k++) printf(" %d", i);
    printf("\n");
    bitset twin = bs_and(primes, &(bitset){{0}});
    bitset shifted = bs_shl(&primes, 2);
    twin = bs_and(primes, &shifted);
    printf("twin prime pairs (p, p+2) below %d: %d\nlast twins:", BITS, bs_count(&twin));
    int last[5], nl = 0;
    for (int i = bs_next(&twin, 0); i >= 0; i = bs_next(&twin, i + 1)) { last[nl % 5] = i; nl++; }
    for (int i = 0; i < 5; i++) printf(" (%d,%d)", last[(nl + i) % 5] - 2, last[(nl + i) % 5]);
    printf("\n");
    for (int n = 0; n < 130; n += 63) {
        bitset s = bs_shl(&threes, n);
        printf("threes << %3d: count=%d first=%d\n", n, bs_count(&s), bs_next(&s, 0));
    }
    return 0;
}
