/* state_machine.c - switch-dispatched register bytecode VM.
 *
 * A tiny register machine (9 x uint32 registers, 3-address instructions)
 * is interpreted with a `switch` in a loop.  The program is assembled at
 * startup: an outer loop that runs N times and whose body is a block of
 * LCG-generated ALU instructions, a data-dependent forward branch, a
 * Collatz-style inner loop with conditional jumps, and loads/stores into a
 * small VM memory.  The checksum folds the final registers and memory.
 *
 * argv[1] = outer-loop trip count of the VM program (work is linear).
 */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

#define DEFAULT_TRIPS 400000
#define NREGS 9
#define MEMSZ 256
#define MAXCODE 256

enum opcode {
    OP_MOVI,  /* r[a] = imm */
    OP_MOV,   /* r[a] = r[b] */
    OP_ADD,   /* r[a] = r[b] + r[c] */
    OP_SUB,
    OP_MUL,
    OP_XOR,
    OP_AND,
    OP_OR,
    OP_SHLI,  /* r[a] = r[b] << imm */
    OP_SHRI,
    OP_ROTI,  /* r[a] = rotl(r[b], imm) */
    OP_ADDI,  /* r[a] = r[b] + imm */
    OP_LOAD,  /* r[a] = mem[r[b] % MEMSZ] */
    OP_STORE, /* mem[r[b] % MEMSZ] = r[a] */
    OP_JMP,   /* pc = imm */
    OP_JZ,    /* if r[a] == 0 pc = imm */
    OP_JNZ,
    OP_JODD,  /* if r[a] & 1 pc = imm */
    OP_JLT,   /* if r[a] < r[b] pc = imm */
    OP_HALT
};

struct insn {
    uint8_t op, a, b, c;
    uint32_t imm;
};

static struct insn code[MAXCODE];
static int ncode;

static int emit(int op, int a, int b, int c, uint32_t imm)
{
    code[ncode].op = (uint8_t)op;
    code[ncode].a = (uint8_t)a;
    code[ncode].b = (uint8_t)b;
    code[ncode].c = (uint8_t)c;
    code[ncode].imm = imm;
    return ncode++;
}

static uint32_t gen_state = 99991u;

static uint32_t gen_rand(void)
{
    gen_state = gen_state * 1664525u + 1013904223u;
    return gen_state >> 8;
}

/* r0 = outer counter, r1 = collatz value, r2 = collatz steps / scratch,
 * r3..r7 = state mixed by the random block, r8 = collatz scratch */
static void assemble(uint32_t trips)
{
    ncode = 0;
    emit(OP_MOVI, 0, 0, 0, trips);
    emit(OP_MOVI, 3, 0, 0, 0x12345678u);
    emit(OP_MOVI, 4, 0, 0, 0x9ABCDEF0u);
    emit(OP_MOVI, 5, 0, 0, 7u);
    emit(OP_MOVI, 6, 0, 0, 0u);
    emit(OP_MOVI, 7, 0, 0, 1u);
    int top = emit(OP_ADD, 4, 4, 0, 0);   /* feed the trip counter in */

    /* random ALU block over r3..r7.  Every step is invertible in the
     * target register (a != b; lossy ops go through scratch r2 and are then
     * xor-ed or added in), so the state keeps its entropy across trips. */
    for (int i = 0; i < 24; i++) {
        int a = 3 + (int)(gen_rand() % 5u);
        int b = 3 + (int)((uint32_t)(a - 3 + 1) + gen_rand() % 4u) % 5;
        uint32_t sh = 1u + gen_rand() % 31u;
        switch (gen_rand() % 9u) {
        case 0: emit(OP_ADD, a, a, b, 0); break;
        case 1: emit(OP_SUB, a, a, b, 0); break;
        case 2: emit(OP_XOR, a, a, b, 0); break;
        case 3: emit(OP_ROTI, a, a, 0, sh); break;
        case 4: emit(OP_ADDI, a, a, 0, gen_rand()); break;
        case 5: /* multiply by an odd constant */
            emit(OP_MOVI, 2, 0, 0, gen_rand() | 1u);
            emit(OP_MUL, a, a, 2, 0);
            break;
        case 6: /* xorshift step */
            emit(OP_SHRI, 2, b, 0, sh);
            emit(OP_XOR, a, a, 2, 0);
            break;
        case 7:
            emit(OP_SHLI, 2, b, 0, sh);
            emit(OP_ADD, a, a, 2, 0);
            break;
        default: /* a += b & ~(b >> 3) style mix via AND / OR */
            emit(OP_SHRI, 2, b, 0, 3u);
            emit((gen_rand() & 1u) ? OP_AND : OP_OR, 2, 2, b, 0);
            emit(OP_XOR, a, a, 2, 0);
            break;
        }
        if (i == 11) {
            /* data-dependent skip of the next three instructions */
            int j = emit(OP_JODD, a, 0, 0, 0);
            emit(OP_XOR, 3, 3, 4, 0);
            emit(OP_ADDI, 4, 4, 0, 0x3C6EF372u);
            emit(OP_ROTI, 5, 5, 0, 13u);
            code[j].imm = (uint32_t)ncode;
        }
    }

    /* memory traffic: mem[r3] += r4; r6 ^= mem[r5] */
    emit(OP_LOAD, 2, 3, 0, 0);
    emit(OP_ADD, 2, 2, 4, 0);
    emit(OP_STORE, 2, 3, 0, 0);
    emit(OP_LOAD, 2, 5, 0, 0);
    emit(OP_XOR, 6, 6, 2, 0);

    /* collatz walk starting at (r4 & 63) + 1, steps counted in r2,
     * r8 is scratch */
    emit(OP_MOVI, 8, 0, 0, 63u);
    emit(OP_AND, 1, 4, 8, 0);
    emit(OP_ADDI, 1, 1, 0, 1u);
    emit(OP_MOVI, 2, 0, 0, 0u);
    int loop = emit(OP_ADDI, 2, 2, 0, 1u);
    int jodd = emit(OP_JODD, 1, 0, 0, 0);
    emit(OP_SHRI, 1, 1, 0, 1u);      /* even: n = n / 2 */
    int jcont = emit(OP_JMP, 0, 0, 0, 0);
    code[jodd].imm = (uint32_t)ncode;
    emit(OP_ADD, 8, 1, 1, 0);        /* odd: r8 = 2n */
    emit(OP_ADD, 1, 1, 8, 0);        /* n = 3n */
    emit(OP_ADDI, 1, 1, 0, 1u);      /* n = 3n + 1 */
    emit(OP_ADD, 6, 6, 1, 0);        /* mix the walk into r6 */
    code[jcont].imm = (uint32_t)ncode;
    emit(OP_MOVI, 8, 0, 0, 1u);
    emit(OP_JLT, 8, 1, 0, (uint32_t)loop); /* while 1 < n */
    emit(OP_ADD, 7, 7, 2, 0);
    emit(OP_ROTI, 8, 7, 0, 5u);
    emit(OP_XOR, 3, 3, 8, 0);

    emit(OP_ADDI, 0, 0, 0, 0xFFFFFFFFu); /* r0 -= 1 */
    emit(OP_JNZ, 0, 0, 0, (uint32_t)top);
    emit(OP_HALT, 0, 0, 0, 0);
}

