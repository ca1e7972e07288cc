#include <stdio.h>
#include <stddef.h>
#include <stdint.h>

/* __builtin_shufflevector with one and two sources, widening and narrowing
   shuffles, -1 (undefined) lanes never read, reversals, interleaves and
   byte transposes; used to implement a 4x4 matrix transpose and a byte
   order swap on vectors. */

typedef int v4si __attribute__((vector_size(16)));
typedef int v8si __attribute__((vector_size(32)));
typedef uint8_t v16qu __attribute__((vector_size(16)));
typedef float v4sf __attribute__((vector_size(16)));
typedef int v2si __attribute__((vector_size(8)));

/* Copies a value through volatile bytes so the optimiser cannot constant-fold
   the vector operations below. */
static void launder_bytes(void *p, size_t n) {
    volatile unsigned char *q = p;
    for (size_t i = 0; i < n; i++) q[i] = q[i];
}
#define LAUNDER(x) launder_bytes(&(x), sizeof(x))

static void p4(const char *l, v4si v) { printf("%-12s %d %d %d %d\n", l, v[0], v[1], v[2], v[3]); }

static void transpose(v4si *r0, v4si *r1, v4si *r2, v4si *r3) {
    v4si t0 = __builtin_shufflevector(*r0, *r1, 0, 4, 1, 5);
    v4si t1 = __builtin_shufflevector(*r0, *r1, 2, 6, 3, 7);
    v4si t2 = __builtin_shufflevector(*r2, *r3, 0, 4, 1, 5);
    v4si t3 = __builtin_shufflevector(*r2, *r3, 2, 6, 3, 7);
    *r0 = __builtin_shufflevector(t0, t2, 0, 1, 4, 5);
    *r1 = __builtin_shufflevector(t0, t2, 2, 3, 6, 7);
    *r2 = __builtin_shufflevector(t1, t3, 0, 1, 4, 5);
    *r3 = __builtin_shufflevector(t1, t3, 2, 3, 6, 7);
}

static v16qu bswap32x4(v16qu v) {
    return __builtin_shufflevector(v, v, 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12);
}

int main(void) {
    v4si a = {1, 2, 3, 4}, b = {5, 6, 7, 8};
    LAUNDER(a);
    LAUNDER(b);
    p4("reverse a", __builtin_shufflevector(a, a, 3, 2, 1, 0));
    p4("lo halves", __builtin_shufflevector(a, b, 0, 1, 4, 5));
    p4("odd lanes", __builtin_shufflevector(a, b, 1, 3, 5, 7));
    p4("broadcast", __builtin_shufflevector(b, b, 2, 2, 2, 2));
    v4si partial = __builtin_shufflevector(a, b, 0, -1, 6, -1);
    printf("%-12s %d _ %d _\n", "with undef", partial[0], partial[2]);
    v8si w = __builtin_shufflevector(a, b, 0, 4, 1, 5, 2, 6, 3, 7);
    printf("widened     ");
    for (int i = 0; i < 8; i++) printf(" %d", w[i]);
    printf("\n");
    v2si n = __builtin_shufflevector(a, a, 3, 0);
    printf("narrowed     %d %d\n", n[0], n[1]);
    v4si r0 = {1, 2, 3, 4}, r1 = {5, 6, 7, 8}, r2 = {9, 10, 11, 12}, r3 = {13, 14, 15, 16};
    LAUNDER(r0);
    LAUNDER(r2);
    transpose(&r0, &r1, &r2, &r3);
    p4("T row0", r0);
    p4("T row1", r1);
    p4("T row2", r2);
    p4("T row3", r3);
    transpose(&r0, &r1, &r2, &r3);
    p4("TT row3", r3);
    v16qu bytes;
    for (int i = 0; i < 16; i++) bytes[i] = (uint8_t)(0x10 * (i & 15) + i);
    v16qu sw = bswap32x4(bytes);
    printf("bswap bytes ");
    for (int i = 0; i < 16; i++) printf("%02x", sw[i]);
    printf("\n");
    uint32_t words[4];
    __builtin_memcpy(words, &sw, 16);
    printf("as words    %08x %08x %08x %08x\n", words[0], words[1], words[2], words[3]);
    v4sf f = {1.5f, -2.5f, 3.5f, -4.5f};
    LAUNDER(f);
    v4sf fr = __builtin_shufflevector(f, f, 1, 0, 3, 2);
    v4sf fs = f + fr;
    printf("pairsum      %g %g %g %g\n", fs[0], fs[1], fs[2], fs[3]);
    /* rotate-by-k built from two-source shuffles */
    v4si acc = a;
    int check = 0;
    for (int k = 0; k < 9; k++) {
        acc = __builtin_shufflevector(acc, acc, 1, 2, 3, 0);
        check = check * 5 + acc[0];
    }
    p4("rot9", acc);
    printf("check=%d\n", check);
    return check % 120;
}
