#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

/* Loops that clang -O2 turns into vector code with llvm.abs/smin/smax/umin/umax. */

#define N 1024

static int a[N], b[N], c[N];
static uint8_t p[N], q[N];
static int16_t h[N];

int main(void) {
    uint32_t s = 12345;
    for (int i = 0; i < N; i++) {
        s = s * 1664525u + 1013904223u;
        a[i] = (int)(s % 20001u) - 10000;
        s = s * 1664525u + 1013904223u;
        b[i] = (int)(s % 20001u) - 10000;
        p[i] = (uint8_t)(s >> 24);
        q[i] = (uint8_t)(s >> 16);
        h[i] = (int16_t)((int)(s >> 8 & 0xFFFF) - 32768);
    }
    long sad = 0;
    for (int i = 0; i < N; i++) sad += abs(a[i] - b[i]);
    printf("sum of abs differences: %ld\n", sad);
    for (int i = 0; i < N; i++) c[i] = a[i] > b[i] ? a[i] : b[i];
    long smax_sum = 0;
    for (int i = 0; i < N; i++) smax_sum += c[i];
    printf("sum of elementwise max: %ld\n", smax_sum);
    int lo = a[0], hi = a[0];
    for (int i = 0; i < N; i++) { if (a[i] < lo) lo = a[i]; if (a[i] > hi) hi = a[i]; }
    printf("min a=%d max a=%d\n", lo, hi);
    unsigned bytesad = 0;
    for (int i = 0; i < N; i++) bytesad += p[i] > q[i] ? p[i] - q[i] : q[i] - p[i];
    printf("byte SAD: %u\n", bytesad);
    uint8_t umax = 0, umin = 255;
    for (int i = 0; i < N; i++) { umax = p[i] > umax ? p[i] : umax; umin = q[i] < umin ? q[i] : umin; }
    printf("byte umax=%u umin=%u\n", umax, umin);
    /* saturating add on bytes */
    unsigned satsum = 0;
    for (int i = 0; i < N; i++) {
        unsigned t = (unsigned)p[i] + q[i];
        p[i] = (uint8_t)(t > 255 ? 255 : t);
        satsum += p[i];
    }
    printf("saturated byte sum: %u\n", satsum);
    /* clamp int16 */
    long hs = 0;
    for (int i = 0; i < N; i++) {
        int v = h[i] * 3;
        v = v > 32767 ? 32767 : v < -32768 ? -32768 : v;
        h[i] = (int16_t)v;
        hs += h[i];
    }
    printf("clamped int16 sum: %ld\n", hs);
    long long labsum = 0;
    for (int i = 0; i < N; i++) labsum += llabs((long long)a[i] * b[i]);
    printf("llabs product sum: %lld\n", labsum);
    return (int)(sad % 100);
}
