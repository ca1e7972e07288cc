#include <stdio.h>
#include <setjmp.h>
#include <stdlib.h>

/* Resource management across longjmp: a cleanup stack records malloc'd
   buffers and "open handles" registered by nested calls; on error the
   handler unwinds the cleanup stack down to the level saved at setjmp,
   freeing everything acquired after that point, in reverse order. */

struct cleanup { void (*fn)(void *); void *arg; const char *what; };
static struct cleanup cstack[64];
static int csp;
static jmp_buf err;
static int freed_count, closed_count;
static char log_buf[512];
static int log_len;

static void logmsg(const char *s) { log_len += snprintf(log_buf + log_len, sizeof log_buf - log_len, "%s;", s); }
static void do_free(void *p) { free(p); freed_count++; }
static void do_close(void *p) { closed_count++; logmsg((const char *)p); }

static void push_cleanup(void (*fn)(void *), void *arg, const char *what) { cstack[csp++] = (struct cleanup){fn, arg, what}; }
static void unwind_to(int level) { while (csp > level) { csp--; cstack[csp].fn(cstack[csp].arg); } }

static void stage3(int fail) {
    char *buf = malloc(64);
    push_cleanup(do_free, buf, "stage3 buffer");
    push_cleanup(do_close, "close:db", "db handle");
    if (fail == 3) longjmp(err, 3);
    unwind_to(csp - 2);
}

static void stage2(int fail) {
    int *arr = malloc(100 * sizeof *arr);
    push_cleanup(do_free, arr, "stage2 array");
    push_cleanup(do_close, "close:socket", "socket");
    for (int i = 0; i < 100; i++) arr[i] = i;
    if (fail == 2) longjmp(err, 2);
    stage3(fail);
    unwind_to(csp - 2);
}

static void stage1(int fail) {
    void *p = malloc(16);
    push_cleanup(do_free, p, "stage1 blob");
    push_cleanup(do_close, "close:file", "file");
    if (fail == 1) longjmp(err, 1);
    stage2(fail);
    unwind_to(csp - 2);
}

int main(void) {
    for (int fail = 0; fail <= 4; fail++) {
        freed_count = closed_count = 0;
        log_len = 0;
        log_buf[0] = 0;
        int base = csp;
        int code = setjmp(err);
        if (code == 0) {
            stage1(fail);
            printf("fail=%d: completed normally", fail);
        } else {
            printf("fail=%d: error in stage %d, unwinding %d entries", fail, code, csp - base);
            unwind_to(base);
        }
        printf(" freed=%d closed=%d log=%s csp=%d\n", freed_count, closed_count, log_buf, csp);
    }
    return 0;
}
