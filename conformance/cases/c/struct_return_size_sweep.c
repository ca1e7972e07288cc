#include <stdio.h>
#include <string.h>
#include <stdint.h>

/* Structs of every size from 1 to 48 bytes (char arrays, so all INTEGER
   class in the SysV ABI: 1-8 bytes in one register, 9-16 in two, larger in
   memory via sret), passed by value, modified, and returned by value.
   Plus same-size structs with short/int/long members to vary alignment. */

#define DEF(N)                                                                                                         \
    struct s##N { unsigned char b[N]; };                                                                               \
    __attribute__((noinline)) static struct s##N twist##N(struct s##N in, unsigned char k) {                           \
        struct s##N out;                                                                                               \
        for (int i = 0; i < N; i++) out.b[i] = (unsigned char)(in.b[N - 1 - i] * 3 + k + i);                           \
        return out;                                                                                                    \
    }                                                                                                                  \
    static uint32_t run##N(void) {                                                                                     \
        struct s##N v;                                                                                                 \
        for (int i = 0; i < N; i++) v.b[i] = (unsigned char)(i * 7 + N);                                               \
        for (int r = 0; r < 5; r++) v = twist##N(v, (unsigned char)r);                                                 \
        uint32_t h = 2166136261u;                                                                                      \
        for (int i = 0; i < N; i++) h = (h ^ v.b[i]) * 16777619u;                                                      \
        return h;                                                                                                      \
    }

DEF(1) DEF(2) DEF(3) DEF(4) DEF(5) DEF(6) DEF(7) DEF(8) DEF(9) DEF(10) DEF(11) DEF(12) DEF(13) DEF(14) DEF(15) DEF(16)
DEF(17) DEF(18) DEF(19) DEF(20) DEF(21) DEF(22) DEF(23) DEF(24) DEF(25) DEF(26) DEF(27) DEF(28) DEF(29) DEF(30) DEF(31)
DEF(32) DEF(33) DEF(34) DEF(35) DEF(36) DEF(37) DEF(38) DEF(39) DEF(40) DEF(41) DEF(42) DEF(43) DEF(44) DEF(45) DEF(46)
DEF(47) DEF(48)

struct sh6 { short a, b, c; };
struct i12 { int a, b, c; };
struct l24 { long a, b, c; };
struct mix20 { int a; short b; char c; long long d; char e[4]; };

__attribute__((noinline)) static struct sh6 rot_sh6(struct sh6 s) { return (struct sh6){s.c, s.a, (short)(s.b * 2)}; }
__attribute__((noinline)) static struct i12 rot_i12(struct i12 s) { return (struct i12){s.c, s.a, s.b * -3}; }
__attribute__((noinline)) static struct l24 rot_l24(struct l24 s) { return (struct l24){s.c + 1, s.a * 5, s.b - 7}; }
__attribute__((noinline)) static struct mix20 bump_mix(struct mix20 m) {
    m.a++; m.b--; m.c ^= 0x55; m.d *= -2; m.e[3] = (char)(m.e[0] + m.e[1]);
    return m;
}

int main(void) {
    uint32_t (*runs[])(void) = {run1, run2, run3, run4, run5, run6, run7, run8, run9, run10, run11, run12, run13, run14,
                                run15, run16, run17, run18, run19, run20, run21, run22, run23, run24, run25, run26, run27,
                                run28, run29, run30, run31, run32, run33, run34, run35, run36, run37, run38, run39, run40,
                                run41, run42, run43, run44, run45, run46, run47, run48};
    uint32_t all = 0;
    for (int n = 1; n <= 48; n++) {
        uint32_t h = runs[n - 1]();
        all = all * 31 + h;
        printf("size %2d: %08x%s", n, h, n % 4 == 0 ? "\n" : "  ");
    }
    printf("combined=%08x\n", all);
    struct sh6 a = {1, 2, 3};
    struct i12 b = {10, 20, 30};
    struct l24 c = {100, 200, 300};
    struct mix20 m = {1, 2, 3, 4, {5, 6, 7, 8}};
    for (int i = 0; i < 7; i++) { a = rot_sh6(a); b = rot_i12(b); c = rot_l24(c); m = bump_mix(m); }
    printf("sh6={%d,%d,%d} i12={%d,%d,%d} l24={%ld,%ld,%ld}\n", a.a, a.b, a.c, b.a, b.b, b.c, c.a, c.b, c.c);
    printf("mix20={%d,%d,%d,%lld,[%d,%d,%d,%d]} size=%zu\n", m.a, m.b, m.c, m.d, m.e[0], m.e[1], m.e[2], m.e[3], sizeof m);
    return 0;
}
