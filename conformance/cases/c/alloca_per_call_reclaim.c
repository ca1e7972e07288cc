#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <alloca.h>

/* alloca memory lives until the function returns, so loops call a helper
   that allocas a few KB per call; thousands of calls must not grow the
   stack (including when the helper gets inlined, which adds
   stacksave/stackrestore around it). Also alloca sized at run time from
   data, alloca'd arrays of structs, and alloca in a recursive function. */

struct rec { int key; double weight; char tag[12]; };

static uint32_t scratch_work(int n, uint32_t seed) {
    uint32_t *tmp = alloca((size_t)n * sizeof *tmp);
    for (int i = 0; i < n; i++) { seed = seed * 1664525u + 1013904223u; tmp[i] = seed >> 7; }
    uint32_t best = 0;
    for (int i = 0; i < n; i += 17) best = tmp[i] > best ? tmp[i] : best;
    return best ^ tmp[n - 1];
}

__attribute__((noinline)) static uint32_t scratch_noinline(int n, uint32_t seed) { return scratch_work(n, seed); }

static int sort_recs(int n, uint32_t seed) {
    struct rec *r = alloca(sizeof(struct rec) * (size_t)n);
    for (int i = 0; i < n; i++) {
        seed = seed * 69069u + 1;
        r[i].key = (int)(seed >> 20);
        r[i].weight = (seed & 0xFF) / 8.0;
        snprintf(r[i].tag, sizeof r[i].tag, "t%u", seed % 1000);
    }
    for (int i = 1; i < n; i++) {
        struct rec x = r[i];
        int j = i - 1;
        while (j >= 0 && r[j].key > x.key) { r[j + 1] = r[j]; j--; }
        r[j + 1] = x;
    }
    int inversions = 0;
    for (int i = 1; i < n; i++) inversions += r[i - 1].key > r[i].key;
    return r[0].key + r[n - 1].key + inversions + (int)strlen(r[n / 2].tag);
}

static int depth_sum(int depth) {
    if (depth == 0) return 0;
    int *frame = alloca(256 * sizeof(int));
    for (int i = 0; i < 256; i++) frame[i] = depth + i;
    int below = depth_sum(depth - 1);
    return below + frame[depth % 256] - frame[0];
}

int main(void) {
    uint32_t acc = 0;
    for (int i = 0; i < 2000; i++) acc ^= scratch_work(256 + i % 512, (uint32_t)i);       /* may be inlined */
    printf("inlined-or-not acc=%08x\n", acc);
    acc = 0;
    for (int i = 0; i < 2000; i++) acc += scratch_noinline(256 + i % 512, (uint32_t)i * 3);
    printf("noinline acc=%08x\n", acc);
    long s = 0;
    for (int i = 0; i < 300; i++) s += sort_recs(20 + i % 30, (uint32_t)i);
    printf("sort_recs sum=%ld\n", s);
    printf("depth_sum(200)=%d\n", depth_sum(200));
    return 0;
}
