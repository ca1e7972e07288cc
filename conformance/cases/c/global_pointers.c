#include <stdio.h>

/* Globals initialised with addresses: of other globals, elements, fields, strings and functions. */

struct point { int x, y; };
struct shape { const char *name; struct point *origin; int *sides; int (*area)(const struct shape *); };

int numbers[10] = {0, 1, 4, 9, 16, 25, 36, 49, 64, 81};
int *third = &numbers[3];
int *past_end = numbers + 10;
int (*whole)[10] = &numbers;
struct point pts[3] = {{1, 2}, {3, 4}, {5, 6}};
int *pt_y = &pts[1].y;
struct point *last_pt = &pts[2];
const char *greeting = "hello, globals";
const char *word_in_greeting = &"hello, globals"[7];
char letters[] = "abcdef";
char *letter_d = &letters[3];

static int square_sides = 4, tri_sides = 3;
static int area_square(const struct shape *s) { return s->origin->x * s->origin->x * *s->sides / 4; }
static int area_tri(const struct shape *s) { return s->origin->x * s->origin->y / 2 + *s->sides - 3; }

struct shape shapes[] = {
    {"square", &pts[0], &square_sides, area_square},
    {"tri", &pts[2], &tri_sides, area_tri},
};
struct shape *favourite = &shapes[1];
int (*area_fns[])(const struct shape *) = {area_square, area_tri};
const char *const names[] = {"zero", "one", "two", "three"};
const char *const *name_ptr = &names[2];
int **indirect = &third;
int ***indirect2 = &indirect;

int main(void) {
    printf("*third=%d third[1]=%d past_end-third=%td (*whole)[9]=%d\n", *third, third[1], past_end - third, (*whole)[9]);
    *pt_y += 100;
    printf("pts[1].y=%d last_pt->x=%d\n", pts[1].y, last_pt->x);
    printf("greeting=%s word=%s\n", greeting, word_in_greeting);
    *letter_d = 'D';
    printf("letters=%s\n", letters);
    for (int i = 0; i < 2; i++)
        printf("shape %s area=%d via table=%d\n", shapes[i].name, shapes[i].area(&shapes[i]), area_fns[i](&shapes[i]));
    printf("favourite=%s sides=%d\n", favourite->name, *favourite->sides);
    printf("name_ptr=%s next=%s\n", *name_ptr, name_ptr[1]);
    ***indirect2 = 999;
    printf("numbers[3] via triple pointer=%d\n", numbers[3]);
    third = &numbers[8];
    printf("retargeted: **indirect=%d\n", **indirect);
    int sum = 0;
    for (int *p = numbers; p != past_end; p++) sum += *p;
    printf("sum=%d\n", sum);
    return 0;
}
