#include <stdio.h>
#include <stdlib.h>

/* qsort on ints with several comparators: ascending, descending, by absolute value, by popcount. */

static int cmp_asc(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int cmp_desc(const void *a, const void *b) { return cmp_asc(b, a); }
static int cmp_abs(const void *a, const void *b) {
    int x = abs(*(const int *)a), y = abs(*(const int *)b);
    if (x != y) return (x > y) - (x < y);
    return cmp_asc(a, b); /* tie-break for a deterministic total order */
}
static int cmp_pop(const void *a, const void *b) {
    unsigned x = (unsigned)*(const int *)a, y = (unsigned)*(const int *)b;
    int px = __builtin_popcount(x), py = __builtin_popcount(y);
    if (px != py) return px - py;
    return (x > y) - (x < y);
}
static int cmp_ll(const void *a, const void *b) { long long x = *(const long long *)a, y = *(const long long *)b; return (x > y) - (x < y); }
static int cmp_dbl(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }

static void show(const char *label, const int *v, int n) {
    printf("%-6s", label);
    for (int i = 0; i < n; i++) printf(" %d", v[i]);
    printf("\n");
}

int main(void) {
    int base[] = {42, -7, 0, 19, -42, 7, 1000, -1000, 3, 3, 255, -1, 64, 8, -300, 17};
    int n = (int)(sizeof base / sizeof base[0]);
    int v[16];
    int (*cmps[])(const void *, const void *) = {cmp_asc, cmp_desc, cmp_abs, cmp_pop};
    const char *names[] = {"asc", "desc", "abs", "pop"};
    for (int c = 0; c < 4; c++) {
        for (int i = 0; i < n; i++) v[i] = base[i];
        qsort(v, (size_t)n, sizeof v[0], cmps[c]);
        show(names[c], v, n);
    }
    enum { BIG = 5000 };
    static long long big[BIG];
    unsigned long long s = 0x9E3779B97F4A7C15ull;
    for (int i = 0; i < BIG; i++) { s ^= s >> 12; s ^= s << 25; s ^= s >> 27; big[i] = (long long)(s * 2685821657736338717ull) >> 20; }
    qsort(big, BIG, sizeof big[0], cmp_ll);
    int sorted = 1;
    for (int i = 1; i < BIG; i++) sorted &= big[i - 1] <= big[i];
    printf("big sorted=%d min=%lld median=%lld max=%lld\n", sorted, big[0], big[BIG / 2], big[BIG - 1]);
    double d[12];
    for (int i = 0; i < 12; i++) d[i] = ((i * 7) % 12 - 6) * 0.75;
    qsort(d, 12, sizeof d[0], cmp_dbl);
    for (int i = 0; i < 12; i++) printf("%g ", d[i]);
    printf("\n");
    qsort(v, 0, sizeof v[0], cmp_asc);
    qsort(v, 1, sizeof v[0], cmp_asc);
    printf("empty and single sorts ok: %d\n", v[0]);
    return 0;
}
