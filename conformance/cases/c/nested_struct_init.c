#include <stdio.h>
#include <string.h>

/* Deeply nested aggregate initialisers: structs of arrays of structs of unions. */

struct addr { char street[24]; int number; };
struct person { const char *name; int age; struct addr home; double scores[3]; };
struct team { const char *title; struct person members[3]; int nmembers; struct { int wins, losses; } record; };

union num { int i; float f; };
struct tagged { char kind; union num v; };
struct program { const char *name; struct tagged consts[4]; int code[2][3]; };

static struct team league[] = {
    {"Owls", {{"ann", 31, {"Elm St", 12}, {9.5, 8.0, 7.25}}, {"ben", 27, {"Oak Ave", 7}, {6.0, 6.5, 7.0}}}, 2, {10, 4}},
    {"Foxes", {{"cid", 45, {"Pine Rd", 101}, {5.0}}, {"dee", 38, {"Birch Ln", 3}, {8.0, 9.0}}, {"eli", 22, {"Ash Ct", 55}, {10, 10, 10}}}, 3, {7, 7}},
    {"Solo", {{"fay", 50, {"Main", 1}}}, 1, {0, 14}},
};

static const struct program progs[2] = {
    {"p1", {{'i', {.i = 42}}, {'f', {.f = 1.5f}}, {'i', {-7}}}, {{1, 2, 3}, {4, 5, 6}}},
    {"p2", {{'f', {.f = -0.25f}}}, {{9}, {8, 7}}},
};

int main(void) {
    for (size_t t = 0; t < sizeof league / sizeof league[0]; t++) {
        struct team *tm = &league[t];
        printf("%s (%d-%d):\n", tm->title, tm->record.wins, tm->record.losses);
        for (int m = 0; m < tm->nmembers; m++) {
            struct person *p = &tm->members[m];
            double avg = (p->scores[0] + p->scores[1] + p->scores[2]) / 3;
            printf("  %-4s %2d %3d %-9s avg %.3f\n", p->name, p->age, p->home.number, p->home.street, avg);
        }
        int unused = 0;
        for (int m = tm->nmembers; m < 3; m++) unused += tm->members[m].name == NULL && tm->members[m].age == 0;
        printf("  unused slots zeroed: %d\n", unused);
    }
    for (int i = 0; i < 2; i++) {
        printf("%s:", progs[i].name);
        for (int k = 0; k < 4; k++) {
            const struct tagged *c = &progs[i].consts[k];
            if (c->kind == 'i') printf(" i%d", c->v.i);
            else if (c->kind == 'f') printf(" f%g", c->v.f);
            else printf(" -");
        }
        for (int r = 0; r < 2; r++) for (int c = 0; c < 3; c++) printf(" %d", progs[i].code[r][c]);
        printf("\n");
    }
    struct team copy = league[1];
    strcpy(copy.members[0].home.street, "Changed");
    printf("copy street=%s original=%s\n", copy.members[0].home.street, league[1].members[0].home.street);
    return 0;
}
