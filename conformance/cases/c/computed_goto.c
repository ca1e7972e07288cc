#include <stdio.h>

/* Computed goto (labels as values) dispatch for a small register bytecode, checked against an
   equivalent switch-based interpreter. */

enum { SET, MOV, ADD, MUL, DEC, JNZ, HALT };

static long run_goto(const int *code, long *steps) {
    static void *const labels[] = {&&l_set, &&l_mov, &&l_add, &&l_mul, &&l_dec, &&l_jnz, &&l_halt};
    long r[4] = {0, 0, 0, 0};
    int pc = 0;
    *steps = 0;
#define NEXT do { ++*steps; goto *labels[code[pc]]; } while (0)
    NEXT;
l_set: r[code[pc + 1]] = code[pc + 2]; pc += 3; NEXT;
l_mov: r[code[pc + 1]] = r[code[pc + 2]]; pc += 3; NEXT;
l_add: r[code[pc + 1]] += r[code[pc + 2]]; pc += 3; NEXT;
l_mul: r[code[pc + 1]] *= r[code[pc + 2]]; pc += 3; NEXT;
l_dec: r[code[pc + 1]]--; pc += 2; NEXT;
l_jnz: pc = r[code[pc + 1]] ? code[pc + 2] : pc + 3; NEXT;
l_halt: return r[code[pc + 1]];
#undef NEXT
}

static long run_switch(const int *code, long *steps) {
    long r[4] = {0, 0, 0, 0};
    int pc = 0;
    *steps = 0;
    for (;;) {
        ++*steps;
        switch (code[pc]) {
        case SET: r[code[pc + 1]] = code[pc + 2]; pc += 3; break;
        case MOV: r[code[pc + 1]] = r[code[pc + 2]]; pc += 3; break;
        case ADD: r[code[pc + 1]] += r[code[pc + 2]]; pc += 3; break;
        case MUL: r[code[pc + 1]] *= r[code[pc + 2]]; pc += 3; break;
        case DEC: r[code[pc + 1]]--; pc += 2; break;
        case JNZ: pc = r[code[pc + 1]] ? code[pc + 2] : pc + 3; break;
        case HALT: return r[code[pc + 1]];
        }
    }
}

int main(void) {
    for (int n = 1; n <= 20; n += 3) {
        int fact[] = {SET, 0, 1, SET, 1, n, /*6*/ MUL, 0, 1, DEC, 1, JNZ, 1, 6, HALT, 0};
        int sum[] = {SET, 0, 0, SET, 1, n, /*6*/ ADD, 0, 1, DEC, 1, JNZ, 1, 6, HALT, 0};
        int fib[] = {SET, 0, 0, SET, 1, 1, SET, 2, n, /*9*/ MOV, 3, 1, ADD, 1, 0, MOV, 0, 3, DEC, 2, JNZ, 2, 9, HALT, 0};
        long s1, s2;
        long a = run_goto(fact, &s1), b = run_switch(fact, &s2);
        printf("n=%2d fact goto=%ld switch=%ld steps=%ld/%ld\n", n, a, b, s1, s2);
        a = run_goto(sum, &s1); b = run_switch(sum, &s2);
        printf("     sum  goto=%ld switch=%ld\n", a, b);
        a = run_goto(fib, &s1); b = run_switch(fib, &s2);
        printf("     fib  goto=%ld switch=%ld steps=%ld\n", a, b, s1);
    }
    int big[] = {SET, 0, 0, SET, 1, 30000, /*6*/ ADD, 0, 1, DEC, 1, JNZ, 1, 6, HALT, 0};
    long st;
    long bigsum = run_goto(big, &st);
    printf("big sum=%ld steps=%ld\n", bigsum, st);
    return 0;
}
