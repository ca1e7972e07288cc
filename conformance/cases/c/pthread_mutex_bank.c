#include <stdio.h>
#include <pthread.h>

/* Bank transfers between accounts from several threads, each account with
   its own mutex, locks always taken in index order to avoid deadlock; a
   global mutex protects an audit counter. Deltas are fixed per thread, so
   final balances do not depend on the interleaving. Also uses
   pthread_mutex_trylock and a recursive mutex. */

#define ACCOUNTS 10
#define THREADS 4
#define TRANSFERS 2500

struct account { pthread_mutex_t m; long balance; int ops; };
static struct account acc[ACCOUNTS];
static pthread_mutex_t audit_m = PTHREAD_MUTEX_INITIALIZER;
static long audit_total_moved;
static pthread_mutex_t rec_m;
static int rec_depth_max;

static void transfer(int from, int to, long amount) {
    if (from == to) return;
    int a = from < to ? from : to, b = from < to ? to : from;
    pthread_mutex_lock(&acc[a].m);
    pthread_mutex_lock(&acc[b].m);
    acc[from].balance -= amount;
    acc[to].balance += amount;
    acc[from].ops++;
    acc[to].ops++;
    pthread_mutex_unlock(&acc[b].m);
    pthread_mutex_unlock(&acc[a].m);
    pthread_mutex_lock(&audit_m);
    audit_total_moved += amount;
    pthread_mutex_unlock(&audit_m);
}

static int nested(int depth) {
    pthread_mutex_lock(&rec_m);
    if (depth > rec_depth_max) rec_depth_max = depth;
    int r = depth < 5 ? nested(depth + 1) + 1 : 0;
    pthread_mutex_unlock(&rec_m);
    return r;
}

static void *teller(void *arg) {
    int id = (int)(long)arg;
    unsigned s = 1234567u * (id + 1);
    for (int i = 0; i < TRANSFERS; i++) {
        s = s * 1103515245u + 12345u;
        int from = (s >> 16) % ACCOUNTS;
        s = s * 1103515245u + 12345u;
        int to = (s >> 16) % ACCOUNTS;
        long amount = (long)((s >> 8) % 500) + 1;
        transfer(from, to, amount);
        if (i % 500 == 0) nested(0);
    }
    return NULL;
}

int main(void) {
    pthread_mutexattr_t at;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&rec_m, &at);
    pthread_mutexattr_destroy(&at);
    for (int i = 0; i < ACCOUNTS; i++) {
        pthread_mutex_init(&acc[i].m, NULL);
        acc[i].balance = 10000;
    }
    int r = pthread_mutex_trylock(&acc[0].m);
    int r2 = pthread_mutex_trylock(&acc[0].m);
    printf("trylock free=%d busy_nonzero=%d\n", r, r2 != 0);
    pthread_mutex_unlock(&acc[0].m);
    pthread_t t[THREADS];
    for (long i = 0; i < THREADS; i++) pthread_create(&t[i], NULL, teller, (void *)i);
    for (int i = 0; i < THREADS; i++) pthread_join(t[i], NULL);
    long sum = 0;
    int ops = 0;
    for (int i = 0; i < ACCOUNTS; i++) {
        printf("account %d: balance=%ld ops=%d\n", i, acc[i].balance, acc[i].ops);
        sum += acc[i].balance;
        ops += acc[i].ops;
        pthread_mutex_destroy(&acc[i].m);
    }
    printf("sum=%ld ops=%d moved=%ld recursion_depth=%d\n", sum, ops, audit_total_moved, rec_depth_max);
    pthread_mutex_destroy(&rec_m);
    return sum == 100000 ? 0 : 1;
}
