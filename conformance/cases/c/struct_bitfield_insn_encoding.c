#include <stdio.h>
#include <stdint.h>
#include <string.h>

/* Instruction encoding with bit-fields: RISC-V style R/I/S/B formats as
   bit-field structs overlaid (via union) on a uint32_t, with the
   branch-offset immediate scattered over several fields. Encoding through
   bit-fields is checked against manual shift/mask encoding, and a small
   program is assembled, disassembled and executed. */

struct r_type { uint32_t opcode : 7, rd : 5, funct3 : 3, rs1 : 5, rs2 : 5, funct7 : 7; };
struct i_type { uint32_t opcode : 7, rd : 5, funct3 : 3, rs1 : 5; int32_t imm : 12; };
struct s_type { uint32_t opcode : 7, imm4_0 : 5, funct3 : 3, rs1 : 5, rs2 : 5, imm11_5 : 7; };
struct b_type { uint32_t opcode : 7, imm11 : 1, imm4_1 : 4, funct3 : 3, rs1 : 5, rs2 : 5, imm10_5 : 6, imm12 : 1; };

union insn { uint32_t raw; struct r_type r; struct i_type i; struct s_type s; struct b_type b; };

enum { OP_R = 0x33, OP_I = 0x13, OP_B = 0x63, OP_S = 0x23 };

static uint32_t enc_r(int f7, int rs2, int rs1, int f3, int rd) {
    union insn u = {0};
    u.r = (struct r_type){OP_R, rd, f3, rs1, rs2, f7};
    return u.raw;
}
static uint32_t enc_i(int imm, int rs1, int f3, int rd) {
    union insn u = {0};
    u.i.opcode = OP_I; u.i.rd = rd; u.i.funct3 = f3; u.i.rs1 = rs1; u.i.imm = imm;
    return u.raw;
}
static uint32_t enc_b(int off, int rs2, int rs1, int f3) {
    union insn u = {0};
    u.b.opcode = OP_B; u.b.funct3 = f3; u.b.rs1 = rs1; u.b.rs2 = rs2;
    u.b.imm12 = (off >> 12) & 1; u.b.imm11 = (off >> 11) & 1; u.b.imm10_5 = (off >> 5) & 0x3F; u.b.imm4_1 = (off >> 1) & 0xF;
    return u.raw;
}
static uint32_t manual_b(int off, int rs2, int rs1, int f3) {
    uint32_t o = (uint32_t)off;
    return OP_B | ((o >> 11) & 1) << 7 | ((o >> 1) & 0xF) << 8 | (uint32_t)f3 << 12 | (uint32_t)rs1 << 15 |
           (uint32_t)rs2 << 20 | ((o >> 5) & 0x3F) << 25 | ((o >> 12) & 1) << 31;
}
static int b_offset(union insn u) {
    int off = (int)(u.b.imm12 << 12 | u.b.imm11 << 11 | u.b.imm10_5 << 5 | u.b.imm4_1 << 1);
    return off & 0x1000 ? off - 0x2000 : off;
}

static void disasm(uint32_t w, char *out, size_t cap) {
    union insn u = {.raw = w};
    switch (u.r.opcode) {
    case OP_R: snprintf(out, cap, "%s x%u, x%u, x%u", u.r.funct7 ? "sub" : u.r.funct3 == 7 ? "and" : "add", u.r.rd, u.r.rs1, u.r.rs2); break;
    case OP_I: snprintf(out, cap, "addi x%u, x%u, %d", u.i.rd, u.i.rs1, u.i.imm); break;
    case OP_B: snprintf(out, cap, "%s x%u, x%u, %+d", u.b.funct3 == 0 ? "beq" : "bne", u.b.rs1, u.b.rs2, b_offset(u)); break;
    default: snprintf(out, cap, "unknown %08x", w);
    }
}

int main(void) {
    printf("sizes: r=%zu i=%zu b=%zu union=%zu\n", sizeof(struct r_type), sizeof(struct i_type), sizeof(struct b_type), sizeof(union insn));
    int mism = 0;
    for (int off = -4096; off < 4096; off += 2)
        for (int r = 0; r < 32; r += 7) {
            uint32_t a = enc_b(off, r, 31 - r, 1), m = manual_b(off, r, 31 - r, 1);
            union insn u = {.raw = a};
            mism += a != m || b_offset(u) != off;
        }
    printf("branch encoding mismatches=%d\n", mism);
    /* sum 1..10 into x3: x1=10, x3=0; loop: x3+=x1; x1-=1; bne x1,x0,loop */
    uint32_t prog[] = {
        enc_i(10, 0, 0, 1),          /* addi x1, x0, 10 */
        enc_i(0, 0, 0, 3),           /* addi x3, x0, 0 */
        enc_i(-1, 0, 0, 4),          /* addi x4, x0, -1 */
        enc_r(0, 1, 3, 0, 3),        /* add x3, x3, x1 */
        enc_r(0, 4, 1, 0, 1),        /* add x1, x1, x4 */
        enc_b(-8, 0, 1, 1),          /* bne x1, x0, -8 */
        enc_i(2047, 3, 0, 5),        /* addi x5, x3, 2047 */
        enc_r(32, 3, 5, 0, 6),       /* sub x6, x5, x3 */
        enc_i(-2048, 6, 0, 7),       /* addi x7, x6, -2048 */
    };
    int n = sizeof prog / sizeof *prog;
    for (int k = 0; k < n; k++) {
        char text[64];
        disasm(prog[k], text, sizeof text);
        printf("%2d: %08x  %s\n", k * 4, prog[k], text);
    }
    int32_t x[32] = {0};
    int pc = 0, executed = 0;
    while (pc / 4 < n && executed < 1000) {
        union insn u = {.raw = prog[pc / 4]};
        executed++;
        int next = pc + 4;
        switch (u.r.opcode) {
        case OP_R: if (u.r.rd) x[u.r.rd] = u.r.funct7 ? x[u.r.rs1] - x[u.r.rs2] : x[u.r.rs1] + x[u.r.rs2]; break;
        case OP_I: if (u.i.rd) x[u.i.rd] = x[u.i.rs1] + u.i.imm; break;
        case OP_B: if ((x[u.b.rs1] != x[u.b.rs2]) == (u.b.funct3 == 1)) next = pc + b_offset(u); break;
        }
        pc = next;
    }
    printf("executed=%d x1=%d x3=%d x5=%d x6=%d x7=%d\n", executed, x[1], x[3], x[5], x[6], x[7]);
    return 0;
}
