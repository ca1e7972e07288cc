/* matrix_loops.c - dense matrix loop nests.
 *
 * Per round:
 *   - C = A * B for 64x64 doubles (i-k-j loop order), then B is replaced
 *     by C scaled by 1/max|C| so values stay bounded (a power-iteration-like
 *     repeated product);
 *   - an integer (uint32, wrapping) 40x40 product P = X * Y^T using a
 *     dot-product inner loop, then X is updated from P;
 *   - a 2-D 5-point stencil pass over a 64x64 double grid.
 * The checksum folds the bits of the final double matrices and the
 * integer matrix.
 *
 * argv[1] = number of rounds (work is linear in it).
 */
/* Keep a*b+c as separate multiply and add (no llvm.fmuladd), so the
 * checksum does not depend on whether an implementation fuses them. */
#pragma STDC FP_CONTRACT OFF

#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <math.h>

#define DN 64
#define IN 40
#define DEFAULT_ROUNDS 3000

static double A[DN][DN], B[DN][DN], C[DN][DN];
static double G[DN][DN], H[DN][DN];
static uint32_t X[IN][IN], Y[IN][IN], P[IN][IN];

static uint64_t lcg = 88172645463325252ULL;

static uint32_t next_u32(void)
{
    lcg = lcg * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)(lcg >> 32);
}

static void init(void)
{
    for (int i = 0; i < DN; i++) {
        for (int j = 0; j < DN; j++) {
            A[i][j] = (double)(next_u32() % 2001u) / 1000.0 - 1.0;
            B[i][j] = (double)(next_u32() % 2001u) / 1000.0 - 1.0;
            G[i][j] = (double)(next_u32() % 1000u);
        }
    }
    for (int i = 0; i < IN; i++)
        for (int j = 0; j < IN; j++) {
            X[i][j] = next_u32();
            Y[i][j] = next_u32() | 1u;
        }
}

static void dmul(void)
{
    for (int i = 0; i < DN; i++) {
        for (int j = 0; j < DN; j++)
            C[i][j] = 0.0;
        for (int k = 0; k < DN; k++) {
            double a = A[i][k];
            for (int j = 0; j < DN; j++)
                C[i][j] += a * B[k][j];
        }
    }
    double mx = 0.0;
    for (int i = 0; i < DN; i++)
        for (int j = 0; j < DN; j++) {
            double v = fabs(C[i][j]);
            if (v > mx)
                mx = v;
        }
    double scale = mx > 0.0 ? 1.0 / mx : 1.0;
    for (int i = 0; i < DN; i++)
        for (int j = 0; j < DN; j++)
            B[i][j] = C[i][j] * scale;
}

static void imul(uint32_t round)
{
    for (int i = 0; i < IN; i++) {
        for (int j = 0; j < IN; j++) {
            uint32_t acc = 0;
            for (int k = 0; k < IN; k++)
                acc += X[i][k] * Y[j][k];
            P[i][j] = acc;
        }
    }
    for (int i = 0; i < IN; i++)
        for (int j = 0; j < IN; j++)
            X[i][j] = (P[i][j] >> 7) ^ (X[i][j] + round);
}

static void stencil(void)
{
    for (int i = 0; i < DN; i++) {
        for (int j = 0; j < DN; j++) {
            if (i == 0 || j == 0 || i == DN - 1 || j == DN - 1) {
                H[i][j] = G[i][j];
            } else {
                H[i][j] = 0.5 * G[i][j] +
                          0.125 * (G[i - 1][j] + G[i + 1][j] + G[i][j - 1] + G[i][j + 1]);
            }
        }
    }
    for (int i = 0; i < DN; i++)
        for (int j = 0; j < DN; j++)
            G[i][j] = H[i][j];
}

static uint64_t fold_double(uint64_t h, double d)
{
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    return (h ^ bits) * 0x100000001B3ULL;
}

int main(int argc, char **argv)
{
    long rounds = DEFAULT_ROUNDS;
    if (argc > 1) {
        long v = atol(argv[1]);
        if (v > 0)
            rounds = v;
    }

    init();
    for (long r = 0; r < rounds; r++) {
        dmul();
        imul((uint32_t)r);
        stencil();
    }

    uint64_t h = 0xCBF29CE484222325ULL;
    for (int i = 0; i < DN; i++)
        for (int j = 0; j < DN; j++) {
            h = fold_double(h, B[i][j]);
            h = fold_double(h, G[i][j]);
        }
    for (int i = 0; i < IN; i++)
        for (int j = 0; j < IN; j++)
            h = (h ^ X[i][j]) * 0x100000001B3ULL;
    printf("checksum: %016llx\n", (unsigned long long)h);
    return 0;
}
