#include <stdio.h>

/* _BitInt(7) and _BitInt(13): unsigned wraparound at the odd width, signed
   arithmetic inside the range, shifts, comparisons, conversions from wider
   integers (truncation) and promotion to int for printing. */

typedef unsigned _BitInt(7) u7;
typedef _BitInt(7) s7;
typedef unsigned _BitInt(13) u13;
typedef _BitInt(13) s13;

static u7 u7_add(u7 a, u7 b) { return a + b; }
static u13 u13_mul(u13 a, u13 b) { return a * b; }
static s13 s13_div(s13 a, s13 b) { return a / b; }

int main(void) {
    u7 x = 120;
    for (int i = 0; i < 6; i++) {
        x = u7_add(x, 3);
        printf("u7 step %d: %d\n", i, (int)x);
    }
    u7 m = (u7)-1;
    printf("u7 max=%d, max+1=%d, 0-1=%d\n", (int)m, (int)(u7)(m + (u7)1), (int)(u7)((u7)0 - (u7)1));
    s7 lo = -64, hi = 63;
    printf("s7 range [%d, %d] sizeof=%zu\n", (int)lo, (int)hi, sizeof(s7));
    u13 acc = 1;
    for (int i = 1; i <= 10; i++) {
        acc = u13_mul(acc, (u13)i);
        printf("10!-partial mod 8192: %d! = %d\n", i, (int)acc);
    }
    s13 vals[] = {-4096, 4095, -1, 1000, -1000, 7};
    for (int i = 0; i < 6; i++) {
        s13 v = vals[i];
        printf("s13 %5d: /7=%d %%7=%d >>3=%d <<2(u)=%d neg=%d\n", (int)v, (int)s13_div(v, 7), (int)(v % 7), (int)(v >> 3),
               (int)(u13)((u13)v << 2), v == -4096 ? 0 : (int)-v);
    }
    /* truncating conversions from int */
    int wide[] = {300, -300, 8191, 8192, 100000, -1};
    for (int i = 0; i < 6; i++)
        printf("(u7)%d=%d (u13)%d=%d\n", wide[i], (int)(u7)wide[i], wide[i], (int)(u13)wide[i]);
    /* comparisons of mixed widths */
    u7 a7 = 100;
    s13 b13 = -5;
    u13 c13 = 100;
    printf("a7>b13=%d a7==c13=%d a7<c13+1=%d\n", a7 > b13, a7 == c13, a7 < c13 + 1);
    /* LFSR over 13 bits using unsigned wraparound */
    u13 lfsr = 0x1ACE;
    int period = 0;
    do {
        u13 bit = ((lfsr >> 0) ^ (lfsr >> 1) ^ (lfsr >> 3) ^ (lfsr >> 12)) & 1;
        lfsr = (lfsr >> 1) | (bit << 12);
        period++;
    } while (lfsr != 0x1ACE && period < 10000);
    printf("lfsr13 period=%d\n", period);
    return (int)(u7)(period);
}
