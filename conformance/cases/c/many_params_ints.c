#include <stdio.h>

/* Functions with many integer parameters of mixed widths (stack-passed arguments). */

static long sum12(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, int k, int l) {
    return a + 2L * b + 3L * c + 4L * d + 5L * e + 6L * f + 7L * g + 8L * h + 9L * i + 10L * j + 11L * k + 12L * l;
}

static unsigned long long mixed(char a, unsigned char b, short c, unsigned short d, int e, unsigned f, long g,
                                unsigned long h, long long i, unsigned long long j, signed char k, _Bool l) {
    unsigned long long r = 0;
    r = r * 31 + (unsigned long long)(long long)a;
    r = r * 31 + b;
    r = r * 31 + (unsigned long long)(long long)c;
    r = r * 31 + d;
    r = r * 31 + (unsigned long long)(long long)e;
    r = r * 31 + f;
    r = r * 31 + (unsigned long long)g;
    r = r * 31 + h;
    r = r * 31 + (unsigned long long)i;
    r = r * 31 + j;
    r = r * 31 + (unsigned long long)(long long)k;
    r = r * 31 + l;
    return r;
}

static int rotate_args(int depth, int a, int b, int c, int d, int e, int f, int g, int h, int i, int j) {
    if (depth == 0) return a - b + c - d + e - f + g - h + i - j;
    return rotate_args(depth - 1, j, a, b, c, d, e, f, g, h, i) + a;
}

static void out16(int *dst, int a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, int a9, int a10,
                  int a11, int a12, int a13, int a14, int a15) {
    int v[16] = {a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15};
    for (int i = 0; i < 16; i++) dst[i] = v[15 - i];
}

int main(void) {
    printf("sum12 = %ld\n", sum12(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    printf("sum12 neg = %ld\n", sum12(-1, -2, -3, -4, -5, -6, -7, -8, -9, -10, -11, -12));
    long acc = 0;
    for (int i = 0; i < 1000; i++) acc += sum12(i, i + 1, i - 1, i * 2, -i, i % 7, i / 3, 5, i ^ 3, i & 12, i | 1, 100 - i);
    printf("sum12 loop acc = %ld\n", acc);
    printf("mixed = %llu\n", mixed(-1, 255, -300, 65000, -123456, 4000000000u, -5000000000L, 9000000000UL,
                                   -7000000000000LL, 18000000000000000000ULL, -128, 1));
    printf("mixed2 = %llu\n", mixed('z', 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 0));
    for (int d = 0; d < 12; d += 3) printf("rotate depth %d = %d\n", d, rotate_args(d, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    int dst[16];
    out16(dst, 0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150);
    for (int i = 0; i < 16; i++) printf("%d ", dst[i]);
    printf("\n");
    return 0;
}
