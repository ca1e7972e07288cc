#include <stdio.h>
#include <stddef.h>

/* Hand-written versions of common string routines, checked against each other. */

static size_t my_strlen(const char *s) { const char *p = s; while (*p) p++; return (size_t)(p - s); }
static char *my_strcpy(char *d, const char *s) { char *r = d; while ((*d++ = *s++)) {} return r; }
static int my_strcmp(const char *a, const char *b) {
    while (*a && *a == *b) { a++; b++; }
    return (unsigned char)*a - (unsigned char)*b;
}
static char *my_strcat(char *d, const char *s) { my_strcpy(d + my_strlen(d), s); return d; }
static const char *my_strstr(const char *h, const char *n) {
    if (!*n) return h;
    for (; *h; h++) {
        const char *a = h, *b = n;
        while (*a && *b && *a == *b) { a++; b++; }
        if (!*b) return h;
    }
    return NULL;
}
static void my_memmove(void *dst, const void *src, size_t n) {
    unsigned char *d = dst;
    const unsigned char *s = src;
    if (d < s) while (n--) *d++ = *s++;
    else { d += n; s += n; while (n--) *--d = *--s; }
}
static char *my_strtoupper(char *s) { for (char *p = s; *p; p++) if (*p >= 'a' && *p <= 'z') *p = (char)(*p - 'a' + 'A'); return s; }
static int my_atoi(const char *s) {
    int sign = 1, v = 0;
    while (*s == ' ' || *s == '\t') s++;
    if (*s == '-' || *s == '+') sign = *s++ == '-' ? -1 : 1;
    while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
    return sign * v;
}
static void my_itoa(long v, char *out, int base) {
    char tmp[72];
    int n = 0, neg = v < 0;
    unsigned long u = neg ? 0UL - (unsigned long)v : (unsigned long)v;
    do { int d = (int)(u % (unsigned)base); tmp[n++] = (char)(d < 10 ? '0' + d : 'a' + d - 10); u /= (unsigned)base; } while (u);
    if (neg) *out++ = '-';
    while (n) *out++ = tmp[--n];
    *out = 0;
}
static int count_char(const char *s, char c) { int n = 0; for (; *s; s++) n += *s == c; return n; }

int main(void) {
    char buf[128];
    my_strcpy(buf, "hand");
    my_strcat(buf, "-written");
    my_strcat(buf, " strings");
    printf("%s (%zu)\n", buf, my_strlen(buf));
    printf("upper: %s\n", my_strtoupper(buf));
    const char *pairs[][2] = {{"abc", "abd"}, {"abc", "abc"}, {"b", "abc"}, {"", "a"}, {"\xff", "a"}};
    for (int i = 0; i < 5; i++) printf("cmp(%s,%s)=%d\n", pairs[i][0], pairs[i][1], my_strcmp(pairs[i][0], pairs[i][1]));
    const char *hay = "mississippi river";
    const char *needles[] = {"ssi", "issip", "river", "x", "", "pir"};
    for (int i = 0; i < 6; i++) {
        const char *r = my_strstr(hay, needles[i]);
        printf("find '%s': %td\n", needles[i], r ? r - hay : (ptrdiff_t)-1);
    }
    char mv[] = "0123456789abcdef";
    my_memmove(mv + 4, mv, 8);
    printf("memmove right: %s\n", mv);
    my_memmove(mv, mv + 6, 8);
    printf("memmove left: %s\n", mv);
    const char *ints[] = {"42", "  -17", "+8x", "0", "2147483647", "-2147483647", "abc"};
    for (int i = 0; i < 7; i++) printf("atoi('%s')=%d\n", ints[i], my_atoi(ints[i]));
    long vals[] = {0, 255, -255, 1234567890123L, -9223372036854775807L - 1};
    int bases[] = {2, 8, 16, 36};
    for (int i = 0; i < 5; i++) {
        printf("%ld:", vals[i]);
        for (int b = 0; b < 4; b++) { my_itoa(vals[i], buf, bases[b]); printf(" b%d=%s", bases[b], buf); }
        printf("\n");
    }
    printf("s in mississippi: %d\n", count_char(hay, 's'));
    return 0;
}
