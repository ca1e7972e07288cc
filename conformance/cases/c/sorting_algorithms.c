#include <stdio.h>
#include <string.h>

/* Insertion, selection, shell, heap, quick (median-of-three) and counting sort on the same fixed data,
   with comparison/swap counters. */

#define N 200

static long cmps, swaps;

static int lt(int a, int b) { cmps++; return a < b; }
static void swp(int *a, int *b) { swaps++; int t = *a; *a = *b; *b = t; }

static void insertion(int *v, int n) {
    for (int i = 1; i < n; i++) {
        int x = v[i], j = i;
        while (j > 0 && lt(x, v[j - 1])) { v[j] = v[j - 1]; j--; swaps++; }
        v[j] = x;
    }
}
static void selection(int *v, int n) {
    for (int i = 0; i < n - 1; i++) {
        int m = i;
        for (int j = i + 1; j < n; j++) if (lt(v[j], v[m])) m = j;
        if (m != i) swp(&v[i], &v[m]);
    }
}
static void shell(int *v, int n) {
    static const int gaps[] = {701, 301, 132, 57, 23, 10, 4, 1};
    for (int g = 0; g < 8; g++) {
        int gap = gaps[g];
        for (int i = gap; i < n; i++) {
            int x = v[i], j = i;
            while (j >= gap && lt(x, v[j - gap])) { v[j] = v[j - gap]; j -= gap; swaps++; }
            v[j] = x;
        }
    }
}
static void sift(int *v, int start, int end) {
    int root = start;
    while (2 * root + 1 <= end) {
        int child = 2 * root + 1, sw = root;
        if (lt(v[sw], v[child])) sw = child;
        if (child + 1 <= end && lt(v[sw], v[child + 1])) sw = child + 1;
        if (sw == root) return;
        swp(&v[root], &v[sw]);
        root = sw;
    }
}
static void heapsort_(int *v, int n) {
    for (int s = (n - 2) / 2; s >= 0; s--) sift(v, s, n - 1);
    for (int end = n - 1; end > 0; end--) { swp(&v[0], &v[end]); sift(v, 0, end - 1); }
}
static void quick(int *v, int lo, int hi) {
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (lt(v[mid], v[lo])) swp(&v[mid], &v[lo]);
        if (lt(v[hi], v[lo])) swp(&v[hi], &v[lo]);
        if (lt(v[hi], v[mid])) swp(&v[hi], &v[mid]);
        int pivot = v[mid], i = lo, j = hi;
        while (i <= j) {
            while (lt(v[i], pivot)) i++;
            while (lt(pivot, v[j])) j--;
            if (i <= j) { swp(&v[i], &v[j]); i++; j--; }
        }
        if (j - lo < hi - i) { quick(v, lo, j); lo = i; } else { quick(v, i, hi); hi = j; }
    }
}
static void quicksort_(int *v, int n) { quick(v, 0, n - 1); }
static void counting(int *v, int n) {
    int cnt[1000] = {0};
    for (int i = 0; i < n; i++) cnt[v[i]]++;
    int k = 0;
    for (int x = 0; x < 1000; x++) while (cnt[x]--) v[k++] = x;
}

int main(void) {
    int data[N];
    unsigned s = 4242;
    for (int i = 0; i < N; i++) { s = s * 1103515245u + 12345u; data[i] = (int)(s >> 16) % 1000; }
    struct { const char *name; void (*fn)(int *, int); } algos[] = {
        {"insertion", insertion}, {"selection", selection}, {"shell", shell}, {"heap", heapsort_}, {"quick", quicksort_}, {"counting", counting},
    };
    int ref[N];
    memcpy(ref, data, sizeof ref);
    insertion(ref, N);
    for (int a = 0; a < 6; a++) {
        for (int variant = 0; variant < 3; variant++) {
            int v[N];
            if (variant == 0) memcpy(v, data, sizeof v);
            else if (variant == 1) memcpy(v, ref, sizeof v);
            else for (int i = 0; i < N; i++) v[i] = ref[N - 1 - i];
            cmps = swaps = 0;
            algos[a].fn(v, N);
            int ok = memcmp(v, ref, sizeof v) == 0;
            printf("%-9s %-8s cmps=%6ld moves=%6ld %s\n", algos[a].name, variant == 0 ? "random" : variant == 1 ? "sorted" : "reversed",
                   cmps, swaps, ok ? "ok" : "WRONG");
        }
    }
    printf("min=%d median=%d max=%d\n", ref[0], ref[N / 2], ref[N - 1]);
    return 0;
}
