#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* bsearch over sorted ints, strings and structs; hand-written lower_bound for comparison. */

static int cmp_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }

struct element { const char *sym; int number; double mass; };
static const struct element elements[] = {
    {"Ag", 47, 107.87}, {"Al", 13, 26.98}, {"Au", 79, 196.97}, {"C", 6, 12.011}, {"Ca", 20, 40.078},
    {"Cu", 29, 63.546}, {"Fe", 26, 55.845}, {"H", 1, 1.008}, {"He", 2, 4.0026}, {"N", 7, 14.007},
    {"Na", 11, 22.99}, {"O", 8, 15.999}, {"Pb", 82, 207.2}, {"U", 92, 238.03}, {"Zn", 30, 65.38},
};
static int cmp_sym(const void *key, const void *elem) { return strcmp((const char *)key, ((const struct element *)elem)->sym); }

static size_t lower_bound(const int *v, size_t n, int key) {
    size_t lo = 0, hi = n;
    while (lo < hi) { size_t mid = lo + (hi - lo) / 2; if (v[mid] < key) lo = mid + 1; else hi = mid; }
    return lo;
}

static double molar_mass(const char *formula) {
    double total = 0;
    const char *p = formula;
    while (*p) {
        char sym[3] = {*p++, 0, 0};
        if (*p >= 'a' && *p <= 'z') sym[1] = *p++;
        int count = 0;
        while (*p >= '0' && *p <= '9') count = count * 10 + (*p++ - '0');
        const struct element *e = bsearch(sym, elements, sizeof elements / sizeof elements[0], sizeof elements[0], cmp_sym);
        if (!e) return -1;
        total += e->mass * (count ? count : 1);
    }
    return total;
}

int main(void) {
    int primes[200];
    int np = 0;
    for (int i = 2; np < 200; i++) {
        int p = 1;
        for (int k = 0; k < np && primes[k] * primes[k] <= i; k++) if (i % primes[k] == 0) { p = 0; break; }
        if (p) primes[np++] = i;
    }
    int queries[] = {2, 3, 4, 97, 100, 101, 1223, 1224, 1, 5000};
    for (int i = 0; i < 10; i++) {
        int *hit = bsearch(&queries[i], primes, (size_t)np, sizeof(int), cmp_int);
        size_t lb = lower_bound(primes, (size_t)np, queries[i]);
        printf("%5d: %s index=%td lower_bound=%zu\n", queries[i], hit ? "prime" : "not found", hit ? hit - primes : -1, lb);
    }
    const char *formulas[] = {"H2O", "CO2", "NaCl", "C6H12O6", "Fe2O3", "CaCO3", "Xe", "AuAg", "C2H5OH"};
    for (int i = 0; i < 9; i++) {
        double m = molar_mass(formulas[i]);
        if (m < 0) printf("%-8s unknown element\n", formulas[i]);
        else printf("%-8s %.3f g/mol\n", formulas[i], m);
    }
    int count = 0;
    for (int q = 0; q < 1300; q++) count += bsearch(&q, primes, (size_t)np, sizeof(int), cmp_int) != NULL;
    printf("primes below 1300 found by bsearch: %d\n", count);
    return 0;
}
