#include <stdio.h>
#include <pthread.h>

/* Strict round-robin among threads using one mutex and a condition
   variable: thread k may only act when turn % N == k. Each thread prints
   while holding the mutex on its turn, so stdout order is fully
   determined. Also a ping-pong counter between two threads using two
   condition variables and pthread_cond_broadcast. */

#define N 4
#define ROUNDS 5

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int turn;
static long running_value = 1;

static void *rr(void *arg) {
    int id = (int)(long)arg;
    for (int r = 0; r < ROUNDS; r++) {
        pthread_mutex_lock(&m);
        while (turn % N != id) pthread_cond_wait(&cv, &m);
        running_value = running_value * (id + 2) % 1000003 + r;
        printf("round %d thread %d value %ld\n", r, id, running_value);
        turn++;
        pthread_cond_broadcast(&cv);
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

static pthread_cond_t ping_cv = PTHREAD_COND_INITIALIZER, pong_cv = PTHREAD_COND_INITIALIZER;
static int ball; /* 0: ping's turn, 1: pong's turn */
static int volleys;
static char trace[64];

static void *ping(void *arg) {
    (void)arg;
    for (int i = 0; i < 20; i++) {
        pthread_mutex_lock(&m);
        while (ball != 0) pthread_cond_wait(&ping_cv, &m);
        trace[volleys++] = 'i';
        ball = 1;
        pthread_cond_signal(&pong_cv);
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

static void *pong(void *arg) {
    (void)arg;
    for (int i = 0; i < 20; i++) {
        pthread_mutex_lock(&m);
        while (ball != 1) pthread_cond_wait(&pong_cv, &m);
        trace[volleys++] = 'o';
        ball = 0;
        pthread_cond_signal(&ping_cv);
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

int main(void) {
    pthread_t t[N];
    for (long i = N - 1; i >= 0; i--) pthread_create(&t[i], NULL, rr, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("turns=%d final=%ld\n", turn, running_value);
    pthread_t a, b;
    pthread_create(&b, NULL, pong, NULL);
    pthread_create(&a, NULL, ping, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("volleys=%d trace=%s\n", volleys, trace);
    return 0;
}
