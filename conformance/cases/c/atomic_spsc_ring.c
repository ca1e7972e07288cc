#include <stdio.h>
#include <stdatomic.h>
#include <pthread.h>
#include <stdint.h>

/* Single-producer single-consumer lock-free ring buffer with acquire/release
   head and tail indices. The producer sends a deterministic sequence; the
   consumer folds it into checksums and checks ordering. */

#define CAP 64
#define COUNT 20000

struct ring {
    _Alignas(64) atomic_size_t head; /* written by consumer */
    _Alignas(64) atomic_size_t tail; /* written by producer */
    uint32_t slots[CAP];
};

static struct ring rb;

static int push(uint32_t v) {
    size_t t = atomic_load_explicit(&rb.tail, memory_order_relaxed);
    size_t h = atomic_load_explicit(&rb.head, memory_order_acquire);
    if (t - h == CAP) return 0;
    rb.slots[t % CAP] = v;
    atomic_store_explicit(&rb.tail, t + 1, memory_order_release);
    return 1;
}

static int pop(uint32_t *v) {
    size_t h = atomic_load_explicit(&rb.head, memory_order_relaxed);
    size_t t = atomic_load_explicit(&rb.tail, memory_order_acquire);
    if (h == t) return 0;
    *v = rb.slots[h % CAP];
    atomic_store_explicit(&rb.head, h + 1, memory_order_release);
    return 1;
}

static void *producer(void *arg) {
    (void)arg;
    uint32_t x = 1;
    for (int i = 0; i < COUNT; i++) {
        x ^= x << 13; x ^= x >> 17; x ^= x << 5;
        uint32_t v = (x & 0xFFFFF000u) | (uint32_t)(i & 0xFFF);
        while (!push(v)) sched_yield();
    }
    return NULL;
}

struct result { uint64_t sum; uint32_t hash; int order_errors; };

static void *consumer(void *arg) {
    struct result *r = arg;
    int expect_low = 0;
    for (int i = 0; i < COUNT; i++) {
        uint32_t v;
        while (!pop(&v)) sched_yield();
        if ((int)(v & 0xFFF) != expect_low) r->order_errors++;
        expect_low = (expect_low + 1) & 0xFFF;
        r->sum += v;
        r->hash = (r->hash ^ v) * 16777619u;
    }
    return NULL;
}

int main(void) {
    struct result res = {0, 2166136261u, 0};
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, &res);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("received sum=%llu hash=%08x order_errors=%d\n", (unsigned long long)res.sum, res.hash, res.order_errors);
    printf("head=%zu tail=%zu\n", atomic_load(&rb.head), atomic_load(&rb.tail));
    return res.order_errors;
}
