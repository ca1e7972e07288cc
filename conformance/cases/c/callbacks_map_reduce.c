#include <stdio.h>
#include <stdlib.h>

/* Higher-order helpers with callbacks and user-data pointers. */

typedef int (*map_fn)(int, void *);
typedef int (*pred_fn)(int, void *);
typedef long (*reduce_fn)(long, int, void *);

static void map(int *v, int n, map_fn f, void *ud) { for (int i = 0; i < n; i++) v[i] = f(v[i], ud); }
static int filter(const int *in, int n, int *out, pred_fn p, void *ud) {
    int k = 0;
    for (int i = 0; i < n; i++) if (p(in[i], ud)) out[k++] = in[i];
    return k;
}
static long reduce(const int *v, int n, long init, reduce_fn f, void *ud) {
    for (int i = 0; i < n; i++) init = f(init, v[i], ud);
    return init;
}

static int add_k(int x, void *ud) { return x + *(int *)ud; }
static int times_k(int x, void *ud) { return x * *(int *)ud; }
static int divisible(int x, void *ud) { return x % *(int *)ud == 0; }
struct range { int lo, hi; };
static int in_range(int x, void *ud) { struct range *r = ud; return x >= r->lo && x <= r->hi; }
static long sum(long acc, int x, void *ud) { (void)ud; return acc + x; }
static long horner(long acc, int x, void *ud) { return acc * *(int *)ud + x; }
struct counter { int calls; long max; };
static long track_max(long acc, int x, void *ud) {
    struct counter *c = ud;
    c->calls++;
    if (x > c->max) c->max = x;
    return acc ^ x;
}

static void for_each_pair(int n, void (*cb)(int, int, void *), void *ud) {
    for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) cb(i, j, ud);
}
static void count_coprime(int i, int j, void *ud) {
    int a = i + 1, b = j + 1;
    while (b) { int t = a % b; a = b; b = t; }
    if (a == 1) ++*(int *)ud;
}

int main(void) {
    int v[30];
    for (int i = 0; i < 30; i++) v[i] = i;
    int k = 3;
    map(v, 30, times_k, &k);
    k = -7;
    map(v, 30, add_k, &k);
    printf("mapped:");
    for (int i = 0; i < 30; i++) printf(" %d", v[i]);
    printf("\n");
    int out[30];
    int d = 4;
    int n = filter(v, 30, out, divisible, &d);
    printf("divisible by 4 (%d):", n);
    for (int i = 0; i < n; i++) printf(" %d", out[i]);
    printf("\n");
    struct range r = {10, 50};
    n = filter(v, 30, out, in_range, &r);
    printf("in [10,50]: %d items, sum=%ld\n", n, reduce(out, n, 0, sum, NULL));
    int base = 10;
    int digits[] = {4, 0, 9, 6};
    printf("horner base 10: %ld\n", reduce(digits, 4, 0, horner, &base));
    base = 2;
    int bits[] = {1, 0, 1, 1, 0, 1};
    printf("horner base 2: %ld\n", reduce(bits, 6, 0, horner, &base));
    struct counter c = {0, -1000};
    long x = reduce(v, 30, 0, track_max, &c);
    printf("xor=%ld calls=%d max=%ld\n", x, c.calls, c.max);
    int coprime = 0;
    for_each_pair(40, count_coprime, &coprime);
    printf("coprime pairs among 1..40: %d\n", coprime);
    return 0;
}
