#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <stdarg.h>

/* va_copy for multi-pass processing: first pass computes statistics, second
   pass normalises. A va_list is also handed down to helper functions both
   by value (the callee gets its own cursor) and through a pointer (the
   callee advances the caller's cursor). */

static double take_double(va_list *ap) { return va_arg(*ap, double); }
static int take_int(va_list *ap) { return va_arg(*ap, int); }

static void normalise(int n, ...) {
    va_list ap, again;
    va_start(ap, n);
    va_copy(again, ap);
    double lo = 0, hi = 0;
    for (int i = 0; i < n; i++) {
        double v = take_double(&ap);
        if (i == 0 || v < lo) lo = v;
        if (i == 0 || v > hi) hi = v;
    }
    va_end(ap);
    printf("n=%d lo=%g hi=%g:", n, lo, hi);
    for (int i = 0; i < n; i++) {
        double v = va_arg(again, double);
        printf(" %.4f", hi > lo ? (v - lo) / (hi - lo) : 0.0);
    }
    printf("\n");
    va_end(again);
}

/* consume 'k' ints from a va_list passed by value: caller's list unaffected */
static long peek_sum(int k, va_list ap) {
    long s = 0;
    for (int i = 0; i < k; i++) s += va_arg(ap, int);
    return s;
}

static void prefix_sums(int n, ...) {
    va_list ap;
    va_start(ap, n);
    printf("prefix:");
    for (int i = 1; i <= n; i++) {
        va_list c;
        va_copy(c, ap);
        printf(" %ld", peek_sum(i, c));
        va_end(c);
    }
    printf("\n");
    /* now actually consume through the pointer helper */
    long s = 0;
    for (int i = 0; i < n; i++) s = s * 10 + take_int(&ap);
    printf("digits=%ld\n", s);
    va_end(ap);
}

/* nested copies: copy of a copy, taken mid-stream */
static void midstream(int n, ...) {
    va_list a, b, c;
    va_start(a, n);
    int first = va_arg(a, int);
    va_copy(b, a);
    int second = va_arg(a, int);
    va_copy(c, b);
    int b1 = va_arg(b, int), b2 = va_arg(b, int);
    int c1 = va_arg(c, int);
    int rest = 0;
    for (int i = 2; i < n; i++) rest += va_arg(a, int);
    printf("first=%d second=%d b=%d,%d c=%d rest=%d\n", first, second, b1, b2, c1, rest);
    va_end(c);
    va_end(b);
    va_end(a);
}

int main(void) {
    normalise(3, 1.0, 3.0, 2.0);
    normalise(5, -4.0, 4.0, 0.0, 2.0, -2.0);
    normalise(11, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0, 1024.0);
    normalise(1, 7.0);
    prefix_sums(4, 1, 2, 3, 4);
    prefix_sums(9, 9, 8, 7, 6, 5, 4, 3, 2, 1);
    midstream(5, 10, 20, 30, 40, 50);
    midstream(12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    return 0;
}
