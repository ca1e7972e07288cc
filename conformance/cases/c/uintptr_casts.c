#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>

/* Casts between pointers and integers; only differences and alignments are printed. */

struct node { int value; struct node *next; };

static int table[32];

/* Tagged pointers: store a 3-bit tag in the low bits of an aligned pointer. */
static uintptr_t tag(void *p, unsigned t) { return (uintptr_t)p | (t & 7u); }
static void *untag(uintptr_t v) { return (void *)(v & ~(uintptr_t)7); }
static unsigned get_tag(uintptr_t v) { return (unsigned)(v & 7u); }

/* XOR linked list */
struct xnode { int value; uintptr_t link; };

int main(void) {
    uintptr_t base = (uintptr_t)&table[0];
    for (int i = 0; i < 32; i += 5) {
        uintptr_t p = (uintptr_t)&table[i];
        printf("table[%d] offset %lu aligned4 %d\n", i, (unsigned long)(p - base), (int)(p % 4 == 0));
    }
    int *back = (int *)(base + 12 * sizeof(int));
    *back = 99;
    printf("table[12] via integer address = %d\n", table[12]);
    intptr_t diff = (intptr_t)&table[3] - (intptr_t)&table[20];
    printf("signed byte diff = %ld\n", (long)diff);
    printf("offsetof next = %zu\n", offsetof(struct node, next));

    struct node *nodes = malloc(8 * sizeof *nodes);
    uintptr_t tagged[8];
    for (int i = 0; i < 8; i++) {
        nodes[i].value = i * i;
        tagged[i] = tag(&nodes[i], (unsigned)i);
    }
    int sum = 0;
    for (int i = 7; i >= 0; i--) {
        struct node *n = untag(tagged[i]);
        printf("tag %u -> value %d\n", get_tag(tagged[i]), n->value);
        sum += n->value * (int)get_tag(tagged[i]);
    }
    printf("weighted sum = %d\n", sum);

    enum { N = 6 };
    struct xnode *xs = malloc(N * sizeof *xs);
    for (int i = 0; i < N; i++) xs[i].value = 10 * (i + 1);
    for (int i = 0; i < N; i++) {
        uintptr_t prev = i > 0 ? (uintptr_t)&xs[i - 1] : 0;
        uintptr_t next = i < N - 1 ? (uintptr_t)&xs[i + 1] : 0;
        xs[i].link = prev ^ next;
    }
    printf("forward:");
    uintptr_t prev = 0;
    struct xnode *cur = &xs[0];
    while (cur) {
        printf(" %d", cur->value);
        uintptr_t nx = cur->link ^ prev;
        prev = (uintptr_t)cur;
        cur = (struct xnode *)nx;
    }
    printf("\nbackward:");
    prev = 0;
    cur = &xs[N - 1];
    while (cur) {
        printf(" %d", cur->value);
        uintptr_t nx = cur->link ^ prev;
        prev = (uintptr_t)cur;
        cur = (struct xnode *)nx;
    }
    printf("\n");
    /* alignment of malloc results */
    int aligned = 1;
    for (int i = 1; i < 20; i++) {
        void *p = malloc((size_t)i * 3);
        aligned &= ((uintptr_t)p % 16) == 0;
        free(p);
    }
    printf("malloc 16-byte aligned: %d\n", aligned);
    free(nodes);
    free(xs);
    return 0;
}
