/* list_chase.c - pointer chasing through shuffled linked lists.
 *
 * NODES nodes live in one malloc'd array, but are linked in an order given
 * by an LCG Fisher-Yates shuffle, so successive nodes are far apart in
 * memory.  The main loop walks the whole singly linked ring `laps` times,
 * reading and updating each node's payload.  Every 16 laps a doubly linked
 * list threaded through the same nodes is spliced (a run of nodes moved to
 * the front), so the second walk order changes over time too.
 *
 * argv[1] = number of laps around the 65536-node ring (work is linear).
 */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

#define NODES 65536
#define DEFAULT_LAPS 200

struct node {
    struct node *next;   /* singly linked ring */
    struct node *fwd;    /* doubly linked list */
    struct node *back;
    uint32_t value;
    uint32_t visits;
};

static uint32_t rng = 0x1234567u;

static uint32_t next_rand(void)
{
    rng = rng * 1664525u + 1013904223u;
    return rng;
}

int main(int argc, char **argv)
{
    long laps = DEFAULT_LAPS;
    if (argc > 1) {
        long v = atol(argv[1]);
        if (v > 0)
            laps = v;
    }

    struct node *pool = malloc(NODES * sizeof *pool);
    uint32_t *order = malloc(NODES * sizeof *order);
    if (!pool || !order) {
        printf("checksum: out-of-memory\n");
        return 1;
    }

    for (uint32_t i = 0; i < NODES; i++) {
        order[i] = i;
        pool[i].value = next_rand() >> 4;
        pool[i].visits = 0;
    }
    for (uint32_t i = NODES - 1; i > 0; i--) {
        uint32_t j = (next_rand() >> 8) % (i + 1);
        uint32_t t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
    for (uint32_t i = 0; i < NODES; i++)
        pool[order[i]].next = &pool[order[(i + 1) % NODES]];

    /* second, independent shuffle for the doubly linked list */
    for (uint32_t i = NODES - 1; i > 0; i--) {
        uint32_t j = (next_rand() >> 8) % (i + 1);
        uint32_t t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
    struct node *head = &pool[order[0]];
    for (uint32_t i = 0; i < NODES; i++) {
        struct node *n = &pool[order[i]];
        n->fwd = (i + 1 < NODES) ? &pool[order[i + 1]] : NULL;
        n->back = (i > 0) ? &pool[order[i - 1]] : NULL;
    }

    uint64_t check = 0;
    struct node *cur = &pool[0];
    for (long lap = 0; lap < laps; lap++) {
        uint32_t acc = (uint32_t)lap;
        for (uint32_t k = 0; k < NODES; k++) {
            acc = (acc ^ cur->value) * 16777619u;
            cur->value += acc >> 28;
            cur = cur->next;
        }
        check = check * 0x100000001B3ULL + acc;

        if (lap % 16 == 15) {
            /* walk the doubly linked list up to a random position, then
             * move the run that follows it to the front */
            uint32_t skip = 1 + (next_rand() >> 8) % (NODES - 64);
            struct node *start = head;
            for (uint32_t k = 0; k < skip; k++) {
                start->visits++;
                start = start->fwd;
            }
            struct node *last = start;
            for (int k = 0; k < 31 && last->fwd; k++)
                last = last->fwd;
            /* unlink [start, last] */
            struct node *before = start->back;
            struct node *after = last->fwd;
            before->fwd = after;
            if (after)
                after->back = before;
            /* push to front */
            start->back = NULL;
            last->fwd = head;
            head->back = last;
            head = start;

            uint32_t back_sum = 0;
            struct node *tail = head;
            while (tail->fwd)
                tail = tail->fwd;
            for (struct node *n = tail; n; n = n->back)
                back_sum = back_sum * 31u + (n->value & 0xFFu);
            check ^= back_sum;
        }
    }

    uint32_t pos = 0;
    for (struct node *n = head; n; n = n->fwd, pos++)
        check += (uint64_t)(n->visits ^ pos) * (n->value | 1u);

    free(order);
    free(pool);
    printf("checksum: %llu\n", (unsigned long long)check);
    return 0;
}
