#include <stdio.h>
#include <stdlib.h>

/* Destructors and atexit handlers when the program ends through exit()
   called deep inside a call chain (not by returning from main): the
   interleaving of atexit handlers (reverse registration order) and
   destructor-attribute functions (by priority), a constructor that
   registers an atexit handler before main, handlers that update shared
   state read by later ones, and an exit status computed from argv. */

static int stage;
static long accumulated;

static void early_handler(void) { printf("atexit registered in constructor (stage %d)\n", ++stage); }
static void handler_a(void) { accumulated += 1; printf("atexit A (stage %d)\n", ++stage); }
static void handler_b(void) { accumulated *= 10; printf("atexit B (stage %d) acc=%ld\n", ++stage, accumulated); }

__attribute__((constructor(120))) static void setup(void) {
    atexit(early_handler);
    accumulated = 4;
}

__attribute__((destructor(110))) static void fin_110(void) { printf("destructor 110 (stage %d) acc=%ld\n", ++stage, accumulated); }
__attribute__((destructor(500))) static void fin_500(void) { accumulated -= 3; printf("destructor 500 (stage %d)\n", ++stage); }
__attribute__((destructor)) static void fin_default(void) { printf("destructor default (stage %d)\n", ++stage); }

static void level3(int code) {
    printf("level3 exiting with %d\n", code);
    exit(code);
}
static int level2(int x) { if (x > 10) level3(x % 50); return x; }
static int level1(int x) { return level2(x * 3) + 1; }

int main(int argc, char **argv) {
    atexit(handler_a);
    atexit(handler_b);
    int v = 0;
    for (int i = 1; i < argc; i++) v += argv[i][0];
    printf("main: v=%d accumulated=%ld\n", v, accumulated);
    level1(v);
    printf("not reached\n");
    return 0;
}
