#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A growable string builder on realloc; string replace, join and repeat. */

struct sb { char *s; size_t len, cap; };

static void sb_reserve(struct sb *b, size_t extra) {
    if (b->len + extra + 1 <= b->cap) return;
    size_t nc = b->cap ? b->cap : 8;
    while (nc < b->len + extra + 1) nc *= 2;
    b->s = realloc(b->s, nc);
    b->cap = nc;
}
static void sb_append(struct sb *b, const char *s) { size_t n = strlen(s); sb_reserve(b, n); memcpy(b->s + b->len, s, n + 1); b->len += n; }
static void sb_appendc(struct sb *b, char c) { sb_reserve(b, 1); b->s[b->len++] = c; b->s[b->len] = 0; }
static void sb_appendf_int(struct sb *b, long v) { char t[24]; snprintf(t, sizeof t, "%ld", v); sb_append(b, t); }

static char *replace_all(const char *src, const char *from, const char *to) {
    struct sb out = {0};
    sb_reserve(&out, 0);
    out.s[0] = 0;
    size_t fl = strlen(from);
    const char *p = src;
    for (;;) {
        const char *hit = strstr(p, from);
        if (!hit) { sb_append(&out, p); break; }
        while (p < hit) sb_appendc(&out, *p++);
        sb_append(&out, to);
        p = hit + fl;
    }
    return out.s;
}

static char *repeat(const char *s, int n, const char *sep) {
    struct sb b = {0};
    sb_reserve(&b, 0);
    b.s[0] = 0;
    for (int i = 0; i < n; i++) { if (i) sb_append(&b, sep); sb_append(&b, s); }
    return b.s;
}

int main(void) {
    struct sb b = {0};
    size_t caps[8];
    int nc = 0;
    for (int i = 0; i < 200; i++) {
        size_t before = b.cap;
        sb_appendf_int(&b, (long)i * i);
        sb_appendc(&b, i % 10 == 9 ? '\n' : ' ');
        if (b.cap != before && nc < 8) caps[nc++] = b.cap;
    }
    printf("built %zu chars, cap %zu, growth:", b.len, b.cap);
    for (int i = 0; i < nc; i++) printf(" %zu", caps[i]);
    printf("\nlast line: %s", strrchr(b.s, '\n') ? b.s + b.len - 40 : b.s);
    printf("\n");
    free(b.s);
    char *r1 = replace_all("the cat and the hat and the bat", "the", "THE GREAT");
    printf("%s\n", r1);
    char *r2 = replace_all(r1, "and", "&");
    printf("%s\n", r2);
    char *r3 = replace_all("aaaa", "a", "bb");
    printf("%s\n", r3);
    char *r4 = replace_all("nothing to replace", "xyz", "!");
    printf("%s\n", r4);
    char *rep = repeat("ab", 7, "-");
    printf("%s (%zu)\n", rep, strlen(rep));
    free(r1); free(r2); free(r3); free(r4); free(rep);
    char *grow = NULL;
    size_t gl = 0;
    for (int i = 0; i < 26; i++) {
        grow = realloc(grow, gl + (size_t)i + 2);
        for (int k = 0; k <= i; k++) grow[gl++] = (char)('a' + i);
        grow[gl] = 0;
    }
    printf("triangle string length=%zu tail=%s\n", gl, grow + gl - 26);
    free(grow);
    return 0;
}
