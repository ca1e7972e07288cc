#include <stdio.h>
#include <stdint.h>
#include <string.h>

/* Bit-fields: signed/unsigned, packing, wraparound within a field. */

struct flags {
    unsigned a : 1;
    unsigned b : 3;
    unsigned c : 4;
    signed d : 5;
    unsigned e : 7;
    unsigned long long big : 40;
    signed long long sbig : 20;
    _Bool ok : 1;
};

struct rgb565 {
    uint16_t b : 5;
    uint16_t g : 6;
    uint16_t r : 5;
};

struct instr {
    unsigned opcode : 6;
    unsigned rd : 5;
    unsigned rs : 5;
    signed imm : 16;
};

static uint32_t encode(struct instr in) {
    return (uint32_t)in.opcode | (uint32_t)in.rd << 6 | (uint32_t)in.rs << 11 | ((uint32_t)in.imm & 0xFFFF) << 16;
}

static struct instr decode(uint32_t w) {
    struct instr in;
    in.opcode = w & 63;
    in.rd = (w >> 6) & 31;
    in.rs = (w >> 11) & 31;
    in.imm = (int16_t)(w >> 16);
    return in;
}

int main(void) {
    struct flags f;
    memset(&f, 0, sizeof f);
    for (int i = 0; i < 12; i++) {
        f.a = f.a + 1;
        f.b = f.b + 3;
        f.c = f.c + 5;
        f.d = f.d - 7 < -16 ? f.d - 7 + 32 : f.d - 7;
        f.e += 50;
        f.big = f.big * 3 + 1;
        f.sbig = f.sbig - 50000 < -524288 ? 0 : f.sbig - 50000;
        f.ok = !f.ok;
        printf("a=%u b=%u c=%2u d=%3d e=%3u big=%llu sbig=%lld ok=%d\n", f.a, f.b, f.c, f.d, f.e,
               (unsigned long long)f.big, (long long)f.sbig, f.ok);
    }
    printf("sizeof flags=%zu rgb565=%zu instr=%zu\n", sizeof(struct flags), sizeof(struct rgb565), sizeof(struct instr));
    struct rgb565 px = {31, 63, 31};
    uint16_t raw;
    memcpy(&raw, &px, 2);
    printf("white pixel raw=%04x\n", raw);
    px.g = 0; px.r = 16;
    memcpy(&raw, &px, 2);
    printf("modified raw=%04x r=%u g=%u b=%u\n", raw, px.r, px.g, px.b);
    struct instr prog[] = {{1, 2, 3, -5}, {63, 31, 31, 32767}, {10, 0, 7, -32768}, {5, 17, 4, 1000}};
    int errors = 0;
    for (int i = 0; i < 4; i++) {
        uint32_t w = encode(prog[i]);
        struct instr d = decode(w);
        printf("instr %d: %08x -> op=%u rd=%u rs=%u imm=%d\n", i, w, d.opcode, d.rd, d.rs, d.imm);
        errors += d.opcode != prog[i].opcode || d.imm != prog[i].imm || d.rd != prog[i].rd;
    }
    return errors;
}
