#pragma STDC FP_CONTRACT OFF
#include <stdio.h>

/* long double in structs, arrays and unions, passed and returned by value
   (memory class in the SysV ABI), plus arrays of long double in a struct
   and by-value long double scalars through several call levels. */

struct ldpair { long double re, im; };
struct tagged { char tag; long double v; short n; };
struct stats { long double sum, sumsq; int n; long double min, max; };
union ldbits { long double v; unsigned char b[16]; };

__attribute__((noinline)) struct ldpair ld_mul(struct ldpair a, struct ldpair b) {
    struct ldpair r = {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
    return r;
}

__attribute__((noinline)) struct tagged bump(struct tagged t, long double by) {
    t.v += by;
    t.n++;
    t.tag++;
    return t;
}

__attribute__((noinline)) struct stats accumulate(struct stats s, long double x) {
    s.sum += x;
    s.sumsq += x * x;
    if (s.n == 0 || x < s.min) s.min = x;
    if (s.n == 0 || x > s.max) s.max = x;
    s.n++;
    return s;
}

static long double mean(struct stats s) { return s.sum / s.n; }
static long double level3(long double a, long double b) { return a / b; }
static long double level2(long double a, long double b, int k) { return k ? level3(a + k, b) : a; }
static long double level1(long double a, int k, long double b) { return level2(a, b, k) * 2; }

struct withvec { int count; long double v[4]; };
__attribute__((noinline)) struct withvec scale(struct withvec w, long double f) {
    for (int i = 0; i < w.count; i++) w.v[i] *= f;
    return w;
}

int main(void) {
    struct ldpair z = {1.0L, 1.0L}, acc = {1.0L, 0.0L};
    for (int i = 0; i < 8; i++) {
        acc = ld_mul(acc, z);
        printf("(1+i)^%d = %Lg %+Lgi\n", i + 1, acc.re, acc.im);
    }
    struct tagged t = {'a', 0.1L, 0};
    for (int i = 0; i < 5; i++) t = bump(t, 0.1L);
    printf("tagged %c %.20Lf %d size=%zu\n", t.tag, t.v, t.n, sizeof t);

    struct stats s = {0};
    long double data[] = {3.5L, -1.25L, 1e-3L, 42.0L, 7.0L / 3.0L, 0.0L, 1e5L};
    for (unsigned i = 0; i < sizeof data / sizeof *data; i++) s = accumulate(s, data[i]);
    printf("n=%d sum=%.15Lg mean=%.15Lg min=%Lg max=%Lg sumsq=%.15Lg\n", s.n, s.sum, mean(s), s.min, s.max, s.sumsq);

    union ldbits u;
    for (int i = 0; i < 16; i++) u.b[i] = 0;
    u.v = -1.5L;
    printf("bits of -1.5L:");
    for (int i = 9; i >= 0; i--) printf(" %02x", u.b[i]);
    printf("\n");
    printf("level1=%.20Lg\n", level1(1.0L, 2, 3.0L));

    struct withvec w = {3, {1.5L, 2.5L, -0.5L, 99.0L}};
    struct withvec w2 = scale(w, 1.0L / 3.0L);
    for (int i = 0; i < 4; i++) printf("w[%d]=%.18Lg w2[%d]=%.18Lg\n", i, w.v[i], i, w2.v[i]);

    long double arr[3][3] = {{2, 1, 0}, {1, 3, 1}, {0, 1, 4}};
    long double det = arr[0][0] * (arr[1][1] * arr[2][2] - arr[1][2] * arr[2][1])
                    - arr[0][1] * (arr[1][0] * arr[2][2] - arr[1][2] * arr[2][0])
                    + arr[0][2] * (arr[1][0] * arr[2][1] - arr[1][1] * arr[2][0]);
    printf("det=%Lg\n", det);
    return 0;
}
