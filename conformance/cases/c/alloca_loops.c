#include <stdio.h>
#include <string.h>
#include <alloca.h>

/* alloca() for scratch buffers, including in loops with small sizes. */

static int digits_sum_reversed(unsigned long v) {
    char *buf = alloca(32);
    int n = 0;
    do { buf[n++] = (char)('0' + v % 10); v /= 10; } while (v);
    buf[n] = 0;
    int s = 0;
    for (int i = 0; i < n; i++) s = s * 3 + (buf[i] - '0');
    return s;
}

static void join(const char **parts, int n, char sep) {
    size_t total = 1;
    for (int i = 0; i < n; i++) total += strlen(parts[i]) + 1;
    char *out = alloca(total);
    char *w = out;
    for (int i = 0; i < n; i++) {
        size_t l = strlen(parts[i]);
        memcpy(w, parts[i], l);
        w += l;
        if (i + 1 < n) *w++ = sep;
    }
    *w = 0;
    printf("joined(%zu): %s\n", total, out);
}

int main(void) {
    long grand = 0;
    for (int i = 1; i <= 40; i++) {
        int *tmp = alloca(sizeof(int) * (size_t)(i % 8 + 1));
        for (int k = 0; k <= i % 8; k++) tmp[k] = i * k;
        int s = 0;
        for (int k = 0; k <= i % 8; k++) s += tmp[k];
        grand += s;
    }
    printf("grand=%ld\n", grand);
    for (unsigned long v = 7; v < 10000000; v = v * 13 + 1) printf("%lu -> %d\n", v, digits_sum_reversed(v));
    const char *parts[] = {"alpha", "beta", "gamma", "delta", "epsilon"};
    for (int n = 1; n <= 5; n++) join(parts, n, n % 2 ? ',' : '-');
    double *d = alloca(10 * sizeof(double));
    for (int i = 0; i < 10; i++) d[i] = i / 4.0;
    double ds = 0;
    for (int i = 0; i < 10; i++) ds += d[i];
    printf("double scratch sum=%g\n", ds);
    return 0;
}
