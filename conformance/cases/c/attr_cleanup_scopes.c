#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* __attribute__((cleanup(fn))): cleanups run in reverse declaration order
   at scope exit, including on return, break, continue and goto out of a
   block, with heap buffers freed automatically and a lock/unlock guard.
   A log records the order. */

static char log_[1024];
static int loglen;
static void logs(const char *s) { loglen += snprintf(log_ + loglen, sizeof log_ - loglen, "%s ", s); }

static void free_buf(char **p) { if (*p) { logs("free"); free(*p); } }
static void say_int(int *p) { char b[16]; snprintf(b, sizeof b, "c%d", *p); logs(b); }
static int lock_depth;
struct guard { const char *name; };
static void unlock(struct guard *g) { lock_depth--; char b[32]; snprintf(b, sizeof b, "unlock:%s", g->name); logs(b); }
#define LOCKED(name) struct guard __attribute__((cleanup(unlock))) g_##name = {#name}; lock_depth++

static int early_return(int x) {
    int __attribute__((cleanup(say_int))) a = 1;
    char __attribute__((cleanup(free_buf))) *buf = malloc(32);
    snprintf(buf, 32, "x=%d", x);
    if (x > 5) {
        int __attribute__((cleanup(say_int))) b = 2;
        return (int)strlen(buf);
    }
    int __attribute__((cleanup(say_int))) c = 3;
    return -x;
}

static int loops(void) {
    int total = 0;
    for (int i = 0; i < 5; i++) {
        int __attribute__((cleanup(say_int))) it = 10 + i;
        if (i == 1) continue;
        if (i == 3) break;
        total += i;
    }
    return total;
}

static int with_goto(int fail) {
    {
        LOCKED(outer);
        {
            LOCKED(inner);
            if (fail) goto out;
            logs("work");
        }
        logs("between");
    }
out:
    logs("after");
    return lock_depth;
}

int main(void) {
    int r1 = early_return(9);
    printf("early_return(9)=%d log: %s\n", r1, log_);
    loglen = 0;
    int r2 = early_return(2);
    printf("early_return(2)=%d log: %s\n", r2, log_);
    loglen = 0;
    int r3 = loops();
    printf("loops()=%d log: %s\n", r3, log_);
    loglen = 0;
    int r4 = with_goto(1);
    printf("with_goto(1) depth=%d log: %s\n", r4, log_);
    loglen = 0;
    int r5 = with_goto(0);
    printf("with_goto(0) depth=%d log: %s\n", r5, log_);
    return 0;
}
