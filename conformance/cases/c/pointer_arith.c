#include <stdio.h>
#include <stddef.h>
#include <string.h>

/* Pointer arithmetic, differences and walking arrays with pointers. */

static int sum_range(const int *begin, const int *end) {
    int s = 0;
    while (begin != end) s += *begin++;
    return s;
}

static void reverse(int *lo, int *hi) {
    while (lo < --hi) { int t = *lo; *lo++ = *hi; *hi = t; }
}

static const char *find_last(const char *s, char c) {
    const char *last = NULL;
    for (; *s; s++) if (*s == c) last = s;
    return last;
}

int main(void) {
    int a[20];
    for (int *p = a; p < a + 20; p++) *p = (int)(p - a) * 3;
    printf("sum all=%d first half=%d second half=%d\n", sum_range(a, a + 20), sum_range(a, a + 10),
           sum_range(a + 10, a + 20));
    reverse(a + 5, a + 15);
    for (int i = 0; i < 20; i++) printf("%d ", a[i]);
    printf("\n");
    int *mid = &a[10];
    printf("mid[-3]=%d mid[3]=%d *(mid-1)=%d 3[mid]=%d\n", mid[-3], mid[3], *(mid - 1), 3[mid]);
    ptrdiff_t d = &a[17] - mid;
    printf("distance=%td\n", d);
    /* stride through a 2D array as flat memory */
    double grid[6][7];
    for (int i = 0; i < 6; i++)
        for (int j = 0; j < 7; j++) grid[i][j] = i * 10 + j;
    double *flat = &grid[0][0];
    double diag = 0;
    for (int k = 0; k < 6; k++) diag += flat[k * 8];
    printf("diagonal sum via flat stride=%g\n", diag);
    double (*row)[7] = grid + 2;
    printf("row pointer: (*row)[4]=%g row[1][6]=%g\n", (*row)[4], row[1][6]);
    /* char pointer walking */
    const char *text = "the quick brown fox jumps over the lazy dog";
    const char *lo = find_last(text, 'o');
    printf("last 'o' at %td, rest='%s'\n", lo - text, lo);
    const char *p = text;
    int words = 0;
    while (*p) {
        while (*p == ' ') p++;
        if (*p) words++;
        while (*p && *p != ' ') p++;
    }
    printf("words=%d\n", words);
    /* pointer to pointer */
    int x = 1, y = 2, z = 3;
    int *ptrs[] = {&x, &y, &z};
    int **pp = ptrs;
    **pp += 10; *pp[1] += 20; **(pp + 2) += 30;
    printf("x=%d y=%d z=%d\n", x, y, z);
    /* struct member pointers */
    struct pt { int x, y; } pts[5];
    for (int i = 0; i < 5; i++) { pts[i].x = i; pts[i].y = i * i; }
    int *py = &pts[0].y;
    int ysum = 0;
    for (int i = 0; i < 5; i++) { ysum += *py; py = (int *)((char *)py + sizeof(struct pt)); }
    printf("y sum via byte stride=%d\n", ysum);
    char buf[32];
    memset(buf, 0, sizeof buf);
    char *w = buf;
    for (char c = 'a'; c <= 'j'; c++) *w++ = c;
    printf("buf=%s len=%td\n", buf, w - buf);
    return 0;
}
