#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <setjmp.h>

/* Which locals survive a longjmp: volatile scalars, volatile arrays,
   volatile doubles, and objects reachable through pointers (memory is
   never rolled back) are all updated after setjmp and must show their
   latest values when setjmp returns the second time. Also a jmp_buf
   stored in a struct in an array, selected at run time. */

struct checkpoint { jmp_buf jb; int id; };
static struct checkpoint cps[3];
static int heap_like[4];

static void jump_to(int which, int val) { longjmp(cps[which].jb, val); }

static void scenario(int which) {
    volatile int vi = 1;
    volatile double vd = 0.5;
    volatile long va[3] = {1, 2, 3};
    int *p = heap_like;
    cps[which].id = which;
    int r = setjmp(cps[which].jb);
    if (r == 0) {
        vi = 42;
        vd = vd * 3 + 0.25;
        va[1] = -20;
        va[2] += 100;
        p[which] = 7 * (which + 1);
        jump_to(which, which + 10);
    }
    printf("cp %d returned %d: vi=%d vd=%.3f va={%ld,%ld,%ld} mem=%d id=%d\n", which, r, vi, vd, va[0], va[1], va[2],
           p[which], cps[which].id);
}

int main(void) {
    for (int i = 0; i < 3; i++) scenario(i);
    /* repeated use of one checkpoint accumulating in volatile locals */
    volatile int iterations = 0;
    volatile double acc = 1.0;
    int r = setjmp(cps[0].jb);
    iterations++;
    acc = acc * 1.5 + r;
    if (iterations < 8) jump_to(0, iterations);
    printf("iterations=%d acc=%.6f last r=%d\n", iterations, acc, r);
    int sum = 0;
    for (int i = 0; i < 4; i++) sum += heap_like[i];
    printf("memory sum=%d\n", sum);
    return 0;
}
