#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>

/* __builtin_convertvector between element types: int<->float (truncating
   toward zero, in range), widening int8->int32, narrowing int32->int16
   (modular), float<->double, unsigned->float, and an image-like pipeline
   that converts bytes to float, scales and converts back. */

typedef int32_t v4si __attribute__((vector_size(16)));
typedef uint32_t v4su __attribute__((vector_size(16)));
typedef float v4sf __attribute__((vector_size(16)));
typedef double v4df __attribute__((vector_size(32)));
typedef int16_t v4hi __attribute__((vector_size(8)));
typedef int8_t v4qi __attribute__((vector_size(4)));
typedef uint8_t v8qu __attribute__((vector_size(8)));
typedef float v8sf __attribute__((vector_size(32)));
typedef int32_t v8si __attribute__((vector_size(32)));

/* Copies a value through volatile bytes so the optimiser cannot constant-fold
   the vector operations below. */
static void launder_bytes(void *p, size_t n) {
    volatile unsigned char *q = p;
    for (size_t i = 0; i < n; i++) q[i] = q[i];
}
#define LAUNDER(x) launder_bytes(&(x), sizeof(x))

int main(void) {
    v4sf f = {1.9f, -1.9f, 1e9f, -2147483520.0f};
    LAUNDER(f);
    v4si i = __builtin_convertvector(f, v4si);
    printf("f->i   %d %d %d %d\n", i[0], i[1], i[2], i[3]);
    v4si j = {7, -7, 16777217, -2147483647 - 1};
    LAUNDER(j);
    v4sf jf = __builtin_convertvector(j, v4sf);
    printf("i->f   %.1f %.1f %.1f %.1f\n", jf[0], jf[1], jf[2], jf[3]);
    v4su u = {0, 1, 4294967295u, 2147483649u};
    LAUNDER(u);
    v4sf uf = __builtin_convertvector(u, v4sf);
    printf("u->f   %.1f %.1f %.1f %.1f\n", uf[0], uf[1], uf[2], uf[3]);
    v4sf big = {4294967040.0f, 3e9f, 0.5f, 65535.99f};
    LAUNDER(big);
    v4su bu = __builtin_convertvector(big, v4su);
    printf("f->u   %u %u %u %u\n", bu[0], bu[1], bu[2], bu[3]);
    v4qi q = {-128, -1, 0, 127};
    LAUNDER(q);
    v4si qw = __builtin_convertvector(q, v4si);
    printf("i8->i32 %d %d %d %d\n", qw[0], qw[1], qw[2], qw[3]);
    v4si wide = {70000, -70000, 32768, 12345};
    LAUNDER(wide);
    v4hi nar = __builtin_convertvector(wide, v4hi);
    printf("i32->i16 %d %d %d %d\n", nar[0], nar[1], nar[2], nar[3]);
    v4df d = __builtin_convertvector((v4sf){0.1f, 1.0f / 3, -2.5f, 1e-40f}, v4df);
    printf("f->d   %.17g %.17g %.17g %.17g\n", d[0], d[1], d[2], d[3]);
    v4sf back = __builtin_convertvector(d * 3.0, v4sf);
    printf("d->f   %.9g %.9g %.9g %.9g\n", back[0], back[1], back[2], back[3]);
    /* brightness/contrast on 8-pixel rows */
    uint8_t img[4][8];
    for (int r = 0; r < 4; r++)
        for (int c = 0; c < 8; c++) img[r][c] = (uint8_t)(r * 60 + c * 13);
    unsigned checksum = 0;
    for (int r = 0; r < 4; r++) {
        v8qu px;
        __builtin_memcpy(&px, img[r], 8);
        v8sf fx = __builtin_convertvector(px, v8sf);
        fx = (fx - 128.0f) * 1.25f + 140.0f;
        fx = (v8sf)(((v8si)fx & (v8si)(fx > 0.0f)));  /* clamp below at 0 */
        v8sf hi = {255, 255, 255, 255, 255, 255, 255, 255};
        v8si over = fx > hi;
        fx = (v8sf)(((v8si)hi & over) | ((v8si)fx & ~over));
        v8si out = __builtin_convertvector(fx + 0.5f, v8si);
        printf("row%d:", r);
        for (int c = 0; c < 8; c++) { printf(" %3d", out[c]); checksum = checksum * 31 + (unsigned)out[c]; }
        printf("\n");
    }
    printf("checksum=%u\n", checksum);
    return 0;
}
