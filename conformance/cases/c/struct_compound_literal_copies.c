#include <stdio.h>
#include <string.h>

/* Struct value semantics: assignment chains, compound literals (block
   scope, modified through pointers, in loops where each iteration gets a
   fresh object), structs containing arrays copied by assignment and
   returned by value, nested struct replacement, swapping via temporaries,
   struct parameters being copies, and self-assignment through aliases. */

struct vec3 { double x, y, z; };
struct name { char first[12], last[16]; };
struct record { int id; struct name nm; int scores[5]; struct vec3 pos; };

static struct record make(int id, const char *f, const char *l) {
    struct record r = {.id = id};
    snprintf(r.nm.first, sizeof r.nm.first, "%s", f);
    snprintf(r.nm.last, sizeof r.nm.last, "%s", l);
    for (int i = 0; i < 5; i++) r.scores[i] = (id * 17 + i * 9) % 101;
    r.pos = (struct vec3){id * 1.0, id * -0.5, id * 0.25};
    return r;
}

static int total(struct record r) {
    int t = 0;
    for (int i = 0; i < 5; i++) { t += r.scores[i]; r.scores[i] = 0; } /* clears only the copy */
    return t;
}

static void swap(struct record *a, struct record *b) { struct record t = *a; *a = *b; *b = t; }

int main(void) {
    struct record a = make(1, "Ada", "Lovelace"), b, c;
    c = b = a;              /* assignment chain */
    b.scores[2] = 1000;     /* arrays inside are copied, not shared */
    c.nm = (struct name){"Grace", "Hopper"};
    printf("a: %d %s %s s2=%d | b.s2=%d | c: %s %s\n", a.id, a.nm.first, a.nm.last, a.scores[2], b.scores[2], c.nm.first,
           c.nm.last);
    printf("total(a)=%d still a.s0=%d\n", total(a), a.scores[0]);

    for (int i = 0; i < 4; i++) {
        struct vec3 *p = &(struct vec3){i, i * i, -i};  /* fresh object each iteration, valid within the body */
        p->z *= 2;
        printf("literal %d: %.1f %.1f %.1f\n", i, p->x, p->y, p->z);
    }
    int *arr = (int[]){5, 4, 3, 2, 1};
    arr[0] = 50;
    int s = 0;
    for (int i = 0; i < 5; i++) s += arr[i];
    printf("array literal sum=%d\n", s);

    struct record people[4] = {make(7, "Alan", "Turing"), make(3, "Edsger", "Dijkstra"), make(9, "Barbara", "Liskov"),
                               make(5, "Donald", "Knuth")};
    for (int i = 0; i < 4; i++)
        for (int j = 0; j + 1 < 4 - i; j++)
            if (strcmp(people[j].nm.last, people[j + 1].nm.last) > 0) swap(&people[j], &people[j + 1]);
    for (int i = 0; i < 4; i++)
        printf("%d %-8s %-9s total=%d pos=(%.2f,%.2f,%.2f)\n", people[i].id, people[i].nm.first, people[i].nm.last,
               total(people[i]), people[i].pos.x, people[i].pos.y, people[i].pos.z);
    struct record *alias = &people[1];
    *alias = people[1];     /* self assignment */
    people[2].pos = people[1].pos;
    people[3] = (struct record){.id = -1, .nm = {"X", "Y"}, .scores = {[4] = 42}};
    printf("after: %s %.2f %d %s %d\n", alias->nm.last, people[2].pos.x, people[3].id, people[3].nm.last, people[3].scores[4]);
    return 0;
}
