#include <stdio.h>
#include <stdlib.h>

/* Constructors and destructors with explicit priorities: constructors run
   in increasing priority order before main (default-priority last),
   destructors in decreasing priority order after main returns, around
   atexit handlers. Constructors build state that main consumes. */

static int init_order[8];
static int ninit;
static int table[16];
static const char *mode = "unset";

__attribute__((constructor(300))) static void ctor_300(void) {
    init_order[ninit++] = 300;
    for (int i = 0; i < 16; i++) table[i] *= 3; /* depends on ctor_150 having run */
    printf("ctor 300: table[5]=%d\n", table[5]);
}

__attribute__((constructor(150))) static void ctor_150(void) {
    init_order[ninit++] = 150;
    for (int i = 0; i < 16; i++) table[i] = i * i;
    printf("ctor 150: filled table\n");
}

__attribute__((constructor)) static void ctor_default(void) {
    init_order[ninit++] = 0;
    mode = "configured";
    printf("ctor default: mode=%s\n", mode);
}

__attribute__((constructor(101))) static void ctor_101(void) {
    init_order[ninit++] = 101;
    printf("ctor 101: first, ninit=%d\n", ninit);
}

__attribute__((destructor(101))) static void dtor_101(void) { printf("dtor 101 (runs last of the prioritised)\n"); }
__attribute__((destructor(300))) static void dtor_300(void) { printf("dtor 300: table[15] still readable=%d\n", table[15]); }
__attribute__((destructor)) static void dtor_default(void) { printf("dtor default (runs first)\n"); }
__attribute__((destructor(200))) static void dtor_200(void) { printf("dtor 200\n"); }

static void at_exit_handler(void) { printf("atexit handler\n"); }

int main(void) {
    atexit(at_exit_handler);
    printf("main: mode=%s init order:", mode);
    for (int i = 0; i < ninit; i++) printf(" %d", init_order[i]);
    int sum = 0;
    for (int i = 0; i < 16; i++) sum += table[i];
    printf("\nmain: table sum=%d\n", sum);
    return ninit;
}
