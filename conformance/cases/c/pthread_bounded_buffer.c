#include <stdio.h>
#include <pthread.h>

/* Multiple producers and consumers over a bounded circular buffer with
   not_full/not_empty condition variables. Producers send tagged items;
   consumers accumulate per-producer sums and counts. Totals are
   independent of scheduling and are printed after all threads join. */

#define CAP 8
#define PRODUCERS 3
#define CONSUMERS 2
#define ITEMS 500

static int buf[CAP], head, tail, count;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER, not_empty = PTHREAD_COND_INITIALIZER;
static int producers_done;

struct cstat { long sum[PRODUCERS]; int cnt[PRODUCERS]; int max_fill; };
static struct cstat cstats[CONSUMERS];

static void *producer(void *arg) {
    int id = (int)(long)arg;
    for (int i = 0; i < ITEMS; i++) {
        int item = (i * 7 + id) << 2 | id; /* low 2 bits identify the producer */
        pthread_mutex_lock(&m);
        while (count == CAP) pthread_cond_wait(&not_full, &m);
        buf[tail] = item;
        tail = (tail + 1) % CAP;
        count++;
        pthread_cond_signal(&not_empty);
        pthread_mutex_unlock(&m);
    }
    pthread_mutex_lock(&m);
    producers_done++;
    pthread_cond_broadcast(&not_empty);
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *consumer(void *arg) {
    struct cstat *st = arg;
    for (;;) {
        pthread_mutex_lock(&m);
        while (count == 0 && producers_done < PRODUCERS) pthread_cond_wait(&not_empty, &m);
        if (count == 0) { pthread_mutex_unlock(&m); break; }
        if (count > st->max_fill) st->max_fill = count;
        int item = buf[head];
        head = (head + 1) % CAP;
        count--;
        pthread_cond_signal(&not_full);
        pthread_mutex_unlock(&m);
        int p = item & 3;
        st->sum[p] += item >> 2;
        st->cnt[p]++;
    }
    return NULL;
}

int main(void) {
    pthread_t p[PRODUCERS], c[CONSUMERS];
    for (long i = 0; i < CONSUMERS; i++) pthread_create(&c[i], NULL, consumer, &cstats[i]);
    for (long i = 0; i < PRODUCERS; i++) pthread_create(&p[i], NULL, producer, (void *)i);
    for (int i = 0; i < PRODUCERS; i++) pthread_join(p[i], NULL);
    for (int i = 0; i < CONSUMERS; i++) pthread_join(c[i], NULL);
    int bad = 0;
    for (int pr = 0; pr < PRODUCERS; pr++) {
        long sum = 0;
        int cnt = 0;
        for (int k = 0; k < CONSUMERS; k++) { sum += cstats[k].sum[pr]; cnt += cstats[k].cnt[pr]; }
        long expect = 0;
        for (int i = 0; i < ITEMS; i++) expect += i * 7 + pr;
        printf("producer %d: received %d items, sum=%ld expected=%ld\n", pr, cnt, sum, expect);
        bad += sum != expect || cnt != ITEMS;
    }
    int fill_ok = 1;
    for (int k = 0; k < CONSUMERS; k++) fill_ok &= cstats[k].max_fill <= CAP;
    printf("buffer empty=%d fill_within_cap=%d\n", count == 0, fill_ok);
    return bad;
}
