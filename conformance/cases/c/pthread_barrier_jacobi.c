#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <pthread.h>

/* Parallel Jacobi relaxation of a 1-D heat equation: threads own slices of
   the grid and synchronise with a pthread_barrier between the compute and
   swap phases. Each cell's update depends only on the previous iteration,
   so the result is identical to the sequential computation. */

#define CELLS 240
#define THREADS 4
#define STEPS 150

static double grid[2][CELLS];
static pthread_barrier_t bar;
static int serial_flags[STEPS];

static void *relax(void *arg) {
    int id = (int)(long)arg;
    int lo = id * CELLS / THREADS, hi = (id + 1) * CELLS / THREADS;
    for (int s = 0; s < STEPS; s++) {
        const double *src = grid[s & 1];
        double *dst = grid[(s + 1) & 1];
        for (int i = lo; i < hi; i++) {
            if (i == 0 || i == CELLS - 1) dst[i] = src[i];
            else dst[i] = 0.25 * src[i - 1] + 0.5 * src[i] + 0.25 * src[i + 1];
        }
        int r = pthread_barrier_wait(&bar);
        if (r == PTHREAD_BARRIER_SERIAL_THREAD) serial_flags[s] = 1;
    }
    return NULL;
}

int main(void) {
    for (int i = 0; i < CELLS; i++) grid[0][i] = (i >= 100 && i < 140) ? 100.0 : 0.0;
    grid[0][0] = 50.0;
    double ref[2][CELLS];
    for (int i = 0; i < CELLS; i++) ref[0][i] = grid[0][i];
    for (int s = 0; s < STEPS; s++) {
        const double *src = ref[s & 1];
        double *dst = ref[(s + 1) & 1];
        for (int i = 0; i < CELLS; i++)
            dst[i] = (i == 0 || i == CELLS - 1) ? src[i] : 0.25 * src[i - 1] + 0.5 * src[i] + 0.25 * src[i + 1];
    }
    pthread_barrier_init(&bar, NULL, THREADS);
    pthread_t t[THREADS];
    for (long i = 0; i < THREADS; i++) pthread_create(&t[i], NULL, relax, (void *)i);
    for (int i = 0; i < THREADS; i++) pthread_join(t[i], NULL);
    pthread_barrier_destroy(&bar);
    const double *fin = grid[STEPS & 1];
    int same = 1;
    double total = 0;
    for (int i = 0; i < CELLS; i++) { same &= fin[i] == ref[STEPS & 1][i]; total += fin[i]; }
    int serials = 0;
    for (int s = 0; s < STEPS; s++) serials += serial_flags[s];
    printf("bitwise equal to sequential: %d, serial threads per step: %d/%d\n", same, serials, STEPS);
    printf("total heat=%.10f\n", total);
    for (int i = 0; i < CELLS; i += 20) printf("cell %3d: %.10f\n", i, fin[i]);
    return 0;
}
