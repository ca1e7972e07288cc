#include <stdio.h>
#include <stddef.h>

/* Negative indices and pointers that walk backwards (all within the object). */

struct header { int len; int tag; };
struct block { struct header h; int data[8]; };

static int window_sum(const int *center, int radius) {
    int s = 0;
    for (int k = -radius; k <= radius; k++) s += center[k];
    return s;
}

/* recover the containing struct from a pointer to a member */
#define CONTAINER_OF(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

int main(void) {
    int arr[32];
    for (int i = 0; i < 32; i++) arr[i] = i * i % 17;
    int *end = arr + 32;
    printf("last three via end[-k]: %d %d %d\n", end[-1], end[-2], end[-3]);
    for (int c = 3; c < 29; c += 5) printf("window around %d: %d\n", c, window_sum(&arr[c], 3));
    long back = 0;
    for (int *p = end - 1; p >= arr + 1; p -= 2) back += *p * (p - arr);
    printf("backward weighted=%ld\n", back);
    int base[10] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    int *q = base + 9;
    int i = -9;
    int alt = 0;
    while (i <= 0) { alt += q[i] * (i % 2 ? -1 : 1); i++; }
    printf("alternating via negative offsets=%d\n", alt);
    struct block blocks[3];
    for (int b = 0; b < 3; b++) {
        blocks[b].h.len = 8; blocks[b].h.tag = 100 + b;
        for (int k = 0; k < 8; k++) blocks[b].data[k] = b * 10 + k;
    }
    for (int b = 0; b < 3; b++) {
        int *d = &blocks[b].data[5];
        struct block *owner = CONTAINER_OF(d - 5, struct block, data);
        printf("data[5]=%d owner tag=%d len=%d\n", *d, owner->h.tag, owner->h.len);
    }
    /* char buffer parsed from the end */
    char num[] = "123456789";
    char *p = num + sizeof num - 2;
    long val = 0, mul = 1;
    while (p >= num) { val += (*p - '0') * mul; mul *= 10; p--; }
    printf("parsed backwards=%ld\n", val);
    /* 2D negative row offsets */
    int g[5][5];
    for (int r = 0; r < 5; r++) for (int c = 0; c < 5; c++) g[r][c] = r * 5 + c;
    int (*row)[5] = &g[4];
    printf("row[-2][3]=%d row[-4][0]=%d\n", row[-2][3], row[-4][0]);
    return 0;
}
