#include <stdio.h>
#include <stdlib.h>
#include <limits.h>

/* Division and remainder with every sign combination and several widths. */

static int check_identity_int(int a, int b) {
    int q = a / b, r = a % b;
    return q * b + r == a;
}

static long long floor_div(long long a, long long b) {
    long long q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}

static long long floor_mod(long long a, long long b) {
    long long r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

int main(void) {
    int vals[] = {17, -17, 5, -5, 1, -1, 100, -100, 7, INT_MAX, INT_MIN + 1, 0};
    int n = sizeof vals / sizeof vals[0];
    int divs[] = {3, -3, 7, -7, 1, -1, 2, -2, 10};
    int nd = sizeof divs / sizeof divs[0];
    int ok = 0;
    long long checksum = 0;
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < nd; j++) {
            int a = vals[i], b = divs[j];
            int q = a / b, r = a % b;
            if (i < 6 && j < 4)
                printf("%6d / %3d = %6d  rem %3d   floor: %lld mod %lld\n", a, b, q, r,
                       floor_div(a, b), floor_mod(a, b));
            ok += check_identity_int(a, b);
            checksum = checksum * 31 + q + 7 * r;
            checksum %= 1000000007LL;
        }
    }
    printf("identity holds %d/%d, checksum %lld\n", ok, n * nd, checksum);

    /* narrower types promote to int */
    signed char sc = -128;
    short sh = -32768;
    printf("schar -128/-1 promoted = %d\n", sc / -1);
    printf("short -32768/-1 promoted = %d\n", sh / -1);
    signed char sc2 = (signed char)(sc / 3);
    printf("schar -128/3 = %d, %% = %d\n", sc2, sc % 3);

    /* unsigned division */
    unsigned u = 4000000000u;
    printf("u/7=%u u%%7=%u\n", u / 7, u % 7);
    unsigned long long ull = 18000000000000000000ull;
    printf("ull/13=%llu ull%%13=%llu\n", ull / 13, ull % 13);
    long long ll = -9000000000000000000LL;
    printf("ll/7=%lld ll%%7=%lld ll/-7=%lld ll%%-7=%lld\n", ll / 7, ll % 7, ll / -7, ll % -7);

    /* division by constants (strength-reduced by the optimiser) */
    long sum = 0;
    for (int i = -5000; i <= 5000; i += 7) {
        sum += i / 3 + i % 5 + i / 16 + i % 16 + i / -9;
        sum += (unsigned)(i + 6000) / 10 + (unsigned)(i + 6000) % 10;
    }
    printf("const-div sum = %ld\n", sum);

    div_t d = div(-23, 4);
    ldiv_t ld = ldiv(123456789L, -1000L);
    lldiv_t lld = lldiv(-987654321987LL, 1000LL);
    printf("div: %d %d, ldiv: %ld %ld, lldiv: %lld %lld\n", d.quot, d.rem, ld.quot, ld.rem,
           lld.quot, lld.rem);
    printf("abs/labs/llabs: %d %ld %lld\n", abs(-42), labs(-123456L), llabs(-9876543210LL));
    return ok == n * nd ? 0 : 1;
}
