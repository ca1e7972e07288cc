#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>

/* A fixed-size thread pool with a mutex/condvar protected job queue.
   Jobs compute independent results (word statistics of generated text
   and a small matrix power) written into per-job slots; the main thread
   waits for completion with a second condition variable and prints the
   results in job order. */

#define WORKERS 3
#define JOBS 24

struct job { int id; int kind; int param; unsigned long result; };

static struct job jobs[JOBS];
static int queue[JOBS], qhead, qtail;
static int done_count, shutting_down;
static pthread_mutex_t qm = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t qcv = PTHREAD_COND_INITIALIZER, donecv = PTHREAD_COND_INITIALIZER;

static unsigned long word_job(int param) {
    char text[512];
    int n = 0;
    unsigned s = (unsigned)param * 2654435761u;
    while (n < 500) {
        s = s * 1664525u + 1013904223u;
        int len = 1 + (s >> 28) % 8;
        for (int i = 0; i < len && n < 500; i++) text[n++] = (char)('a' + (s >> (i * 3)) % 26);
        if (n < 500) text[n++] = ' ';
    }
    text[n] = 0;
    unsigned long words = 0, vowels = 0, longest = 0, cur = 0;
    for (char *p = text; *p; p++) {
        if (*p == ' ') { if (cur > longest) longest = cur; cur = 0; continue; }
        if (cur == 0) words++;
        cur++;
        vowels += strchr("aeiou", *p) != NULL;
    }
    return words * 1000000 + vowels * 100 + longest;
}

static unsigned long matrix_job(int param) {
    unsigned long a[2][2] = {{1, 1}, {1, 0}}, r[2][2] = {{1, 0}, {0, 1}};
    int e = param * 3;
    const unsigned long M = 1000000007UL;
    while (e) {
        unsigned long t[2][2];
        if (e & 1) {
            for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) t[i][j] = (r[i][0] * a[0][j] + r[i][1] * a[1][j]) % M;
            memcpy(r, t, sizeof t);
        }
        for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) t[i][j] = (a[i][0] * a[0][j] + a[i][1] * a[1][j]) % M;
        memcpy(a, t, sizeof t);
        e >>= 1;
    }
    return r[0][1];
}

static void *worker(void *arg) {
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&qm);
        while (qhead == qtail && !shutting_down) pthread_cond_wait(&qcv, &qm);
        if (qhead == qtail && shutting_down) { pthread_mutex_unlock(&qm); break; }
        struct job *j = &jobs[queue[qhead++]];
        pthread_mutex_unlock(&qm);
        unsigned long r = j->kind == 0 ? word_job(j->param) : matrix_job(j->param);
        pthread_mutex_lock(&qm);
        j->result = r;
        done_count++;
        pthread_cond_signal(&donecv);
        pthread_mutex_unlock(&qm);
    }
    return NULL;
}

int main(void) {
    pthread_t w[WORKERS];
    for (int i = 0; i < WORKERS; i++) pthread_create(&w[i], NULL, worker, NULL);
    for (int i = 0; i < JOBS; i++) {
        pthread_mutex_lock(&qm);
        jobs[i] = (struct job){i, i % 3 == 0, 100 + i * 37, 0};
        queue[qtail++] = i;
        pthread_cond_signal(&qcv);
        pthread_mutex_unlock(&qm);
    }
    pthread_mutex_lock(&qm);
    while (done_count < JOBS) pthread_cond_wait(&donecv, &qm);
    shutting_down = 1;
    pthread_cond_broadcast(&qcv);
    pthread_mutex_unlock(&qm);
    for (int i = 0; i < WORKERS; i++) pthread_join(w[i], NULL);
    unsigned long x = 0;
    for (int i = 0; i < JOBS; i++) {
        printf("job %2d %s(%d) = %lu\n", i, jobs[i].kind ? "fib" : "words", jobs[i].param, jobs[i].result);
        x ^= jobs[i].result;
    }
    printf("xor=%lu\n", x);
    return 0;
}
