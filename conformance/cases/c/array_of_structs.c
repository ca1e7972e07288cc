#include <stdio.h>
#include <string.h>

/* Arrays of structs: updates, searches, nested arrays inside structs. */

struct employee {
    char name[16];
    int age;
    double salary;
    short dept;
    unsigned char grades[4];
};

static struct employee staff[] = {
    {"alice", 34, 5200.50, 2, {90, 85, 77, 92}},
    {"bob", 45, 6100.00, 1, {60, 70, 80, 90}},
    {"carol", 29, 4800.25, 2, {99, 98, 97, 96}},
    {"dan", 52, 7300.75, 3, {50, 55, 65, 75}},
    {"eve", 38, 5900.00, 1, {88, 81, 79, 83}},
    {"frank", 41, 6600.10, 3, {72, 74, 76, 78}},
};
#define NSTAFF (int)(sizeof staff / sizeof staff[0])

static double avg_grade(const struct employee *e) {
    int s = 0;
    for (int i = 0; i < 4; i++) s += e->grades[i];
    return s / 4.0;
}

static struct employee *oldest(struct employee *arr, int n) {
    struct employee *best = &arr[0];
    for (int i = 1; i < n; i++) if (arr[i].age > best->age) best = &arr[i];
    return best;
}

int main(void) {
    double dept_total[4] = {0};
    int dept_count[4] = {0};
    for (int i = 0; i < NSTAFF; i++) {
        dept_total[staff[i].dept] += staff[i].salary;
        dept_count[staff[i].dept]++;
    }
    for (int d = 1; d <= 3; d++) printf("dept %d: %d people, total %.2f\n", d, dept_count[d], dept_total[d]);
    for (int i = 0; i < NSTAFF; i++) staff[i].salary *= 1.0 + staff[i].age / 1000.0;
    for (int i = 0; i < NSTAFF; i++)
        printf("%-6s age %2d salary %9.3f avg grade %.2f\n", staff[i].name, staff[i].age, staff[i].salary,
               avg_grade(&staff[i]));
    struct employee *o = oldest(staff, NSTAFF);
    printf("oldest: %s (index %td)\n", o->name, o - staff);
    struct employee copy = staff[2];
    strcpy(copy.name, "carol2");
    copy.grades[0] = 1;
    printf("copy %s grade0 %u, original %s grade0 %u\n", copy.name, copy.grades[0], staff[2].name, staff[2].grades[0]);
    struct employee tmp = staff[0]; staff[0] = staff[NSTAFF - 1]; staff[NSTAFF - 1] = tmp;
    printf("after swap: first=%s last=%s\n", staff[0].name, staff[NSTAFF - 1].name);
    printf("sizeof employee=%zu total=%zu\n", sizeof(struct employee), sizeof staff);
    int best_grade = 0;
    const char *best_name = "";
    for (int i = 0; i < NSTAFF; i++)
        for (int g = 0; g < 4; g++)
            if (staff[i].grades[g] > best_grade) { best_grade = staff[i].grades[g]; best_name = staff[i].name; }
    printf("best single grade %d by %s\n", best_grade, best_name);
    return 0;
}
