#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

/* A tiny stack VM with calls, jumps and locals. The HALT instruction exits the process from inside
   the interpreter loop with the top of stack as status. */

enum op { PUSH, POP, ADD, SUB, MUL, DIV, MOD, DUP, SWAP, OVER, JMP, JZ, JNZ, CALL, RET, LOAD, STORE, PRINT, LT, EQ, HALT };
static const char *opnames[] = {"PUSH", "POP", "ADD", "SUB", "MUL", "DIV", "MOD", "DUP", "SWAP", "OVER", "JMP",
                                "JZ", "JNZ", "CALL", "RET", "LOAD", "STORE", "PRINT", "LT", "EQ", "HALT"};

struct vm { int64_t stack[256]; int sp; int rstack[64]; int rsp; int64_t locals[16]; long steps; int counts[21]; };

static void halt(struct vm *m, int64_t code) {
    printf("HALT after %ld steps, stack depth %d\n", m->steps, m->sp);
    for (int i = 0; i < 21; i++) if (m->counts[i]) printf("  %-5s x%d\n", opnames[i], m->counts[i]);
    exit((int)(code & 0x7F));
}

static void run(struct vm *m, const int *code) {
    int pc = 0;
    for (;;) {
        int op = code[pc++];
        m->steps++;
        m->counts[op]++;
        int64_t a, b;
        switch (op) {
        case PUSH: m->stack[m->sp++] = code[pc++]; break;
        case POP: m->sp--; break;
        case ADD: b = m->stack[--m->sp]; a = m->stack[--m->sp]; m->stack[m->sp++] = a + b; break;
        case SUB: b = m->stack[--m->sp]; a = m->stack[--m->sp]; m->stack[m->sp++] = a - b; break;
        case MUL: b = m->stack[--m->sp]; a = m->stack[--m->sp]; m->stack[m->sp++] = a * b; break;
        case DIV: b = m->stack[--m->sp]; a = m->stack[--m->sp]; m->stack[m->sp++] = a / b; break;
        case MOD: b = m->stack[--m->sp]; a = m->stack[--m->sp]; m->stack[m->sp++] = a % b; break;
        case DUP: m->stack[m->sp] = m->stack[m->sp - 1]; m->sp++; break;
        case SWAP: a = m->stack[m->sp - 1]; m->stack[m->sp - 1] = m->stack[m->sp - 2]; m->stack[m->sp - 2] = a; break;
        case OVER: m->stack[m->sp] = m->stack[m->sp - 2]; m->sp++; break;
        case JMP: pc = code[pc]; break;
        case JZ: a = m->stack[--m->sp]; pc = a == 0 ? code[pc] : pc + 1; break;
        case JNZ: a = m->stack[--m->sp]; pc = a != 0 ? code[pc] : pc + 1; break;
        case CALL: m->rstack[m->rsp++] = pc + 1; pc = code[pc]; break;
        case RET: pc = m->rstack[--m->rsp]; break;
        case LOAD: m->stack[m->sp++] = m->locals[code[pc++]]; break;
        case STORE: m->locals[code[pc++]] = m->stack[--m->sp]; break;
        case PRINT: printf("out: %lld\n", (long long)m->stack[--m->sp]); break;
        case LT: b = m->stack[--m->sp]; a = m->stack[--m->sp]; m->stack[m->sp++] = a < b; break;
        case EQ: b = m->stack[--m->sp]; a = m->stack[--m->sp]; m->stack[m->sp++] = a == b; break;
        case HALT: halt(m, m->sp ? m->stack[m->sp - 1] : 0); break;
        default: printf("bad opcode %d\n", op); exit(120);
        }
    }
}

/* program: print factorials 1..15 via a recursive subroutine, then the sum of primes below 200,
   then halt with sum % 100 as exit status. Assembled at run time so jump targets are computed. */
static int code[512];
static int clen;
static void emit(int x) { code[clen++] = x; }

static void assemble(void) {
    int fact;
    /* i = 1 */
    emit(PUSH); emit(1); emit(STORE); emit(0);
    int loop1 = clen;
    emit(LOAD); emit(0); emit(PUSH); emit(16); emit(LT); emit(JZ); int patch_end1 = clen; emit(0);
    emit(LOAD); emit(0); emit(CALL); int patch_call = clen; emit(0); emit(PRINT);
    emit(LOAD); emit(0); emit(PUSH); emit(1); emit(ADD); emit(STORE); emit(0); emit(JMP); emit(loop1);
    code[patch_end1] = clen;
    /* sum primes: n=2, sum=0 */
    emit(PUSH); emit(2); emit(STORE); emit(1);
    emit(PUSH); emit(0); emit(STORE); emit(2);
    int outer = clen;
    emit(LOAD); emit(1); emit(PUSH); emit(200); emit(LT); emit(JZ); int patch_done = clen; emit(0);
    /* d = 2 */
    emit(PUSH); emit(2); emit(STORE); emit(3);
    int inner = clen;
    /* if d*d > n -> prime */
    emit(LOAD); emit(1); emit(LOAD); emit(3); emit(DUP); emit(MUL); emit(LT); emit(JNZ); int patch_prime = clen; emit(0);
    /* if n % d == 0 -> not prime */
    emit(LOAD); emit(1); emit(LOAD); emit(3); emit(MOD); emit(JZ); int patch_notprime = clen; emit(0);
    emit(LOAD); emit(3); emit(PUSH); emit(1); emit(ADD); emit(STORE); emit(3); emit(JMP); emit(inner);
    code[patch_prime] = clen;
    emit(LOAD); emit(2); emit(LOAD); emit(1); emit(ADD); emit(STORE); emit(2);
    code[patch_notprime] = clen;
    emit(LOAD); emit(1); emit(PUSH); emit(1); emit(ADD); emit(STORE); emit(1); emit(JMP); emit(outer);
    code[patch_done] = clen;
    emit(LOAD); emit(2); emit(DUP); emit(PRINT); emit(PUSH); emit(100); emit(MOD); emit(HALT);
    /* fact(n): recursive */
    fact = clen;
    code[patch_call] = fact;
    emit(DUP); emit(PUSH); emit(2); emit(LT); emit(JZ); int patch_rec = clen; emit(0);
    emit(POP); emit(PUSH); emit(1); emit(RET);
    code[patch_rec] = clen;
    emit(DUP); emit(PUSH); emit(1); emit(SUB); emit(CALL); emit(fact); emit(MUL); emit(RET);
}

int main(void) {
    static struct vm m;
    assemble();
    printf("assembled %d words\n", clen);
    run(&m, code);
    printf("not reached\n");
    return 0;
}
