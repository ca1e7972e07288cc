/* int_permute.c - pancake flipping over a walk through permutations.
 *
 * Starting from an LCG-shuffled permutation of 0..N-1, the kernel visits
 * `count` successive permutations in lexicographic order (wrapping around).
 * For every permutation it
 *   - counts the prefix reversals needed until element 0 is in front
 *     (flip the first p[0]+1 entries, repeat), and
 *   - counts the cycles of the permutation seen as a mapping.
 * The flip counts, cycle counts and the position-weighted sum are folded
 * into the checksum.  Pure small-int array work with data-dependent loops.
 *
 * argv[1] = number of permutations visited (work is linear in it).
 */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

#define N 11
#define DEFAULT_COUNT 2600000L

static uint32_t seed = 20240601u;

static uint32_t next_rand(void)
{
    seed = seed * 1103515245u + 12345u;
    return seed >> 16;
}

/* advance p to the next permutation in lexicographic order;
 * after the last one it wraps around to the sorted permutation */
static void next_permutation(int *p, int n)
{
    int i = n - 2;
    while (i >= 0 && p[i] > p[i + 1])
        i--;
    if (i >= 0) {
        int j = n - 1;
        while (p[j] < p[i])
            j--;
        int t = p[i];
        p[i] = p[j];
        p[j] = t;
    }
    /* reverse the tail after position i */
    int lo = i + 1, hi = n - 1;
    while (lo < hi) {
        int t = p[lo];
        p[lo] = p[hi];
        p[hi] = t;
        lo++;
        hi--;
    }
}

static int count_flips(const int *p, int n)
{
    int work[N];
    for (int i = 0; i < n; i++)
        work[i] = p[i];
    int flips = 0;
    int first = work[0];
    while (first != 0) {
        int lo = 0, hi = first;
        while (lo < hi) {
            int t = work[lo];
            work[lo] = work[hi];
            work[hi] = t;
            lo++;
            hi--;
        }
        flips++;
        first = work[0];
    }
    return flips;
}

static int count_cycles(const int *p, int n)
{
    unsigned char seen[N];
    for (int i = 0; i < n; i++)
        seen[i] = 0;
    int cycles = 0;
    for (int i = 0; i < n; i++) {
        if (seen[i])
            continue;
        cycles++;
        int j = i;
        while (!seen[j]) {
            seen[j] = 1;
            j = p[j];
        }
    }
    return cycles;
}

int main(int argc, char **argv)
{
    long count = DEFAULT_COUNT;
    if (argc > 1) {
        long v = atol(argv[1]);
        if (v > 0)
            count = v;
    }

    int perm[N];
    for (int i = 0; i < N; i++)
        perm[i] = i;
    /* Fisher-Yates shuffle for the starting point */
    for (int i = N - 1; i > 0; i--) {
        int j = (int)(next_rand() % (uint32_t)(i + 1));
        int t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
    }

    uint64_t check = 0;
    long total_flips = 0;
    int max_flips = 0;
    long cycle_hist[N + 1] = {0};

    for (long k = 0; k < count; k++) {
        int f = count_flips(perm, N);
        int c = count_cycles(perm, N);
        total_flips += f;
        if (f > max_flips)
            max_flips = f;
        cycle_hist[c]++;
        uint32_t weighted = 0;
        for (int i = 0; i < N; i++)
            weighted += (uint32_t)(perm[i] * (i + 1));
        check = check * 1000003u + (uint64_t)(f * 16 + c) + weighted;
        next_permutation(perm, N);
    }

    for (int i = 0; i <= N; i++)
        check = check * 31u + (uint64_t)cycle_hist[i];
    check ^= (uint64_t)total_flips << 20;
    check += (uint64_t)max_flips;
    printf("checksum: %llu\n", (unsigned long long)check);
    return 0;
}
