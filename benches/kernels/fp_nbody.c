/* fp_nbody.c - softened-gravity particle cloud, leapfrog (kick-drift-kick).
 *
 * A cloud of NB bodies with LCG-generated masses, positions and velocities
 * is advanced `steps` time steps.  Each step is O(NB^2) pairwise double
 * arithmetic plus one sqrt per pair.  The checksum folds the bit patterns of
 * the final state and the total energy, so native and interpreted runs must
 * agree bit for bit (only + - * / and sqrt are used, all correctly rounded).
 *
 * argv[1] = number of time steps (work is linear in it).
 */
/* Keep a*b+c as separate multiply and add (no llvm.fmuladd), so the
 * checksum does not depend on whether an implementation fuses them. */
#pragma STDC FP_CONTRACT OFF

#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <math.h>

#define NB 48
#define DEFAULT_STEPS 28000

struct body {
    double x, y, z;
    double vx, vy, vz;
    double mass;
};

static uint64_t rng_state = 0x2545F4914F6CDD1DULL;

static double next_unit(void)
{
    rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (double)(rng_state >> 11) * (1.0 / 9007199254740992.0);
}

static void init_cloud(struct body *b, int n)
{
    double px = 0.0, py = 0.0, pz = 0.0, mtot = 0.0;
    for (int i = 0; i < n; i++) {
        b[i].x = next_unit() * 20.0 - 10.0;
        b[i].y = next_unit() * 20.0 - 10.0;
        b[i].z = next_unit() * 4.0 - 2.0;
        /* a rough rotation around the z axis plus noise */
        b[i].vx = -b[i].y * 0.05 + (next_unit() - 0.5) * 0.1;
        b[i].vy = b[i].x * 0.05 + (next_unit() - 0.5) * 0.1;
        b[i].vz = (next_unit() - 0.5) * 0.02;
        b[i].mass = 0.5 + next_unit() * 1.5;
        px += b[i].vx * b[i].mass;
        py += b[i].vy * b[i].mass;
        pz += b[i].vz * b[i].mass;
        mtot += b[i].mass;
    }
    /* remove net momentum so the cloud stays centred */
    for (int i = 0; i < n; i++) {
        b[i].vx -= px / mtot;
        b[i].vy -= py / mtot;
        b[i].vz -= pz / mtot;
    }
}

static void kick(struct body *b, int n, double half_dt, double soft2)
{
    double ax[NB], ay[NB], az[NB];
    for (int i = 0; i < n; i++) {
        ax[i] = 0.0;
        ay[i] = 0.0;
        az[i] = 0.0;
    }
    for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
            double dx = b[j].x - b[i].x;
            double dy = b[j].y - b[i].y;
            double dz = b[j].z - b[i].z;
            double r2 = dx * dx + dy * dy + dz * dz + soft2;
            double inv_r3 = 1.0 / (r2 * sqrt(r2));
            double fi = b[j].mass * inv_r3;
            double fj = b[i].mass * inv_r3;
            ax[i] += dx * fi;
            ay[i] += dy * fi;
            az[i] += dz * fi;
            ax[j] -= dx * fj;
            ay[j] -= dy * fj;
            az[j] -= dz * fj;
        }
    }
    for (int i = 0; i < n; i++) {
        b[i].vx += ax[i] * half_dt;
        b[i].vy += ay[i] * half_dt;
        b[i].vz += az[i] * half_dt;
    }
}

static void drift(struct body *b, int n, double dt)
{
    for (int i = 0; i < n; i++) {
        b[i].x += b[i].vx * dt;
        b[i].y += b[i].vy * dt;
        b[i].z += b[i].vz * dt;
    }
}

static double total_energy(const struct body *b, int n, double soft2)
{
    double e = 0.0;
    for (int i = 0; i < n; i++) {
        double v2 = b[i].vx * b[i].vx + b[i].vy * b[i].vy + b[i].vz * b[i].vz;
        e += 0.5 * b[i].mass * v2;
        for (int j = i + 1; j < n; j++) {
            double dx = b[j].x - b[i].x;
            double dy = b[j].y - b[i].y;
            double dz = b[j].z - b[i].z;
            e -= b[i].mass * b[j].mass / sqrt(dx * dx + dy * dy + dz * dz + soft2);
        }
    }
    return e;
}

static uint64_t fold_double(uint64_t h, double d)
{
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    h ^= bits;
    h *= 0x100000001B3ULL;
    h ^= h >> 29;
    return h;
}

int main(int argc, char **argv)
{
    long steps = DEFAULT_STEPS;
    if (argc > 1) {
        long v = atol(argv[1]);
        if (v > 0)
            steps = v;
    }

    struct body cloud[NB];
    const double dt = 0.01;
    const double soft2 = 0.05;

    init_cloud(cloud, NB);
    double e0 = total_energy(cloud, NB, soft2);

    kick(cloud, NB, dt * 0.5, soft2);
    for (long s = 0; s < steps; s++) {
        drift(cloud, NB, dt);
        kick(cloud, NB, (s + 1 == steps) ? dt * 0.5 : dt, soft2);
    }

    double e1 = total_energy(cloud, NB, soft2);

    uint64_t h = 0xCBF29CE484222325ULL;
    h = fold_double(h, e0);
    h = fold_double(h, e1);
    for (int i = 0; i < NB; i++) {
        h = fold_double(h, cloud[i].x);
        h = fold_double(h, cloud[i].y);
        h = fold_double(h, cloud[i].z);
        h = fold_double(h, cloud[i].vx);
        h = fold_double(h, cloud[i].vy);
        h = fold_double(h, cloud[i].vz);
    }
    printf("checksum: %016llx\n", (unsigned long long)h);
    return 0;
}
