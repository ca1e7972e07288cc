#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stddef.h>

/* Flexible array members: variable-length records allocated with
   offsetof-based sizes, a string table, a growable int vector resized
   with realloc, a flexible array of structs, and struct copies (which do
   not copy the flexible part) versus memcpy of the whole allocation. */

struct str { size_t len; unsigned hash; char data[]; };
struct ivec { int n, cap; long total; int items[]; };
struct point { short x, y; };
struct poly { const char *name; int npts; struct point pts[]; };

static struct str *str_new(const char *s) {
    size_t n = strlen(s);
    struct str *p = malloc(offsetof(struct str, data) + n + 1);
    p->len = n;
    p->hash = 5381;
    for (size_t i = 0; i < n; i++) p->hash = p->hash * 33 ^ (unsigned char)s[i];
    memcpy(p->data, s, n + 1);
    return p;
}

static struct ivec *ivec_push(struct ivec *v, int x) {
    if (!v || v->n == v->cap) {
        int nc = v ? v->cap * 2 : 4;
        struct ivec *nv = realloc(v, sizeof(struct ivec) + (size_t)nc * sizeof(int));
        if (!v) { nv->n = 0; nv->total = 0; }
        nv->cap = nc;
        v = nv;
    }
    v->items[v->n++] = x;
    v->total += x;
    return v;
}

static struct poly *poly_regular(const char *name, int n, int r) {
    struct poly *p = malloc(sizeof *p + (size_t)n * sizeof p->pts[0]);
    p->name = name;
    p->npts = n;
    /* integer approximations of regular polygon vertices using a fixed table */
    static const short cosq[8] = {1000, 707, 0, -707, -1000, -707, 0, 707};
    for (int i = 0; i < n; i++) {
        int k = i * 8 / n;
        p->pts[i].x = (short)(cosq[k % 8] * r / 1000);
        p->pts[i].y = (short)(cosq[(k + 6) % 8] * r / 1000);
    }
    return p;
}

static long area2(const struct poly *p) {
    long a = 0;
    for (int i = 0; i < p->npts; i++) {
        const struct point *u = &p->pts[i], *w = &p->pts[(i + 1) % p->npts];
        a += (long)u->x * w->y - (long)w->x * u->y;
    }
    return a;
}

int main(void) {
    const char *words[] = {"flexible", "array", "members", "", "are", "C99"};
    struct str *tab[6];
    size_t total = 0;
    for (int i = 0; i < 6; i++) {
        tab[i] = str_new(words[i]);
        total += tab[i]->len;
        printf("str[%d] len=%zu hash=%08x data=%s\n", i, tab[i]->len, tab[i]->hash, tab[i]->data);
    }
    printf("sizeof(struct str)=%zu offsetof data=%zu total=%zu\n", sizeof(struct str), offsetof(struct str, data), total);
    struct str head_copy = *tab[0]; /* copies only len and hash */
    printf("head copy len=%zu hash=%08x\n", head_copy.len, head_copy.hash);
    for (int i = 0; i < 6; i++) free(tab[i]);

    struct ivec *v = NULL;
    for (int i = 0; i < 100; i++) v = ivec_push(v, i * i % 37);
    printf("ivec n=%d cap=%d total=%ld last=%d\n", v->n, v->cap, v->total, v->items[v->n - 1]);
    size_t bytes = sizeof *v + (size_t)v->n * sizeof(int);
    struct ivec *clone = malloc(bytes);
    memcpy(clone, v, bytes);
    clone->items[0] = 999;
    printf("clone items[0]=%d original items[0]=%d clone items[99]=%d\n", clone->items[0], v->items[0], clone->items[99]);
    free(clone);
    free(v);

    int sides[] = {4, 8, 16};
    for (int i = 0; i < 3; i++) {
        struct poly *p = poly_regular("poly", sides[i], 100 * (i + 1));
        printf("%s n=%d area2=%ld first=(%d,%d) sizeof=%zu\n", p->name, p->npts, area2(p), p->pts[0].x, p->pts[0].y, sizeof *p);
        free(p);
    }
    static struct { int n; char name[]; } greet = {5, "hello"}; /* static FAM initialiser (GNU extension) */
    printf("static fam: %d %s\n", greet.n, greet.name);
    return 0;
}
