#include <stdio.h>
#include <stdarg.h>

/* Variadic functions written in the program: va_arg with int, long, double, pointers; sentinel and
   count-prefixed conventions; va_copy. */

static long sum_ints(int count, ...) {
    va_list ap;
    va_start(ap, count);
    long s = 0;
    for (int i = 0; i < count; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}

static double mean_doubles(int count, ...) {
    va_list ap;
    va_start(ap, count);
    double s = 0;
    for (int i = 0; i < count; i++) s += va_arg(ap, double);
    va_end(ap);
    return count ? s / count : 0;
}

static int concat_all(char *out, size_t cap, const char *first, ...) {
    va_list ap;
    va_start(ap, first);
    size_t n = 0;
    int parts = 0;
    for (const char *s = first; s; s = va_arg(ap, const char *)) {
        while (*s && n + 1 < cap) out[n++] = *s++;
        parts++;
    }
    out[n] = 0;
    va_end(ap);
    return parts;
}

/* format letters: i=int l=long d=double s=string c=char(promoted int) */
static void describe(const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    for (const char *f = fmt; *f; f++) {
        switch (*f) {
        case 'i': printf("int:%d ", va_arg(ap, int)); break;
        case 'l': printf("long:%ld ", va_arg(ap, long)); break;
        case 'd': printf("double:%g ", va_arg(ap, double)); break;
        case 's': printf("str:%s ", va_arg(ap, const char *)); break;
        case 'c': printf("char:%c ", va_arg(ap, int)); break;
        }
    }
    printf("| second pass count=");
    int n = 0;
    for (const char *f = fmt; *f; f++) {
        switch (*f) {
        case 'i': case 'c': (void)va_arg(ap2, int); n++; break;
        case 'l': (void)va_arg(ap2, long); n++; break;
        case 'd': (void)va_arg(ap2, double); n++; break;
        case 's': (void)va_arg(ap2, const char *); n++; break;
        }
    }
    printf("%d\n", n);
    va_end(ap2);
    va_end(ap);
}

int main(void) {
    printf("sum_ints(0)=%ld\n", sum_ints(0));
    printf("sum_ints(3)=%ld\n", sum_ints(3, 1, 2, 3));
    printf("sum_ints(12)=%ld\n", sum_ints(12, 1, -2, 3, -4, 5, -6, 7, -8, 9, -10, 11, 1000));
    printf("mean=%g\n", mean_doubles(5, 1.0, 2.5, 3.5, -1.0, 10.0));
    printf("mean of 10=%.4f\n", mean_doubles(10, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0));
    char buf[64];
    int parts = concat_all(buf, sizeof buf, "var", "iadic", " ", "concat", "!", (const char *)NULL);
    printf("concat parts=%d -> %s\n", parts, buf);
    describe("ildsc", 42, 1234567890123L, 2.75, "text", 'Z');
    describe("ddddddddddi", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11);
    return 0;
}
