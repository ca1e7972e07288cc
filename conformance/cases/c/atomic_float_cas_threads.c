#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <stdatomic.h>
#include <pthread.h>
#include <string.h>
#include <stdint.h>

/* Atomic floating-point accumulation via compare-exchange: an _Atomic
   double updated with a CAS loop (compiled to cmpxchg on the bit pattern),
   an atomic float max, and a bit-cast atomic uint64 version. All added
   values are multiples of 1/8 with small magnitudes so the sums are exact
   in any order, keeping the output deterministic. */

#define THREADS 4
#define PER 2000

static _Atomic double dsum;
static _Atomic float fmax_;
static _Atomic uint64_t bits_sum; /* holds a double's bits */

static void add_double(_Atomic double *p, double v) {
    double cur = atomic_load(p);
    while (!atomic_compare_exchange_weak(p, &cur, cur + v)) {}
}

static void max_float(_Atomic float *p, float v) {
    float cur = atomic_load(p);
    while (v > cur && !atomic_compare_exchange_weak(p, &cur, v)) {}
}

static void add_bits(double v) {
    uint64_t old = atomic_load(&bits_sum), nw;
    do {
        double d;
        memcpy(&d, &old, 8);
        d += v;
        memcpy(&nw, &d, 8);
    } while (!atomic_compare_exchange_weak(&bits_sum, &old, nw));
}

static void *worker(void *arg) {
    int id = (int)(long)arg;
    for (int i = 0; i < PER; i++) {
        double v = ((i * 7 + id * 13) % 64 - 32) / 8.0;
        add_double(&dsum, v);
        add_bits(v * 2);
        max_float(&fmax_, (float)((i * 31 + id * 17) % 1000) / 4.0f);
    }
    return NULL;
}

int main(void) {
    atomic_init(&dsum, 0.0);
    atomic_init(&fmax_, -1.0f);
    double zero = 0.0;
    uint64_t zb;
    memcpy(&zb, &zero, 8);
    atomic_init(&bits_sum, zb);
    pthread_t t[THREADS];
    for (long i = 0; i < THREADS; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < THREADS; i++) pthread_join(t[i], NULL);
    double expect = 0;
    for (int id = 0; id < THREADS; id++)
        for (int i = 0; i < PER; i++) expect += ((i * 7 + id * 13) % 64 - 32) / 8.0;
    uint64_t b = atomic_load(&bits_sum);
    double bs;
    memcpy(&bs, &b, 8);
    printf("dsum=%.3f expected=%.3f bits_sum=%.3f fmax=%.2f\n", atomic_load(&dsum), expect, bs, (double)atomic_load(&fmax_));
    _Atomic double single = 1.5;
    single += 2.25;   /* compiler-generated CAS loop on a double */
    single *= 2;
    printf("single=%.4f lockfree=%d\n", (double)single, atomic_is_lock_free(&single));
    return atomic_load(&dsum) == expect ? 0 : 3;
}
