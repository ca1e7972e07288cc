#include <stdio.h>
#include <stdint.h>

/* Small structs (1-16 bytes) passed and returned by value: every register-classification shape. */

struct c1 { char a; };
struct s2 { short a; };
struct c3 { char a, b, c; };
struct i1 { int a; };
struct sc { short a; char b; };
struct i2 { int a, b; };
struct f2 { float x, y; };
struct if1 { int i; float f; };
struct d1 { double d; };
struct l2 { long a, b; };
struct d2 { double x, y; };
struct ld { long a; double b; };
struct dl { double a; long b; };
struct f3 { float a, b, c; };
struct c12 { char v[12]; };
struct i3 { int a, b, c; };

static struct c1 mk_c1(char a) { struct c1 r = {(char)(a + 1)}; return r; }
static struct s2 neg_s2(struct s2 v) { v.a = (short)-v.a; return v; }
static struct c3 rot_c3(struct c3 v) { struct c3 r = {v.b, v.c, v.a}; return r; }
static struct i1 twice(struct i1 v) { v.a *= 2; return v; }
static struct sc bump_sc(struct sc v) { v.a += 100; v.b += 1; return v; }
static struct i2 swap_i2(struct i2 v) { struct i2 r = {v.b, v.a}; return r; }
static struct f2 add_f2(struct f2 a, struct f2 b) { struct f2 r = {a.x + b.x, a.y + b.y}; return r; }
static struct if1 mix_if(struct if1 v) { struct if1 r = {(int)v.f, (float)v.i}; return r; }
static struct d1 half(struct d1 v) { v.d /= 2; return v; }
static struct l2 add_l2(struct l2 a, struct l2 b) { struct l2 r = {a.a + b.a, a.b + b.b}; return r; }
static struct d2 rot90(struct d2 v) { struct d2 r = {-v.y, v.x}; return r; }
static struct ld scale_ld(struct ld v, double k) { v.a *= 2; v.b *= k; return v; }
static struct dl flip_dl(struct dl v) { struct dl r = {(double)v.b, (long)v.a}; return r; }
static struct f3 cross(struct f3 u, struct f3 v) {
    struct f3 r = {u.b * v.c - u.c * v.b, u.c * v.a - u.a * v.c, u.a * v.b - u.b * v.a};
    return r;
}
static struct c12 upper(struct c12 v) { for (int i = 0; i < 12; i++) if (v.v[i] >= 'a' && v.v[i] <= 'z') v.v[i] -= 32; return v; }
static struct i3 sum_i3(struct i3 a, struct i3 b, struct i3 c) { struct i3 r = {a.a + b.a + c.a, a.b + b.b + c.b, a.c + b.c + c.c}; return r; }

/* many small structs as arguments: some end up on the stack */
static double many(struct d2 a, struct d2 b, struct d2 c, struct d2 d, struct d2 e, struct i2 f, struct i2 g,
                   struct i2 h, struct i2 i) {
    return a.x + b.y + c.x + d.y + e.x * e.y + f.a + g.b + h.a * h.b + i.a - i.b;
}

int main(void) {
    printf("c1: %c\n", mk_c1('A').a);
    printf("s2: %d\n", neg_s2((struct s2){1234}).a);
    struct c3 c = rot_c3((struct c3){'x', 'y', 'z'});
    printf("c3: %c%c%c\n", c.a, c.b, c.c);
    struct i1 v = {3};
    for (int i = 0; i < 10; i++) v = twice(v);
    printf("i1: %d\n", v.a);
    struct sc s = bump_sc((struct sc){-50, 'a'});
    printf("sc: %d %c\n", s.a, s.b);
    struct i2 p = swap_i2((struct i2){7, -9});
    printf("i2: %d %d\n", p.a, p.b);
    struct f2 f = {0, 0};
    for (int i = 1; i <= 10; i++) f = add_f2(f, (struct f2){i * 0.5f, -i * 0.25f});
    printf("f2: %g %g\n", f.x, f.y);
    struct if1 m = mix_if((struct if1){42, 2.75f});
    printf("if1: %d %g\n", m.i, m.f);
    struct d1 h = half(half((struct d1){10.0}));
    printf("d1: %g\n", h.d);
    struct l2 l = add_l2((struct l2){1L << 40, -5}, (struct l2){3, 1L << 50});
    printf("l2: %ld %ld\n", l.a, l.b);
    struct d2 r = {1, 0};
    for (int i = 0; i < 3; i++) { r = rot90(r); printf("d2 rot: %g %g\n", r.x, r.y); }
    struct ld ld = scale_ld((struct ld){21, 1.5}, 3);
    printf("ld: %ld %g\n", ld.a, ld.b);
    struct dl dl = flip_dl((struct dl){9.75, -3});
    printf("dl: %g %ld\n", dl.a, dl.b);
    struct f3 x = cross((struct f3){1, 0, 0}, (struct f3){0, 1, 0});
    struct f3 y = cross((struct f3){1, 2, 3}, (struct f3){4, 5, 6});
    printf("f3: (%g %g %g) (%g %g %g)\n", x.a, x.b, x.c, y.a, y.b, y.c);
    struct c12 u = upper((struct c12){"hello world"});
    printf("c12: %.12s\n", u.v);
    struct i3 t = sum_i3((struct i3){1, 2, 3}, (struct i3){10, 20, 30}, (struct i3){100, 200, 300});
    printf("i3: %d %d %d\n", t.a, t.b, t.c);
    printf("many: %g\n", many((struct d2){1, 2}, (struct d2){3, 4}, (struct d2){5, 6}, (struct d2){7, 8},
                             (struct d2){9, 10}, (struct i2){11, 12}, (struct i2){13, 14}, (struct i2){15, 16},
                             (struct i2){17, 18}));
    return 0;
}
