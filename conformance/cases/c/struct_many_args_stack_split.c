#include <stdio.h>
#include <stdint.h>

/* By-value struct arguments mixed with scalars so that integer and SSE
   registers run out part-way through the argument list: a 16-byte
   INTEGER struct that no longer fits in the remaining registers goes
   entirely on the stack while later scalar arguments still use registers,
   and the same for SSE-class structs. Callee sums everything in a fixed
   order so any misplacement changes the result. */

struct two_l { long a, b; };
struct two_d { double a, b; };
struct ld_mix { long a; double b; };
struct small { int a; short b; };
struct big { long v[4]; };

__attribute__((noinline)) static long int_spill(int a1, int a2, int a3, int a4, int a5, struct two_l s, int a6, struct two_l t,
                                               long a7) {
    return a1 + 2 * a2 + 3 * a3 + 4 * a4 + 5 * a5 + 6 * s.a + 7 * s.b + 8 * a6 + 9 * t.a + 10 * t.b + 11 * a7;
}

__attribute__((noinline)) static double sse_spill(double d1, double d2, double d3, double d4, double d5, double d6, double d7,
                                                  struct two_d s, double d8, struct two_d t, double d9) {
    return d1 + 2 * d2 + 3 * d3 + 4 * d4 + 5 * d5 + 6 * d6 + 7 * d7 + 8 * s.a + 9 * s.b + 10 * d8 + 11 * t.a + 12 * t.b +
           13 * d9;
}

__attribute__((noinline)) static double mixed_spill(struct ld_mix m1, int i1, struct ld_mix m2, double d1, struct ld_mix m3,
                                                    int i2, struct ld_mix m4, struct small s1, struct ld_mix m5, double d2,
                                                    struct big b, struct small s2, long i3) {
    double r = m1.a + m1.b * 2 + i1 * 3 + m2.a * 4 + m2.b * 5 + d1 * 6 + m3.a * 7 + m3.b * 8 + i2 * 9 + m4.a * 10 +
               m4.b * 11 + s1.a * 12 + s1.b * 13 + m5.a * 14 + m5.b * 15 + d2 * 16 + s2.a * 17 + s2.b * 18 + i3 * 19;
    for (int i = 0; i < 4; i++) r += b.v[i] * (20 + i);
    return r;
}

static struct two_l make_tl(long x) { return (struct two_l){x, -x * 3}; }

int main(void) {
    long r1 = int_spill(1, 2, 3, 4, 5, make_tl(100), 6, make_tl(1000), 7);
    printf("int_spill=%ld\n", r1);
    double r2 = sse_spill(1, 2, 3, 4, 5, 6, 7, (struct two_d){0.5, 0.25}, 8, (struct two_d){-1.5, 2.5}, 9);
    printf("sse_spill=%.4f\n", r2);
    struct big b = {{1, 2, 3, 4}};
    double r3 = mixed_spill((struct ld_mix){1, 0.5}, 2, (struct ld_mix){3, 1.5}, 2.5, (struct ld_mix){4, 3.5}, 5,
                            (struct ld_mix){6, 4.5}, (struct small){7, 8}, (struct ld_mix){9, 5.5}, 6.5, b,
                            (struct small){-10, -11}, 12);
    printf("mixed_spill=%.4f\n", r3);
    /* through a function pointer, many calls with varying values */
    long (*fp)(int, int, int, int, int, struct two_l, int, struct two_l, long) = int_spill;
    long acc = 0;
    for (int i = 0; i < 50; i++) acc += fp(i, -i, 2 * i, i % 7, i % 3, make_tl(i), i ^ 5, make_tl(-i * 11), (long)i * i);
    printf("accumulated=%ld\n", acc);
    return (int)(acc % 100 + 100) % 100;
}
