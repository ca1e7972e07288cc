#include <stdio.h>
#include <stdarg.h>
#include <string.h>

/* A small printf implementation written from scratch on top of va_arg:
   supports %d %u %x %X %o %c %s %% with width, '-' and '0' flags and
   the 'l' length modifier, emitting into a buffer; results are compared
   against libc snprintf. */

static char out[512];
static int pos;

static void emit(char c) { if (pos < (int)sizeof out - 1) out[pos++] = c; }

static void emit_num(unsigned long v, unsigned base, int upper, int neg, int width, int left, int zero) {
    char tmp[32];
    int n = 0;
    const char *digs = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    do { tmp[n++] = digs[v % base]; v /= base; } while (v);
    int len = n + neg;
    if (!left && !zero) for (int i = len; i < width; i++) emit(' ');
    if (neg) emit('-');
    if (!left && zero) for (int i = len; i < width; i++) emit('0');
    while (n) emit(tmp[--n]);
    if (left) for (int i = len; i < width; i++) emit(' ');
}

static int my_vformat(const char *fmt, va_list ap) {
    pos = 0;
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') { emit(*p); continue; }
        p++;
        int left = 0, zero = 0, width = 0, lng = 0;
        for (;; p++) {
            if (*p == '-') left = 1;
            else if (*p == '0') zero = 1;
            else break;
        }
        while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
        if (*p == 'l') { lng = 1; p++; }
        switch (*p) {
        case 'd': {
            long v = lng ? va_arg(ap, long) : va_arg(ap, int);
            unsigned long m = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
            emit_num(m, 10, 0, v < 0, width, left, zero);
            break;
        }
        case 'u': case 'x': case 'X': case 'o': {
            unsigned long v = lng ? va_arg(ap, unsigned long) : va_arg(ap, unsigned);
            unsigned base = *p == 'u' ? 10 : *p == 'o' ? 8 : 16;
            emit_num(v, base, *p == 'X', 0, width, left, zero);
            break;
        }
        case 'c': {
            int c = va_arg(ap, int);
            if (!left) for (int i = 1; i < width; i++) emit(' ');
            emit((char)c);
            if (left) for (int i = 1; i < width; i++) emit(' ');
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            int len = (int)strlen(s);
            if (!left) for (int i = len; i < width; i++) emit(' ');
            while (*s) emit(*s++);
            if (left) for (int i = len; i < width; i++) emit(' ');
            break;
        }
        case '%': emit('%'); break;
        default: emit('?'); break;
        }
    }
    out[pos] = 0;
    return pos;
}

static int my_format(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = my_vformat(fmt, ap);
    va_end(ap);
    return n;
}

static int mismatches;
#define CHECK(...) do { \
    char ref[512]; \
    int rn = snprintf(ref, sizeof ref, __VA_ARGS__); \
    int mn = my_format(__VA_ARGS__); \
    int same = rn == mn && strcmp(ref, out) == 0; \
    mismatches += !same; \
    printf("%s [%s]\n", same ? "same" : "DIFF", out); \
} while (0)

int main(void) {
    CHECK("plain text");
    CHECK("%d %d %d", 0, -1, 2147483647);
    CHECK("%ld|%lu|%lx", -9223372036854775807L - 1, 18446744073709551615UL, 0xdeadbeefcafeUL);
    CHECK("[%5d][%-5d][%05d][%-05d]", 42, 42, -42, 7);
    CHECK("%x %X %o %u", 255u, 48879u, 8u, 4000000000u);
    CHECK("%c%c%c %3c|%-3c|", 'a', 'b', 'c', 'x', 'y');
    CHECK("%s and %10s and %-10s!", "one", "two", "three");
    CHECK("100%% of %d%s", 7, "ths");
    CHECK("%08lx %012lo", 0x1234UL, 511UL);
    for (int i = -3; i <= 3; i++) CHECK("i=%3d hex=%04x", i * 1000, (unsigned)(i * 1000) & 0xffff);
    printf("mismatches=%d\n", mismatches);
    return mismatches;
}