static uint64_t run(uint32_t *reg, uint32_t *mem)
{
    uint64_t executed = 0;
    uint32_t pc = 0;
    for (;;) {
        const struct insn *in = &code[pc++];
        executed++;
        switch (in->op) {
        case OP_MOVI: reg[in->a] = in->imm; break;
        case OP_MOV: reg[in->a] = reg[in->b]; break;
        case OP_ADD: reg[in->a] = reg[in->b] + reg[in->c]; break;
        case OP_SUB: reg[in->a] = reg[in->b] - reg[in->c]; break;
        case OP_MUL: reg[in->a] = reg[in->b] * reg[in->c]; break;
        case OP_XOR: reg[in->a] = reg[in->b] ^ reg[in->c]; break;
        case OP_AND: reg[in->a] = reg[in->b] & reg[in->c]; break;
        case OP_OR: reg[in->a] = reg[in->b] | reg[in->c]; break;
        case OP_SHLI: reg[in->a] = reg[in->b] << (in->imm & 31u); break;
        case OP_SHRI: reg[in->a] = reg[in->b] >> (in->imm & 31u); break;
        case OP_ROTI: {
            uint32_t s = in->imm & 31u;
            uint32_t x = reg[in->b];
            reg[in->a] = s ? (x << s) | (x >> (32u - s)) : x;
            break;
        }
        case OP_ADDI: reg[in->a] = reg[in->b] + in->imm; break;
        case OP_LOAD: reg[in->a] = mem[reg[in->b] % MEMSZ]; break;
        case OP_STORE: mem[reg[in->b] % MEMSZ] = reg[in->a]; break;
        case OP_JMP: pc = in->imm; break;
        case OP_JZ: if (reg[in->a] == 0) pc = in->imm; break;
        case OP_JNZ: if (reg[in->a] != 0) pc = in->imm; break;
        case OP_JODD: if (reg[in->a] & 1u) pc = in->imm; break;
        case OP_JLT: if (reg[in->a] < reg[in->b]) pc = in->imm; break;
        case OP_HALT: return executed;
        default: return executed | (1ULL << 63);
        }
    }
}

int main(int argc, char **argv)
{
    long trips = DEFAULT_TRIPS;
    if (argc > 1) {
        long v = atol(argv[1]);
        if (v > 0 && v < 0x7FFFFFFFL)
            trips = v;
    }

    assemble((uint32_t)trips);
    uint32_t reg[NREGS] = {0};
    uint32_t mem[MEMSZ];
    for (int i = 0; i < MEMSZ; i++)
        mem[i] = (uint32_t)i * 2654435761u;

    uint64_t executed = run(reg, mem);

    uint64_t check = executed;
    for (int i = 0; i < NREGS; i++)
        check = check * 1000003u + reg[i];
    for (int i = 0; i < MEMSZ; i++)
        check = (check ^ mem[i]) * 0x100000001B3ULL;
    printf("checksum: %llu\n", (unsigned long long)check);
    return 0;
}
