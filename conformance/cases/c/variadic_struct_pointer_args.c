#include <stdio.h>
#include <stdarg.h>
#include <string.h>

/* Variadic functions taking pointers to structs (NULL-terminated lists),
   pointers to ints to be filled in, and structs passed by value through
   va_arg (small 8-byte, 16-byte mixed, and large memory-class structs). */

struct item { const char *name; int qty; double price; };
struct pair { int a, b; };
struct mix { long id; double w; };
struct big { int v[6]; char tag[8]; };

static double invoice(const char *title, ...) {
    va_list ap;
    va_start(ap, title);
    double total = 0;
    int lines = 0;
    printf("== %s ==\n", title);
    const struct item *it;
    while ((it = va_arg(ap, const struct item *)) != NULL) {
        double line = it->qty * it->price;
        printf("  %-8s %3d x %7.2f = %8.2f\n", it->name, it->qty, it->price, line);
        total += line;
        lines++;
    }
    va_end(ap);
    printf("  %d lines, total %.2f\n", lines, total);
    return total;
}

/* Fills every int* argument with successive squares, returns how many. */
static int fill_outputs(int n, ...) {
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        int *p = va_arg(ap, int *);
        *p = (i + 1) * (i + 1);
    }
    va_end(ap);
    return n;
}

static unsigned long by_value(int n, ...) {
    va_list ap;
    va_start(ap, n);
    unsigned long h = 17;
    for (int i = 0; i < n; i++) {
        int kind = va_arg(ap, int);
        if (kind == 0) {
            struct pair p = va_arg(ap, struct pair);
            h = h * 31 + p.a * 7 + p.b;
        } else if (kind == 1) {
            struct mix m = va_arg(ap, struct mix);
            h = h * 31 + m.id + (long)(m.w * 8);
        } else {
            struct big b = va_arg(ap, struct big);
            for (int k = 0; k < 6; k++) h = h * 31 + b.v[k];
            h += (long)strlen(b.tag);
        }
    }
    va_end(ap);
    return h;
}

int main(void) {
    struct item a = {"apple", 12, 0.25}, b = {"bread", 2, 2.75}, c = {"cheese", 1, 7.5},
                d = {"dates", 30, 0.125}, e = {"eggs", 12, 0.5};
    double t1 = invoice("small", &a, &b, NULL);
    double t2 = invoice("full", &a, &b, &c, &d, &e, &a, &b, &c, NULL);
    double t3 = invoice("empty", NULL);
    printf("grand %.2f\n", t1 + t2 + t3);

    int o[9] = {0};
    int k = fill_outputs(9, &o[0], &o[1], &o[2], &o[3], &o[4], &o[5], &o[6], &o[7], &o[8]);
    printf("filled %d:", k);
    for (int i = 0; i < 9; i++) printf(" %d", o[i]);
    printf("\n");

    struct pair p1 = {1, 2}, p2 = {-3, 40};
    struct mix m1 = {100, 0.5}, m2 = {-7, 2.25};
    struct big b1 = {{1, 2, 3, 4, 5, 6}, "tag"}, b2 = {{-1, -2, -3, 9, 8, 7}, "longer"};
    printf("byval1=%lu\n", by_value(2, 0, p1, 1, m1));
    printf("byval2=%lu\n", by_value(6, 0, p1, 1, m1, 2, b1, 0, p2, 1, m2, 2, b2));
    printf("byval3=%lu\n", by_value(9, 2, b2, 2, b1, 1, m2, 1, m1, 0, p2, 0, p1, 1, m1, 0, p1, 2, b1));
    return 0;
}
