#include <stdio.h>
#include <stdint.h>
#include <string.h>

/* Byte-oriented loops with conditions: histograms (scatter, not
   vectorisable) next to vectorisable conditional counts, character class
   counts, threshold-and-count, run detection, and a byte-wise
   transform with select that becomes vector compares and blends. */

#define N 6007

static uint8_t data[N];
static uint8_t out[N];

__attribute__((noinline)) static void histogram(const uint8_t *p, int n, uint32_t h[256]) {
    memset(h, 0, 256 * sizeof h[0]);
    for (int i = 0; i < n; i++) h[p[i]]++;
}

__attribute__((noinline)) static int count_above(const uint8_t *p, int n, uint8_t t) {
    int c = 0;
    for (int i = 0; i < n; i++) c += p[i] > t;
    return c;
}

__attribute__((noinline)) static int count_class(const uint8_t *p, int n, int *digits, int *upper) {
    int lower = 0, d = 0, u = 0;
    for (int i = 0; i < n; i++) {
        uint8_t c = p[i];
        lower += (c >= 'a') & (c <= 'z');
        d += (uint8_t)(c - '0') < 10;
        u += (uint8_t)(c - 'A') < 26;
    }
    *digits = d;
    *upper = u;
    return lower;
}

__attribute__((noinline)) static void threshold(const uint8_t *restrict p, uint8_t *restrict q, int n, uint8_t t) {
    for (int i = 0; i < n; i++) q[i] = p[i] >= t ? 255 : p[i] / 2;
}

__attribute__((noinline)) static int count_edges(const uint8_t *p, int n) {
    int c = 0;
    for (int i = 1; i < n; i++) c += p[i] != p[i - 1];
    return c;
}

__attribute__((noinline)) static uint32_t weighted(const uint8_t *p, int n) {
    uint32_t s = 0;
    for (int i = 0; i < n; i++) s += p[i] & 1 ? p[i] * 3u : p[i];
    return s;
}

int main(void) {
    uint32_t st = 2463534242u;
    for (int i = 0; i < N; i++) {
        st ^= st << 13; st ^= st >> 17; st ^= st << 5;
        uint8_t c = (uint8_t)st;
        if (i % 3 == 0) c = (uint8_t)('a' + c % 26);
        else if (i % 7 == 0) c = (uint8_t)('0' + c % 10);
        if (i % 50 < 10) c = 'Z';
        data[i] = c;
    }
    uint32_t h[256];
    histogram(data, N, h);
    uint32_t maxv = 0;
    int maxb = 0, distinct = 0;
    for (int b = 0; b < 256; b++) {
        if (h[b] > maxv) { maxv = h[b]; maxb = b; }
        distinct += h[b] != 0;
    }
    printf("hist: distinct=%d mode=%d count=%u h['a']=%u h[0]=%u h[255]=%u\n", distinct, maxb, maxv, h['a'], h[0], h[255]);
    for (int t = 0; t <= 255; t += 85) printf("above %d: %d\n", t, count_above(data, N, (uint8_t)t));
    int dg, up;
    int lw = count_class(data, N, &dg, &up);
    printf("lower=%d digits=%d upper=%d\n", lw, dg, up);
    threshold(data, out, N, 128);
    uint32_t cs = 0;
    for (int i = 0; i < N; i++) cs = cs * 33 + out[i];
    printf("threshold checksum=%u\n", cs);
    printf("edges=%d weighted=%u\n", count_edges(data, N), weighted(data, N));
    return 0;
}
