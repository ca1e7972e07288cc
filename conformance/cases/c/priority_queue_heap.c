#include <stdio.h>
#include <stdlib.h>

/* Binary-heap priority queue of tasks with (priority, sequence) keys; event simulation and k-way merge. */

struct task { int prio; int seq; int duration; char name[8]; };
struct pq { struct task *a; int n, cap; };

static int before(const struct task *x, const struct task *y) { return x->prio != y->prio ? x->prio < y->prio : x->seq < y->seq; }

static void pq_push(struct pq *q, struct task t) {
    if (q->n == q->cap) { q->cap = q->cap ? q->cap * 2 : 4; q->a = realloc(q->a, (size_t)q->cap * sizeof *q->a); }
    int i = q->n++;
    while (i > 0) {
        int p = (i - 1) / 2;
        if (!before(&t, &q->a[p])) break;
        q->a[i] = q->a[p];
        i = p;
    }
    q->a[i] = t;
}

static struct task pq_pop(struct pq *q) {
    struct task top = q->a[0], last = q->a[--q->n];
    int i = 0;
    for (;;) {
        int c = 2 * i + 1;
        if (c >= q->n) break;
        if (c + 1 < q->n && before(&q->a[c + 1], &q->a[c])) c++;
        if (!before(&q->a[c], &last)) break;
        q->a[i] = q->a[c];
        i = c;
    }
    if (q->n) q->a[i] = last;
    return top;
}

int main(void) {
    struct pq q = {0};
    unsigned s = 2024;
    int seq = 0;
    for (int i = 0; i < 20; i++) {
        s = s * 1103515245u + 12345u;
        struct task t = {(int)(s >> 16) % 5, seq++, (int)(s >> 8) % 9 + 1, ""};
        snprintf(t.name, sizeof t.name, "t%02d", i);
        pq_push(&q, t);
    }
    printf("pop order:");
    while (q.n) { struct task t = pq_pop(&q); printf(" %s(p%d)", t.name, t.prio); }
    printf("\n");
    /* discrete event simulation: events are (time, seq) */
    long now = 0, processed = 0, total_wait = 0;
    for (int i = 0; i < 10; i++) { struct task t = {i * 3, seq++, 4 + i % 3, "arrive"}; pq_push(&q, t); }
    while (q.n && processed < 200) {
        struct task e = pq_pop(&q);
        if (e.prio < now) total_wait += now - e.prio;
        now = e.prio > now ? e.prio : now;
        processed++;
        if (e.duration > 1) {
            struct task nx = {(int)now + e.duration, seq++, e.duration - 1, "again"};
            pq_push(&q, nx);
        }
    }
    printf("simulation: processed=%ld final time=%ld total wait=%ld\n", processed, now, total_wait);
    /* k-way merge of sorted runs */
    int runs[4][6] = {{1, 5, 9, 13, 17, 21}, {2, 3, 5, 8, 13, 21}, {0, 10, 20, 30, 40, 50}, {4, 4, 4, 6, 6, 99}};
    int idx[4] = {0};
    for (int r = 0; r < 4; r++) { struct task t = {runs[r][0], r, 0, ""}; pq_push(&q, t); }
    printf("merged:");
    int prev = -1, sorted = 1;
    while (q.n) {
        struct task t = pq_pop(&q);
        printf(" %d", t.prio);
        sorted &= t.prio >= prev;
        prev = t.prio;
        int r = t.seq;
        if (++idx[r] < 6) { struct task n2 = {runs[r][idx[r]], r, 0, ""}; pq_push(&q, n2); }
    }
    printf("\nsorted=%d\n", sorted);
    free(q.a);
    return 0;
}
