#include <stdio.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* A growable string builder whose append function measures the formatted
   length with vsnprintf(NULL, 0, ...) on a va_copy and then formats for
   real; also a vfprintf(stderr) diagnostic path and a vprintf echo. */

struct sb { char *buf; size_t len, cap; int grows; };

static void sb_appendf(struct sb *s, const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int need = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (s->len + (size_t)need + 1 > s->cap) {
        size_t nc = s->cap ? s->cap : 16;
        while (s->len + (size_t)need + 1 > nc) nc *= 2;
        s->buf = realloc(s->buf, nc);
        s->cap = nc;
        s->grows++;
    }
    vsnprintf(s->buf + s->len, s->cap - s->len, fmt, ap2);
    va_end(ap2);
    s->len += (size_t)need;
}

static int warnings;
static void warnf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "warning: ");
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    warnings++;
}

static int echo(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vprintf(fmt, ap);
    va_end(ap);
    return n;
}

/* truncating formatter: returns the would-be length */
static int fit(char *dst, size_t cap, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(dst, cap, fmt, ap);
    va_end(ap);
    return n;
}

int main(void) {
    struct sb s = {0};
    sb_appendf(&s, "[");
    for (int i = 0; i < 40; i++) {
        sb_appendf(&s, "%s%d:%x:%c", i ? "," : "", i * i, i * 37, 'a' + i % 26);
        if (i % 13 == 12) warnf("checkpoint at %d (len=%zu)", i, s.len);
    }
    sb_appendf(&s, "] %s %5.2f %-6s| %+ld", "end", 3.14159, "pad", -1234567890123L);
    printf("len=%zu grows=%d cap=%zu\n", s.len, s.grows, s.cap);
    printf("%s\n", s.buf);
    unsigned h = 2166136261u;
    for (size_t i = 0; i < s.len; i++) h = (h ^ (unsigned char)s.buf[i]) * 16777619u;
    printf("hash=%08x\n", h);
    free(s.buf);

    char small[8];
    int n = fit(small, sizeof small, "%s-%d", "truncate-me", 123456);
    printf("fit: n=%d got='%s'\n", n, small);
    n = fit(small, sizeof small, "%03d", 7);
    printf("fit: n=%d got='%s'\n", n, small);
    int e = echo("echo %d %s %.3e %%\n", 42, "words", 12345.678);
    printf("echo wrote %d chars, %d warnings\n", e, warnings);
    return 0;
}
