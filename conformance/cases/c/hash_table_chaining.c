#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A string->int hash table with separate chaining and rehashing; word frequency counting. */

struct entry { char *key; int value; struct entry *next; };
struct table { struct entry **buckets; size_t nbuckets, size; int rehashes; };

static unsigned long djb2(const char *s) { unsigned long h = 5381; while (*s) h = h * 33 + (unsigned char)*s++; return h; }

static void table_init(struct table *t, size_t n) { t->buckets = calloc(n, sizeof *t->buckets); t->nbuckets = n; t->size = 0; t->rehashes = 0; }

static void rehash(struct table *t) {
    size_t nn = t->nbuckets * 2 + 1;
    struct entry **nb = calloc(nn, sizeof *nb);
    for (size_t i = 0; i < t->nbuckets; i++) {
        struct entry *e = t->buckets[i];
        while (e) {
            struct entry *nx = e->next;
            size_t b = djb2(e->key) % nn;
            e->next = nb[b];
            nb[b] = e;
            e = nx;
        }
    }
    free(t->buckets);
    t->buckets = nb;
    t->nbuckets = nn;
    t->rehashes++;
}

static int *table_get_or_add(struct table *t, const char *key) {
    size_t b = djb2(key) % t->nbuckets;
    for (struct entry *e = t->buckets[b]; e; e = e->next)
        if (strcmp(e->key, key) == 0) return &e->value;
    if (t->size + 1 > t->nbuckets * 3 / 2) { rehash(t); b = djb2(key) % t->nbuckets; }
    struct entry *e = malloc(sizeof *e);
    e->key = strdup(key);
    e->value = 0;
    e->next = t->buckets[b];
    t->buckets[b] = e;
    t->size++;
    return &e->value;
}

static int table_remove(struct table *t, const char *key) {
    size_t b = djb2(key) % t->nbuckets;
    for (struct entry **pp = &t->buckets[b]; *pp; pp = &(*pp)->next)
        if (strcmp((*pp)->key, key) == 0) {
            struct entry *d = *pp;
            *pp = d->next;
            free(d->key);
            free(d);
            t->size--;
            return 1;
        }
    return 0;
}

static const char text[] =
    "it was the best of times it was the worst of times it was the age of wisdom it was the age of foolishness "
    "it was the epoch of belief it was the epoch of incredulity it was the season of light it was the season of "
    "darkness it was the spring of hope it was the winter of despair we had everything before us we had nothing "
    "before us we were all going direct to heaven we were all going direct the other way";

int main(void) {
    struct table t;
    table_init(&t, 3);
    char word[32];
    int n = 0, total = 0;
    for (const char *p = text;; p++) {
        if (*p >= 'a' && *p <= 'z') { if (n < 31) word[n++] = *p; continue; }
        if (n) { word[n] = 0; ++*table_get_or_add(&t, word); total++; n = 0; }
        if (!*p) break;
    }
    printf("words=%d distinct=%zu buckets=%zu rehashes=%d\n", total, t.size, t.nbuckets, t.rehashes);
    /* report in deterministic (alphabetical) order: collect and sort keys */
    const char **keys = malloc(t.size * sizeof *keys);
    size_t k = 0;
    for (size_t i = 0; i < t.nbuckets; i++)
        for (struct entry *e = t.buckets[i]; e; e = e->next) keys[k++] = e->key;
    for (size_t i = 1; i < k; i++) {
        const char *x = keys[i];
        size_t j = i;
        while (j > 0 && strcmp(keys[j - 1], x) > 0) { keys[j] = keys[j - 1]; j--; }
        keys[j] = x;
    }
    for (size_t i = 0; i < k; i++) {
        int c = *table_get_or_add(&t, keys[i]);
        if (c >= 2) printf("%-12s %d\n", keys[i], c);
    }
    free(keys);
    size_t longest = 0, empty = 0;
    for (size_t i = 0; i < t.nbuckets; i++) {
        size_t len = 0;
        for (struct entry *e = t.buckets[i]; e; e = e->next) len++;
        if (len > longest) longest = len;
        empty += len == 0;
    }
    printf("longest chain=%zu empty buckets=%zu\n", longest, empty);
    const char *del[] = {"it", "was", "zebra", "the", "of"};
    int removed = 0;
    for (int i = 0; i < 5; i++) removed += table_remove(&t, del[i]);
    printf("removed=%d size now=%zu\n", removed, t.size);
    for (size_t i = 0; i < t.nbuckets; i++) {
        struct entry *e = t.buckets[i];
        while (e) { struct entry *nx = e->next; free(e->key); free(e); e = nx; }
    }
    free(t.buckets);
    return 0;
}
