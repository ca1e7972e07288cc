/* sort_ints.c - hand-written sorting of LCG data.
 *
 * Each round fills an array of 8192 uint32 keys from an LCG (with a small
 * range every third round, to create many duplicates), then sorts three
 * copies with
 *   - quicksort (median-of-three, Hoare partition, insertion sort below 16,
 *     recursion on the smaller side),
 *   - bottom-up merge sort with a scratch buffer,
 *   - heapsort (sift-down),
 * verifies the three results agree and are ordered, and folds sampled keys
 * into the checksum.
 *
 * argv[1] = number of rounds (work is linear in it).
 */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

#define LEN 8192
#define DEFAULT_ROUNDS 240

static uint64_t rng = 0xFEEDFACECAFEBEEFULL;

static uint32_t next_rand(void)
{
    rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)(rng >> 32);
}

static void insertion_sort(uint32_t *a, long lo, long hi)
{
    for (long i = lo + 1; i <= hi; i++) {
        uint32_t v = a[i];
        long j = i - 1;
        while (j >= lo && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

static void swap_u32(uint32_t *a, uint32_t *b)
{
    uint32_t t = *a;
    *a = *b;
    *b = t;
}

static void quick_sort(uint32_t *a, long lo, long hi)
{
    while (hi - lo >= 16) {
        long mid = lo + (hi - lo) / 2;
        if (a[mid] < a[lo])
            swap_u32(&a[mid], &a[lo]);
        if (a[hi] < a[lo])
            swap_u32(&a[hi], &a[lo]);
        if (a[hi] < a[mid])
            swap_u32(&a[hi], &a[mid]);
        uint32_t pivot = a[mid];
        long i = lo - 1, j = hi + 1;
        for (;;) {
            do
                i++;
            while (a[i] < pivot);
            do
                j--;
            while (a[j] > pivot);
            if (i >= j)
                break;
            swap_u32(&a[i], &a[j]);
        }
        /* [lo, j] and [j+1, hi]; recurse on the smaller part */
        if (j - lo < hi - j) {
            quick_sort(a, lo, j);
            lo = j + 1;
        } else {
            quick_sort(a, j + 1, hi);
            hi = j;
        }
    }
    insertion_sort(a, lo, hi);
}

static void merge_sort(uint32_t *a, uint32_t *tmp, long n)
{
    uint32_t *src = a, *dst = tmp;
    for (long width = 1; width < n; width *= 2) {
        for (long lo = 0; lo < n; lo += 2 * width) {
            long mid = lo + width < n ? lo + width : n;
            long hi = lo + 2 * width < n ? lo + 2 * width : n;
            long i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                dst[k++] = src[j] < src[i] ? src[j++] : src[i++];
            while (i < mid)
                dst[k++] = src[i++];
            while (j < hi)
                dst[k++] = src[j++];
        }
        uint32_t *t = src;
        src = dst;
        dst = t;
    }
    if (src != a)
        for (long i = 0; i < n; i++)
            a[i] = src[i];
}

static void sift_down(uint32_t *a, long root, long n)
{
    uint32_t v = a[root];
    for (;;) {
        long child = 2 * root + 1;
        if (child >= n)
            break;
        if (child + 1 < n && a[child + 1] > a[child])
            child++;
        if (a[child] <= v)
            break;
        a[root] = a[child];
        root = child;
    }
    a[root] = v;
}

static void heap_sort(uint32_t *a, long n)
{
    for (long i = n / 2 - 1; i >= 0; i--)
        sift_down(a, i, n);
    for (long end = n - 1; end > 0; end--) {
        swap_u32(&a[0], &a[end]);
        sift_down(a, 0, end);
    }
}

int main(int argc, char **argv)
{
    long rounds = DEFAULT_ROUNDS;
    if (argc > 1) {
        long v = atol(argv[1]);
        if (v > 0)
            rounds = v;
    }

    static uint32_t qa[LEN], ma[LEN], ha[LEN], tmp[LEN];
    uint64_t check = 0;
    unsigned long errors = 0;

    for (long r = 0; r < rounds; r++) {
        uint32_t mask = (r % 3 == 2) ? 0x3FFu : 0xFFFFFFFFu;
        for (long i = 0; i < LEN; i++) {
            uint32_t v = next_rand() & mask;
            qa[i] = v;
            ma[i] = v;
            ha[i] = v;
        }
        quick_sort(qa, 0, LEN - 1);
        merge_sort(ma, tmp, LEN);
        heap_sort(ha, LEN);

        for (long i = 0; i < LEN; i++) {
            if (qa[i] != ma[i] || qa[i] != ha[i])
                errors++;
            if (i > 0 && qa[i - 1] > qa[i])
                errors++;
        }
        for (long i = 0; i < LEN; i += 97)
            check = check * 0x100000001B3ULL + qa[i];
        check ^= (uint64_t)qa[LEN - 1] << 13;
    }

    check += (uint64_t)errors << 48;
    printf("checksum: %llu\n", (unsigned long long)check);
    return 0;
}
