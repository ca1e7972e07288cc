#include <stdio.h>
#include <string.h>
#include <ctype.h>

/* Keyword tables: linear lookup, sorted table with binary search, perfect-ish hash. */

static const char *const c_keywords[] = {
    "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum", "extern",
    "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return", "short", "signed",
    "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void", "volatile", "while",
};
#define NKW (int)(sizeof c_keywords / sizeof c_keywords[0])

static int kw_linear(const char *w) {
    for (int i = 0; i < NKW; i++) if (strcmp(c_keywords[i], w) == 0) return i;
    return -1;
}

static int kw_binary(const char *w) {
    int lo = 0, hi = NKW - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        int c = strcmp(w, c_keywords[mid]);
        if (c == 0) return mid;
        if (c < 0) hi = mid - 1; else lo = mid + 1;
    }
    return -1;
}

static unsigned kw_hash(const char *w) {
    size_t n = strlen(w);
    return (unsigned)((unsigned char)w[0] * 7u + (unsigned char)w[n - 1] * 3u + n) % 97u;
}

static const char *const units[] = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                    "seventeen", "eighteen", "nineteen"};
static const char *const tens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

static void spell(int n, char *out, size_t cap) {
    out[0] = 0;
    if (n == 0) { snprintf(out, cap, "zero"); return; }
    if (n >= 1000) { spell(n / 1000, out, cap); strncat(out, " thousand", cap - strlen(out) - 1); n %= 1000; if (n) strncat(out, " ", cap - strlen(out) - 1); }
    if (n >= 100) { strncat(out, units[n / 100], cap - strlen(out) - 1); strncat(out, " hundred", cap - strlen(out) - 1); n %= 100; if (n) strncat(out, " and ", cap - strlen(out) - 1); }
    if (n >= 20) { strncat(out, tens[n / 10], cap - strlen(out) - 1); n %= 10; if (n) strncat(out, "-", cap - strlen(out) - 1); }
    if (n > 0) strncat(out, units[n], cap - strlen(out) - 1);
}

int main(void) {
    const char *src = "static int count = 0; while (count < 10) { if (x) break; else continue; } return sizeof(long) + unsigned_thing;";
    char word[32];
    int kws = 0, idents = 0;
    for (const char *p = src; *p;) {
        if (isalpha((unsigned char)*p) || *p == '_') {
            int n = 0;
            while ((isalnum((unsigned char)*p) || *p == '_') && n < 31) word[n++] = *p++;
            word[n] = 0;
            int a = kw_linear(word), b = kw_binary(word);
            if (a != b) printf("MISMATCH %s\n", word);
            if (a >= 0) { kws++; printf("keyword %-9s #%2d hash %2u\n", word, a, kw_hash(word)); }
            else idents++;
        } else p++;
    }
    printf("keywords=%d identifiers=%d\n", kws, idents);
    int buckets[97] = {0}, collisions = 0;
    for (int i = 0; i < NKW; i++) if (buckets[kw_hash(c_keywords[i])]++) collisions++;
    printf("hash collisions among %d keywords: %d\n", NKW, collisions);
    int nums[] = {0, 7, 13, 21, 45, 100, 115, 999, 1001, 2024, 40321};
    char buf[128];
    for (int i = 0; i < 11; i++) { spell(nums[i], buf, sizeof buf); printf("%d: %s\n", nums[i], buf); }
    return 0;
}
