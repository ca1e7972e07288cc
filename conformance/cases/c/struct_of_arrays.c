#include <stdio.h>
#include <math.h>

/* Struct-of-arrays particle simulation (vectorisable inner loops). */

#define NP 256

struct particles {
    float x[NP], y[NP];
    float vx[NP], vy[NP];
    float mass[NP];
    int alive[NP];
};

static struct particles P;

static unsigned seed = 2463534242u;
static float frand(void) {
    seed ^= seed << 13; seed ^= seed >> 17; seed ^= seed << 5;
    return (float)(seed & 0xFFFFFF) / 16777216.0f;
}

int main(void) {
    for (int i = 0; i < NP; i++) {
        P.x[i] = frand() * 100; P.y[i] = frand() * 100;
        P.vx[i] = frand() - 0.5f; P.vy[i] = frand() - 0.5f;
        P.mass[i] = 1 + frand() * 9;
        P.alive[i] = 1;
    }
    const float dt = 0.5f, g = -0.1f;
    for (int step = 0; step < 50; step++) {
        for (int i = 0; i < NP; i++) {
            P.vy[i] += g * dt;
            P.x[i] += P.vx[i] * dt;
            P.y[i] += P.vy[i] * dt;
        }
        for (int i = 0; i < NP; i++) {
            if (P.y[i] < 0) { P.y[i] = -P.y[i]; P.vy[i] = -P.vy[i] * 0.8f; }
            if (P.x[i] < 0 || P.x[i] > 100) P.alive[i] = 0;
        }
        if (step % 10 == 9) {
            double e = 0; int alive = 0;
            for (int i = 0; i < NP; i++) {
                if (!P.alive[i]) continue;
                alive++;
                e += 0.5 * P.mass[i] * ((double)P.vx[i] * P.vx[i] + (double)P.vy[i] * P.vy[i]);
            }
            printf("step %2d: alive=%d kinetic=%.4f\n", step + 1, alive, e);
        }
    }
    double cx = 0, cy = 0, m = 0;
    for (int i = 0; i < NP; i++) if (P.alive[i]) { cx += P.x[i] * P.mass[i]; cy += P.y[i] * P.mass[i]; m += P.mass[i]; }
    printf("centre of mass (%.3f, %.3f) total mass %.3f\n", cx / m, cy / m, m);
    float maxh = 0;
    for (int i = 0; i < NP; i++) maxh = fmaxf(maxh, P.y[i]);
    printf("max height %.4f\n", maxh);
    return 0;
}
