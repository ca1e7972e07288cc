#include <stdio.h>
#include <math.h>
#include <float.h>

/* x87 80-bit long double: precision beyond double, printing with %Lg/%La, conversions. */

int main(void) {
    long double third = 1.0L / 3.0L;
    double dthird = 1.0 / 3.0;
    printf("LDBL_MANT_DIG=%d sizeof=%zu\n", LDBL_MANT_DIG, sizeof(long double));
    printf("1/3 long double=%.21Lg double=%.17g\n", third, dthird);
    printf("%%La of 1/3: %La\n", third);
    long double big = 1e4000L;
    printf("1e4000L=%Lg isinf=%d\n", big, isinf(big) != 0);
    long double eps = 1.0L;
    int steps = 0;
    while (1.0L + eps / 2 != 1.0L) { eps /= 2; steps++; }
    printf("epsilon steps=%d eps=%Lg\n", steps, eps);
    long double s = 0;
    for (int i = 1; i <= 100000; i++) s += 1.0L / ((long double)i * i);
    printf("basel sum=%.18Lf pi^2/6=%.18Lf\n", s, (long double)M_PI * M_PI / 6);
    printf("sqrtl(2)=%.20Lf expl(1)=%.20Lf\n", sqrtl(2.0L), expl(1.0L));
    unsigned long long u = 18446744073709551615ull;
    long double lu = (long double)u;
    printf("u64 max as long double exact=%d back=%llu\n", lu == 18446744073709551615.0L, (unsigned long long)lu);
    double d = (double)third;
    float f = (float)third;
    printf("narrowed: double=%.17g float=%.9g\n", d, f);
    return 0;
}
