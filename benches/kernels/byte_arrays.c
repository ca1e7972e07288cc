/* byte_arrays.c - byte-array work over a generated buffer.
 *
 * 1. Sieve of Eratosthenes on an unsigned char array of n entries.
 * 2. An LCG-generated text buffer of n bytes over a 12-letter alphabet
 *    with spaces; a byte histogram, a count of words, the longest run of
 *    one byte, and naive counting of several patterns (hand-written
 *    search, no libc).
 * 3. An in-place byte transform (Caesar-like shift by position) followed
 *    by reversing the buffer, then a rolling checksum.
 *
 * argv[1] = n in KiB (work is linear in it; sieve is n log log n).
 */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

#define DEFAULT_KIB 10240

static unsigned long sieve(unsigned char *flags, size_t n, uint64_t *prime_sum)
{
    for (size_t i = 0; i < n; i++)
        flags[i] = 1;
    if (n > 0)
        flags[0] = 0;
    if (n > 1)
        flags[1] = 0;
    for (size_t i = 2; i * i < n; i++) {
        if (!flags[i])
            continue;
        for (size_t j = i * i; j < n; j += i)
            flags[j] = 0;
    }
    unsigned long count = 0;
    uint64_t sum = 0;
    for (size_t i = 0; i < n; i++) {
        if (flags[i]) {
            count++;
            sum += i;
        }
    }
    *prime_sum = sum;
    return count;
}

static void fill_text(unsigned char *buf, size_t n)
{
    static const char alphabet[] = "etaoinshrdlu";
    uint32_t s = 0xC0FFEEu;
    for (size_t i = 0; i < n; i++) {
        s = s * 1664525u + 1013904223u;
        uint32_t r = s >> 24;
        if (r < 40)
            buf[i] = ' ';
        else
            buf[i] = (unsigned char)alphabet[r % 12u];
    }
}

static unsigned long count_pattern(const unsigned char *buf, size_t n,
                                   const char *pat, size_t m)
{
    unsigned long hits = 0;
    if (m == 0 || m > n)
        return 0;
    unsigned char first = (unsigned char)pat[0];
    for (size_t i = 0; i + m <= n; i++) {
        if (buf[i] != first)
            continue;
        size_t k = 1;
        while (k < m && buf[i + k] == (unsigned char)pat[k])
            k++;
        if (k == m)
            hits++;
    }
    return hits;
}

static size_t str_len(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

int main(int argc, char **argv)
{
    long kib = DEFAULT_KIB;
    if (argc > 1) {
        long v = atol(argv[1]);
        if (v > 0)
            kib = v;
    }
    size_t n = (size_t)kib * 1024u;

    unsigned char *flags = malloc(n);
    unsigned char *text = malloc(n);
    if (!flags || !text) {
        printf("checksum: out-of-memory\n");
        return 1;
    }

    uint64_t check = 0;

    uint64_t prime_sum = 0;
    unsigned long primes = sieve(flags, n, &prime_sum);
    check = primes * 0x9E3779B97F4A7C15ULL + prime_sum;

    fill_text(text, n);

    unsigned long hist[256] = {0};
    unsigned long words = 0;
    size_t best_run = 0, run = 0;
    unsigned char prev = 0;
    int in_word = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = text[i];
        hist[c]++;
        if (c == ' ') {
            in_word = 0;
        } else if (!in_word) {
            in_word = 1;
            words++;
        }
        if (c == prev) {
            run++;
        } else {
            run = 1;
            prev = c;
        }
        if (run > best_run)
            best_run = run;
    }
    for (int c = 0; c < 256; c++)
        check = check * 31u + hist[c];
    check ^= (uint64_t)words << 3;
    check += best_run;

    static const char *patterns[] = {"the", "ease", "tin ", "oil", "sun", "ate", "lure"};
    for (size_t p = 0; p < sizeof patterns / sizeof patterns[0]; p++) {
        unsigned long h = count_pattern(text, n, patterns[p], str_len(patterns[p]));
        check = check * 1000003u + h;
    }

    for (size_t i = 0; i < n; i++)
        text[i] = (unsigned char)(text[i] + (unsigned char)(i * 7u));
    for (size_t lo = 0, hi = n - 1; lo < hi; lo++, hi--) {
        unsigned char t = text[lo];
        text[lo] = text[hi];
        text[hi] = t;
    }
    uint32_t a = 1, b = 0;
    for (size_t i = 0; i < n; i++) {
        a = (a + text[i]) % 65521u;
        b = (b + a) % 65521u;
    }
    check ^= ((uint64_t)b << 16) | a;

    free(flags);
    free(text);
    printf("checksum: %llu\n", (unsigned long long)check);
    return 0;
}
