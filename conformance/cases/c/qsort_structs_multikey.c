#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* qsort of structs with multi-key comparators (dept asc, salary desc, name asc) and a stable sort via index key. */

struct emp { char name[12]; int dept; double salary; int age; int idx; };

static int cmp_multi(const void *pa, const void *pb) {
    const struct emp *a = pa, *b = pb;
    if (a->dept != b->dept) return a->dept < b->dept ? -1 : 1;
    if (a->salary != b->salary) return a->salary > b->salary ? -1 : 1;
    return strcmp(a->name, b->name);
}

static int cmp_age_stable(const void *pa, const void *pb) {
    const struct emp *a = pa, *b = pb;
    if (a->age / 10 != b->age / 10) return a->age / 10 - b->age / 10;
    return a->idx - b->idx;
}

static int cmp_ptr_salary(const void *pa, const void *pb) {
    const struct emp *a = *(const struct emp *const *)pa, *b = *(const struct emp *const *)pb;
    if (a->salary < b->salary) return -1;
    if (a->salary > b->salary) return 1;
    return a->idx - b->idx;
}

static struct emp staff[] = {
    {"olga", 3, 5100, 44}, {"ivan", 1, 7200, 31}, {"anna", 2, 5100, 28}, {"petr", 1, 7200, 52},
    {"maria", 3, 6100, 39}, {"boris", 2, 4300, 25}, {"elena", 1, 3900, 47}, {"dmitri", 3, 5100, 33},
    {"sofia", 2, 8800, 41}, {"yuri", 1, 7200, 29}, {"nina", 3, 4700, 58}, {"oleg", 2, 4300, 36},
};

int main(void) {
    size_t n = sizeof staff / sizeof staff[0];
    for (size_t i = 0; i < n; i++) staff[i].idx = (int)i;
    struct emp *byptr[12];
    for (size_t i = 0; i < n; i++) byptr[i] = &staff[i];
    qsort(byptr, n, sizeof byptr[0], cmp_ptr_salary);
    printf("by salary via pointers:");
    for (size_t i = 0; i < n; i++) printf(" %s", byptr[i]->name);
    printf("\n");
    qsort(staff, n, sizeof staff[0], cmp_multi);
    printf("dept salary name\n");
    for (size_t i = 0; i < n; i++) printf("%d %7.0f %s\n", staff[i].dept, staff[i].salary, staff[i].name);
    for (size_t i = 0; i < n; i++) staff[i].idx = (int)i;
    qsort(staff, n, sizeof staff[0], cmp_age_stable);
    printf("by age decade (stable):");
    for (size_t i = 0; i < n; i++) printf(" %s/%d", staff[i].name, staff[i].age);
    printf("\n");
    double dept_tot[4] = {0};
    for (size_t i = 0; i < n; i++) dept_tot[staff[i].dept] += staff[i].salary;
    for (int d = 1; d <= 3; d++) printf("dept %d total %.0f\n", d, dept_tot[d]);
    return 0;
}
