#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <float.h>

/* x87 80-bit long double arithmetic: precision beyond double (64-bit
   mantissa), exact integer range up to 2^64, comparisons of values that are
   equal as doubles but distinct as long doubles, and sorting long doubles. */

static int cmp_count;
static int ld_less(long double a, long double b) { cmp_count++; return a < b; }

static void insertion_sort(long double *v, int n) {
    for (int i = 1; i < n; i++) {
        long double x = v[i];
        int j = i - 1;
        while (j >= 0 && ld_less(x, v[j])) { v[j + 1] = v[j]; j--; }
        v[j + 1] = x;
    }
}

int main(void) {
    printf("LDBL_MANT_DIG=%d DBL_MANT_DIG=%d sizeof=%zu\n", LDBL_MANT_DIG, DBL_MANT_DIG, sizeof(long double));
    long double one = 1.0L;
    long double eps = LDBL_EPSILON;
    printf("1+eps>1: %d, 1+eps/2>1: %d\n", one + eps > one, one + eps / 2 > one);
    double d1 = 1.0, deps = DBL_EPSILON;
    long double mixed = (long double)d1 + (long double)deps / 4;
    printf("mixed>1: %d, as double==1: %d\n", mixed > 1.0L, (double)mixed == 1.0);

    /* integers above 2^53 stay exact */
    long double big = 9007199254740993.0L; /* 2^53 + 1 */
    printf("2^53+1 exact: %d (%.0Lf)\n", big - 9007199254740992.0L == 1.0L, big);
    long double m64 = 18446744073709551615.0L; /* 2^64-1 exact in 64-bit mantissa */
    printf("2^64-1 = %.0Lf, minus 2^64 = %.0Lf\n", m64, m64 - 18446744073709551616.0L);

    /* harmonic numbers with increasing precision loss compared against double */
    long double hl = 0;
    double hd = 0;
    for (int i = 1; i <= 2000; i++) { hl += 1.0L / i; hd += 1.0 / i; }
    printf("H2000 ld=%.18Lf d=%.18f diff=%.3Le\n", hl, hd, hl - (long double)hd);

    /* a*b/c without intermediate overflow (double would overflow at 1e308*10) */
    long double a = 1e308L, b = 10.0L, c = 100.0L;
    printf("1e308*10/100 = %Lg\n", a * b / c);
    printf("LDBL_MAX=%Lg LDBL_MIN=%Lg\n", LDBL_MAX, LDBL_MIN);

    long double v[] = {3.25L, -1.5L, 1.0L + LDBL_EPSILON, 1.0L, 1e-4000L, -1e4000L, 0.0L, 2.0L / 3.0L, 0.6666666666666666L};
    int n = sizeof v / sizeof *v;
    insertion_sort(v, n);
    for (int i = 0; i < n; i++) printf("  v[%d]=%.20Lg\n", i, v[i]);
    printf("comparisons=%d\n", cmp_count);

    /* all comparison operators */
    long double x = 2.0L / 3.0L, y = (long double)(2.0 / 3.0);
    printf("x<y=%d x<=y=%d x>y=%d x>=y=%d x==y=%d x!=y=%d\n", x < y, x <= y, x > y, x >= y, x == y, x != y);
    long double z = -0.0L;
    printf("-0==0: %d, 1/-0 < 0: %d\n", z == 0.0L, 1.0L / z < 0);
    long double q = 1.0L;
    int steps = 0;
    while (q / 2 != 0) { q /= 2; steps++; }
    printf("halvings to zero: %d smallest=%Lg\n", steps, q);
    return steps % 100;
}
