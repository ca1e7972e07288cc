#include <stdio.h>
#include <string.h>

/* Medium structs (24-64 bytes) by value: passed in memory, returned via sret. */

struct vec3 { double x, y, z; };                 /* 24 bytes */
struct mat2 { double a, b, c, d; };              /* 32 bytes */
struct rec { int id; char name[20]; double score; short rank; }; /* ~40 bytes */
struct quat { double w, x, y, z; };
struct bbox { float minx, miny, minz, maxx, maxy, maxz; long count; int flags; }; /* 40 */
struct m64 { long v[8]; };                        /* 64 bytes */

static struct vec3 vadd(struct vec3 a, struct vec3 b) { return (struct vec3){a.x + b.x, a.y + b.y, a.z + b.z}; }
static struct vec3 vscale(struct vec3 a, double k) { a.x *= k; a.y *= k; a.z *= k; return a; }
static double vdot(struct vec3 a, struct vec3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; }

static struct mat2 mmul(struct mat2 p, struct mat2 q) {
    return (struct mat2){p.a * q.a + p.b * q.c, p.a * q.b + p.b * q.d, p.c * q.a + p.d * q.c, p.c * q.b + p.d * q.d};
}

static struct quat qmul(struct quat a, struct quat b) {
    struct quat r;
    r.w = a.w * b.w - a.x * b.x - a.y * b.y - a.z * b.z;
    r.x = a.w * b.x + a.x * b.w + a.y * b.z - a.z * b.y;
    r.y = a.w * b.y - a.x * b.z + a.y * b.w + a.z * b.x;
    r.z = a.w * b.z + a.x * b.y - a.y * b.x + a.z * b.w;
    return r;
}

static struct rec promote(struct rec r, int by) {
    r.rank = (short)(r.rank - by);
    r.score += by * 1.5;
    size_t n = strlen(r.name);
    if (n + 1 < sizeof r.name) { r.name[n] = '+'; r.name[n + 1] = 0; }
    return r;
}

static struct bbox grow(struct bbox b, float x, float y, float z) {
    if (x < b.minx) b.minx = x; if (x > b.maxx) b.maxx = x;
    if (y < b.miny) b.miny = y; if (y > b.maxy) b.maxy = y;
    if (z < b.minz) b.minz = z; if (z > b.maxz) b.maxz = z;
    b.count++;
    b.flags |= (x < 0) | (y < 0) << 1 | (z < 0) << 2;
    return b;
}

static struct m64 m64_prefix(struct m64 m) {
    for (int i = 1; i < 8; i++) m.v[i] += m.v[i - 1];
    return m;
}

int main(void) {
    struct vec3 p = {0, 0, 0}, v = {1, 2, 3};
    for (int i = 0; i < 5; i++) { p = vadd(p, vscale(v, i * 0.5)); }
    printf("p=(%g,%g,%g) dot=%g\n", p.x, p.y, p.z, vdot(p, v));
    struct mat2 f = {1, 1, 1, 0}, acc = {1, 0, 0, 1};
    for (int i = 0; i < 30; i++) acc = mmul(acc, f);
    printf("fib via matrix: %.0f %.0f %.0f %.0f\n", acc.a, acc.b, acc.c, acc.d);
    struct quat q = {0.5, 0.5, -0.5, 0.5}, r = {1, 0, 0, 0};
    for (int i = 0; i < 6; i++) { r = qmul(r, q); printf("quat^%d = (%.6f, %.6f, %.6f, %.6f)\n", i + 1, r.w, r.x, r.y, r.z); }
    struct rec a = {7, "alice", 88.5, 10};
    struct rec b = promote(promote(a, 2), 3);
    printf("orig: %d %s %.1f %d / promoted: %d %s %.1f %d sizeof=%zu\n", a.id, a.name, a.score, a.rank, b.id, b.name,
           b.score, b.rank, sizeof(struct rec));
    struct bbox bb = {1e30f, 1e30f, 1e30f, -1e30f, -1e30f, -1e30f, 0, 0};
    float pts[][3] = {{1, 2, 3}, {-1, 5, 0.5f}, {4, -2, 8}, {0, 0, -6}, {2.5f, 2.5f, 2.5f}};
    for (int i = 0; i < 5; i++) bb = grow(bb, pts[i][0], pts[i][1], pts[i][2]);
    printf("bbox (%g,%g,%g)-(%g,%g,%g) n=%ld flags=%d size=%zu\n", bb.minx, bb.miny, bb.minz, bb.maxx, bb.maxy, bb.maxz,
           bb.count, bb.flags, sizeof bb);
    struct m64 m = {{1, 2, 3, 4, 5, 6, 7, 8}};
    struct m64 pre = m64_prefix(m64_prefix(m));
    for (int i = 0; i < 8; i++) printf("%ld ", pre.v[i]);
    printf("(orig first %ld)\n", m.v[7]);
    return 0;
}
