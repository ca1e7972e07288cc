#include <stdio.h>
#include <string.h>

/* Interleaved integer, floating, pointer and small-struct parameters. */

struct pt { int x, y; };
struct pd { double x, y; };

static double mix(int a, double b, char *buf, float c, long d, struct pt p, double e, short f, struct pd q,
                  unsigned char g, float h, long long i, double j, int k, double l, const char *tag) {
    double r = a + b + c + d + p.x * 2 + p.y * 3 + e + f + q.x * q.y + g + h + (double)i + j + k + l;
    snprintf(buf, 64, "%s:%d:%g:%g", tag, a, b, r);
    return r;
}

static long long fold(long long acc, int n, const int *v, double scale, int (*f)(int), char mode, float bias, int a,
                      int b, int c, int d) {
    for (int i = 0; i < n; i++) {
        long long t = (long long)(f(v[i]) * scale + bias);
        acc = mode == '+' ? acc + t : mode == '*' ? acc * (t % 7 + 1) : acc - t;
    }
    return acc + a * b - c * d;
}

static int sq(int x) { return x * x; }
static int neg(int x) { return -x; }

int main(void) {
    char buf[64];
    struct pt p = {3, 4};
    struct pd q = {1.5, -2.0};
    double r = mix(1, 2.5, buf, 3.25f, 1000000L, p, -7.5, -3, q, 200, 0.125f, -123456789012LL, 1e-3, 42, 99.75, "T1");
    printf("mix=%.6f buf=%s\n", r, buf);
    for (int k = 0; k < 3; k++) {
        p.x += k; q.y *= 2;
        r = mix(k, k * 0.5, buf, (float)k, k, p, k, (short)k, q, (unsigned char)k, 1.0f, k, k, k, k, "loop");
        printf("mix=%.6f buf=%s\n", r, buf);
    }
    int v[] = {1, -2, 3, -4, 5, -6, 7};
    printf("fold+ sq: %lld\n", fold(0, 7, v, 1.5, sq, '+', 0.25f, 1, 2, 3, 4));
    printf("fold* neg: %lld\n", fold(1, 7, v, 2.0, neg, '*', 10.0f, 5, 6, 7, 8));
    printf("fold- sq: %lld\n", fold(100, 7, v, 0.5, sq, '-', -0.5f, 9, 9, 1, 1));
    return (int)strlen(buf) == 0;
}
