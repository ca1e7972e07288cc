#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Merge sort: top-down recursive, bottom-up iterative, on ints and on records (stable by construction);
   inversion counting via merge. */

static long merge_count(int *v, int *tmp, int lo, int mid, int hi) {
    int i = lo, j = mid, k = lo;
    long inv = 0;
    while (i < mid && j < hi) {
        if (v[i] <= v[j]) tmp[k++] = v[i++];
        else { tmp[k++] = v[j++]; inv += mid - i; }
    }
    while (i < mid) tmp[k++] = v[i++];
    while (j < hi) tmp[k++] = v[j++];
    memcpy(v + lo, tmp + lo, (size_t)(hi - lo) * sizeof *v);
    return inv;
}

static long msort_td(int *v, int *tmp, int lo, int hi) {
    if (hi - lo < 2) return 0;
    int mid = lo + (hi - lo) / 2;
    long inv = msort_td(v, tmp, lo, mid) + msort_td(v, tmp, mid, hi);
    return inv + merge_count(v, tmp, lo, mid, hi);
}

static long msort_bu(int *v, int n) {
    int *tmp = malloc((size_t)n * sizeof *tmp);
    long inv = 0;
    for (int width = 1; width < n; width *= 2)
        for (int lo = 0; lo < n - width; lo += 2 * width) {
            int mid = lo + width, hi = lo + 2 * width < n ? lo + 2 * width : n;
            inv += merge_count(v, tmp, lo, mid, hi);
        }
    free(tmp);
    return inv;
}

struct rec { int key; char tag; };

static void msort_rec(struct rec *v, struct rec *tmp, int n) {
    if (n < 2) return;
    int h = n / 2;
    msort_rec(v, tmp, h);
    msort_rec(v + h, tmp, n - h);
    int i = 0, j = h, k = 0;
    while (i < h && j < n) tmp[k++] = v[j].key < v[i].key ? v[j++] : v[i++];
    while (i < h) tmp[k++] = v[i++];
    while (j < n) tmp[k++] = v[j++];
    memcpy(v, tmp, (size_t)n * sizeof *v);
}

int main(void) {
    enum { N = 2000 };
    static int a[N], b[N], tmp[N];
    unsigned s = 77;
    for (int i = 0; i < N; i++) { s = s * 69069u + 1; a[i] = b[i] = (int)(s >> 12) % 5000; }
    long brute = 0;
    for (int i = 0; i < 300; i++) for (int j = i + 1; j < 300; j++) brute += a[i] > a[j];
    int c[300];
    memcpy(c, a, sizeof c);
    int ctmp[300];
    long inv300 = msort_td(c, ctmp, 0, 300);
    printf("inversions in first 300: brute=%ld merge=%ld\n", brute, inv300);
    long i1 = msort_td(a, tmp, 0, N), i2 = msort_bu(b, N);
    printf("inversions N=%d: top-down=%ld bottom-up=%ld same-result=%d\n", N, i1, i2, memcmp(a, b, sizeof a) == 0);
    int sorted = 1;
    for (int i = 1; i < N; i++) sorted &= a[i - 1] <= a[i];
    printf("sorted=%d a[0]=%d a[N/2]=%d a[N-1]=%d\n", sorted, a[0], a[N / 2], a[N - 1]);
    struct rec r[26], rt[26];
    for (int i = 0; i < 26; i++) { r[i].key = (i * 7) % 5; r[i].tag = (char)('a' + i); }
    msort_rec(r, rt, 26);
    printf("stable records:");
    for (int i = 0; i < 26; i++) printf(" %d%c", r[i].key, r[i].tag);
    printf("\n");
    return 0;
}
