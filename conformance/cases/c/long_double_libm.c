#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <math.h>

/* libm long double functions: sqrtl, cbrtl, powl, expl, logl, log2l, log10l,
   sinl/cosl/atan2l, fabsl, floorl, ceill, truncl, roundl, fmodl, frexpl,
   ldexpl, hypotl, and a Newton iteration compared with sqrtl. */

static long double newton_sqrt(long double x) {
    long double r = x > 1 ? x / 2 : 1;
    for (int i = 0; i < 100; i++) {
        long double nr = (r + x / r) / 2;
        if (nr == r) break;
        r = nr;
    }
    return r;
}

int main(void) {
    long double xs[] = {2.0L, 10.0L, 0.5L, 1e10L, 3.0L};
    for (int i = 0; i < 5; i++) {
        long double x = xs[i];
        long double s = sqrtl(x), n = newton_sqrt(x);
        printf("x=%Lg sqrtl=%.20Lg newton=%.20Lg diff_ulps=%.1Lf\n", x, s, n, fabsl(s - n) / (s * 0x1p-63L));
    }
    printf("cbrtl(27)=%.20Lg cbrtl(-2)=%.20Lg\n", cbrtl(27.0L), cbrtl(-2.0L));
    printf("powl(2,0.5)=%.20Lg powl(10,-3)=%.20Lg powl(1.0001,10000)=%.20Lg\n",
           powl(2.0L, 0.5L), powl(10.0L, -3.0L), powl(1.0001L, 10000.0L));
    printf("expl(1)=%.20Lg expl(-20)=%.20Lg expl(11000)=%Lg\n", expl(1.0L), expl(-20.0L), expl(11000.0L));
    printf("logl(10)=%.20Lg log2l(1e6)=%.20Lg log10l(2)=%.20Lg\n", logl(10.0L), log2l(1e6L), log10l(2.0L));
    long double pi = 4 * atanl(1.0L);
    printf("pi=%.20Lg sinl(pi/6)=%.20Lg cosl(pi/3)=%.20Lg\n", pi, sinl(pi / 6), cosl(pi / 3));
    printf("atan2l(1,-1)=%.20Lg tanl(0.5)=%.20Lg\n", atan2l(1.0L, -1.0L), tanl(0.5L));
    long double r[] = {-2.5L, -0.5L, 0.5L, 1.5L, 2.5L, 1e20L + 0.5L, -3.7L};
    for (int i = 0; i < 7; i++)
        printf("v=%Lg floor=%Lg ceil=%Lg trunc=%Lg round=%Lg rint=%Lg fabs=%Lg\n", r[i], floorl(r[i]), ceill(r[i]),
               truncl(r[i]), roundl(r[i]), rintl(r[i]), fabsl(r[i]));
    printf("fmodl(10,3)=%Lg fmodl(-10,3)=%Lg fmodl(5.5,1.25)=%Lg\n", fmodl(10.0L, 3.0L), fmodl(-10.0L, 3.0L), fmodl(5.5L, 1.25L));
    int e;
    long double m = frexpl(1e100L, &e);
    printf("frexpl(1e100)=%.20Lg*2^%d ldexpl back=%Lg\n", m, e, ldexpl(m, e));
    printf("hypotl(3e3000,4e3000)=%Lg\n", hypotl(3e3000L, 4e3000L));
    long double ip;
    long double fp = modfl(-123.456L, &ip);
    printf("modfl: ip=%Lg fp=%.15Lg\n", ip, fp);
    printf("sqrtl(-1) isnan=%d copysignl=%Lg\n", isnan(sqrtl(-1.0L)), copysignl(3.0L, -0.0L));
    return 0;
}
