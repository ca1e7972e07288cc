#include <stdio.h>
#include <string.h>

/* Comparing pointers within one array: ordering, partition, memmove-direction decision. */

static void my_move(char *dst, const char *src, size_t n) {
    if (dst < src) for (size_t i = 0; i < n; i++) dst[i] = src[i];
    else if (dst > src) for (size_t i = n; i-- > 0;) dst[i] = src[i];
}

static int *partition(int *lo, int *hi, int pivot) {
    while (lo < hi) {
        if (*lo < pivot) lo++;
        else { hi--; int t = *lo; *lo = *hi; *hi = t; }
    }
    return lo;
}

int main(void) {
    char buf[40] = "abcdefghijklmnopqrstuvwxyz";
    my_move(buf + 5, buf, 10);
    printf("forward overlap: %s\n", buf);
    my_move(buf, buf + 8, 12);
    printf("backward overlap: %s\n", buf);
    int a[16] = {9, 3, 14, 1, 7, 12, 5, 0, 11, 6, 2, 15, 8, 4, 13, 10};
    int *split = partition(a, a + 16, 8);
    printf("partition at %td:", split - a);
    for (int i = 0; i < 16; i++) printf(" %d", a[i]);
    printf("\n");
    int ok = 1;
    for (int *p = a; p < split; p++) ok &= *p < 8;
    for (int *p = split; p < a + 16; p++) ok &= *p >= 8;
    printf("partition valid: %d\n", ok);
    int *lo = &a[2], *hi = &a[13];
    printf("lo<hi %d lo<=lo %d hi>lo %d hi>=hi %d lo==&a[2] %d\n", lo < hi, lo <= lo, hi > lo, hi >= hi, lo == &a[2]);
    /* find min pointer */
    int *best = a;
    for (int *p = a + 1; p != a + 16; p++) if (*p < *best) best = p;
    printf("min %d at %td\n", *best, best - a);
    struct { int x; int y; int z; } s;
    printf("member order: &x<&y %d &y<&z %d\n", (char *)&s.x < (char *)&s.y, (char *)&s.y < (char *)&s.z);
    const char *text = "one,two,,three";
    const char *start = text, *stop = text + strlen(text);
    int fields = 0;
    while (start <= stop) {
        const char *comma = memchr(start, ',', (size_t)(stop - start));
        const char *e = comma ? comma : stop;
        printf("field %d: '%.*s'\n", fields++, (int)(e - start), start);
        start = e + 1;
    }
    return ok ? 0 : 1;
}
