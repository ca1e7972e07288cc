#include <stdio.h>
#include <stdint.h>

/* Rounding of 64-bit integer -> float/double conversions (signed and
   unsigned, including unsigned values >= 2^63 which need special code on
   x86-64 without AVX-512): values with more significant bits than the
   mantissa, exact ties rounding to even, just-above-tie values, and a
   sweep compared against a reference rounding computed with integers. */

/* round-to-nearest-even of a uint64 to 'bits' significant bits, as an integer */
static uint64_t ref_round(uint64_t v, int bits) {
    if (v == 0) return 0;
    int msb = 63 - __builtin_clzll(v);
    int drop = msb + 1 - bits;
    if (drop <= 0) return v;
    uint64_t keep = v >> drop, rem = v & ((1ULL << drop) - 1), half = 1ULL << (drop - 1);
    if (rem > half || (rem == half && (keep & 1))) keep++;
    if (drop + (64 - __builtin_clzll(keep)) > 64) return 0; /* rounds up to 2^64: signalled as 0 */
    return keep << drop;
}

int main(void) {
    volatile uint64_t cases[] = {
        (1ULL << 53) + 1, (1ULL << 53) + 2, (1ULL << 53) + 3, (1ULL << 54) + 2, (1ULL << 54) + 6,
        (1ULL << 24) + 1, (1ULL << 24) + 3, 0xFFFFFFFFFFFFFFFFULL, 0x8000000000000000ULL, 0x8000000000000400ULL,
        0x8000000000000401ULL, 0x8000000000000C00ULL, 0xFFFFFFFFFFFFFBFFULL, 0xFFFFFF7FFFFFFFFFULL, 0x0000FFFFFF800000ULL,
    };
    for (unsigned i = 0; i < sizeof cases / sizeof *cases; i++) {
        uint64_t u = cases[i];
        double d = (double)u;
        float f = (float)u;
        printf("u=%016llx double=%.17g float=%.9g\n", (unsigned long long)u, d, (double)f);
        if (u <= INT64_MAX) {
            int64_t s = -(int64_t)u;
            printf("   neg: double=%.17g float=%.9g\n", (double)s, (double)(float)s);
        }
    }
    /* sweep: compare against integer reference rounding */
    int bad_d = 0, bad_f = 0, checked = 0;
    uint64_t x = 0x9E3779B97F4A7C15ULL;
    for (int i = 0; i < 20000; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        uint64_t v = x >> (i % 40);
        uint64_t rd = ref_round(v, 53), rf = ref_round(v, 24);
        double d = (double)v;
        float f = (float)v;
        if (rd && d < 18446744073709551616.0 && (uint64_t)d != rd) bad_d++;
        if (rf && f < 18446744073709551616.0f && (uint64_t)f != rf) bad_f++;
        int64_t sv = (int64_t)(v >> 1);
        if (i & 1) sv = -sv;
        double sd = (double)sv;
        uint64_t mag = (uint64_t)(sv < 0 ? -sv : sv);
        uint64_t rs = ref_round(mag, 53);
        if (rs && (uint64_t)(sd < 0 ? -sd : sd) != rs) bad_d++;
        checked++;
    }
    printf("sweep checked=%d bad_double=%d bad_float=%d\n", checked, bad_d, bad_f);
    /* int32 -> float rounding */
    volatile int32_t i32[] = {16777217, 16777219, -16777217, 2147483647, -2147483647, 33554435};
    for (int i = 0; i < 6; i++) printf("i32 %d -> float %.1f\n", i32[i], (double)(float)i32[i]);
    return bad_d + bad_f;
}
