#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <stddef.h>

/* 32-byte vectors: 8 x float and 4 x double (AVX-sized, split into two SSE
   halves without AVX): arithmetic, comparisons yielding integer masks,
   blending, horizontal sums done by hand, and a small n-body style update. */

typedef float v8sf __attribute__((vector_size(32)));
typedef int v8si __attribute__((vector_size(32)));
typedef double v4df __attribute__((vector_size(32)));
typedef long long v4di __attribute__((vector_size(32)));

/* Copies a value through volatile bytes so the optimiser cannot constant-fold
   the vector operations below. */
static void launder_bytes(void *p, size_t n) {
    volatile unsigned char *q = p;
    for (size_t i = 0; i < n; i++) q[i] = q[i];
}
#define LAUNDER(x) launder_bytes(&(x), sizeof(x))

static float hsum8(v8sf v) {
    float s = 0;
    for (int i = 0; i < 8; i++) s += v[i];
    return s;
}

static v8sf blend(v8si m, v8sf a, v8sf b) {
    v8si r = ((v8si)a & m) | ((v8si)b & ~m);
    return (v8sf)r;
}

static void pf(const char *l, v8sf v) {
    printf("%-8s", l);
    for (int i = 0; i < 8; i++) printf(" %g", v[i]);
    printf("\n");
}

static v4df newton_recip(v4df d) {
    v4df x = {0.5, 0.5, 0.5, 0.5};
    for (int i = 0; i < 6; i++) x = x * (2.0 - d * x);
    return x;
}

int main(void) {
    v8sf a = {1, 2, 3, 4, 5, 6, 7, 8};
    v8sf b = {0.5f, -1, 2.5f, -3, 4.5f, -5, 6.5f, -7};
    LAUNDER(a);
    LAUNDER(b);
    pf("a+b", a + b);
    pf("a*b", a * b);
    pf("a/b", a / b);
    pf("a-2b", a - 2 * b);
    v8si lt = a < b * 2;
    printf("mask    ");
    for (int i = 0; i < 8; i++) printf(" %d", lt[i]);
    printf("\n");
    pf("blend", blend(lt, a, b));
    pf("max", blend(a > b, a, b));
    printf("hsum(a*b)=%g\n", hsum8(a * b));
    v4df d = {1.5, 1.25, 0.75, 1.0};
    v4df r = newton_recip(d);
    printf("recip %.17g %.17g %.17g %.17g\n", r[0], r[1], r[2], r[3]);
    v4di eq = r * d == 1.0;
    printf("exact %lld %lld %lld %lld\n", eq[0], eq[1], eq[2], eq[3]);
    /* 1-D particles with 8 lanes, explicit Euler */
    v8sf pos = {0, 1, 2, 3, 4, 5, 6, 7}, vel = {1, -1, 0.5f, -0.5f, 0.25f, -0.25f, 2, -2};
    const float dt = 0.125f;
    for (int t = 0; t < 64; t++) {
        v8sf acc = -pos * 0.25f; /* spring towards 0 */
        vel += acc * dt;
        pos += vel * dt;
    }
    pf("pos", pos);
    pf("vel", vel);
    v8sf energy = vel * vel * 0.5f + pos * pos * 0.125f;
    printf("energy total=%.6f\n", hsum8(energy));
    v4df dd = {1e308, -1e308, 1e-308, 0};
    v4df big = dd * 10;
    printf("overflow lanes: %g %g %g %g\n", big[0], big[1], big[2], big[3]);
    return 0;
}
