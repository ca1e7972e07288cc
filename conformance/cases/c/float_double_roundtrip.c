#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <float.h>

/* float <-> double conversions, rounding on narrowing, bit patterns. */

static uint32_t fbits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static uint64_t dbits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static float from_bits(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }

int main(void) {
    double ds[] = {0.1, 1.0 / 3, 2.0 / 3, 1e-40, 1e-46, 3.4028235677973366e38, 16777217.0, 0.5 + 1e-9, 123456789.123456789};
    for (int i = 0; i < 9; i++) {
        float f = (float)ds[i];
        double back = f;
        printf("%-24.17g -> float %-15.9g bits %08x back %.17g exact=%d\n", ds[i], f, fbits(f), back, back == ds[i]);
    }
    float fs[] = {0.1f, 0.2f, 0.3f, 1.0f / 3.0f, FLT_MIN, FLT_MAX, 1e-45f};
    for (int i = 0; i < 7; i++) {
        double d = fs[i];
        float f2 = (float)d;
        printf("float %.9g double %a bits %016llx roundtrip-equal=%d\n", fs[i], d, (unsigned long long)dbits(d),
               fbits(f2) == fbits(fs[i]));
    }
    printf("0.1f+0.2f == 0.3f: %d, 0.1+0.2 == 0.3: %d\n", 0.1f + 0.2f == 0.3f, 0.1 + 0.2 == 0.3);
    printf("(float)(0.1+0.2) == 0.3f: %d\n", (float)(0.1 + 0.2) == 0.3f);
    /* round-to-nearest-even on narrowing */
    for (uint32_t m = 0; m < 4; m++) {
        double d = 1.0 + (double)(2 * m + 1) / (1 << 24); /* halfway between floats */
        float f = (float)d;
        printf("halfway %u: %.17g -> %08x\n", m, d, fbits(f));
    }
    /* walk the float line */
    float x = 1.0f;
    for (int i = 0; i < 4; i++) { x = from_bits(fbits(x) + 1); printf("next float: %.9g\n", x); }
    /* accumulate in float vs double */
    float fsum = 0; double dsum = 0;
    for (int i = 1; i <= 100000; i++) { fsum += 1.0f / i; dsum += 1.0 / i; }
    printf("harmonic float=%.7g double=%.15g diff=%.3e\n", fsum, dsum, dsum - fsum);
    return 0;
}
