#pragma STDC FP_CONTRACT OFF
#include <stdio.h>

/* Structs whose members are floats/doubles or mixes with integers, which
   the SysV ABI passes and returns in SSE registers (e.g. {float,float}
   packed as <2 x float>, {double,double} as two SSE registers, {double,
   long} split SSE+INTEGER, {float,int} in one INTEGER register):
   geometric helpers that take and return them by value. */

struct f1 { float x; };
struct f2 { float x, y; };
struct f3 { float x, y, z; };
struct f4 { float x, y, z, w; };
struct d1 { double x; };
struct d2 { double x, y; };
struct d3 { double x, y, z; };          /* 24 bytes: memory */
struct df { double d; float f; };
struct fd { float f; double d; };
struct fi { float f; int i; };
struct ifl { int i; float f; long l; };
struct dl { double d; long l; };
struct ld { long l; double d; };
struct cf { char c; float f; };

__attribute__((noinline)) struct f1 f1_scale(struct f1 a, float k) { a.x *= k; return a; }
__attribute__((noinline)) struct f2 f2_add(struct f2 a, struct f2 b) { return (struct f2){a.x + b.x, a.y + b.y}; }
__attribute__((noinline)) struct f2 f2_rot90(struct f2 a) { return (struct f2){-a.y, a.x}; }
__attribute__((noinline)) struct f3 f3_cross(struct f3 a, struct f3 b) {
    return (struct f3){a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
}
__attribute__((noinline)) struct f4 f4_mul(struct f4 a, struct f4 b) {
    /* quaternion product */
    return (struct f4){a.w * b.x + a.x * b.w + a.y * b.z - a.z * b.y, a.w * b.y - a.x * b.z + a.y * b.w + a.z * b.x,
                       a.w * b.z + a.x * b.y - a.y * b.x + a.z * b.w, a.w * b.w - a.x * b.x - a.y * b.y - a.z * b.z};
}
__attribute__((noinline)) struct d1 d1_half(struct d1 a) { a.x /= 2; return a; }
__attribute__((noinline)) struct d2 d2_complex_mul(struct d2 a, struct d2 b) { return (struct d2){a.x * b.x - a.y * b.y, a.x * b.y + a.y * b.x}; }
__attribute__((noinline)) struct d3 d3_lerp(struct d3 a, struct d3 b, double t) {
    return (struct d3){a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t};
}
__attribute__((noinline)) struct df df_mix(struct df a) { return (struct df){a.d + a.f, (float)(a.d - a.f)}; }
__attribute__((noinline)) struct fd fd_mix(struct fd a) { return (struct fd){(float)(a.d * 2), a.f * 0.5}; }
__attribute__((noinline)) struct fi fi_step(struct fi a) { a.i += (int)a.f; a.f *= 1.5f; return a; }
__attribute__((noinline)) struct ifl ifl_step(struct ifl a) { return (struct ifl){a.i * 2, a.f + a.i, a.l - a.i}; }
__attribute__((noinline)) struct dl dl_swapish(struct dl a) { return (struct dl){(double)a.l, (long)a.d}; }
__attribute__((noinline)) struct ld ld_swapish(struct ld a) { return (struct ld){(long)(a.d * 3), a.l / 4.0}; }
__attribute__((noinline)) struct cf cf_next(struct cf a) { return (struct cf){(char)(a.c + 1), a.f * -2}; }

int main(void) {
    struct f1 a1 = {1.5f};
    for (int i = 0; i < 4; i++) a1 = f1_scale(a1, -1.5f);
    printf("f1 %.6f\n", a1.x);
    struct f2 p = {1, 0}, acc = {0, 0};
    for (int i = 0; i < 7; i++) { acc = f2_add(acc, p); p = f2_rot90(f2_add(p, (struct f2){0.5f, 0.25f})); }
    printf("f2 acc=(%.4f,%.4f) p=(%.4f,%.4f)\n", acc.x, acc.y, p.x, p.y);
    struct f3 c = f3_cross((struct f3){1, 2, 3}, (struct f3){-4, 5.5f, 0.25f});
    printf("f3 cross=(%.4f,%.4f,%.4f)\n", c.x, c.y, c.z);
    struct f4 q = {0, 0, 0.70710678f, 0.70710678f}, r = {1, 0, 0, 0};
    for (int i = 0; i < 3; i++) r = f4_mul(q, r);
    printf("f4 quat=(%.5f,%.5f,%.5f,%.5f)\n", r.x, r.y, r.z, r.w);
    struct d1 h = {1000.0};
    for (int i = 0; i < 11; i++) h = d1_half(h);
    printf("d1 %.10f\n", h.x);
    struct d2 z = {0.6, 0.8}, zz = {1, 0};
    for (int i = 0; i < 10; i++) zz = d2_complex_mul(zz, z);
    printf("d2 (%.12f,%.12f)\n", zz.x, zz.y);
    struct d3 l = d3_lerp((struct d3){0, 10, -5}, (struct d3){4, -10, 5}, 0.375);
    printf("d3 (%.4f,%.4f,%.4f)\n", l.x, l.y, l.z);
    struct df x = {2.25, 0.5f};
    struct fd y = {0.75f, 3.5};
    struct fi w = {2.5f, 1};
    struct ifl v = {3, 0.5f, 100};
    struct dl dl = {12.75, -9};
    struct ld ldv = {41, 1.5};
    struct cf cfv = {'a', 0.125f};
    for (int i = 0; i < 5; i++) {
        x = df_mix(x); y = fd_mix(y); w = fi_step(w); v = ifl_step(v); dl = dl_swapish(dl); ldv = ld_swapish(ldv); cfv = cf_next(cfv);
    }
    printf("df={%.4f,%.4f} fd={%.4f,%.4f} fi={%.4f,%d}\n", x.d, x.f, y.f, y.d, w.f, w.i);
    printf("ifl={%d,%.4f,%ld} dl={%.2f,%ld} ld={%ld,%.4f} cf={%c,%.4f}\n", v.i, v.f, v.l, dl.d, dl.l, ldv.l, ldv.d, cfv.c, cfv.f);
    return 0;
}
