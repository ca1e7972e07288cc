#include <stdio.h>
#include <stdint.h>

/* Direct-threaded code: a "compiler" translates a small stack-language
   program into an array of label addresses interleaved with operands, and
   the inner interpreter jumps with goto *ip++ without a central switch.
   Runs a few programs (factorial, gcd, a filtered sum of squares). */

typedef union cell { void *op; intptr_t v; } cell;

enum opc { PUSH, ADD, SUB, MUL, MOD, DUP, SWAP, OVER, DROP, JZ, JMP, LT, HALT, LOAD, STORE, INC };

struct insn { enum opc op; intptr_t arg; };

static intptr_t run(const struct insn *prog, int n, intptr_t *vars, long *steps_out) {
    static void *labels[] = {&&l_push, &&l_add, &&l_sub, &&l_mul, &&l_mod, &&l_dup, &&l_swap, &&l_over,
                             &&l_drop, &&l_jz, &&l_jmp, &&l_lt, &&l_halt, &&l_load, &&l_store, &&l_inc};
    cell code[256];
    int pos[64];
    int k = 0;
    for (int i = 0; i < n; i++) {  /* first pass: positions */
        pos[i] = k;
        k += (prog[i].op == PUSH || prog[i].op == JZ || prog[i].op == JMP || prog[i].op == LOAD ||
              prog[i].op == STORE || prog[i].op == INC) ? 2 : 1;
    }
    k = 0;
    for (int i = 0; i < n; i++) {  /* second pass: threaded code */
        code[k++].op = labels[prog[i].op];
        switch (prog[i].op) {
        case JZ: case JMP: code[k++].op = &code[pos[prog[i].arg]]; break;
        case PUSH: case LOAD: case STORE: case INC: code[k++].v = prog[i].arg; break;
        default: break;
        }
    }
    intptr_t stack[64];
    int sp = 0;
    long steps = 0;
    cell *ip = code;
#define NEXT do { steps++; goto *(ip++)->op; } while (0)
    NEXT;
l_push: stack[sp++] = (ip++)->v; NEXT;
l_add: sp--; stack[sp - 1] += stack[sp]; NEXT;
l_sub: sp--; stack[sp - 1] -= stack[sp]; NEXT;
l_mul: sp--; stack[sp - 1] *= stack[sp]; NEXT;
l_mod: sp--; stack[sp - 1] %= stack[sp]; NEXT;
l_dup: stack[sp] = stack[sp - 1]; sp++; NEXT;
l_swap: { intptr_t t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; } NEXT;
l_over: stack[sp] = stack[sp - 2]; sp++; NEXT;
l_drop: sp--; NEXT;
l_jz: { cell *target = (cell *)(ip++)->op; if (stack[--sp] == 0) ip = target; } NEXT;
l_jmp: ip = (cell *)ip->op; NEXT;
l_lt: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; NEXT;
l_load: stack[sp++] = vars[(ip++)->v]; NEXT;
l_store: vars[(ip++)->v] = stack[--sp]; NEXT;
l_inc: vars[(ip++)->v]++; NEXT;
l_halt:
    *steps_out = steps;
    return sp ? stack[sp - 1] : 0;
#undef NEXT
}

int main(void) {
    /* factorial of 15: acc=1; i=1; while (i < 16) { acc *= i; i++ } */
    struct insn fact[] = {
        {PUSH, 1}, {STORE, 0}, {PUSH, 1}, {STORE, 1},
        {LOAD, 1}, {PUSH, 16}, {LT, 0}, {JZ, 15},
        {LOAD, 0}, {LOAD, 1}, {MUL, 0}, {STORE, 0}, {INC, 1}, {JMP, 4}, {HALT, 0},
        {LOAD, 0}, {HALT, 0},
    };
    /* gcd(a,b): while (b) { t = a % b; a = b; b = t } */
    struct insn gcd[] = {
        {LOAD, 1}, {JZ, 10}, {LOAD, 0}, {LOAD, 1}, {MOD, 0}, {LOAD, 1}, {STORE, 0}, {STORE, 1}, {JMP, 0}, {HALT, 0},
        {LOAD, 0}, {HALT, 0},
    };
    /* sum of i*i for i in [0,1000) with i % 3 == 0 */
    struct insn sumsq[] = {
        {PUSH, 0}, {STORE, 0}, {PUSH, 0}, {STORE, 1},         /* 0-3   i=0 sum=0 */
        {LOAD, 0}, {PUSH, 1000}, {LT, 0}, {JZ, 22},            /* 4-7   while i<1000 */
        {LOAD, 0}, {PUSH, 3}, {MOD, 0}, {JZ, 14},              /* 8-11  if i%3==0 goto 14 */
        {INC, 0}, {JMP, 4},                                    /* 12-13 */
        {LOAD, 1}, {LOAD, 0}, {DUP, 0}, {MUL, 0}, {ADD, 0},    /* 14-18 sum += i*i */
        {STORE, 1}, {INC, 0}, {JMP, 4},                        /* 19-21 */
        {LOAD, 1}, {HALT, 0},                                  /* 22-23 */
    };
    intptr_t vars[8] = {0};
    long steps;
    intptr_t r = run(fact, sizeof fact / sizeof *fact, vars, &steps);
    printf("15! = %ld (steps %ld)\n", (long)r, steps);
    intptr_t pairs[][2] = {{1071, 462}, {832040, 514229}, {1 << 20, 6 << 10}, {17, 0}};
    for (int i = 0; i < 4; i++) {
        vars[0] = pairs[i][0];
        vars[1] = pairs[i][1];
        r = run(gcd, sizeof gcd / sizeof *gcd, vars, &steps);
        printf("gcd(%ld,%ld) = %ld (steps %ld)\n", (long)pairs[i][0], (long)pairs[i][1], (long)r, steps);
    }
    r = run(sumsq, sizeof sumsq / sizeof *sumsq, vars, &steps);
    printf("sum of squares of multiples of 3 below 1000 = %ld (steps %ld)\n", (long)r, steps);
    /* OVER/DROP/SUB check: (7 over -) drop -> leaves 7; then 7 - 10 */
    struct insn misc[] = {{PUSH, 7}, {PUSH, 3}, {OVER, 0}, {SUB, 0}, {DROP, 0}, {PUSH, 10}, {SUB, 0}, {HALT, 0}};
    r = run(misc, sizeof misc / sizeof *misc, vars, &steps);
    printf("misc = %ld (steps %ld)\n", (long)r, steps);
    return 0;
}
