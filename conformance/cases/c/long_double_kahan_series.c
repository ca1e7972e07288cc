#pragma STDC FP_CONTRACT OFF
#include <stdio.h>

/* Summation of slowly converging series in double, Kahan-compensated double
   and long double: zeta(2), the alternating harmonic series (ln 2), and
   Leibniz' pi series, with the errors measured in long double. */

static const long double PI_L = 3.14159265358979323846264338327950288L;
static const long double LN2_L = 0.693147180559945309417232121458176568L;

int main(void) {
    int N = 20000;
    double sd = 0, kc = 0, ks = 0;
    long double sl = 0;
    for (int k = N; k >= 1; k--) { /* reverse order is the accurate order */
        double t = 1.0 / ((double)k * k);
        sd += t;
        double y = t - kc;
        double tt = ks + y;
        kc = (tt - ks) - y;
        ks = tt;
        sl += 1.0L / ((long double)k * k);
    }
    long double zeta2 = PI_L * PI_L / 6;
    printf("zeta2 double=%.17g kahan=%.17g ld=%.20Lg\n", sd, ks, sl);
    printf("tail 1/N approx=%.6Le err_ld=%.6Le\n", 1.0L / N, zeta2 - sl);

    double fd = 0;
    long double fl = 0;
    for (int k = 1; k <= N; k++) { /* forward order loses more in double */
        fd += 1.0 / ((double)k * k);
        fl += 1.0L / ((long double)k * k);
    }
    printf("forward double=%.17g ld=%.20Lg; double fwd-rev=%.3e\n", fd, fl, fd - sd);

    long double alt = 0;
    double altd = 0;
    for (int k = 1; k <= N; k++) {
        long double t = 1.0L / k;
        alt += (k & 1) ? t : -t;
        altd += (k & 1) ? 1.0 / k : -1.0 / k;
    }
    printf("ln2 ld=%.20Lg d=%.17g err=%.6Le\n", alt, altd, LN2_L - alt);

    long double lp = 0;
    for (int k = 0; k < N; k++) lp += (k & 1 ? -4.0L : 4.0L) / (2 * k + 1);
    printf("leibniz=%.20Lg err*N=%.10Lf\n", lp, (PI_L - lp) * N);

    /* Euler-Maclaurin corrected partial sum of zeta(2) */
    long double n = N;
    long double corr = sl + 0; /* sl already has all N terms */
    long double est = corr + 1 / n - 1 / (2 * n * n) + 1 / (6 * n * n * n);
    printf("corrected=%.20Lg residual=%.4Le\n", est, est - zeta2);
    return 0;
}
