#include <stdio.h>
#include <stdlib.h>

/* Registers atexit handlers at different call depths, then a deeply nested function calls exit().
   Handlers run in reverse order of registration and print the state they observe. */

static int depth_reached;
static long accum;

static void cleanup_outer(void) { printf("cleanup_outer: accum=%ld\n", accum); }
static void cleanup_middle(void) { printf("cleanup_middle: depth reached %d\n", depth_reached); }
static void cleanup_inner(void) { printf("cleanup_inner: first to run\n"); }

static void dive(int depth) {
    depth_reached = depth;
    accum += (long)depth * depth;
    if (depth == 3) atexit(cleanup_middle);
    if (depth == 7) atexit(cleanup_inner);
    if (depth == 12) {
        printf("bottom reached at depth %d, accum=%ld; calling exit\n", depth, accum);
        exit((int)(accum % 97));
    }
    dive(depth + 1);
    printf("never printed (depth %d)\n", depth);
}

int main(void) {
    atexit(cleanup_outer);
    printf("starting dive\n");
    dive(1);
    printf("not reached\n");
    return 0;
}
