#include <stdio.h>
#include <stdint.h>
#include <string.h>

/* Unions: type punning (allowed in C), tagged unions, union arrays. */

union fbits { float f; uint32_t u; uint8_t b[4]; };
union dbits { double d; uint64_t u; uint32_t w[2]; };

enum kind { K_INT, K_DBL, K_STR, K_PAIR };
struct value {
    enum kind kind;
    union {
        long i;
        double d;
        const char *s;
        struct { short a, b; } pair;
    } as;
};

static void print_value(const struct value *v) {
    switch (v->kind) {
    case K_INT: printf("int(%ld)", v->as.i); break;
    case K_DBL: printf("double(%g)", v->as.d); break;
    case K_STR: printf("str(\"%s\")", v->as.s); break;
    case K_PAIR: printf("pair(%d,%d)", v->as.pair.a, v->as.pair.b); break;
    }
}

static double as_number(const struct value *v) {
    switch (v->kind) {
    case K_INT: return (double)v->as.i;
    case K_DBL: return v->as.d;
    case K_STR: return (double)strlen(v->as.s);
    case K_PAIR: return v->as.pair.a * 1000.0 + v->as.pair.b;
    }
    return 0;
}

int main(void) {
    float fs[] = {1.0f, -2.0f, 0.5f, 3.14159f, 1e-38f, 0.0f};
    for (int i = 0; i < 6; i++) {
        union fbits x;
        x.f = fs[i];
        printf("%-10g bits=%08x sign=%u exp=%3u mant=%06x bytes=%02x%02x%02x%02x\n", x.f, x.u, x.u >> 31,
               (x.u >> 23) & 0xFF, x.u & 0x7FFFFF, x.b[3], x.b[2], x.b[1], x.b[0]);
    }
    union dbits d;
    d.d = -1.5;
    printf("double -1.5: %016llx hi=%08x lo=%08x\n", (unsigned long long)d.u, d.w[1], d.w[0]);
    d.u = 0x400921FB54442D18ull;
    printf("from bits: %.15f\n", d.d);
    /* fast inverse square root style bit hack, compared loosely */
    union fbits y;
    y.f = 2.0f;
    y.u = 0x5f3759dfu - (y.u >> 1);
    float approx = y.f * (1.5f - 0.5f * 2.0f * y.f * y.f);
    printf("approx 1/sqrt(2)=%.4f\n", approx);
    struct value vals[] = {{K_INT, {.i = -42}}, {K_DBL, {.d = 2.75}}, {K_STR, {.s = "hello"}},
                           {K_PAIR, {.pair = {3, 4}}}, {K_INT, {.i = 1000000}}};
    double total = 0;
    for (int i = 0; i < 5; i++) {
        print_value(&vals[i]);
        printf(" -> %g\n", as_number(&vals[i]));
        total += as_number(&vals[i]);
    }
    printf("total=%g sizeof(struct value)=%zu\n", total, sizeof(struct value));
    union { uint32_t word; uint16_t half[2]; uint8_t byte[4]; } w = {0x11223344};
    printf("halves %04x %04x bytes %02x %02x %02x %02x\n", w.half[0], w.half[1], w.byte[0], w.byte[1], w.byte[2], w.byte[3]);
    w.byte[0] = 0xFF;
    printf("after byte write: %08x\n", w.word);
    return (int)total % 100;
}
