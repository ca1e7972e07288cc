#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <string.h>
#include <stdint.h>

/* Arrays of tagged unions ("variants") holding ints, doubles, short
   strings, pairs and nested arrays; a tiny evaluator folds them, values
   are copied whole (union assignment), sorted with a comparator that
   switches on the tag, and a union of different-sized members is
   type-punned through memcpy into bytes. */

enum tag { T_INT, T_DBL, T_STR, T_PAIR, T_VEC };

struct value {
    enum tag tag;
    union {
        long i;
        double d;
        char s[12];
        struct { int a, b; } pair;
        short vec[6];
    } u;
};

static double as_number(const struct value *v) {
    switch (v->tag) {
    case T_INT: return (double)v->u.i;
    case T_DBL: return v->u.d;
    case T_STR: return (double)strlen(v->u.s);
    case T_PAIR: return (double)v->u.pair.a / (v->u.pair.b ? v->u.pair.b : 1);
    case T_VEC: { int s = 0; for (int k = 0; k < 6; k++) s += v->u.vec[k]; return s; }
    }
    return 0;
}

static int cmp(const struct value *x, const struct value *y) {
    if (x->tag != y->tag) return (int)x->tag - (int)y->tag;
    switch (x->tag) {
    case T_INT: return (x->u.i > y->u.i) - (x->u.i < y->u.i);
    case T_DBL: return (x->u.d > y->u.d) - (x->u.d < y->u.d);
    case T_STR: return strcmp(x->u.s, y->u.s);
    default: { double a = as_number(x), b = as_number(y); return (a > b) - (a < b); }
    }
}

static void show(const struct value *v) {
    switch (v->tag) {
    case T_INT: printf("int(%ld)", v->u.i); break;
    case T_DBL: printf("dbl(%g)", v->u.d); break;
    case T_STR: printf("str(%s)", v->u.s); break;
    case T_PAIR: printf("pair(%d,%d)", v->u.pair.a, v->u.pair.b); break;
    case T_VEC: printf("vec(%d..%d)", v->u.vec[0], v->u.vec[5]); break;
    }
}

int main(void) {
    struct value vals[12];
    memset(vals, 0, sizeof vals);
    for (int i = 0; i < 12; i++) {
        struct value v;
        memset(&v, 0, sizeof v);
        v.tag = (enum tag)(i * 7 % 5);
        switch (v.tag) {
        case T_INT: v.u.i = (long)(i * i) - 50; break;
        case T_DBL: v.u.d = i * 0.75 - 3; break;
        case T_STR: snprintf(v.u.s, sizeof v.u.s, "s%dx%d", i, i * i); break;
        case T_PAIR: v.u.pair.a = i * 10; v.u.pair.b = i - 6; break;
        case T_VEC: for (int k = 0; k < 6; k++) v.u.vec[k] = (short)(i * k - 10); break;
        }
        vals[i] = v; /* whole-struct copy including the union */
    }
    for (int i = 1; i < 12; i++) {
        struct value x = vals[i];
        int j = i - 1;
        while (j >= 0 && cmp(&vals[j], &x) > 0) { vals[j + 1] = vals[j]; j--; }
        vals[j + 1] = x;
    }
    double total = 0;
    for (int i = 0; i < 12; i++) {
        show(&vals[i]);
        printf(i == 11 ? "\n" : " ");
        total += as_number(&vals[i]);
    }
    printf("total=%.4f sizeof(value)=%zu sizeof(u)=%zu\n", total, sizeof(struct value), sizeof vals[0].u);
    union { double d; uint64_t u; unsigned char b[8]; float f[2]; } pun;
    pun.d = -1.5;
    printf("-1.5: u=%016llx b0=%02x b7=%02x\n", (unsigned long long)pun.u, pun.b[0], pun.b[7]);
    pun.f[0] = 1.0f;
    pun.f[1] = -2.0f;
    printf("floats 1,-2 as u=%016llx\n", (unsigned long long)pun.u);
    static union vu { int i; char c[3]; } arr2[4] = {{.i = 0x01020304}, {.c = {'a', 'b', 'c'}}, {.i = -1}, {0}};
    unsigned char raw[sizeof arr2];
    memcpy(raw, arr2, sizeof raw);
    printf("union array bytes:");
    for (size_t i = 0; i < sizeof raw; i++) printf(" %02x", raw[i]);
    printf("\n");
    return 0;
}
