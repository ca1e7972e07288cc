#include <stdio.h>
#include <string.h>
#include <pthread.h>

/* Thread-local structs, unions and pointers with static initialisers
   (including addresses of global objects and string literals), an
   extern-style TLS variable accessed from several functions, and TLS
   accessed through pointers handed to other code while the thread is
   alive. Threads run one after another and also concurrently; results are
   printed from main after joining. */

struct config { const char *label; int level; double weight; int *shared_counter; char tag[8]; };
static int global_counter = 1000;
static _Thread_local struct config cfg = {"default", 3, 0.5, &global_counter, "tls"};
static _Thread_local union { unsigned u; float f; } pun = {.u = 0x3F800000u};
static __thread const char *const *names_ptr;
static const char *const names[] = {"red", "green", "blue", "cyan"};
_Thread_local int visible_tls = 7;

static int bump_visible(int by) { visible_tls += by; return visible_tls; }

struct out { char line[160]; };
static struct out outs[5];

static void report(int id, int *counter_local) {
    cfg.level += id;
    cfg.weight *= id + 1;
    cfg.shared_counter = counter_local;
    *cfg.shared_counter += 10 * id;
    snprintf(cfg.tag, sizeof cfg.tag, "t%d", id);
    pun.f *= (float)(id + 2);
    names_ptr = &names[id % 4];
    int v = 0;
    for (int i = 0; i <= id; i++) v = bump_visible(i);
    snprintf(outs[id].line, sizeof outs[id].line, "id=%d label=%s level=%d weight=%.2f counter=%d tag=%s pun=%08x name=%s visible=%d",
             id, cfg.label, cfg.level, cfg.weight, *cfg.shared_counter, cfg.tag, pun.u, *names_ptr, v);
}

static void *worker(void *arg) {
    int id = (int)(long)arg;
    int local_counter = id * 100;
    report(id, &local_counter);
    return NULL;
}

int main(void) {
    pthread_t t[4];
    /* two sequentially, two concurrently */
    for (long i = 0; i < 2; i++) { pthread_create(&t[i], NULL, worker, (void *)i); pthread_join(t[i], NULL); }
    for (long i = 2; i < 4; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 2; i < 4; i++) pthread_join(t[i], NULL);
    printf("main before: label=%s level=%d counter=%d tag=%s pun=%08x names_ptr_null=%d visible=%d\n", cfg.label, cfg.level,
           *cfg.shared_counter, cfg.tag, pun.u, names_ptr == NULL, visible_tls);
    report(4, &global_counter);
    for (int i = 0; i < 5; i++) printf("%s\n", outs[i].line);
    printf("global_counter=%d\n", global_counter);
    return 0;
}
