#include <stdio.h>
#include <string.h>
#include <ctype.h>

/* Explicit state machine: a CSV-like parser with quoted fields and a number recogniser. */

enum state { FIELD_START, IN_FIELD, IN_QUOTED, QUOTE_IN_QUOTED };

static int parse_csv_line(const char *line, char fields[][32], int maxf) {
    enum state st = FIELD_START;
    int nf = 0, len = 0;
    for (const char *p = line;; p++) {
        char c = *p;
        switch (st) {
        case FIELD_START:
            if (c == '"') { st = IN_QUOTED; len = 0; break; }
            len = 0;
            st = IN_FIELD;
            /* fallthrough */
        case IN_FIELD:
            if (c == ',' || c == 0) {
                fields[nf][len] = 0;
                nf++;
                st = FIELD_START;
                if (c == 0 || nf == maxf) return nf;
            } else if (len < 31) fields[nf][len++] = c;
            break;
        case IN_QUOTED:
            if (c == 0) { fields[nf][len] = 0; return nf + 1; }
            if (c == '"') st = QUOTE_IN_QUOTED;
            else if (len < 31) fields[nf][len++] = c;
            break;
        case QUOTE_IN_QUOTED:
            if (c == '"') { if (len < 31) fields[nf][len++] = '"'; st = IN_QUOTED; }
            else { st = IN_FIELD; p--; }
            break;
        }
        if (c == 0) break;
    }
    return nf;
}

/* recognise [+-]digits[.digits][e[+-]digits] */
static int is_number(const char *s) {
    int st = 0;
    for (;; s++) {
        char c = *s;
        switch (st) {
        case 0: if (c == '+' || c == '-') st = 1; else if (isdigit((unsigned char)c)) st = 2; else return 0; break;
        case 1: if (isdigit((unsigned char)c)) st = 2; else return 0; break;
        case 2: if (isdigit((unsigned char)c)) st = 2; else if (c == '.') st = 3; else if (c == 'e' || c == 'E') st = 5; else return c == 0; break;
        case 3: if (isdigit((unsigned char)c)) st = 4; else return 0; break;
        case 4: if (isdigit((unsigned char)c)) st = 4; else if (c == 'e' || c == 'E') st = 5; else return c == 0; break;
        case 5: if (c == '+' || c == '-') st = 6; else if (isdigit((unsigned char)c)) st = 7; else return 0; break;
        case 6: if (isdigit((unsigned char)c)) st = 7; else return 0; break;
        case 7: if (isdigit((unsigned char)c)) st = 7; else return c == 0; break;
        }
    }
}

int main(void) {
    const char *lines[] = {
        "name,age,city",
        "\"Smith, John\",42,\"New \"\"York\"\"\"",
        ",,",
        "single",
        "a,\"b\",c,\"\",e",
        "\"unterminated,field",
    };
    for (int i = 0; i < 6; i++) {
        char f[8][32];
        int n = parse_csv_line(lines[i], f, 8);
        printf("line %d: %d fields:", i, n);
        for (int k = 0; k < n; k++) printf(" [%s]", f[k]);
        printf("\n");
    }
    const char *nums[] = {"42", "-3.14", "+1e10", "2.5E-3", "1.", ".5", "e5", "12a", "-", "0", "7e", "3.0e+2"};
    int valid = 0;
    for (int i = 0; i < 12; i++) {
        int v = is_number(nums[i]);
        valid += v;
        printf("%-8s %s\n", nums[i], v ? "number" : "not a number");
    }
    return valid == 6 ? 0 : 1;
}
