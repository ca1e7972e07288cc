#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Growable vectors with realloc: ints, structs, a vector of strings; capacity doubling. */

struct vec { int *data; size_t len, cap; int grows; };

static void vpush(struct vec *v, int x) {
    if (v->len == v->cap) {
        size_t nc = v->cap ? v->cap * 2 : 4;
        int *nd = realloc(v->data, nc * sizeof *nd);
        if (!nd) { fprintf(stderr, "oom\n"); exit(1); }
        v->data = nd;
        v->cap = nc;
        v->grows++;
    }
    v->data[v->len++] = x;
}

static int vpop(struct vec *v) { return v->data[--v->len]; }

static void vinsert(struct vec *v, size_t at, int x) {
    vpush(v, 0);
    memmove(v->data + at + 1, v->data + at, (v->len - 1 - at) * sizeof(int));
    v->data[at] = x;
}

static void verase(struct vec *v, size_t at) {
    memmove(v->data + at, v->data + at + 1, (v->len - at - 1) * sizeof(int));
    v->len--;
}

struct item { char name[12]; double value; };

int main(void) {
    struct vec v = {0};
    for (int i = 0; i < 1000; i++) vpush(&v, i * i % 1009);
    printf("len=%zu cap=%zu grows=%d\n", v.len, v.cap, v.grows);
    long s = 0;
    for (size_t i = 0; i < v.len; i++) s += v.data[i];
    printf("sum=%ld\n", s);
    for (int i = 0; i < 500; i++) vpop(&v);
    printf("after pops len=%zu last=%d\n", v.len, v.data[v.len - 1]);
    for (int i = 0; i < 10; i++) vinsert(&v, (size_t)i * 3, -i);
    for (int i = 0; i < 5; i++) verase(&v, 1);
    printf("first 20:");
    for (int i = 0; i < 20; i++) printf(" %d", v.data[i]);
    printf("\n");
    /* shrink to fit */
    int *shrunk = realloc(v.data, v.len * sizeof(int));
    if (shrunk) { v.data = shrunk; v.cap = v.len; }
    printf("shrunk cap=%zu data[len-1]=%d\n", v.cap, v.data[v.len - 1]);
    free(v.data);
    struct item *items = NULL;
    size_t n = 0, cap = 0;
    for (int i = 0; i < 37; i++) {
        if (n == cap) { cap = cap + cap / 2 + 1; items = realloc(items, cap * sizeof *items); }
        snprintf(items[n].name, sizeof items[n].name, "item%03d", i * 7);
        items[n].value = i * 1.25;
        n++;
    }
    double tot = 0;
    for (size_t i = 0; i < n; i++) tot += items[i].value;
    printf("items=%zu cap=%zu total=%.2f last=%s\n", n, cap, tot, items[n - 1].name);
    free(items);
    char **strs = NULL;
    size_t ns = 0;
    const char *src = "one two three four five six seven eight nine ten eleven twelve";
    const char *p = src;
    while (*p) {
        const char *e = strchr(p, ' ');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        strs = realloc(strs, (ns + 1) * sizeof *strs);
        strs[ns] = malloc(l + 1);
        memcpy(strs[ns], p, l);
        strs[ns][l] = 0;
        ns++;
        p += l;
        if (*p) p++;
    }
    for (size_t i = ns; i-- > 0;) printf("%s%s", strs[i], i ? " " : "\n");
    for (size_t i = 0; i < ns; i++) free(strs[i]);
    free(strs);
    return 0;
}
