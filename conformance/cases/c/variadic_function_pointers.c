#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <stdarg.h>

/* Variadic functions stored in a table of function pointers and called
   indirectly, including a pointer that is selected at run time from argv. */

typedef double (*vfn)(int n, ...);

static double v_sum(int n, ...) {
    va_list ap; va_start(ap, n);
    double s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, double);
    va_end(ap);
    return s;
}
static double v_max(int n, ...) {
    va_list ap; va_start(ap, n);
    double m = va_arg(ap, double);
    for (int i = 1; i < n; i++) { double x = va_arg(ap, double); if (x > m) m = x; }
    va_end(ap);
    return m;
}
static double v_alt(int n, ...) {
    va_list ap; va_start(ap, n);
    double s = 0;
    for (int i = 0; i < n; i++) s += (i & 1 ? -1 : 1) * va_arg(ap, double);
    va_end(ap);
    return s;
}
static double v_prod(int n, ...) {
    va_list ap; va_start(ap, n);
    double s = 1;
    for (int i = 0; i < n; i++) s *= va_arg(ap, double);
    va_end(ap);
    return s;
}

static const struct { const char *name; vfn fn; } ops[] = {
    {"sum", v_sum}, {"max", v_max}, {"alt", v_alt}, {"prod", v_prod},
};

typedef int (*logger)(const char *fmt, ...);
static int count_calls;
static int quiet_log(const char *fmt, ...) { (void)fmt; return ++count_calls; }
static int loud_log(const char *fmt, ...) {
    va_list ap; va_start(ap, fmt);
    int r = vprintf(fmt, ap);
    va_end(ap);
    count_calls++;
    return r;
}

int main(int argc, char **argv) {
    for (unsigned i = 0; i < sizeof ops / sizeof *ops; i++) {
        vfn f = ops[i].fn;
        double a = f(3, 1.5, 2.0, -0.5);
        double b = f(10, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        double c = f(1, 42.0);
        printf("%-4s a=%g b=%g c=%g\n", ops[i].name, a, b, c);
    }
    logger lg = argc > 3 ? loud_log : quiet_log;
    int r = lg("via pointer: argc=%d last=%s n=%d x=%.2f\n", argc, argv[argc - 1], 7, 0.25);
    printf("logger returned %d\n", r);
    lg = argc > 100 ? loud_log : quiet_log;
    r = lg("never printed %d\n", 1);
    printf("quiet returned %d, calls=%d\n", r, count_calls);
    /* pointer to printf itself */
    int (*pf)(const char *, ...) = printf;
    int w = pf("libc through pointer: %s %05d\n", "ok", 99);
    printf("chars written by pointer call = %d\n", (int)(w));
    return 0;
}
