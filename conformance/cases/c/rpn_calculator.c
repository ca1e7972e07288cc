#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

/* Reverse Polish calculator over doubles with named operators. Errors (stack underflow, unknown
   token) abort the computation via exit() from the evaluator with a specific status code. */

static double stack[64];
static int sp;
static int line_no;

static void fail(const char *msg, const char *tok, int code) {
    printf("line %d: error: %s '%s' (stack depth %d)\n", line_no, msg, tok, sp);
    exit(code);
}

static double pop(const char *tok) { if (sp == 0) fail("stack underflow at", tok, 3); return stack[--sp]; }
static void push(double v) { stack[sp++] = v; }

static void apply(const char *tok) {
    char *end;
    double v = strtod(tok, &end);
    if (*end == 0 && end != tok) { push(v); return; }
    if (!strcmp(tok, "+")) { double b = pop(tok), a = pop(tok); push(a + b); }
    else if (!strcmp(tok, "-")) { double b = pop(tok), a = pop(tok); push(a - b); }
    else if (!strcmp(tok, "*")) { double b = pop(tok), a = pop(tok); push(a * b); }
    else if (!strcmp(tok, "/")) { double b = pop(tok), a = pop(tok); push(a / b); }
    else if (!strcmp(tok, "^")) { double b = pop(tok), a = pop(tok); push(pow(a, b)); }
    else if (!strcmp(tok, "sqrt")) push(sqrt(pop(tok)));
    else if (!strcmp(tok, "neg")) push(-pop(tok));
    else if (!strcmp(tok, "dup")) { double a = pop(tok); push(a); push(a); }
    else if (!strcmp(tok, "swap")) { double b = pop(tok), a = pop(tok); push(b); push(a); }
    else if (!strcmp(tok, "sum")) { double s = 0; while (sp) s += stack[--sp]; push(s); }
    else if (!strcmp(tok, "pi")) push(M_PI);
    else fail("unknown token", tok, 4);
}

static double eval_line(const char *line) {
    char buf[256];
    strncpy(buf, line, sizeof buf - 1);
    buf[sizeof buf - 1] = 0;
    sp = 0;
    for (char *t = strtok(buf, " "); t; t = strtok(NULL, " ")) apply(t);
    return sp ? stack[sp - 1] : 0;
}

int main(void) {
    const char *lines[] = {
        "3 4 + 2 *",
        "5 1 2 + 4 * + 3 -",
        "2 0.5 ^ dup *",
        "1 2 3 4 5 6 7 8 9 10 sum",
        "pi 2 / neg 1e3 swap -",
        "9 sqrt 16 sqrt + 5 /",
        "1 1 + 2 * 3 * 4 * 5 * 6 *",
        "7 3 - -",
        "this line is never reached",
    };
    for (line_no = 1; line_no <= 9; line_no++) {
        double r = eval_line(lines[line_no - 1]);
        printf("%-32s = %.10g\n", lines[line_no - 1], r);
    }
    printf("all lines evaluated\n");
    return 0;
}
