#include <stdio.h>
#include <pthread.h>

/* _Thread_local and __thread variables with non-zero initialisers: each
   thread starts from the initial value, modifies its own copy, and the
   main thread's copy is unaffected. Results are recorded into a shared
   array indexed by thread id and printed after joining. Also a
   thread-local pointer to a thread-local object and a static local
   _Thread_local inside a function. */

#define T 5

static _Thread_local int counter = 100;
static __thread long accum = -7;
static _Thread_local const char *name = "unnamed";
static __thread int *self_ptr;
static _Thread_local double scale = 1.5;

struct report { int counter; long accum; char name[16]; int calls; double scale; int ptr_ok; };
static struct report reports[T + 1];

static int next_id(void) {
    static _Thread_local int calls = 0;
    return ++calls;
}

static void work(int id, int iterations) {
    static const char *names[] = {"zero", "one", "two", "three", "four", "main"};
    name = names[id];
    self_ptr = &counter;
    for (int i = 0; i < iterations; i++) {
        counter += id;
        accum = accum * 3 % 1000003 + i;
        scale *= 1.25;
        next_id();
    }
    *self_ptr += 1000;
    struct report *r = &reports[id];
    r->counter = counter;
    r->accum = accum;
    snprintf(r->name, sizeof r->name, "%s", name);
    r->calls = next_id();
    r->scale = scale;
    r->ptr_ok = self_ptr == &counter;
}

static void *thread_main(void *arg) {
    int id = (int)(long)arg;
    work(id, 10 + id * 7);
    return NULL;
}

int main(void) {
    printf("main before: counter=%d accum=%ld name=%s scale=%g\n", counter, accum, name, scale);
    pthread_t t[T];
    for (long i = 0; i < T; i++) pthread_create(&t[i], NULL, thread_main, (void *)i);
    for (int i = 0; i < T; i++) pthread_join(t[i], NULL);
    printf("main after threads: counter=%d accum=%ld name=%s scale=%g\n", counter, accum, name, scale);
    work(T, 3);
    for (int i = 0; i <= T; i++)
        printf("%-5s counter=%d accum=%ld calls=%d scale=%.6f ptr_ok=%d\n", reports[i].name, reports[i].counter,
               reports[i].accum, reports[i].calls, reports[i].scale, reports[i].ptr_ok);
    return 0;
}
