#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <complex.h>

/* Structs containing vector-extension and _Complex members passed and
   returned by value: {<4 x float>} travels in one SSE register,
   {float _Complex} like {float, float}, {double _Complex, int} partly in
   memory, and a 32-byte vector member (memory class without AVX).
   A tiny particle system and phasor sum use them. */

typedef float v4f __attribute__((vector_size(16)));
typedef double v4d __attribute__((vector_size(32)));

struct pv { v4f p; };
struct body { v4f pos, vel; };
struct phasor { float complex z; };
struct tagged_c { double complex z; int tag; };
struct wide { v4d v; };

__attribute__((noinline)) struct pv pv_scale(struct pv a, float k) { a.p *= k; return a; }
__attribute__((noinline)) struct body integrate(struct body b, float dt) {
    b.vel += (v4f){0, -9.75f, 0, 0} * dt;
    b.pos += b.vel * dt;
    if (b.pos[1] < 0) { b.pos[1] = -b.pos[1]; b.vel[1] = -b.vel[1] * 0.5f; }
    return b;
}
__attribute__((noinline)) struct phasor ph_mul(struct phasor a, struct phasor b) { return (struct phasor){a.z * b.z}; }
__attribute__((noinline)) struct tagged_c tc_next(struct tagged_c t) {
    t.z = t.z * (0.5 + 0.5 * I) + t.tag;
    t.tag = -t.tag;
    return t;
}
__attribute__((noinline)) struct wide wide_step(struct wide a, struct wide b) { a.v = a.v * b.v - b.v * 0.75; return a; }

int main(void) {
    struct pv v = {{1, -2, 3, -4}};
    for (int i = 0; i < 3; i++) v = pv_scale(v, 0.5f);
    printf("pv: %g %g %g %g\n", v.p[0], v.p[1], v.p[2], v.p[3]);
    struct body b = {{0, 10, 0, 1}, {2, 0, -1, 0}};
    for (int i = 0; i < 40; i++) b = integrate(b, 0.0625f);
    printf("body pos: %.5f %.5f %.5f vel: %.5f %.5f\n", b.pos[0], b.pos[1], b.pos[2], b.vel[0], b.vel[1]);
    struct phasor rot = {0.6f + 0.8f * I}, acc = {1.0f};
    for (int i = 0; i < 12; i++) acc = ph_mul(acc, rot);
    printf("phasor: %.6f %+.6fi\n", crealf(acc.z), cimagf(acc.z));
    struct tagged_c t = {1.0 - 1.0 * I, 3};
    for (int i = 0; i < 6; i++) t = tc_next(t);
    printf("tagged: %.6f %+.6fi tag=%d sizeof=%zu\n", creal(t.z), cimag(t.z), t.tag, sizeof t);
    struct wide w = {{1.5, -2, 0.25, 8}}, m = {{2, 2, 2, 2}};
    for (int i = 0; i < 4; i++) w = wide_step(w, m);
    printf("wide: %g %g %g %g sizeof=%zu\n", w.v[0], w.v[1], w.v[2], w.v[3], sizeof w);
    struct body arr[3] = {b, b, b};
    arr[1].pos *= 2;
    arr[2] = integrate(arr[1], 0.5f);
    printf("arr2 pos: %.4f %.4f\n", arr[2].pos[0], arr[2].pos[1]);
    return 0;
}
