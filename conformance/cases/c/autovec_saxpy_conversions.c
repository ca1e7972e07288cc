#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <stdint.h>

/* Vectorisable float loops without reassociation: saxpy, element-wise
   scale/offset, int->float and float->int conversion loops, uint8->float
   normalisation, double<->float narrowing, and clamping with fminf/fmaxf
   style selects. Results are summarised by exact checksums of bits. */

#define N 2053

static float x[N], y[N], z[N];
static int32_t iv[N];
static uint8_t u8[N];
static double dv[N];

__attribute__((noinline)) static void saxpy(float a, const float *restrict xs, float *restrict ys, int n) {
    for (int i = 0; i < n; i++) ys[i] = a * xs[i] + ys[i];
}

__attribute__((noinline)) static void i2f(const int32_t *restrict in, float *restrict out, int n) {
    for (int i = 0; i < n; i++) out[i] = (float)in[i] * 0.5f;
}

__attribute__((noinline)) static void f2i(const float *restrict in, int32_t *restrict out, int n) {
    for (int i = 0; i < n; i++) out[i] = (int32_t)(in[i] * 3.0f);
}

__attribute__((noinline)) static void u8norm(const uint8_t *restrict in, float *restrict out, int n) {
    for (int i = 0; i < n; i++) out[i] = in[i] * (1.0f / 255.0f);
}

__attribute__((noinline)) static void narrow(const double *restrict in, float *restrict out, int n) {
    for (int i = 0; i < n; i++) out[i] = (float)(in[i] * 1.5);
}

__attribute__((noinline)) static void clampf(float *p, float lo, float hi, int n) {
    for (int i = 0; i < n; i++) {
        float v = p[i];
        v = v < lo ? lo : v;
        v = v > hi ? hi : v;
        p[i] = v;
    }
}

static uint32_t fbits_hash(const float *p, int n) {
    uint32_t h = 2166136261u;
    for (int i = 0; i < n; i++) {
        uint32_t u;
        __builtin_memcpy(&u, &p[i], 4);
        h = (h ^ u) * 16777619u;
    }
    return h;
}

int main(void) {
    for (int i = 0; i < N; i++) {
        x[i] = (float)(i % 97) * 0.37f - 11.0f;
        y[i] = (float)(i % 13) / 7.0f;
        iv[i] = (i * 7919) % 100003 - 50000;
        u8[i] = (uint8_t)(i * 31);
        dv[i] = (double)i / 3.0 - 100.0;
    }
    saxpy(2.5f, x, y, N);
    printf("saxpy hash=%08x y[0]=%.9g y[1000]=%.9g\n", fbits_hash(y, N), y[0], y[1000]);
    i2f(iv, z, N);
    printf("i2f hash=%08x z[5]=%.9g\n", fbits_hash(z, N), z[5]);
    f2i(y, iv, N);
    long long s = 0;
    for (int i = 0; i < N; i++) s += iv[i];
    printf("f2i sum=%lld iv[7]=%d\n", s, iv[7]);
    u8norm(u8, z, N);
    printf("u8norm hash=%08x z[200]=%.9g\n", fbits_hash(z, N), z[200]);
    narrow(dv, z, N);
    printf("narrow hash=%08x z[N-1]=%.9g\n", fbits_hash(z, N), z[N - 1]);
    clampf(z, -50.0f, 50.0f, N);
    int lo = 0, hi = 0;
    for (int i = 0; i < N; i++) { lo += z[i] == -50.0f; hi += z[i] == 50.0f; }
    printf("clamp hash=%08x lo=%d hi=%d\n", fbits_hash(z, N), lo, hi);
    return 0;
}
