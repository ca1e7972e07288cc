#include <stdio.h>
#include <string.h>
#include <stdint.h>

/* C11 anonymous structs and unions nested inside each other: members
   accessed directly through several levels, designated initialisers that
   reach into anonymous members, a register file where named and aliased
   views overlap (union of struct-of-bytes and wider words), and copies
   of the outer struct. */

struct regs {
    union {
        uint32_t eax;
        struct { uint16_t ax, eax_hi; };
        struct { uint8_t al, ah; };
    };
    union {
        uint32_t ebx;
        struct { uint8_t bl, bh; };
    };
    struct {
        unsigned carry : 1, zero : 1, sign : 1, overflow : 1;
    };
    int cycle;
};

struct shape {
    enum { CIRCLE, RECT, TRI } kind;
    const char *name;
    union {
        struct { int cx, cy, r; };
        struct { int x0, y0, x1, y1; };
        struct { struct { int x, y; } p[3]; };
    };
};

static void add8(struct regs *r, uint8_t v) {
    unsigned s = (unsigned)r->al + v;
    int sa = (int8_t)r->al + (int8_t)v;
    r->al = (uint8_t)s;
    r->carry = s > 0xFF;
    r->zero = r->al == 0;
    r->sign = (r->al & 0x80) != 0;
    r->overflow = sa > 127 || sa < -128;
    r->cycle += 4;
}

static long shape_area2(const struct shape *s) {
    switch (s->kind) {
    case CIRCLE: return 2L * 314 * s->r * s->r / 100;
    case RECT: return 2L * (s->x1 - s->x0) * (s->y1 - s->y0);
    case TRI: {
        long a = (long)(s->p[1].x - s->p[0].x) * (s->p[2].y - s->p[0].y) - (long)(s->p[2].x - s->p[0].x) * (s->p[1].y - s->p[0].y);
        return a < 0 ? -a : a;
    }
    }
    return 0;
}

int main(void) {
    struct regs r = {.eax = 0x12345678, .bl = 0x9A, .carry = 1, .cycle = 0};
    printf("eax=%08x ax=%04x hi=%04x al=%02x ah=%02x ebx=%08x bh=%02x carry=%u\n", r.eax, r.ax, r.eax_hi, r.al, r.ah, r.ebx,
           r.bh, r.carry);
    uint8_t adds[] = {0x88, 0x7F, 0x01, 0xFF, 0x80, 0x80};
    for (int i = 0; i < 6; i++) {
        add8(&r, adds[i]);
        printf("add %02x -> al=%02x eax=%08x C=%u Z=%u S=%u O=%u\n", adds[i], r.al, r.eax, r.carry, r.zero, r.sign, r.overflow);
    }
    struct regs saved = r;
    r.ah = 0xEE;
    r.eax_hi = 0xBEEF;
    printf("after writes eax=%08x saved.eax=%08x cycles=%d sizeof=%zu\n", r.eax, saved.eax, saved.cycle, sizeof r);

    struct shape shapes[] = {
        {.kind = CIRCLE, .name = "circle", .cx = 1, .cy = 2, .r = 10},
        {.kind = RECT, .name = "rect", .x0 = -3, .y0 = -4, .x1 = 5, .y1 = 6},
        {.kind = TRI, .name = "tri", .p = {{0, 0}, {8, 0}, {3, 7}}},
        {.kind = TRI, .name = "tri2", .p[1] = {4, 4}, .p[2].x = -4, .p[2].y = 4},
    };
    long total = 0;
    for (int i = 0; i < 4; i++) {
        struct shape c = shapes[i];
        long a = shape_area2(&c);
        total += a;
        printf("%-6s area*2=%ld first_int=%d\n", c.name, a, c.cx);
    }
    printf("total=%ld sizeof(shape)=%zu\n", total, sizeof(struct shape));
    return 0;
}
