#include <stdio.h>
#include <stdlib.h>

/* atexit handlers run in reverse registration order after main returns; they print state. */

static int events[16];
static int nevents;
static long result;

static void h1(void) { printf("handler 1 (registered first, runs last): result=%ld events=%d\n", result, nevents); }
static void h2(void) { printf("handler 2\n"); }
static void h3(void) {
    printf("handler 3: event log");
    for (int i = 0; i < nevents; i++) printf(" %d", events[i]);
    printf("\n");
}
static void h4(void) { printf("handler 4 (registered last, runs first)\n"); fflush(stdout); }

static void record(int e) { if (nevents < 16) events[nevents++] = e; }

int main(void) {
    if (atexit(h1) != 0) return 1;
    atexit(h2);
    atexit(h3);
    atexit(h4);
    for (int i = 1; i <= 10; i++) {
        result += (long)i * i;
        if (i % 3 == 0) record(i);
    }
    printf("main done, result=%ld\n", result);
    return (int)(result % 50);
}
