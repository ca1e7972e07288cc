#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A small "defer" style resource manager built on the cleanup attribute:
   auto-freed dynamic arrays, auto-closed tmpfile() streams, and
   reference-counted objects released at scope exit; a leak counter must
   return to zero, also when leaving scopes through nested returns. */

static int live_objects;

struct obj { int refs; int id; char payload[24]; };
static struct obj *obj_new(int id) {
    struct obj *o = calloc(1, sizeof *o);
    o->refs = 1;
    o->id = id;
    snprintf(o->payload, sizeof o->payload, "object-%d", id);
    live_objects++;
    return o;
}
static struct obj *obj_ref(struct obj *o) { o->refs++; return o; }
static void obj_unref(struct obj **po) {
    struct obj *o = *po;
    if (o && --o->refs == 0) { live_objects--; free(o); }
}
static void auto_free(void *pp) { free(*(void **)pp); }
static void auto_fclose(FILE **f) { if (*f) fclose(*f); }

#define AUTO_OBJ __attribute__((cleanup(obj_unref))) struct obj *
#define AUTO_MEM(T) __attribute__((cleanup(auto_free))) T *

static struct obj *pick(struct obj **arr, int n, int want) {
    for (int i = 0; i < n; i++)
        if (arr[i]->id == want) return obj_ref(arr[i]);
    return NULL;
}

static long process(int n) {
    AUTO_MEM(struct obj *) arr = malloc(n * sizeof *arr);
    for (int i = 0; i < n; i++) arr[i] = obj_new(i * 3);
    long sum = 0;
    for (int w = 0; w < 3 * n; w += 2) {
        AUTO_OBJ o = pick(arr, n, w);
        if (!o) continue;
        sum += o->id * (long)strlen(o->payload);
        if (sum > 100000) return -1;
    }
    for (int i = 0; i < n; i++) obj_unref(&arr[i]);
    return sum;
}

static int file_roundtrip(int lines) {
    __attribute__((cleanup(auto_fclose))) FILE *f = tmpfile();
    if (!f) return -1;
    for (int i = 0; i < lines; i++) fprintf(f, "line %d value %d\n", i, i * i);
    rewind(f);
    AUTO_MEM(char) buf = malloc(64);
    int count = 0;
    long total = 0;
    while (fgets(buf, 64, f)) {
        int a, b;
        if (sscanf(buf, "line %d value %d", &a, &b) == 2) { count++; total += b; }
        if (count == lines / 2) break; /* early exit: cleanups still run */
    }
    return (int)(total % 100000) + count;
}

int main(void) {
    for (int n = 1; n <= 20; n += 6) printf("process(%d)=%ld live=%d\n", n, process(n), live_objects);
    printf("file_roundtrip(50)=%d\n", file_roundtrip(50));
    printf("file_roundtrip(7)=%d\n", file_roundtrip(7));
    {
        AUTO_OBJ a = obj_new(100);
        AUTO_OBJ b = obj_ref(a);
        printf("inside: live=%d refs=%d\n", live_objects, a->refs);
    }
    printf("outside: live=%d\n", live_objects);
    return live_objects;
}
