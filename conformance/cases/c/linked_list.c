#include <stdio.h>
#include <stdlib.h>

/* Singly and doubly linked lists: insert, delete, reverse, merge sort, cycle detection. */

struct node { int v; struct node *next; };

static struct node *push(struct node *head, int v) {
    struct node *n = malloc(sizeof *n);
    n->v = v;
    n->next = head;
    return n;
}

static void print_list(const char *label, const struct node *h) {
    printf("%s:", label);
    for (; h; h = h->next) printf(" %d", h->v);
    printf("\n");
}

static struct node *reverse(struct node *h) {
    struct node *prev = NULL;
    while (h) { struct node *nx = h->next; h->next = prev; prev = h; h = nx; }
    return prev;
}

static struct node *remove_if(struct node *h, int (*pred)(int), int *removed) {
    struct node **pp = &h;
    while (*pp) {
        if (pred((*pp)->v)) { struct node *d = *pp; *pp = d->next; free(d); ++*removed; }
        else pp = &(*pp)->next;
    }
    return h;
}

static struct node *merge(struct node *a, struct node *b) {
    struct node dummy, *t = &dummy;
    while (a && b) {
        if (a->v <= b->v) { t->next = a; a = a->next; } else { t->next = b; b = b->next; }
        t = t->next;
    }
    t->next = a ? a : b;
    return dummy.next;
}

static struct node *msort(struct node *h) {
    if (!h || !h->next) return h;
    struct node *slow = h, *fast = h->next;
    while (fast && fast->next) { slow = slow->next; fast = fast->next->next; }
    struct node *right = slow->next;
    slow->next = NULL;
    return merge(msort(h), msort(right));
}

static int has_cycle(struct node *h) {
    struct node *s = h, *f = h;
    while (f && f->next) { s = s->next; f = f->next->next; if (s == f) return 1; }
    return 0;
}

static int is_multiple_of_3(int v) { return v % 3 == 0; }

struct dnode { int v; struct dnode *prev, *next; };

int main(void) {
    struct node *h = NULL;
    unsigned s = 17;
    for (int i = 0; i < 25; i++) { s = s * 1103515245u + 12345u; h = push(h, (int)(s >> 16) % 100); }
    print_list("initial", h);
    h = reverse(h);
    print_list("reversed", h);
    int removed = 0;
    h = remove_if(h, is_multiple_of_3, &removed);
    printf("removed %d multiples of 3\n", removed);
    h = msort(h);
    print_list("sorted", h);
    printf("cycle: %d\n", has_cycle(h));
    struct node *last = h;
    while (last->next) last = last->next;
    last->next = h->next->next;
    printf("cycle after linking tail: %d\n", has_cycle(h));
    last->next = NULL;
    int len = 0;
    long sum = 0;
    while (h) { struct node *nx = h->next; len++; sum += h->v; free(h); h = nx; }
    printf("freed %d nodes, sum %ld\n", len, sum);
    /* doubly linked list used as a deque */
    struct dnode head = {0, &head, &head};
    for (int i = 1; i <= 10; i++) {
        struct dnode *n = malloc(sizeof *n);
        n->v = i;
        if (i % 2) { n->next = head.next; n->prev = &head; head.next->prev = n; head.next = n; }
        else { n->prev = head.prev; n->next = &head; head.prev->next = n; head.prev = n; }
    }
    printf("deque forward:");
    for (struct dnode *p = head.next; p != &head; p = p->next) printf(" %d", p->v);
    printf("\ndeque backward:");
    for (struct dnode *p = head.prev; p != &head; p = p->prev) printf(" %d", p->v);
    printf("\n");
    while (head.next != &head) {
        struct dnode *n = head.next;
        head.next = n->next;
        n->next->prev = &head;
        free(n);
    }
    return 0;
}
