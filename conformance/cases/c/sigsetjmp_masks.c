#include <stdio.h>
#include <setjmp.h>
#include <signal.h>

/* sigsetjmp/siglongjmp with and without saving the signal mask: the
   blocked-signal set is changed after sigsetjmp and, when savemask is
   non-zero, restored by siglongjmp. No signals are delivered; the mask is
   only inspected with sigprocmask. Also _setjmp/_longjmp and jumps from
   nested calls with a sigjmp_buf stored in a struct. */

static sigjmp_buf env;

static int blocked(int sig) {
    sigset_t cur;
    sigprocmask(SIG_BLOCK, NULL, &cur);
    return sigismember(&cur, sig);
}

static void block(int sig) {
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, sig);
    sigprocmask(SIG_BLOCK, &s, NULL);
}

static void unblock_all(void) {
    sigset_t s;
    sigemptyset(&s);
    sigprocmask(SIG_SETMASK, &s, NULL);
}

static void deep(int n, int code) {
    if (n == 0) siglongjmp(env, code);
    deep(n - 1, code);
}

struct ctx { sigjmp_buf jb; int stage; };

static void fail_in(struct ctx *c, int stage) {
    c->stage = stage;
    siglongjmp(c->jb, stage);
}

int main(void) {
    unblock_all();
    int r = sigsetjmp(env, 1);
    if (r == 0) {
        block(SIGUSR1);
        block(SIGUSR2);
        printf("before jump: usr1=%d usr2=%d\n", blocked(SIGUSR1), blocked(SIGUSR2));
        deep(5, 11);
    }
    printf("after savemask=1 jump r=%d: usr1=%d usr2=%d\n", r, blocked(SIGUSR1), blocked(SIGUSR2));

    unblock_all();
    r = sigsetjmp(env, 0);
    if (r == 0) {
        block(SIGUSR1);
        deep(3, 22);
    }
    printf("after savemask=0 jump r=%d: usr1=%d\n", r, blocked(SIGUSR1));
    unblock_all();

    struct ctx c;
    volatile int tries = 0;
    int s = sigsetjmp(c.jb, 1);
    tries++;
    if (s < 3) fail_in(&c, s + 1);
    printf("ctx stages done: s=%d stage=%d tries=%d\n", s, c.stage, tries);

    jmp_buf fast;
    volatile int k = 0;
    if (_setjmp(fast) < 4) { k++; _longjmp(fast, k); }
    printf("_setjmp loop k=%d\n", k);
    return 0;
}
