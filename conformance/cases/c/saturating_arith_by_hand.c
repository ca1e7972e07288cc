#include <stdio.h>
#include <stdint.h>
#include <limits.h>

/* Saturating arithmetic written by hand for int8/int16/int32/uint8 (the
   patterns compilers turn into sadd.sat/uadd.sat or pminsw-style
   clamps), cross-checked against __builtin_*_overflow based versions, and
   used to mix 16-bit audio samples and apply gain in Q15 fixed point. */

static int16_t sat16(int32_t v) { return v > INT16_MAX ? INT16_MAX : v < INT16_MIN ? INT16_MIN : (int16_t)v; }
static int8_t sadd8(int8_t a, int8_t b) { int s = a + b; return s > 127 ? 127 : s < -128 ? -128 : (int8_t)s; }
static uint8_t uadd8(uint8_t a, uint8_t b) { unsigned s = (unsigned)a + b; return s > 255 ? 255 : (uint8_t)s; }
static uint8_t usub8(uint8_t a, uint8_t b) { return a > b ? (uint8_t)(a - b) : 0; }
static int32_t sadd32(int32_t a, int32_t b) {
    int32_t r;
    if (__builtin_add_overflow(a, b, &r)) return a < 0 ? INT32_MIN : INT32_MAX;
    return r;
}
static int32_t sadd32_manual(int32_t a, int32_t b) {
    int64_t s = (int64_t)a + b;
    return s > INT32_MAX ? INT32_MAX : s < INT32_MIN ? INT32_MIN : (int32_t)s;
}
static int32_t smul32(int32_t a, int32_t b) {
    int32_t r;
    if (__builtin_mul_overflow(a, b, &r)) return (a < 0) != (b < 0) ? INT32_MIN : INT32_MAX;
    return r;
}
static int16_t q15_mul(int16_t a, int16_t b) {
    int32_t p = ((int32_t)a * b + (1 << 14)) >> 15;
    return sat16(p);
}

int main(void) {
    int mism = 0;
    for (int a = -128; a <= 127; a += 3)
        for (int b = -128; b <= 127; b += 5) {
            int8_t r = sadd8((int8_t)a, (int8_t)b);
            int8_t r2;
            if (__builtin_add_overflow((int8_t)a, (int8_t)b, &r2)) r2 = a < 0 ? -128 : 127;
            mism += r != r2;
        }
    for (unsigned a = 0; a < 256; a += 7)
        for (unsigned b = 0; b < 256; b += 11) {
            uint8_t r2;
            mism += uadd8((uint8_t)a, (uint8_t)b) != (__builtin_add_overflow((uint8_t)a, (uint8_t)b, &r2) ? 255 : r2);
            mism += usub8((uint8_t)a, (uint8_t)b) != (__builtin_sub_overflow((uint8_t)a, (uint8_t)b, &r2) ? 0 : r2);
        }
    uint32_t s = 1;
    for (int i = 0; i < 20000; i++) {
        s = s * 747796405u + 2891336453u;
        int32_t a = (int32_t)s;
        s = s * 747796405u + 2891336453u;
        int32_t b = (int32_t)s;
        mism += sadd32(a, b) != sadd32_manual(a, b);
    }
    printf("mismatches=%d\n", mism);
    printf("sadd32(MAX,1)=%d sadd32(MIN,-1)=%d smul32(65536,65536)=%d smul32(-65536,65536)=%d smul32(-46341,46341)=%d\n",
           sadd32(INT32_MAX, 1), sadd32(INT32_MIN, -1), smul32(65536, 65536), smul32(-65536, 65536), smul32(-46341, 46341));
    /* mix three 16-bit tracks with gain and clipping */
    int16_t t1[32], t2[32], t3[32], mix[32];
    for (int i = 0; i < 32; i++) {
        t1[i] = (int16_t)(i * 2000 - 30000);
        t2[i] = (int16_t)((i % 8) * 4000);
        t3[i] = (int16_t)(i & 1 ? 20000 : -20000);
    }
    int clipped = 0;
    long energy = 0;
    for (int i = 0; i < 32; i++) {
        int32_t v = (int32_t)q15_mul(t1[i], 26214) + q15_mul(t2[i], 16384) + q15_mul(t3[i], 29491); /* 0.8,0.5,0.9 */
        mix[i] = sat16(v);
        clipped += mix[i] != v;
        energy += (long)mix[i] * mix[i] / 1024;
    }
    printf("mix:");
    for (int i = 0; i < 32; i += 4) printf(" %d", mix[i]);
    printf("\nclipped=%d energy=%ld q15(-32768*-32768)=%d\n", clipped, energy, q15_mul(INT16_MIN, INT16_MIN));
    return 0;
}
