#include <stdio.h>
#include <stdint.h>
#include <math.h>

/* Fixed-seed generators (LCG, PCG32, xorshift64*, splitmix64) and simple statistics:
   histogram, mean/variance, Monte Carlo pi, random shuffle. */

static uint32_t lcg_state = 12345;
static uint32_t lcg(void) { lcg_state = lcg_state * 1664525u + 1013904223u; return lcg_state; }

static uint64_t pcg_state = 0x853c49e6748fea9bull, pcg_inc = 0xda3e39cb94b95bdbull;
static uint32_t pcg32(void) {
    uint64_t old = pcg_state;
    pcg_state = old * 6364136223846793005ull + pcg_inc;
    uint32_t xorshifted = (uint32_t)(((old >> 18u) ^ old) >> 27u);
    uint32_t rot = (uint32_t)(old >> 59u);
    return (xorshifted >> rot) | (xorshifted << ((-rot) & 31));
}

static uint64_t xs_state = 88172645463325252ull;
static uint64_t xorshift64star(void) {
    xs_state ^= xs_state >> 12; xs_state ^= xs_state << 25; xs_state ^= xs_state >> 27;
    return xs_state * 2685821657736338717ull;
}

static uint64_t sm_state = 0;
static uint64_t splitmix64(void) {
    uint64_t z = (sm_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static double uniform(void) { return (pcg32() >> 8) * (1.0 / 16777216.0); }

int main(void) {
    printf("lcg:");
    for (int i = 0; i < 5; i++) printf(" %u", lcg());
    printf("\npcg32:");
    for (int i = 0; i < 5; i++) printf(" %u", pcg32());
    printf("\nxorshift64*:");
    for (int i = 0; i < 3; i++) printf(" %016llx", (unsigned long long)xorshift64star());
    printf("\nsplitmix64:");
    for (int i = 0; i < 3; i++) printf(" %016llx", (unsigned long long)splitmix64());
    printf("\n");
    int hist[10] = {0};
    double sum = 0, sumsq = 0;
    const int N = 20000;
    for (int i = 0; i < N; i++) {
        double u = uniform();
        hist[(int)(u * 10)]++;
        sum += u;
        sumsq += u * u;
    }
    printf("histogram:");
    for (int i = 0; i < 10; i++) printf(" %d", hist[i]);
    double mean = sum / N;
    printf("\nmean=%.6f variance=%.6f\n", mean, sumsq / N - mean * mean);
    int inside = 0;
    for (int i = 0; i < N; i++) {
        double x = (lcg() >> 8) / 16777216.0, y = (lcg() >> 8) / 16777216.0;
        inside += x * x + y * y < 1.0;
    }
    printf("monte carlo pi ~ %.5f (inside=%d)\n", 4.0 * inside / N, inside);
    /* Box-Muller normal deviates */
    double nsum = 0, nsq = 0;
    for (int i = 0; i < 2000; i++) {
        double u1 = uniform() + 1e-12, u2 = uniform();
        double z = sqrt(-2 * log(u1)) * cos(2 * M_PI * u2);
        nsum += z;
        nsq += z * z;
    }
    printf("normal mean=%.4f var=%.4f\n", nsum / 2000, nsq / 2000 - (nsum / 2000) * (nsum / 2000));
    int deck[20];
    for (int i = 0; i < 20; i++) deck[i] = i;
    for (int i = 19; i > 0; i--) { int j = (int)(splitmix64() % (uint64_t)(i + 1)); int t = deck[i]; deck[i] = deck[j]; deck[j] = t; }
    printf("shuffle:");
    for (int i = 0; i < 20; i++) printf(" %d", deck[i]);
    printf("\n");
    return 0;
}
