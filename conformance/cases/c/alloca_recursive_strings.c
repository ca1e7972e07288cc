#include <stdio.h>
#include <string.h>
#include <alloca.h>

/* Recursive algorithms keeping per-level scratch buffers on the stack via
   alloca and VLAs: permutation generation with an alloca'd "used" array
   per level, a recursive string builder that concatenates children into
   an alloca buffer, and a divide-and-conquer merge sort with VLA temps. */

static long perm_count, perm_checksum;

static void permute(const char *items, int n, char *cur, int depth) {
    if (depth == n) {
        perm_count++;
        long v = 0;
        for (int i = 0; i < n; i++) v = v * 7 + (cur[i] - 'a');
        perm_checksum = perm_checksum * 31 % 1000000007 + v;
        return;
    }
    char *used = alloca((size_t)n);
    memset(used, 0, (size_t)n);
    for (int i = 0; i < depth; i++) used[cur[i] - 'a'] = 1;
    for (int i = 0; i < n; i++) {
        if (used[i]) continue;
        cur[depth] = items[i];
        permute(items, n, cur, depth + 1);
    }
}

/* builds "(L R)" descriptions of a complete binary tree of given height */
static size_t build(int height, int id, char *out, size_t cap) {
    if (height == 0) return (size_t)snprintf(out, cap, "%d", id);
    size_t lcap = (size_t)(16 << height);
    char *l = alloca(lcap), *r = alloca(lcap);
    build(height - 1, id * 2, l, lcap);
    build(height - 1, id * 2 + 1, r, lcap);
    return (size_t)snprintf(out, cap, "(%s %s)", l, r);
}

static void msort(int n, int *a) {
    if (n < 2) return;
    int h = n / 2;
    int left[h], right[n - h];
    memcpy(left, a, sizeof left);
    memcpy(right, a + h, sizeof right);
    msort(h, left);
    msort(n - h, right);
    int i = 0, j = 0, k = 0;
    while (i < h && j < n - h) a[k++] = left[i] <= right[j] ? left[i++] : right[j++];
    while (i < h) a[k++] = left[i++];
    while (j < n - h) a[k++] = right[j++];
}

int main(void) {
    char cur[8];
    permute("abcdefg", 7, cur, 0);
    printf("permutations=%ld checksum=%ld\n", perm_count, perm_checksum);
    char buf[2048];
    for (int h = 0; h <= 5; h++) {
        size_t len = build(h, 1, buf, sizeof buf);
        if (h <= 3) printf("h=%d len=%zu %s\n", h, len, buf);
        else printf("h=%d len=%zu tail=%s\n", h, len, buf + len - 20);
    }
    int data[3000];
    unsigned s = 99;
    for (int i = 0; i < 3000; i++) { s = s * 1103515245u + 12345u; data[i] = (int)(s >> 16) % 10000 - 5000; }
    msort(3000, data);
    int sorted = 1;
    for (int i = 1; i < 3000; i++) sorted &= data[i - 1] <= data[i];
    printf("msort sorted=%d min=%d median=%d max=%d\n", sorted, data[0], data[1500], data[2999]);
    return 0;
}
