#include <stdio.h>
#include <string.h>

/* Large structs (100+ bytes) passed and returned by value, nested and in arrays. */

struct matrix4 { double m[4][4]; };  /* 128 bytes */

struct player {
    char name[32];
    int stats[16];
    double ratios[6];
    struct { short x, y; } path[8];
    unsigned char flags;
};

static struct matrix4 mat_identity(void) {
    struct matrix4 r;
    memset(&r, 0, sizeof r);
    for (int i = 0; i < 4; i++) r.m[i][i] = 1;
    return r;
}

static struct matrix4 mat_mul(struct matrix4 a, struct matrix4 b) {
    struct matrix4 r;
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) {
            double s = 0;
            for (int k = 0; k < 4; k++) s += a.m[i][k] * b.m[k][j];
            r.m[i][j] = s;
        }
    return r;
}

static struct matrix4 mat_translate(double x, double y, double z) {
    struct matrix4 r = mat_identity();
    r.m[0][3] = x; r.m[1][3] = y; r.m[2][3] = z;
    return r;
}

static struct matrix4 mat_scale(double s) {
    struct matrix4 r = mat_identity();
    for (int i = 0; i < 3; i++) r.m[i][i] = s;
    return r;
}

static struct player level_up(struct player p, int amount) {
    for (int i = 0; i < 16; i++) p.stats[i] += amount * (i + 1);
    for (int i = 0; i < 6; i++) p.ratios[i] = p.ratios[i] * 1.1 + 0.01;
    for (int i = 7; i > 0; i--) p.path[i] = p.path[i - 1];
    p.path[0].x = (short)(p.path[1].x + amount);
    p.path[0].y = (short)(p.path[1].y - amount);
    p.flags ^= (unsigned char)(1u << (amount & 7));
    strncat(p.name, "*", sizeof p.name - strlen(p.name) - 1);
    return p;
}

static long player_score(struct player p) {
    long s = 0;
    for (int i = 0; i < 16; i++) s += p.stats[i];
    for (int i = 0; i < 8; i++) s += p.path[i].x * p.path[i].y;
    return s + (long)(p.ratios[0] * 1000) + p.flags + (long)strlen(p.name);
}

int main(void) {
    struct matrix4 t = mat_mul(mat_translate(1, 2, 3), mat_scale(2));
    t = mat_mul(t, mat_translate(-1, 0, 1));
    for (int i = 0; i < 4; i++) printf("[%g %g %g %g]\n", t.m[i][0], t.m[i][1], t.m[i][2], t.m[i][3]);
    struct matrix4 acc = mat_identity();
    for (int i = 0; i < 10; i++) acc = mat_mul(acc, t);
    printf("t^10 corner=%g trace=%g\n", acc.m[0][3], acc.m[0][0] + acc.m[1][1] + acc.m[2][2] + acc.m[3][3]);
    struct player p;
    memset(&p, 0, sizeof p);
    strcpy(p.name, "hero");
    for (int i = 0; i < 6; i++) p.ratios[i] = i / 10.0;
    struct player saved[4];
    for (int lvl = 1; lvl <= 4; lvl++) {
        p = level_up(p, lvl);
        saved[lvl - 1] = p;
        printf("level %d: %s score=%ld flags=%02x path0=(%d,%d) stats15=%d\n", lvl, p.name, player_score(p), p.flags,
               p.path[0].x, p.path[0].y, p.stats[15]);
    }
    printf("sizeof player=%zu matrix4=%zu\n", sizeof(struct player), sizeof(struct matrix4));
    long total = 0;
    for (int i = 0; i < 4; i++) total += player_score(saved[i]);
    printf("total of saved=%ld\n", total);
    return 0;
}
