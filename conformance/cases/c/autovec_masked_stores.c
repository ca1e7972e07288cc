#include <stdio.h>
#include <stdint.h>

/* Conditional stores and loads inside loops: if (x[i] > 0) y[i] = ...
   becomes llvm.masked.store with AVX2; conditional loads guarded by a
   predicate; ReLU, sign-dependent updates, clipped accumulation and
   conditional swap. The untouched elements must keep their old values. */

#define N 2051

static int32_t x[N], y[N], z[N];
static float fx[N], fy[N];

__attribute__((noinline)) static void relu_store(const int32_t *restrict in, int32_t *restrict out, int n) {
    for (int i = 0; i < n; i++)
        if (in[i] > 0) out[i] = in[i] * 2 + 1;
}

__attribute__((noinline)) static void cond_load(const int32_t *restrict in, const int32_t *restrict other,
                                                int32_t *restrict out, int n) {
    for (int i = 0; i < n; i++) {
        if (in[i] & 1) out[i] += other[i];
    }
}

__attribute__((noinline)) static void fcond(const float *restrict in, float *restrict out, int n) {
    for (int i = 0; i < n; i++)
        if (in[i] < 0.0f) out[i] = -in[i] * 0.5f;
}

__attribute__((noinline)) static void cond_swap(int32_t *restrict p, int32_t *restrict q, int n) {
    for (int i = 0; i < n; i++) {
        int32_t a = p[i], b = q[i];
        if (a > b) { p[i] = b; q[i] = a; }
    }
}

__attribute__((noinline)) static void clip_inc(int32_t *p, int n, int32_t limit) {
    for (int i = 0; i < n; i++)
        if (p[i] < limit) p[i] += 3;
}

static uint32_t hash(const int32_t *p, int n) {
    uint32_t h = 0;
    for (int i = 0; i < n; i++) h = h * 2654435761u + (uint32_t)p[i];
    return h;
}

int main(void) {
    for (int i = 0; i < N; i++) {
        x[i] = (i * 2731) % 1001 - 500;
        y[i] = -7;
        z[i] = i % 100;
        fx[i] = (float)((i * 17) % 41 - 20) * 0.125f;
        fy[i] = 99.0f;
    }
    relu_store(x, y, N);
    int untouched = 0;
    for (int i = 0; i < N; i++) untouched += y[i] == -7;
    printf("relu: hash=%08x untouched=%d y[1]=%d y[2]=%d\n", hash(y, N), untouched, y[1], y[2]);
    cond_load(x, z, y, N);
    printf("cond_load: hash=%08x\n", hash(y, N));
    fcond(fx, fy, N);
    double s = 0;
    int kept = 0;
    for (int i = 0; i < N; i++) { s += fy[i]; kept += fy[i] == 99.0f; }
    printf("fcond: sum=%.4f kept=%d\n", s, kept);
    cond_swap(x, z, N);
    int sorted = 1;
    for (int i = 0; i < N; i++) sorted &= x[i] <= z[i];
    printf("cond_swap: sorted=%d hx=%08x hz=%08x\n", sorted, hash(x, N), hash(z, N));
    for (int r = 0; r < 10; r++) clip_inc(z, N, 120);
    printf("clip: hash=%08x z[0]=%d z[N-1]=%d\n", hash(z, N), z[0], z[N - 1]);
    /* tails: odd lengths and offsets */
    for (int len = 0; len < 12; len++) {
        int32_t buf[16], src[16];
        for (int i = 0; i < 16; i++) { buf[i] = 1000 + i; src[i] = (i % 3) - 1; }
        relu_store(src + 1, buf + 2, len);
        printf("%u ", hash(buf, 16) % 1000);
    }
    printf("\n");
    return 0;
}
