#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdlib.h>

/* Inspect argc/argv: print every argument, classify it, build derived strings. The harness passes
   "alpha beta 42"; anything else is handled too. argv[0] is not printed (its path varies). */

static int is_int(const char *s) {
    if (*s == '-' || *s == '+') s++;
    if (!*s) return 0;
    for (; *s; s++) if (!isdigit((unsigned char)*s)) return 0;
    return 1;
}

int main(int argc, char **argv) {
    printf("argc=%d\n", argc);
    printf("argv[argc] is NULL: %d\n", argv[argc] == NULL);
    int ints = 0, words = 0;
    long total = 0;
    size_t total_len = 0;
    char joined[256] = "";
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        size_t len = strlen(a);
        total_len += len;
        char up[64];
        size_t k = 0;
        for (; a[k] && k < sizeof up - 1; k++) up[k] = (char)toupper((unsigned char)a[k]);
        up[k] = 0;
        char rev[64];
        for (size_t j = 0; j < k; j++) rev[j] = a[k - 1 - j];
        rev[k] = 0;
        if (is_int(a)) { ints++; total += atol(a); printf("arg %d: integer %ld (squared %ld)\n", i, atol(a), atol(a) * atol(a)); }
        else { words++; printf("arg %d: word '%s' len=%zu upper=%s reversed=%s first=%c\n", i, a, len, up, rev, a[0]); }
        if (strlen(joined) + len + 2 < sizeof joined) {
            if (i > 1) strcat(joined, "+");
            strcat(joined, a);
        }
    }
    printf("words=%d integers=%d integer total=%ld characters=%zu\n", words, ints, total, total_len);
    printf("joined=%s\n", joined);
    /* iterate with a pointer walk over argv too */
    int n = 0;
    for (char **p = argv + 1; *p; p++) n += (int)strlen(*p) % 3;
    printf("pointer walk metric=%d\n", n);
    if (argc > 2) printf("strcmp(argv[1], argv[2]) sign=%d\n", (strcmp(argv[1], argv[2]) > 0) - (strcmp(argv[1], argv[2]) < 0));
    return ints + words == argc - 1 ? 0 : 1;
}
