#include <stdio.h>
#include <math.h>
#include <float.h>

/* NaN and infinity behaviour in comparisons and arithmetic. */

static const char *cls(double x) {
    switch (fpclassify(x)) {
    case FP_NAN: return "nan";
    case FP_INFINITE: return "inf";
    case FP_ZERO: return "zero";
    case FP_SUBNORMAL: return "subnormal";
    default: return "normal";
    }
}

int main(int argc, char **argv) {
    (void)argv;
    volatile double zero = 0.0;
    double one = argc > 0 ? 1.0 : 2.0;
    double inf = one / zero;
    double ninf = -one / zero;
    double nan_ = zero / zero;
    double vals[] = {0.0, -0.0, 1.0, -1.0, inf, ninf, nan_, DBL_MIN, DBL_MIN / 4, DBL_MAX};
    const char *names[] = {"0", "-0", "1", "-1", "inf", "-inf", "nan", "min", "sub", "max"};
    for (int i = 0; i < 10; i++)
        printf("%-5s class=%-9s isnan=%d isinf=%d isfinite=%d signbit=%d\n", names[i], cls(vals[i]),
               isnan(vals[i]) != 0, isinf(vals[i]) != 0, isfinite(vals[i]) != 0, signbit(vals[i]) != 0);
    printf("compare table (row < col):\n");
    for (int i = 0; i < 7; i++) {
        printf("%-5s", names[i]);
        for (int j = 0; j < 7; j++) printf(" %d%d%d", vals[i] < vals[j], vals[i] == vals[j], vals[i] != vals[j]);
        printf("\n");
    }
    printf("inf-inf=%g inf*0=%g inf+1=%g -inf*-1=%g 1/inf=%g\n", fabs(inf - inf), fabs(inf * zero), inf + 1,
           ninf * -1, 1 / inf);
    printf("nan==nan %d, nan!=nan %d, !(nan<1)&&!(nan>=1) %d\n", nan_ == nan_, nan_ != nan_, !(nan_ < 1) && !(nan_ >= 1));
    printf("fmax(nan,3)=%g fmin(nan,3)=%g fmax(-inf,2)=%g\n", fmax(nan_, 3), fmin(nan_, 3), fmax(ninf, 2));
    printf("isunordered(nan,1)=%d isgreater(inf,1)=%d isless(nan,1)=%d\n", isunordered(nan_, 1.0) != 0,
           isgreater(inf, 1.0) != 0, isless(nan_, 1.0) != 0);
    float finf = (float)inf, fbig = 3e38f;
    printf("float overflow %g, float inf %g, huge*10 = %g\n", fbig * 10.0f, finf, (double)(fbig * 10.0f));
    printf("exp(1000)=%g log(0)=%g sqrt(-1) isnan=%d\n", exp(1000.0), log(zero), isnan(sqrt(-one)) != 0);
    printf("FLT_MAX=%g DBL_EPSILON=%g FLT_EPSILON=%g\n", FLT_MAX, DBL_EPSILON, (double)FLT_EPSILON);
    /* NaN filtering loop */
    double data[20];
    for (int i = 0; i < 20; i++) data[i] = (i % 4 == 0) ? nan_ : (i % 7 == 0 ? inf : i * 0.5);
    double sum = 0; int nans = 0, infs = 0;
    for (int i = 0; i < 20; i++) {
        if (data[i] != data[i]) { nans++; continue; }
        if (isinf(data[i])) { infs++; continue; }
        sum += data[i];
    }
    printf("filtered sum=%g nans=%d infs=%d\n", sum, nans, infs);
    return nans + infs;
}
