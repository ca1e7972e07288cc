#include <stdio.h>

/* __int128 shifts by every amount 0..127 (variable and constant), arithmetic
   vs logical right shift, rotations built from shifts, comparisons between
   signed and unsigned 128-bit values, and sorting by 128-bit keys. */

typedef __int128 i128;
typedef unsigned __int128 u128;

static void p128(const char *l, u128 v) {
    printf("%s=%016llx%016llx\n", l, (unsigned long long)(v >> 64), (unsigned long long)v);
}

static u128 rotl128(u128 v, unsigned r) { r &= 127; return r ? (v << r) | (v >> (128 - r)) : v; }

static int popcount128(u128 v) { return __builtin_popcountll((unsigned long long)v) + __builtin_popcountll((unsigned long long)(v >> 64)); }

static int clz128(u128 v) {
    unsigned long long hi = (unsigned long long)(v >> 64);
    if (hi) return __builtin_clzll(hi);
    unsigned long long lo = (unsigned long long)v;
    return lo ? 64 + __builtin_clzll(lo) : 128;
}

int main(void) {
    u128 pat = ((u128)0x8123456789ABCDEFULL << 64) | 0xFEDCBA9876543210ULL;
    i128 spat = (i128)pat;
    unsigned long long h = 0;
    for (unsigned s = 0; s < 128; s++) {
        u128 l = pat << s, r = pat >> s;
        i128 ar = spat >> s;
        h = h * 1000003 ^ (unsigned long long)l ^ (unsigned long long)(r >> 3) ^ (unsigned long long)((u128)ar >> 64);
        if (s % 31 == 0) { printf("s=%u ", s); p128("shl", l); printf("      "); p128("lshr", r); printf("      "); p128("ashr", (u128)ar); }
    }
    printf("shift hash=%016llx\n", h);
    p128("c<<64", pat << 64);
    p128("c>>64", pat >> 64);
    p128("c a>>127", (u128)(spat >> 127));
    p128("rotl 4", rotl128(pat, 4));
    p128("rotl 100", rotl128(pat, 100));
    printf("rot roundtrip=%d popcount=%d clz=%d clz(1)=%d\n", rotl128(rotl128(pat, 77), 51) == pat, popcount128(pat),
           clz128(pat >> 5), clz128(1));

    i128 vals[] = {0, -1, 1, (i128)1 << 64, -((i128)1 << 64), (i128)(~(u128)0 >> 1), -(i128)(~(u128)0 >> 1) - 1, 12345};
    int nv = sizeof vals / sizeof *vals;
    for (int i = 0; i < nv; i++) {
        for (int j = 0; j < nv; j++) {
            int sc = (vals[i] > vals[j]) - (vals[i] < vals[j]);
            u128 ui = (u128)vals[i], uj = (u128)vals[j];
            int uc = (ui > uj) - (ui < uj);
            putchar("<=>"[sc + 1]);
            putchar("<=>"[uc + 1]);
            putchar(' ');
        }
        putchar('\n');
    }
    /* insertion sort by signed key */
    for (int i = 1; i < nv; i++) {
        i128 x = vals[i];
        int j = i - 1;
        while (j >= 0 && vals[j] > x) { vals[j + 1] = vals[j]; j--; }
        vals[j + 1] = x;
    }
    for (int i = 0; i < nv; i++) p128("sorted", (u128)vals[i]);
    printf("clz128(pat >> 40) = %d\n", (int)(clz128(pat >> 40)));
    return 0;
}
