#include <stdio.h>
#include <string.h>
#include <pthread.h>

/* pthread_once initialising a shared lookup table exactly once from many
   threads, and a read-write lock protecting a small dictionary: readers
   perform lookups concurrently, writers insert under the write lock.
   Reader results are checked against values that are present before the
   readers start, so they are deterministic. pthread_key_t thread-specific
   data is used for per-thread statistics with a destructor. */

#define READERS 4
#define WRITERS 2

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int init_calls;
static unsigned table[256];

static void init_table(void) {
    init_calls++;
    for (unsigned i = 0; i < 256; i++) {
        unsigned c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
}

static unsigned crc(const char *s) {
    pthread_once(&once, init_table);
    unsigned c = 0xFFFFFFFFu;
    for (; *s; s++) c = table[(c ^ (unsigned char)*s) & 0xFF] ^ (c >> 8);
    return ~c;
}

struct entry { char key[16]; int value; };
static struct entry dict[128];
static int dict_n;
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;

static int lookup(const char *k) {
    pthread_rwlock_rdlock(&rw);
    int v = -1;
    for (int i = 0; i < dict_n; i++) if (strcmp(dict[i].key, k) == 0) { v = dict[i].value; break; }
    pthread_rwlock_unlock(&rw);
    return v;
}

static void insert(const char *k, int v) {
    pthread_rwlock_wrlock(&rw);
    snprintf(dict[dict_n].key, sizeof dict[dict_n].key, "%s", k);
    dict[dict_n].value = v;
    dict_n++;
    pthread_rwlock_unlock(&rw);
}

static pthread_key_t stat_key;
static pthread_mutex_t destroyed_m = PTHREAD_MUTEX_INITIALIZER;
static int destroyed_sum;
static void stat_destructor(void *p) {
    pthread_mutex_lock(&destroyed_m);
    destroyed_sum += *(int *)p;
    pthread_mutex_unlock(&destroyed_m);
}

static long reader_results[READERS];

static void *reader(void *arg) {
    int id = (int)(long)arg;
    static int lookups[READERS];
    pthread_setspecific(stat_key, &lookups[id]);
    long acc = 0;
    for (int i = 0; i < 300; i++) {
        char k[16];
        snprintf(k, sizeof k, "base%d", (i * (id + 1)) % 20);
        acc += lookup(k);
        acc ^= crc(k) & 0xFF;
        (*(int *)pthread_getspecific(stat_key))++;
    }
    reader_results[id] = acc;
    return NULL;
}

static void *writer(void *arg) {
    int id = (int)(long)arg;
    static int wcount[WRITERS];
    pthread_setspecific(stat_key, &wcount[id]);
    for (int i = 0; i < 20; i++) {
        char k[16];
        snprintf(k, sizeof k, "w%d_%d", id, i);
        insert(k, (int)(crc(k) % 1000));
        wcount[id]++;
    }
    return NULL;
}

int main(void) {
    pthread_key_create(&stat_key, stat_destructor);
    for (int i = 0; i < 20; i++) {
        char k[16];
        snprintf(k, sizeof k, "base%d", i);
        insert(k, i * i);
    }
    pthread_t r[READERS], w[WRITERS];
    for (long i = 0; i < WRITERS; i++) pthread_create(&w[i], NULL, writer, (void *)i);
    for (long i = 0; i < READERS; i++) pthread_create(&r[i], NULL, reader, (void *)i);
    for (int i = 0; i < READERS; i++) pthread_join(r[i], NULL);
    for (int i = 0; i < WRITERS; i++) pthread_join(w[i], NULL);
    printf("init_calls=%d crc(\"jir\")=%08x dict_n=%d\n", init_calls, crc("jir"), dict_n);
    for (int i = 0; i < READERS; i++) printf("reader %d acc=%ld\n", i, reader_results[i]);
    printf("w0_7=%d w1_19=%d missing=%d\n", lookup("w0_7"), lookup("w1_19"), lookup("nope"));
    printf("destructor saw %d operations\n", destroyed_sum);
    pthread_key_delete(stat_key);
    return 0;
}
