#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <complex.h>

/* _Complex float: returned as <2 x float> in one SSE register, stored in
   structs and arrays, multiplied/divided (__mulsc3/__divsc3), and converted
   to and from _Complex double. */

struct cf_pair { float complex a, b; };

__attribute__((noinline)) float complex cf_rot(float complex z, int quarter_turns) {
    for (int i = 0; i < (quarter_turns & 3); i++) z *= I;
    return z;
}

__attribute__((noinline)) struct cf_pair cf_swap_scale(struct cf_pair p, float s) {
    struct cf_pair r = {p.b * s, p.a * s};
    return r;
}

__attribute__((noinline)) float complex cf_div(float complex a, float complex b) { return a / b; }

static float complex mandel_iter(float complex c, int *iters) {
    float complex z = 0;
    int i = 0;
    while (i < 50 && crealf(z) * crealf(z) + cimagf(z) * cimagf(z) <= 4.0f) {
        z = z * z + c;
        i++;
    }
    *iters = i;
    return z;
}

int main(void) {
    float complex z = 1.5f - 0.5f * I;
    for (int q = 0; q < 5; q++) {
        float complex r = cf_rot(z, q);
        printf("rot%d: %g %+gi\n", q, crealf(r), cimagf(r));
    }
    struct cf_pair p = {1.0f + 2.0f * I, -3.0f + 0.25f * I};
    struct cf_pair s = cf_swap_scale(p, 2.0f);
    printf("pair: %g%+gi  %g%+gi  sizeof=%zu\n", crealf(s.a), cimagf(s.a), crealf(s.b), cimagf(s.b), sizeof s);
    float complex q = cf_div(p.a, p.b);
    printf("div: %.7g %+.7gi\n", crealf(q), cimagf(q));
    float complex back = q * p.b;
    printf("back: %.7g %+.7gi\n", crealf(back), cimagf(back));
    double complex wide = q;
    printf("widened: %.17g %+.17gi\n", creal(wide), cimag(wide));
    float complex narrow = (float complex)(1.0 / 3.0 + 2.0 / 3.0 * I);
    printf("narrowed: %.9g %+.9gi\n", crealf(narrow), cimagf(narrow));
    float complex arr[6];
    for (int i = 0; i < 6; i++) arr[i] = (float)i - (float)(i * i) * I;
    float complex acc = 1;
    for (int i = 1; i < 6; i++) acc = acc * arr[i] / (1.0f + 1.0f * I);
    printf("acc: %.6g %+.6gi\n", crealf(acc), cimagf(acc));
    /* mandelbrot membership grid */
    int total = 0;
    for (int y = -6; y <= 6; y++) {
        for (int x = -16; x <= 6; x++) {
            int it;
            mandel_iter(x / 8.0f + y / 6.0f * I, &it);
            total += it;
            putchar(it >= 50 ? '#' : it > 10 ? '+' : it > 4 ? '.' : ' ');
        }
        putchar('\n');
    }
    printf("total iterations=%d\n", total);
    return 0;
}
