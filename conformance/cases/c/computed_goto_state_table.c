#include <stdio.h>
#include <string.h>

/* A lexer/state machine whose states are labels: a static table maps
   (state, character class) to the address of the next state's label
   (static initialiser with &&label in a function-scope static array),
   tokenising numbers, identifiers, strings and operators. */

enum cls { C_ALPHA, C_DIGIT, C_SPACE, C_QUOTE, C_OP, C_DOT, C_END, C_OTHER, NCLS };

static enum cls classify(char c) {
    if (c == 0) return C_END;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') return C_ALPHA;
    if (c >= '0' && c <= '9') return C_DIGIT;
    if (c == ' ' || c == '\t' || c == '\n') return C_SPACE;
    if (c == '"') return C_QUOTE;
    if (c == '.') return C_DOT;
    if (strchr("+-*/=<>();,", c)) return C_OP;
    return C_OTHER;
}

struct counts { int idents, ints, floats, strings, ops, errors; };

static struct counts lex(const char *s, int verbose) {
    struct counts k = {0};
    const char *tok = s;
    /* rows: start, ident, int, frac, string */
    static void *const table[5][NCLS] = {
        {&&to_ident, &&to_int, &&skip, &&to_string, &&op, &&error, &&done, &&error},
        {&&ident, &&ident, &&end_ident, &&end_ident, &&end_ident, &&end_ident, &&end_ident, &&end_ident},
        {&&end_int, &&intd, &&end_int, &&end_int, &&end_int, &&to_frac, &&end_int, &&end_int},
        {&&end_float, &&frac, &&end_float, &&end_float, &&end_float, &&error, &&end_float, &&end_float},
        {&&string, &&string, &&string, &&end_string, &&string, &&string, &&error, &&string},
    };
    int state = 0;
#define DISPATCH goto *table[state][classify(*s)]
    DISPATCH;
skip: s++; DISPATCH;
op:
    k.ops++;
    if (verbose) printf("  OP '%c'\n", *s);
    s++;
    DISPATCH;
to_ident: tok = s; state = 1; s++; DISPATCH;
ident: s++; DISPATCH;
end_ident:
    k.idents++;
    if (verbose) printf("  IDENT %.*s\n", (int)(s - tok), tok);
    state = 0;
    DISPATCH;
to_int: tok = s; state = 2; s++; DISPATCH;
intd: s++; DISPATCH;
end_int:
    k.ints++;
    if (verbose) printf("  INT %.*s\n", (int)(s - tok), tok);
    state = 0;
    DISPATCH;
to_frac: state = 3; s++; DISPATCH;
frac: s++; DISPATCH;
end_float:
    k.floats++;
    if (verbose) printf("  FLOAT %.*s\n", (int)(s - tok), tok);
    state = 0;
    DISPATCH;
to_string: tok = s; state = 4; s++; DISPATCH;
string: s++; DISPATCH;
end_string:
    s++;
    k.strings++;
    if (verbose) printf("  STRING %.*s\n", (int)(s - tok), tok);
    state = 0;
    DISPATCH;
error:
    k.errors++;
    if (verbose) printf("  ERROR at '%c' in state %d\n", *s ? *s : '0', state);
    if (!*s) goto done;
    s++;
    state = 0;
    DISPATCH;
done:
#undef DISPATCH
    return k;
}

int main(void) {
    const char *srcs[] = {
        "let x1 = 42 + y_2 * 3.25;",
        "print(\"hello, world\", 7.0.1)",
        "a<b;c>d;e=f  g  12345678 9.",
        "\"open string",
        "$ bad # chars @",
    };
    int total = 0;
    for (int i = 0; i < 5; i++) {
        printf("src %d: %s\n", i, srcs[i]);
        struct counts c = lex(srcs[i], 1);
        printf("  => idents=%d ints=%d floats=%d strings=%d ops=%d errors=%d\n", c.idents, c.ints, c.floats, c.strings,
               c.ops, c.errors);
        total += c.idents + c.ints * 2 + c.floats * 3 + c.strings * 4 + c.ops * 5 + c.errors * 6;
    }
    char big[4096];
    int n = 0;
    for (int i = 0; n < 4000; i++) n += snprintf(big + n, sizeof big - n, "v%d=%d.%d+\"s\";", i, i * 7, i % 10);
    struct counts c = lex(big, 0);
    printf("big: idents=%d ints=%d floats=%d strings=%d ops=%d errors=%d\n", c.idents, c.ints, c.floats, c.strings, c.ops,
           c.errors);
    printf("total=%d\n", total);
    return 0;
}
