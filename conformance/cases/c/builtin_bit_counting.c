#include <stdio.h>
#include <stdint.h>

/* Bit-counting builtins in small algorithms: __builtin_popcount/ll for
   subset enumeration and Hamming distances, __builtin_parity/ll for
   parity bits of a (7,4)-style code, __builtin_ffs/ffsll for lowest set
   bit iteration (1-based, 0 for zero input), __builtin_clrsb/ll for the
   number of redundant sign bits (fitting values into narrower signed
   fields). */

static int bits_needed_signed(long long v) { return 64 - __builtin_clrsbll(v); }

int main(void) {
    /* subsets of an 12-element set with exactly k elements */
    int by_k[13] = {0};
    for (unsigned m = 0; m < (1u << 12); m++) by_k[__builtin_popcount(m)]++;
    printf("subsets by size:");
    for (int k = 0; k <= 12; k++) printf(" %d", by_k[k]);
    printf("\n");

    uint64_t words[] = {0, 1, 0x8000000000000000ULL, 0xFFFFFFFFFFFFFFFFULL, 0x0123456789ABCDEFULL, 0xAAAAAAAA55555555ULL};
    int n = sizeof words / sizeof *words;
    for (int i = 0; i < n; i++) {
        printf("%016llx pop=%2d parity=%d ffs=%2d clrsb=%2d\n", (unsigned long long)words[i], __builtin_popcountll(words[i]),
               __builtin_parityll(words[i]), __builtin_ffsll((long long)words[i]), __builtin_clrsbll((long long)words[i]));
    }
    int hd_total = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) hd_total += __builtin_popcountll(words[i] ^ words[j]);
    printf("sum of pairwise hamming distances=%d\n", hd_total);

    int ints[] = {0, 1, -1, 127, -128, 128, 32767, -32769, 0x40000000, -2147483647 - 1};
    for (unsigned i = 0; i < sizeof ints / sizeof *ints; i++)
        printf("int %11d: ffs=%2d clrsb=%2d parity=%d pop=%2d bits_needed=%d\n", ints[i], __builtin_ffs(ints[i]),
               __builtin_clrsb(ints[i]), __builtin_parity((unsigned)ints[i]), __builtin_popcount((unsigned)ints[i]),
               bits_needed_signed(ints[i]));

    /* iterate set bits lowest-first with ffs */
    unsigned long long board = 0x00FF00000000F00FULL;
    int order[64], cnt = 0;
    for (unsigned long long b = board; b; b &= b - 1) order[cnt++] = __builtin_ffsll((long long)b) - 1;
    printf("set bits (%d):", cnt);
    for (int i = 0; i < cnt; i++) printf(" %d", order[i]);
    printf("\n");

    /* (8,4) extended Hamming code using parity for check bits */
    int errors_fixed = 0;
    for (unsigned data = 0; data < 16; data++) {
        unsigned d1 = data & 1, d2 = data >> 1 & 1, d3 = data >> 2 & 1, d4 = data >> 3 & 1;
        unsigned p1 = d1 ^ d2 ^ d4, p2 = d1 ^ d3 ^ d4, p3 = d2 ^ d3 ^ d4;
        unsigned code = p1 | p2 << 1 | d1 << 2 | p3 << 3 | d2 << 4 | d3 << 5 | d4 << 6;
        code |= (unsigned)__builtin_parity(code) << 7;
        for (int flip = 0; flip < 7; flip++) {
            unsigned rx = code ^ (1u << flip);
            unsigned s1 = __builtin_parity(rx & 0x55), s2 = __builtin_parity(rx & 0x66), s3 = __builtin_parity(rx & 0x78);
            unsigned syn = s1 | s2 << 1 | s3 << 2;
            if (syn) rx ^= 1u << (syn - 1);
            errors_fixed += (rx & 0x7F) == (code & 0x7F);
        }
    }
    printf("hamming single-bit errors corrected: %d/112\n", errors_fixed);
    return errors_fixed == 112 ? 0 : 1;
}
