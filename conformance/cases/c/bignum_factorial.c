#include <stdio.h>
#include <string.h>

/* Arbitrary-precision arithmetic with decimal digit arrays: factorials, powers of two, fibonacci. */

#define MAXD 800

struct big { int n; unsigned char d[MAXD]; }; /* little-endian decimal digits */

static void big_set(struct big *b, unsigned v) { b->n = 0; do { b->d[b->n++] = (unsigned char)(v % 10); v /= 10; } while (v); }

static void big_mul_small(struct big *b, unsigned m) {
    unsigned carry = 0;
    for (int i = 0; i < b->n; i++) {
        unsigned t = b->d[i] * m + carry;
        b->d[i] = (unsigned char)(t % 10);
        carry = t / 10;
    }
    while (carry) { b->d[b->n++] = (unsigned char)(carry % 10); carry /= 10; }
}

static void big_add(struct big *r, const struct big *a, const struct big *b) {
    int n = a->n > b->n ? a->n : b->n, carry = 0;
    for (int i = 0; i < n; i++) {
        int t = (i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0) + carry;
        r->d[i] = (unsigned char)(t % 10);
        carry = t / 10;
    }
    r->n = n;
    if (carry) r->d[r->n++] = (unsigned char)carry;
}

static void big_print(const char *label, const struct big *b) {
    printf("%s (%d digits): ", label, b->n);
    if (b->n <= 60) for (int i = b->n - 1; i >= 0; i--) putchar('0' + b->d[i]);
    else {
        for (int i = b->n - 1; i >= b->n - 25; i--) putchar('0' + b->d[i]);
        printf("...");
        for (int i = 24; i >= 0; i--) putchar('0' + b->d[i]);
    }
    putchar('\n');
}

static int digit_sum(const struct big *b) { int s = 0; for (int i = 0; i < b->n; i++) s += b->d[i]; return s; }
static int trailing_zeros(const struct big *b) { int z = 0; while (z < b->n && b->d[z] == 0) z++; return z; }

int main(void) {
    static struct big f;
    big_set(&f, 1);
    for (unsigned i = 2; i <= 200; i++) {
        big_mul_small(&f, i);
        if (i == 25 || i == 50 || i == 100 || i == 200) {
            char label[16];
            snprintf(label, sizeof label, "%u!", i);
            big_print(label, &f);
            printf("  digit sum=%d trailing zeros=%d\n", digit_sum(&f), trailing_zeros(&f));
        }
    }
    static struct big p;
    big_set(&p, 1);
    for (int i = 0; i < 1000; i++) big_mul_small(&p, 2);
    big_print("2^1000", &p);
    printf("  digit sum=%d\n", digit_sum(&p));
    static struct big a, b, c;
    big_set(&a, 0);
    big_set(&b, 1);
    int idx = 1;
    while (b.n < 100) { big_add(&c, &a, &b); a = b; b = c; idx++; }
    printf("first fibonacci with 100 digits is F(%d)\n", idx);
    big_print("F", &b);
    return 0;
}
