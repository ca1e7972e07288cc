#include <stdio.h>
#include <stdint.h>
#include <string.h>

/* GCC/clang vector extensions: element-wise arithmetic, comparisons producing masks, shuffles,
   conversions, and reductions written out by hand. */

typedef int32_t v4si __attribute__((vector_size(16)));
typedef float v4sf __attribute__((vector_size(16)));
typedef uint8_t v16qu __attribute__((vector_size(16)));
typedef double v2df __attribute__((vector_size(16)));
typedef int64_t v2di __attribute__((vector_size(16)));

static void p4i(const char *l, v4si v) { printf("%-8s [%d %d %d %d]\n", l, v[0], v[1], v[2], v[3]); }
static void p4f(const char *l, v4sf v) { printf("%-8s [%g %g %g %g]\n", l, v[0], v[1], v[2], v[3]); }

int main(void) {
    v4si a = {1, -2, 3, -4}, b = {10, 20, 30, 40};
    p4i("a+b", a + b);
    p4i("a*b", a * b);
    p4i("b/a", b / a);
    p4i("b>>1", b >> 1);
    p4i("a<0", a < 0);
    p4i("a&b", a & b);
    p4i("shuf", __builtin_shufflevector(a, b, 3, 2, 5, 4));
    v4si mask = a > 0;
    p4i("select", (mask & b) | (~mask & -b));
    v4sf f = {0.5f, 1.5f, -2.25f, 4.0f}, g = {2.0f, 2.0f, 2.0f, 2.0f};
    p4f("f*g", f * g);
    p4f("f/g+1", f / g + 1.0f);
    v4si fi = __builtin_convertvector(f * g, v4si);
    p4i("conv", fi);
    v16qu bytes;
    for (int i = 0; i < 16; i++) bytes[i] = (uint8_t)(i * 17);
    v16qu doubled = bytes + bytes;
    unsigned sum = 0;
    for (int i = 0; i < 16; i++) sum += doubled[i];
    printf("byte vector wrap sum=%u\n", sum);
    v2df d = {1.0 / 3, 2.0 / 3};
    v2df sq = d * d;
    v2df dd = sq + d;
    printf("v2df: %.17g %.17g\n", dd[0], dd[1]);
    v2di big = {INT64_MAX, -1};
    v2di sh = big >> 60;
    printf("v2di >> 60: %lld %lld\n", (long long)sh[0], (long long)sh[1]);
    int32_t arr[16];
    v4si acc = {0, 0, 0, 0};
    for (int i = 0; i < 16; i++) arr[i] = i * i - 50;
    for (int i = 0; i < 16; i += 4) { v4si v; memcpy(&v, arr + i, sizeof v); acc += v; }
    printf("vector accumulate: %d\n", acc[0] + acc[1] + acc[2] + acc[3]);
    return 0;
}
