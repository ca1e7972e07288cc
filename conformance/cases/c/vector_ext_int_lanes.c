#include <stdio.h>
#include <stddef.h>
#include <stdint.h>

/* GCC vector extensions on 16-byte integer vectors (4 x int32, 8 x int16,
   2 x int64): lane-wise arithmetic, shifts by scalars and by vectors,
   bitwise ops, comparisons producing all-ones masks, select via masks,
   element reads and writes with variable indices, and vectors in structs. */

typedef int32_t v4si __attribute__((vector_size(16)));
typedef uint32_t v4su __attribute__((vector_size(16)));
typedef int16_t v8hi __attribute__((vector_size(16)));
typedef int64_t v2di __attribute__((vector_size(16)));

/* Copies a value through volatile bytes so the optimiser cannot constant-fold
   the vector operations below. */
static void launder_bytes(void *p, size_t n) {
    volatile unsigned char *q = p;
    for (size_t i = 0; i < n; i++) q[i] = q[i];
}
#define LAUNDER(x) launder_bytes(&(x), sizeof(x))

static void p4(const char *l, v4si v) { printf("%-10s [%d %d %d %d]\n", l, v[0], v[1], v[2], v[3]); }
static void p8(const char *l, v8hi v) {
    printf("%-10s [", l);
    for (int i = 0; i < 8; i++) printf(i ? " %d" : "%d", v[i]);
    printf("]\n");
}

static v4si vselect(v4si mask, v4si a, v4si b) { return (a & mask) | (b & ~mask); }
static v4si vabs(v4si a) { return vselect(a < 0, -a, a); }
static v4si vmax(v4si a, v4si b) { return vselect(a > b, a, b); }

struct particle { v4si pos, vel; };

static struct particle step(struct particle p) {
    p.pos += p.vel;
    v4si out = (p.pos > 100) | (p.pos < -100);
    p.vel = vselect(out, -p.vel, p.vel);
    return p;
}

int main(void) {
    v4si a = {1, -2, 3, -4}, b = {10, 20, -30, 40};
    LAUNDER(a);
    LAUNDER(b);
    p4("a+b", a + b);
    p4("a*b", a * b);
    p4("b/a", b / a);
    p4("b%a", b % a);
    p4("a<<3", a << 3);
    p4("b>>1", b >> 1);
    v4si sh = {0, 1, 2, 31};
    p4("1<<sh", (v4si){1, 1, 1, 1} << sh);
    v4su ub = (v4su)b;
    v4su ur = ub >> 28;
    printf("%-10s [%u %u %u %u]\n", "ub>>28", ur[0], ur[1], ur[2], ur[3]);
    p4("a^b", a ^ b);
    p4("a<b", a < b);
    p4("a==-2", a == -2);
    p4("abs(a)", vabs(a));
    p4("max(a,b)", vmax(a, b));
    p4("~a", ~a);
    p4("-b", -b);
    v4si c = a;
    for (int i = 0; i < 4; i++) c[i] = c[(i + 1) & 3] * (i + 1);
    p4("rotated", c);
    v8hi h = {1000, -1000, 32000, -32000, 7, 8, 9, 10};
    v8hi h2 = h + h; /* wraps lane-wise like int16 arithmetic */
    p8("h+h", h2);
    p8("h*3", h * 3);
    p8("h>>2", h >> 2);
    v2di d = {0x123456789ALL, -5};
    v2di d2 = d * d + (v2di){1, 2};
    printf("v2di [%lld %lld]\n", (long long)d2[0], (long long)d2[1]);
    struct particle p = {{0, 50, -90, 99}, {7, -11, -13, 5}};
    for (int t = 0; t < 40; t++) p = step(p);
    p4("pos", p.pos);
    p4("vel", p.vel);
    v4si acc = {0, 0, 0, 0};
    for (int i = 0; i < 100; i++) acc += (v4si){i, i * i, i & 7, -i};
    p4("acc", acc);
    int sum = acc[0] + acc[1] + acc[2] + acc[3];
    printf("sum=%d sizeof(v4si)=%zu align=%zu\n", sum, sizeof(v4si), _Alignof(v4si));
    return 0;
}
