#include <stdio.h>
#include <string.h>

/* Tables of function pointers: calculator dispatch, command table, pointer comparisons. */

typedef long (*binop)(long, long);

static long op_add(long a, long b) { return a + b; }
static long op_sub(long a, long b) { return a - b; }
static long op_mul(long a, long b) { return a * b; }
static long op_div(long a, long b) { return b ? a / b : 0; }
static long op_mod(long a, long b) { return b ? a % b : 0; }
static long op_max(long a, long b) { return a > b ? a : b; }
static long op_pow(long a, long b) { long r = 1; while (b-- > 0) r *= a; return r; }

static const struct { char sym; const char *name; binop fn; } ops[] = {
    {'+', "add", op_add}, {'-', "sub", op_sub}, {'*', "mul", op_mul}, {'/', "div", op_div},
    {'%', "mod", op_mod}, {'M', "max", op_max}, {'^', "pow", op_pow},
};
#define NOPS (int)(sizeof ops / sizeof ops[0])

static binop lookup(char sym) {
    for (int i = 0; i < NOPS; i++) if (ops[i].sym == sym) return ops[i].fn;
    return NULL;
}

static int counter;
static void cmd_inc(void) { counter++; }
static void cmd_dbl(void) { counter *= 2; }
static void cmd_neg(void) { counter = -counter; }
static void cmd_print(void) { printf("  counter=%d\n", counter); }
static void (*const commands[4])(void) = {cmd_inc, cmd_dbl, cmd_neg, cmd_print};

int main(void) {
    long a = 17, b = 5;
    for (int i = 0; i < NOPS; i++) printf("%s(%ld,%ld)=%ld\n", ops[i].name, a, b, ops[i].fn(a, b));
    const char *prog = "3+4*2-5^2M9%4";
    long acc = prog[0] - '0';
    for (const char *p = prog + 1; p[0] && p[1]; p += 2) {
        binop f = lookup(p[0]);
        acc = f ? f(acc, p[1] - '0') : acc;
        printf("after %c%c acc=%ld\n", p[0], p[1], acc);
    }
    printf("lookup('?') is null: %d, lookup('+')==op_add: %d\n", lookup('?') == NULL, lookup('+') == op_add);
    const char *script = "0001300113222031";
    for (const char *p = script; *p; p++) commands[*p - '0']();
    printf("final counter=%d\n", counter);
    binop matrix[3][3] = {{op_add, op_sub, op_mul}, {op_mul, op_max, op_add}, {op_sub, op_sub, op_pow}};
    long m = 2;
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++) m = matrix[i][j](m, i + j + 1) % 100000;
    printf("matrix chain=%ld\n", m);
    return 0;
}
