#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <stdint.h>

/* Indirect (gather-like) and strided accesses: a[idx[i]] sums and copies
   (AVX2 gathers at -O3 -march=x86-64-v3), permutation application and
   inversion, stride-2/3 loads (deinterleave RGB), stride writes
   (interleave), and a sparse matrix-vector product in CSR form. */

#define N 3001

static int32_t a[N], idx[N], perm[N], inv[N], tmp[N];
static float fa[N];
static uint8_t rgb[3 * 1024];
static uint8_t r[1024], g[1024], b[1024];

__attribute__((noinline)) static int64_t gather_sum(const int32_t *v, const int32_t *ix, int n) {
    int64_t s = 0;
    for (int i = 0; i < n; i++) s += v[ix[i]];
    return s;
}

__attribute__((noinline)) static float gather_dot(const float *v, const int32_t *ix, const float *w, int n) {
    float s = 0;
    for (int i = 0; i < n; i++) s += v[ix[i]] * w[i];
    return s;
}

__attribute__((noinline)) static void apply_perm(int32_t *restrict dst, const int32_t *restrict src, const int32_t *p, int n) {
    for (int i = 0; i < n; i++) dst[i] = src[p[i]];
}

__attribute__((noinline)) static void invert_perm(int32_t *restrict q, const int32_t *restrict p, int n) {
    for (int i = 0; i < n; i++) q[p[i]] = i;
}

__attribute__((noinline)) static void deinterleave(const uint8_t *restrict in, uint8_t *restrict r_, uint8_t *restrict g_,
                                                   uint8_t *restrict b_, int n) {
    for (int i = 0; i < n; i++) { r_[i] = in[3 * i]; g_[i] = in[3 * i + 1]; b_[i] = in[3 * i + 2]; }
}

__attribute__((noinline)) static void interleave_gray(uint8_t *restrict out, const uint8_t *restrict r_,
                                                      const uint8_t *restrict g_, const uint8_t *restrict b_, int n) {
    for (int i = 0; i < n; i++) {
        uint8_t y = (uint8_t)((r_[i] * 77 + g_[i] * 150 + b_[i] * 29) >> 8);
        out[3 * i] = y; out[3 * i + 1] = y; out[3 * i + 2] = y;
    }
}

__attribute__((noinline)) static int64_t stride_sum(const int32_t *v, int n, int stride) {
    int64_t s = 0;
    for (int i = 0; i < n; i += stride) s += v[i];
    return s;
}

/* CSR sparse matrix: 5 nonzeros per row */
#define ROWS 400
static int32_t rowptr[ROWS + 1], colidx[ROWS * 5];
static float vals[ROWS * 5], xv[N], yv[ROWS];

__attribute__((noinline)) static void spmv(void) {
    for (int r_ = 0; r_ < ROWS; r_++) {
        float s = 0;
        for (int k = rowptr[r_]; k < rowptr[r_ + 1]; k++) s += vals[k] * xv[colidx[k]];
        yv[r_] = s;
    }
}

int main(void) {
    for (int i = 0; i < N; i++) {
        a[i] = i * i % 1009 - 500;
        idx[i] = (int32_t)((i * 1237u + 11) % N);
        perm[i] = i;
        fa[i] = (float)(i % 17) * 0.25f;
        xv[i] = (float)(i % 11) - 5.0f;
    }
    uint32_t s = 7;
    for (int i = N - 1; i > 0; i--) { /* Fisher-Yates with a fixed LCG */
        s = s * 1664525u + 1013904223u;
        int j = (int)(s % (uint32_t)(i + 1));
        int t = perm[i]; perm[i] = perm[j]; perm[j] = t;
    }
    printf("gather_sum=%lld\n", (long long)gather_sum(a, idx, N));
    printf("gather_dot=%.6f\n", gather_dot(fa, idx, fa, N));
    apply_perm(tmp, a, perm, N);
    invert_perm(inv, perm, N);
    int32_t back[N];
    apply_perm(back, tmp, inv, N);
    int ok = 1;
    for (int i = 0; i < N; i++) ok &= back[i] == a[i];
    printf("perm roundtrip=%d tmp[0]=%d tmp[N-1]=%d inv[0]=%d\n", ok, tmp[0], tmp[N - 1], inv[0]);
    for (int i = 0; i < 3 * 1024; i++) rgb[i] = (uint8_t)(i * 7 + (i >> 5));
    deinterleave(rgb, r, g, b, 1024);
    uint32_t hr = 0, hg = 0, hb = 0;
    for (int i = 0; i < 1024; i++) { hr = hr * 31 + r[i]; hg = hg * 31 + g[i]; hb = hb * 31 + b[i]; }
    printf("deinterleave r=%u g=%u b=%u\n", hr, hg, hb);
    interleave_gray(rgb, r, g, b, 1024);
    uint32_t hy = 0;
    for (int i = 0; i < 3 * 1024; i++) hy = hy * 31 + rgb[i];
    printf("gray=%u\n", hy);
    for (int st = 1; st <= 8; st++) printf("stride%d=%lld ", st, (long long)stride_sum(a, N, st));
    printf("\n");
    for (int r_ = 0; r_ <= ROWS; r_++) rowptr[r_] = r_ * 5;
    for (int k = 0; k < ROWS * 5; k++) { colidx[k] = (k * 613) % N; vals[k] = (float)((k % 9) - 4) * 0.5f; }
    spmv();
    float tot = 0;
    for (int r_ = 0; r_ < ROWS; r_++) tot += yv[r_];
    printf("spmv total=%.3f y[0]=%.3f y[399]=%.3f\n", tot, yv[0], yv[ROWS - 1]);
    return 0;
}
