#include <stdio.h>
#include <ctype.h>

/* Mutual recursion: even/odd, Hofstadter sequences, a recursive-descent JSON-ish validator. */

static int is_even(unsigned n);
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }

static int hof_m(int n);
static int hof_f(int n) { return n == 0 ? 1 : n - hof_m(hof_f(n - 1)); }
static int hof_m(int n) { return n == 0 ? 0 : n - hof_f(hof_m(n - 1)); }

/* grammar: value := number | '[' [value (',' value)*] ']' | '{' [key ':' value (',' ...)*] '}' */
static const char *p;
static int depth_max;
static int parse_value(int depth);

static void ws(void) { while (*p == ' ') p++; }

static int parse_number(void) {
    if (*p == '-') p++;
    if (!isdigit((unsigned char)*p)) return 0;
    while (isdigit((unsigned char)*p)) p++;
    return 1;
}

static int parse_list(int depth) {
    p++; ws();
    if (*p == ']') { p++; return 1; }
    for (;;) {
        if (!parse_value(depth + 1)) return 0;
        ws();
        if (*p == ',') { p++; continue; }
        if (*p == ']') { p++; return 1; }
        return 0;
    }
}

static int parse_object(int depth) {
    p++; ws();
    if (*p == '}') { p++; return 1; }
    for (;;) {
        ws();
        if (!isalpha((unsigned char)*p)) return 0;
        while (isalnum((unsigned char)*p)) p++;
        ws();
        if (*p++ != ':') return 0;
        if (!parse_value(depth + 1)) return 0;
        ws();
        if (*p == ',') { p++; continue; }
        if (*p == '}') { p++; return 1; }
        return 0;
    }
}

static int parse_value(int depth) {
    if (depth > depth_max) depth_max = depth;
    ws();
    if (*p == '[') return parse_list(depth);
    if (*p == '{') return parse_object(depth);
    return parse_number();
}

static int validate(const char *s) {
    p = s;
    depth_max = 0;
    int ok = parse_value(0);
    ws();
    return ok && *p == 0;
}

int main(void) {
    unsigned ns[] = {0, 1, 10, 77, 1000, 4321};
    for (int i = 0; i < 6; i++) printf("%u even=%d odd=%d\n", ns[i], is_even(ns[i]), is_odd(ns[i]));
    printf("F:");
    for (int i = 0; i < 20; i++) printf(" %d", hof_f(i));
    printf("\nM:");
    for (int i = 0; i < 20; i++) printf(" %d", hof_m(i));
    printf("\n");
    const char *docs[] = {"42", "[1, 2, [3, -4], []]", "{a: 1, b: [2, {c: 3}]}", "[1, 2", "{x 1}", "[[[[[[7]]]]]]",
                          "{k1: {k2: {k3: [1,2,3]}}, z: -9}", "[1,,2]"};
    int valid = 0;
    for (int i = 0; i < 8; i++) {
        int v = validate(docs[i]);
        valid += v;
        printf("%-36s valid=%d maxdepth=%d\n", docs[i], v, depth_max);
    }
    return valid == 5 ? 0 : 1;
}
