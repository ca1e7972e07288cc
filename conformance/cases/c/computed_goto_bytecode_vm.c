#include <stdio.h>
#include <stdint.h>

/* A register-machine bytecode VM using labels-as-values with a dispatch
   table built at the start of the interpreter function (not static), and
   a label difference table (&&l - &&base offsets stored as int) used for
   a second, position-independent dispatch mode. Both must give the same
   results. */

enum { OP_LI, OP_ADD, OP_SUB, OP_MUL, OP_DIVU, OP_BLT, OP_BNE, OP_JMP, OP_MOV, OP_XOR, OP_SHL, OP_SHR, OP_RET };

struct ins { uint8_t op, a, b, c; int32_t imm; };

static int64_t vm(const struct ins *code, int64_t *reg, int relative, long *count) {
    void *direct[] = {&&li, &&add, &&sub, &&mul, &&divu, &&blt, &&bne, &&jmp, &&mov, &&xor_, &&shl, &&shr, &&ret};
    static const int offsets[] = {&&li - &&li, &&add - &&li, &&sub - &&li, &&mul - &&li, &&divu - &&li,
                                  &&blt - &&li, &&bne - &&li, &&jmp - &&li, &&mov - &&li, &&xor_ - &&li,
                                  &&shl - &&li, &&shr - &&li, &&ret - &&li};
    const struct ins *pc = code;
    long n = 0;
#define NEXT do { n++; if (relative) goto *(&&li + offsets[pc->op]); else goto *direct[pc->op]; } while (0)
    NEXT;
li: reg[pc->a] = pc->imm; pc++; NEXT;
add: reg[pc->a] = (int64_t)((uint64_t)reg[pc->b] + (uint64_t)reg[pc->c]); pc++; NEXT;
sub: reg[pc->a] = (int64_t)((uint64_t)reg[pc->b] - (uint64_t)reg[pc->c]); pc++; NEXT;
mul: reg[pc->a] = (int64_t)((uint64_t)reg[pc->b] * (uint64_t)reg[pc->c]); pc++; NEXT;
divu: reg[pc->a] = (int64_t)((uint64_t)reg[pc->b] / (uint64_t)reg[pc->c]); pc++; NEXT;
blt: pc = reg[pc->a] < reg[pc->b] ? code + pc->imm : pc + 1; NEXT;
bne: pc = reg[pc->a] != reg[pc->b] ? code + pc->imm : pc + 1; NEXT;
jmp: pc = code + pc->imm; NEXT;
mov: reg[pc->a] = reg[pc->b]; pc++; NEXT;
xor_: reg[pc->a] = reg[pc->b] ^ reg[pc->c]; pc++; NEXT;
shl: reg[pc->a] = (int64_t)((uint64_t)reg[pc->b] << (reg[pc->c] & 63)); pc++; NEXT;
shr: reg[pc->a] = (int64_t)((uint64_t)reg[pc->b] >> (reg[pc->c] & 63)); pc++; NEXT;
ret:
    *count = n;
    return reg[pc->a];
#undef NEXT
}

int main(void) {
    /* xorshift64 iterated r1 times, accumulating into r7; then digit count of result */
    struct ins prog[] = {
        {OP_LI, 0, 0, 0, 88172645},  /* 0: x */
        {OP_LI, 1, 0, 0, 5000},      /* 1: iterations */
        {OP_LI, 2, 0, 0, 0},         /* 2: i */
        {OP_LI, 3, 0, 0, 13},        /* 3 */
        {OP_LI, 4, 0, 0, 7},         /* 4 */
        {OP_LI, 5, 0, 0, 17},        /* 5 */
        {OP_LI, 6, 0, 0, 1},         /* 6: one */
        {OP_LI, 7, 0, 0, 0},         /* 7: acc */
        {OP_SHL, 8, 0, 3, 0},        /* 8: loop */
        {OP_XOR, 0, 0, 8, 0},
        {OP_SHR, 8, 0, 4, 0},
        {OP_XOR, 0, 0, 8, 0},
        {OP_SHL, 8, 0, 5, 0},
        {OP_XOR, 0, 0, 8, 0},
        {OP_ADD, 7, 7, 0, 0},
        {OP_ADD, 2, 2, 6, 0},
        {OP_BLT, 2, 1, 0, 8},
        {OP_LI, 9, 0, 0, 10},        /* 17: count decimal digits of acc (unsigned) */
        {OP_LI, 10, 0, 0, 0},
        {OP_LI, 11, 0, 0, 0},
        {OP_DIVU, 7, 7, 9, 0},       /* 20 */
        {OP_ADD, 10, 10, 6, 0},
        {OP_BNE, 7, 11, 0, 20},
        {OP_MUL, 12, 0, 10, 0},
        {OP_SUB, 12, 12, 6, 0},
        {OP_MOV, 13, 12, 0, 0},
        {OP_RET, 13, 0, 0, 0},
    };
    int64_t r1[16] = {0}, r2[16] = {0};
    long c1, c2;
    int64_t a = vm(prog, r1, 0, &c1);
    int64_t b = vm(prog, r2, 1, &c2);
    printf("direct:   result=%lld insns=%ld x=%llx digits=%lld\n", (long long)a, c1, (unsigned long long)r1[0], (long long)r1[10]);
    printf("relative: result=%lld insns=%ld same=%d\n", (long long)b, c2, a == b && c1 == c2);
    return (int)r1[10];
}
