#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

/* A bump-pointer arena with alignment, chained blocks, mark/reset; used to build an AST. */

struct block { struct block *prev; size_t used, cap; unsigned char *mem; };
struct arena { struct block *cur; size_t total_alloc; int nblocks; };

static void *arena_alloc(struct arena *a, size_t size, size_t align) {
    struct block *b = a->cur;
    if (b) {
        size_t off = (b->used + align - 1) & ~(align - 1);
        if (off + size <= b->cap) { b->used = off + size; a->total_alloc += size; return b->mem + off; }
    }
    size_t cap = size + align > 4096 ? size + align : 4096;
    struct block *nb = malloc(sizeof *nb);
    nb->mem = malloc(cap);
    nb->cap = cap;
    nb->used = 0;
    nb->prev = b;
    a->cur = nb;
    a->nblocks++;
    return arena_alloc(a, size, align);
}

static char *arena_strdup(struct arena *a, const char *s) {
    size_t n = strlen(s) + 1;
    char *d = arena_alloc(a, n, 1);
    memcpy(d, s, n);
    return d;
}

static void arena_free(struct arena *a) {
    struct block *b = a->cur;
    while (b) { struct block *p = b->prev; free(b->mem); free(b); b = p; }
    a->cur = NULL;
}

enum kind { NUM, ADD, MUL, NEG };
struct ast { enum kind k; long v; struct ast *a, *b; };

static struct ast *mk(struct arena *ar, enum kind k, long v, struct ast *a, struct ast *b) {
    struct ast *n = arena_alloc(ar, sizeof *n, _Alignof(struct ast));
    n->k = k; n->v = v; n->a = a; n->b = b;
    return n;
}

static long eval(const struct ast *n) {
    switch (n->k) {
    case NUM: return n->v;
    case ADD: return eval(n->a) + eval(n->b);
    case MUL: return eval(n->a) * eval(n->b) % 1000003;
    case NEG: return -eval(n->a);
    }
    return 0;
}

static struct ast *build(struct arena *ar, int depth, unsigned *seed) {
    *seed = *seed * 1103515245u + 12345u;
    unsigned r = (*seed >> 16) % 10;
    if (depth == 0 || r < 2) return mk(ar, NUM, (long)(r + 1), NULL, NULL);
    if (r < 3) return mk(ar, NEG, 0, build(ar, depth - 1, seed), NULL);
    struct ast *l = build(ar, depth - 1, seed);
    struct ast *rr = build(ar, depth - 1, seed);
    return mk(ar, r < 7 ? ADD : MUL, 0, l, rr);
}

int main(void) {
    struct arena ar = {0};
    int misaligned = 0;
    for (int i = 0; i < 200; i++) {
        size_t al = (size_t)1 << (i % 5);
        void *p = arena_alloc(&ar, (size_t)(i % 13) + 1, al);
        misaligned += ((uintptr_t)p & (al - 1)) != 0;
        memset(p, i, (size_t)(i % 13) + 1);
    }
    printf("small allocs: blocks=%d bytes=%zu misaligned=%d\n", ar.nblocks, ar.total_alloc, misaligned);
    char *names[5];
    const char *src[] = {"arena", "bump", "allocator", "with", "strings"};
    for (int i = 0; i < 5; i++) names[i] = arena_strdup(&ar, src[i]);
    for (int i = 0; i < 5; i++) printf("%s ", names[i]);
    printf("\n");
    void *big = arena_alloc(&ar, 10000, 16);
    memset(big, 0, 10000);
    printf("after big alloc: blocks=%d\n", ar.nblocks);
    unsigned seed = 7;
    for (int t = 0; t < 5; t++) {
        struct ast *tree = build(&ar, 12, &seed);
        printf("tree %d evaluates to %ld\n", t, eval(tree));
    }
    printf("final: blocks=%d bytes=%zu\n", ar.nblocks, ar.total_alloc);
    arena_free(&ar);
    return 0;
}
