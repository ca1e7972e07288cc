#include <stdio.h>
#include <stdatomic.h>
#include <pthread.h>

/* A spinlock built from atomic_flag (test_and_set acquire / clear release)
   protecting a non-atomic shared structure updated by four threads; the
   final totals are deterministic regardless of interleaving. */

#define THREADS 4
#define ITERS 3000

static atomic_flag lock = ATOMIC_FLAG_INIT;
static struct { long total; long squares; int max_seen; unsigned hash_xor; } shared;
static atomic_long contended;

static void spin_lock(void) {
    while (atomic_flag_test_and_set_explicit(&lock, memory_order_acquire)) {
        atomic_fetch_add_explicit(&contended, 1, memory_order_relaxed);
        sched_yield();
    }
}
static void spin_unlock(void) { atomic_flag_clear_explicit(&lock, memory_order_release); }

static void *worker(void *arg) {
    int id = (int)(long)arg;
    for (int i = 0; i < ITERS; i++) {
        int v = id * ITERS + i;
        spin_lock();
        shared.total += v;
        shared.squares += (long)v * v % 1000;
        if (v > shared.max_seen) shared.max_seen = v;
        shared.hash_xor ^= (unsigned)v * 2654435761u;
        spin_unlock();
    }
    return NULL;
}

int main(void) {
    pthread_t t[THREADS];
    for (long i = 0; i < THREADS; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < THREADS; i++) pthread_join(t[i], NULL);
    long n = (long)THREADS * ITERS;
    printf("total=%ld expected=%ld\n", shared.total, n * (n - 1) / 2);
    printf("squares=%ld max=%d hash=%08x\n", shared.squares, shared.max_seen, shared.hash_xor);
    printf("lock free at end: %d\n", !atomic_flag_test_and_set(&lock));
    return shared.total == n * (n - 1) / 2 ? 0 : 1;
}
