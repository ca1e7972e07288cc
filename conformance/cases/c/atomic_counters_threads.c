#include <stdio.h>
#include <stdatomic.h>
#include <pthread.h>

/* Several threads hammering atomic counters with different memory orders:
   relaxed fetch_add counters, a release/acquire "ready" handoff that
   publishes non-atomic data, per-bucket atomic histograms, and a ticket
   dispenser whose tickets must be a permutation of 0..N-1. */

#define THREADS 6
#define PER 1500

static atomic_long relaxed_count;
static atomic_uint buckets[16];
static atomic_int next_ticket;
static unsigned char got_ticket[THREADS * PER];
static atomic_ullong xor_all;

static long published_data[8];
static atomic_int ready;

static void *worker(void *arg) {
    int id = (int)(long)arg;
    for (int i = 0; i < PER; i++) {
        atomic_fetch_add_explicit(&relaxed_count, id + 1, memory_order_relaxed);
        unsigned key = (unsigned)(i * 2654435761u + id) >> 28;
        atomic_fetch_add_explicit(&buckets[key], 1, memory_order_relaxed);
        int t = atomic_fetch_add(&next_ticket, 1);
        got_ticket[t] = 1;
        atomic_fetch_xor_explicit(&xor_all, (unsigned long long)t * 0x9E3779B97F4A7C15ULL, memory_order_relaxed);
    }
    return NULL;
}

static void *publisher(void *arg) {
    (void)arg;
    for (int i = 0; i < 8; i++) published_data[i] = (long)i * i * 1000;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}

static void *consumer(void *arg) {
    long *out = arg;
    while (!atomic_load_explicit(&ready, memory_order_acquire)) sched_yield();
    long s = 0;
    for (int i = 0; i < 8; i++) s += published_data[i];
    *out = s;
    return NULL;
}

int main(void) {
    pthread_t t[THREADS], pub, con;
    long consumed = 0;
    pthread_create(&con, NULL, consumer, &consumed);
    for (long i = 0; i < THREADS; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    pthread_create(&pub, NULL, publisher, NULL);
    for (int i = 0; i < THREADS; i++) pthread_join(t[i], NULL);
    pthread_join(pub, NULL);
    pthread_join(con, NULL);
    printf("relaxed_count=%ld\n", atomic_load(&relaxed_count));
    unsigned tot = 0;
    printf("buckets:");
    for (int b = 0; b < 16; b++) { unsigned v = atomic_load(&buckets[b]); tot += v; printf(" %u", v); }
    printf(" total=%u\n", tot);
    int missing = 0;
    for (int i = 0; i < THREADS * PER; i++) missing += !got_ticket[i];
    unsigned long long ex = 0;
    for (int i = 0; i < THREADS * PER; i++) ex ^= (unsigned long long)i * 0x9E3779B97F4A7C15ULL;
    printf("tickets=%d missing=%d xor_ok=%d\n", atomic_load(&next_ticket), missing, ex == atomic_load(&xor_all));
    printf("consumer saw %ld\n", consumed);
    return missing;
}
