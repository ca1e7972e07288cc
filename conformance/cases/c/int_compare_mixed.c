#include <stdio.h>
#include <stdint.h>

/* Comparisons: signed vs unsigned, usual arithmetic conversions, min/max. */

static const char *cmp3(long long a, long long b) { return a < b ? "<" : a > b ? ">" : "="; }

int main(void) {
    int si = -1;
    unsigned ui = 1;
    printf("-1 < 1u (converted to unsigned): %d\n", si < (int)ui ? 1 : 0);
    printf("(unsigned)-1 > 1u: %d\n", (unsigned)si > ui);
    long sl = -1;
    printf("-1L < 1u (long holds both): %d\n", sl < ui);
    unsigned short us = 65535;
    short ss = -1;
    printf("ushort 65535 vs short -1 (both promote to int): %d\n", us > ss);
    unsigned char uc = 255;
    signed char sc = -1;
    printf("uchar 255 == schar -1: %d, (uchar)sc == uc: %d\n", uc == sc, (unsigned char)sc == uc);
    long long vals[] = {-5, 0, 5, -9223372036854775807LL, 9223372036854775807LL, 42};
    for (int i = 0; i < 6; i++) {
        for (int j = 0; j < 6; j++) printf("%s", cmp3(vals[i], vals[j]));
        printf("\n");
    }
    /* unsigned comparisons used as range checks */
    int data[] = {-3, 0, 5, 9, 10, 11, 100, -100};
    for (int i = 0; i < 8; i++) {
        int x = data[i];
        int in_range = (unsigned)x < 10u;
        int in_range2 = x >= 0 && x < 10;
        printf("%d in [0,10): %d %d\n", x, in_range, in_range2);
    }
    /* min / max reductions that become smin/smax/umin/umax */
    int32_t a[200]; uint32_t b[200];
    uint32_t s = 7;
    for (int i = 0; i < 200; i++) {
        s = s * 1103515245u + 12345u;
        a[i] = (int32_t)(s >> 1) - 0x40000000;
        b[i] = s;
    }
    int32_t mn = a[0], mx = a[0];
    uint32_t umn = b[0], umx = b[0];
    for (int i = 1; i < 200; i++) {
        mn = a[i] < mn ? a[i] : mn;
        mx = a[i] > mx ? a[i] : mx;
        umn = b[i] < umn ? b[i] : umn;
        umx = b[i] > umx ? b[i] : umx;
    }
    printf("smin=%d smax=%d umin=%u umax=%u\n", mn, mx, umn, umx);
    int clamped = 0;
    for (int i = 0; i < 200; i++) {
        int v = a[i] / 1000000;
        v = v < -100 ? -100 : v > 100 ? 100 : v;
        clamped += v;
    }
    printf("clamped sum=%d\n", clamped);
    int64_t x64 = -1; uint64_t y64 = 0;
    printf("i64 -1 < u64 0 after conversion: %d\n", (uint64_t)x64 < y64);
    return 0;
}
