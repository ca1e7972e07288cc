#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

/* Sorting strings: arrays of pointers, 2D char arrays, case-insensitive and length-first orders. */

static int cmp_ptr(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }
static int cmp_row(const void *a, const void *b) { return strcmp((const char *)a, (const char *)b); }
static int ci(const char *a, const char *b) {
    for (;; a++, b++) {
        int x = tolower((unsigned char)*a), y = tolower((unsigned char)*b);
        if (x != y || !x) return x - y;
    }
}
static int cmp_ci(const void *a, const void *b) {
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    int r = ci(x, y);
    return r ? r : strcmp(x, y);
}
static int cmp_len(const void *a, const void *b) {
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    size_t lx = strlen(x), ly = strlen(y);
    if (lx != ly) return lx < ly ? -1 : 1;
    return strcmp(x, y);
}
static int cmp_chars(const void *a, const void *b) { return *(const char *)a - *(const char *)b; }

int main(void) {
    const char *words[] = {"pear", "Apple", "banana", "apple", "Cherry", "fig", "date", "Elderberry", "grape", "kiwi", "Banana", "lime"};
    size_t n = sizeof words / sizeof words[0];
    const char *w[12];
    int (*cmps[])(const void *, const void *) = {cmp_ptr, cmp_ci, cmp_len};
    const char *labels[] = {"strcmp", "nocase", "length"};
    for (int c = 0; c < 3; c++) {
        memcpy(w, words, sizeof w);
        qsort(w, n, sizeof w[0], cmps[c]);
        printf("%-7s:", labels[c]);
        for (size_t i = 0; i < n; i++) printf(" %s", w[i]);
        printf("\n");
    }
    char rows[8][12] = {"zeta", "alpha", "mu", "beta", "omega", "delta", "pi", "gamma"};
    qsort(rows, 8, sizeof rows[0], cmp_row);
    printf("rows   :");
    for (int i = 0; i < 8; i++) printf(" %s", rows[i]);
    printf("\n");
    /* group anagrams by sorting the letters of each word */
    const char *an[] = {"listen", "enlist", "google", "silent", "gogole", "inlets", "banana", "tinsel"};
    char keys[8][16];
    for (int i = 0; i < 8; i++) { strcpy(keys[i], an[i]); qsort(keys[i], strlen(keys[i]), 1, cmp_chars); }
    for (int i = 0; i < 8; i++) {
        int first = 1;
        for (int j = 0; j < i; j++) if (strcmp(keys[i], keys[j]) == 0) first = 0;
        if (!first) continue;
        printf("[%s]:", keys[i]);
        for (int j = i; j < 8; j++) if (strcmp(keys[i], keys[j]) == 0) printf(" %s", an[j]);
        printf("\n");
    }
    return 0;
}
