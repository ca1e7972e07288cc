#include <stdio.h>

/* Switching on characters: escape decoding, roman numerals, morse. */

static int roman_value(char c) {
    switch (c) {
    case 'I': return 1; case 'V': return 5; case 'X': return 10; case 'L': return 50;
    case 'C': return 100; case 'D': return 500; case 'M': return 1000;
    default: return 0;
    }
}

static int parse_roman(const char *s) {
    int total = 0;
    for (int i = 0; s[i]; i++) {
        int v = roman_value(s[i]), nx = roman_value(s[i + 1]);
        total += v < nx ? -v : v;
    }
    return total;
}

static void to_roman(int n, char *out) {
    static const int vals[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    static const char *syms[] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    for (int i = 0; i < 13; i++)
        while (n >= vals[i]) { for (const char *p = syms[i]; *p; p++) *out++ = *p; n -= vals[i]; }
    *out = 0;
}

static int unescape(const char *in, char *out) {
    int n = 0;
    while (*in) {
        char c = *in++;
        if (c != '\\') { out[n++] = c; continue; }
        switch (*in++) {
        case 'n': out[n++] = '\n'; break;
        case 't': out[n++] = '\t'; break;
        case '\\': out[n++] = '\\'; break;
        case '"': out[n++] = '"'; break;
        case '0': out[n++] = '#'; break;
        case 'x': {
            int v = 0;
            for (int k = 0; k < 2; k++) {
                char h = *in++;
                switch (h) {
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': v = v * 16 + h - '0'; break;
                case 'a': case 'b': case 'c': case 'd': case 'e': case 'f': v = v * 16 + h - 'a' + 10; break;
                case 'A': case 'B': case 'C': case 'D': case 'E': case 'F': v = v * 16 + h - 'A' + 10; break;
                default: v = '?';
                }
            }
            out[n++] = (char)v;
            break;
        }
        default: out[n++] = '?';
        }
    }
    out[n] = 0;
    return n;
}

static const char *morse(char c) {
    switch (c) {
    case 'a': return ".-"; case 'b': return "-..."; case 'c': return "-.-."; case 'd': return "-..";
    case 'e': return "."; case 'h': return "...."; case 'l': return ".-.."; case 'o': return "---";
    case 'r': return ".-."; case 's': return "..."; case 'w': return ".--"; case ' ': return "/";
    default: return "?";
    }
}

int main(void) {
    const char *romans[] = {"III", "IV", "IX", "LVIII", "MCMXCIV", "MMXXIV", "CDXLIV"};
    int check = 0;
    for (int i = 0; i < 7; i++) {
        int v = parse_roman(romans[i]);
        char back[32];
        to_roman(v, back);
        printf("%-8s = %4d -> %s\n", romans[i], v, back);
        check += v;
    }
    char out[128];
    int n = unescape("tab\\there\\nnew \\\"quoted\\\" \\x41\\x62\\x7A back\\\\slash \\0 \\q", out);
    printf("unescaped %d chars:\n%s\n", n, out);
    const char *msg = "hello world sos";
    for (const char *p = msg; *p; p++) printf("%s ", morse(*p));
    printf("\n");
    return check % 97;
}
