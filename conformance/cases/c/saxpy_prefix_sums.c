#include <stdio.h>
#include <stdint.h>

/* Classic vectorisable kernels: saxpy/daxpy, int scaling with mixed widths, prefix sums,
   stencil, reductions with and/or/xor, and a strided gather. */

#define N 2048

static float fx[N], fy[N];
static double dx[N], dy[N];
static int32_t ia[N], ib[N];
static int16_t sa[N];
static uint8_t ua[N];
static int64_t pre[N + 1];

int main(void) {
    for (int i = 0; i < N; i++) {
        fx[i] = (float)(i % 17) * 0.5f; fy[i] = (float)(i % 5) - 2.0f;
        dx[i] = i * 0.25; dy[i] = (N - i) * 0.125;
        ia[i] = i * 37 % 1001 - 500; ib[i] = (i ^ 0x155) - 300;
        sa[i] = (int16_t)(i * 13 % 4000 - 2000);
        ua[i] = (uint8_t)(i * 7);
    }
    for (int i = 0; i < N; i++) fy[i] = 2.5f * fx[i] + fy[i];
    for (int i = 0; i < N; i++) dy[i] = -0.75 * dx[i] + dy[i];
    float fs = 0; double ds = 0;
    for (int i = 0; i < N; i++) { fs += fy[i]; ds += dy[i]; }
    printf("saxpy sum=%.3f daxpy sum=%.3f\n", fs, ds);
    for (int i = 0; i < N; i++) ia[i] = ia[i] * 3 + ib[i] * sa[i] + ua[i];
    long long isum = 0;
    for (int i = 0; i < N; i++) isum += ia[i];
    printf("mixed-width int kernel sum=%lld\n", isum);
    pre[0] = 0;
    for (int i = 0; i < N; i++) pre[i + 1] = pre[i] + ia[i];
    printf("prefix: %lld %lld %lld range[100,200)=%lld\n", (long long)pre[N / 4], (long long)pre[N / 2], (long long)pre[N],
           (long long)(pre[200] - pre[100]));
    static int32_t st[N];
    for (int i = 1; i < N - 1; i++) st[i] = (ib[i - 1] + 2 * ib[i] + ib[i + 1]) >> 2;
    long long sts = 0;
    for (int i = 1; i < N - 1; i++) sts += st[i];
    printf("stencil sum=%lld\n", sts);
    uint32_t x_and = 0xFFFFFFFFu, x_or = 0, x_xor = 0;
    for (int i = 0; i < N; i++) { uint32_t v = (uint32_t)ia[i] | 1u; x_and &= v; x_or |= v; x_xor ^= v; }
    printf("and=%08x or=%08x xor=%08x\n", x_and, x_or, x_xor);
    long gsum = 0;
    for (int i = 0; i < N; i += 3) gsum += sa[i] * (i % 2 ? 1 : -1);
    printf("strided gather sum=%ld\n", gsum);
    int cnt = 0;
    for (int i = 0; i < N; i++) cnt += ua[i] > 128;
    uint8_t umax = 0;
    for (int i = 0; i < N; i++) umax = ua[i] > umax ? ua[i] : umax;
    int16_t smin = 0;
    for (int i = 0; i < N; i++) smin = sa[i] < smin ? sa[i] : smin;
    printf("count>128=%d umax=%u smin=%d\n", cnt, umax, smin);
    return 0;
}
