#include <stdio.h>
#include <stdint.h>
#include <limits.h>

/* __builtin_*_overflow family with several types. */

static int safe_factorial(int n, int *out) {
    int acc = 1;
    for (int i = 2; i <= n; i++)
        if (__builtin_mul_overflow(acc, i, &acc)) return 0;
    *out = acc;
    return 1;
}

static int checked_sum(const long long *v, int n, long long *out) {
    long long s = 0;
    for (int i = 0; i < n; i++)
        if (__builtin_saddll_overflow(s, v[i], &s)) return i;
    *out = s;
    return -1;
}

int main(void) {
    int r, o;
    o = __builtin_add_overflow(INT_MAX, 1, &r);
    printf("add INT_MAX+1 overflow=%d\n", o);
    printf("  wrapped result=%d\n", r);
    o = __builtin_sub_overflow(INT_MIN, 1, &r);
    printf("sub INT_MIN-1 overflow=%d\n", o);
    printf("  wrapped result=%d\n", r);
    o = __builtin_mul_overflow(65536, 65536, &r);
    printf("mul 65536*65536 overflow=%d result=%d\n", o, r);
    unsigned u;
    o = __builtin_add_overflow(4000000000u, 400000000u, &u);
    printf("uadd overflow=%d result=%u\n", o, u);
    o = __builtin_sub_overflow(3u, 5u, &u);
    printf("usub 3-5 overflow=%d result=%u\n", o, u);
    uint8_t b;
    o = __builtin_add_overflow((uint8_t)200, (uint8_t)100, &b);
    printf("u8 200+100 overflow=%d result=%u\n", o, b);
    int16_t s16;
    o = __builtin_mul_overflow(300, 200, &s16);
    printf("i16 300*200 overflow=%d result=%d\n", o, s16);
    o = __builtin_mul_overflow(100, 200, &s16);
    printf("i16 100*200 overflow=%d result=%d\n", o, s16);
    /* mixed types: result type decides */
    long long ll;
    o = __builtin_mul_overflow(INT_MAX, INT_MAX, &ll);
    printf("int*int into ll overflow=%d result=%lld\n", o, ll);
    unsigned long ul;
    printf("negative into unsigned overflow=%d\n", __builtin_add_overflow(-5, 3, &ul));
    for (int n = 10; n <= 14; n++) {
        int f;
        if (safe_factorial(n, &f)) printf("%d! = %d\n", n, f);
        else printf("%d! overflows int\n", n);
    }
    long long vals[] = {LLONG_MAX / 2, LLONG_MAX / 3, LLONG_MAX / 4, 5, LLONG_MAX / 5};
    long long s = 0;
    int at = checked_sum(vals, 5, &s);
    printf("checked sum overflow at index %d\n", at);
    at = checked_sum(vals + 1, 3, &s);
    printf("checked sum of 3: at=%d sum=%lld\n", at, s);
    /* count overflows in a loop */
    int count = 0;
    int x = 1;
    for (int i = 0; i < 1000; i++) {
        int y;
        if (__builtin_mul_overflow(x, 3, &y)) { count++; x = i + 1; }
        else x = y;
    }
    printf("overflow events=%d final x=%d\n", count, x);
    return count % 50;
}
