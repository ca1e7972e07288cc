#include <stdio.h>

/* Resumable generators ("protothreads") that save their resume point as a
   label address in their state struct and continue with goto *state->pc
   on the next call. Local state lives in the struct. Three generators
   (primes, a Fibonacci/Collatz mix, and a run-length decoder) are
   interleaved round-robin by a scheduler. */

struct gen_primes { void *pc; int n, d; };
struct gen_collatz { void *pc; long x; int steps; int seed; };
struct gen_rle { void *pc; const char *s; int count; char ch; };

static int primes_next(struct gen_primes *g, int *out) {
    if (g->pc) goto *g->pc;
    for (g->n = 2;; g->n++) {
        for (g->d = 2; g->d * g->d <= g->n; g->d++)
            if (g->n % g->d == 0) goto not_prime;
        *out = g->n;
        g->pc = &&resume;
        return 1;
    resume:;
    not_prime:;
    }
}

static int collatz_next(struct gen_collatz *g, long *out) {
    if (g->pc) goto *g->pc;
    for (g->seed = 3;; g->seed += 4) {
        g->x = g->seed;
        g->steps = 0;
        while (g->x != 1) {
            g->x = g->x & 1 ? 3 * g->x + 1 : g->x / 2;
            g->steps++;
            if (g->x > 1000 && g->steps % 5 == 0) {
                *out = g->x;
                g->pc = &&mid;
                return 1;
            mid:;
            }
        }
        *out = -g->steps;
        g->pc = &&end_seed;
        return 1;
    end_seed:;
    }
}

static int rle_next(struct gen_rle *g, char *out) {
    if (g->pc) goto *g->pc;
    while (*g->s) {
        g->count = 0;
        while (*g->s >= '0' && *g->s <= '9') g->count = g->count * 10 + (*g->s++ - '0');
        if (g->count == 0) g->count = 1;
        g->ch = *g->s++;
        while (g->count-- > 0) {
            *out = g->ch;
            g->pc = &&again;
            return 1;
        again:;
        }
    }
    g->pc = &&finished;
finished:
    return 0;
}

int main(void) {
    struct gen_primes gp = {0};
    struct gen_collatz gc = {0};
    struct gen_rle gr = {0, "3a2bc10d2e4f", 0, 0};
    char decoded[64];
    int nd = 0;
    long csum = 0;
    int psum = 0;
    for (int round = 0; round < 30; round++) {
        int p;
        long c;
        char ch;
        primes_next(&gp, &p);
        collatz_next(&gc, &c);
        int more = rle_next(&gr, &ch);
        if (more) decoded[nd++] = ch;
        psum += p;
        csum += c;
        if (round % 5 == 4) printf("round %2d: prime=%d collatz=%ld rle=%c\n", round, p, c, more ? ch : '-');
    }
    decoded[nd] = 0;
    printf("decoded=%s (%d chars)\n", decoded, nd);
    printf("prime sum=%d collatz sum=%ld\n", psum, csum);
    for (int i = 0; i < 1000; i++) { int p; primes_next(&gp, &p); psum = p; }
    printf("1030th prime=%d\n", psum);
    return 0;
}
