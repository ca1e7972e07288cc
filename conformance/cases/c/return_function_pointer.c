#include <stdio.h>

/* Functions returning function pointers, typedef'd and raw declarator syntax. */

typedef double (*unary)(double);

static double twice(double x) { return 2 * x; }
static double square(double x) { return x * x; }
static double negate(double x) { return -x; }
static double inc(double x) { return x + 1; }

static unary pick(char c) {
    switch (c) {
    case 'd': return twice;
    case 's': return square;
    case 'n': return negate;
    case 'i': return inc;
    default: return NULL;
    }
}

/* same thing without typedef: function taking int returning pointer to function (int,int)->int */
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int (*arith(int which))(int, int) {
    static int (*const table[])(int, int) = {add, sub, mul};
    return table[which % 3];
}

/* state machine where each state returns the next state function */
struct machine;
typedef struct state_ret (*state_fn)(struct machine *, char);
struct state_ret { state_fn next; };
struct machine { int words, letters, digits; };

static struct state_ret st_space(struct machine *m, char c);
static struct state_ret st_word(struct machine *m, char c);
static struct state_ret st_number(struct machine *m, char c);

static struct state_ret dispatch(struct machine *m, char c) {
    if (c >= '0' && c <= '9') { m->digits++; return (struct state_ret){st_number}; }
    if ((c | 32) >= 'a' && (c | 32) <= 'z') { m->letters++; m->words++; return (struct state_ret){st_word}; }
    return (struct state_ret){st_space};
}
static struct state_ret st_space(struct machine *m, char c) { return dispatch(m, c); }
static struct state_ret st_word(struct machine *m, char c) {
    if ((c | 32) >= 'a' && (c | 32) <= 'z') { m->letters++; return (struct state_ret){st_word}; }
    return dispatch(m, c);
}
static struct state_ret st_number(struct machine *m, char c) {
    if (c >= '0' && c <= '9') { m->digits++; return (struct state_ret){st_number}; }
    return dispatch(m, c);
}

int main(void) {
    const char *progs[] = {"dsi", "ssn", "iiid", "nsd", "x", "sss"};
    for (int p = 0; p < 6; p++) {
        double v = 1.5;
        int ok = 1;
        for (const char *c = progs[p]; *c; c++) {
            unary f = pick(*c);
            if (!f) { ok = 0; break; }
            v = f(v);
        }
        printf("program %-4s -> %s %g\n", progs[p], ok ? "value" : "error", ok ? v : 0.0);
    }
    for (int w = 0; w < 6; w++) printf("arith(%d)(7,3)=%d\n", w, arith(w)(7, 3));
    int (*(*getter)(int))(int, int) = arith;
    printf("via pointer to arith: %d\n", getter(2)(6, 7));
    struct machine m = {0, 0, 0};
    state_fn s = st_space;
    const char *text = "abc 123 de4f  99 x";
    for (const char *c = text; *c; c++) s = s(&m, *c).next;
    printf("words=%d letters=%d digits=%d\n", m.words, m.letters, m.digits);
    return 0;
}
