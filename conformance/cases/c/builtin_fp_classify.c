#include <stdio.h>
#include <math.h>
#include <float.h>

/* Floating-point classification on float, double and long double:
   __builtin_isnan/isinf/isfinite/isnormal/fpclassify/signbit and the
   <math.h> macros, __builtin_isinf_sign, __builtin_copysign/copysignf/l,
   on zeros, subnormals, normals, extremes, infinities and NaNs computed
   at run time. */

static const char *cls_name(int c) {
    switch (c) {
    case FP_NAN: return "nan";
    case FP_INFINITE: return "inf";
    case FP_ZERO: return "zero";
    case FP_SUBNORMAL: return "subnormal";
    case FP_NORMAL: return "normal";
    }
    return "?";
}

static int bcls(double x) {
    return __builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, FP_ZERO, x);
}

int main(void) {
    volatile double zero = 0.0, one = 1.0;
    double vals[] = {0.0, -0.0, 1.0, -2.5, DBL_MIN, DBL_MIN / 2, -DBL_TRUE_MIN, DBL_MAX, one / zero, -one / zero,
                     zero / zero, DBL_MAX * 2, 1e-320};
    const char *names[] = {"0", "-0", "1", "-2.5", "DBL_MIN", "DBL_MIN/2", "-TRUE_MIN", "DBL_MAX", "1/0", "-1/0", "0/0",
                           "MAX*2", "1e-320"};
    for (unsigned i = 0; i < sizeof vals / sizeof *vals; i++) {
        double x = vals[i];
        printf("%-10s nan=%d inf=%d(%2d) fin=%d norm=%d sign=%d cls=%-9s bcls=%-9s copysign(3,x)=%g\n", names[i],
               !!__builtin_isnan(x), !!__builtin_isinf(x), __builtin_isinf_sign(x), !!__builtin_isfinite(x),
               !!__builtin_isnormal(x), !!__builtin_signbit(x), cls_name(fpclassify(x)), cls_name(bcls(x)),
               __builtin_copysign(3.0, x));
    }
    volatile float fz = 0.0f;
    float fv[] = {FLT_MIN, FLT_MIN / 4, -FLT_MAX, 1.0f / fz, fz / fz, -0.0f, FLT_TRUE_MIN};
    for (unsigned i = 0; i < sizeof fv / sizeof *fv; i++) {
        float x = fv[i];
        printf("float[%u] %-9s isnan=%d isinf=%d signbit=%d copysignf(2,x)=%g\n", i, cls_name(fpclassify(x)), isnan(x) != 0,
               isinf(x) != 0, signbit(x) != 0, copysignf(2.0f, x));
    }
    volatile long double lz = 0.0L;
    long double lv[] = {LDBL_MIN, LDBL_MIN / 8, LDBL_MAX, -1.0L / lz, lz / lz, LDBL_TRUE_MIN, -0.0L};
    for (unsigned i = 0; i < sizeof lv / sizeof *lv; i++) {
        long double x = lv[i];
        printf("ldouble[%u] %-9s isnan=%d isinf=%d isnormal=%d signbit=%d copysignl(5,x)=%Lg\n", i, cls_name(fpclassify(x)),
               isnan(x) != 0, isinf(x) != 0, isnormal(x) != 0, signbit(x) != 0, copysignl(5.0L, x));
    }
    /* counting classes over a sweep of exponents */
    int counts[5] = {0};
    double x = 1.0;
    for (int i = 0; i < 1200; i++) {
        x /= 2;
        switch (fpclassify(x)) {
        case FP_NORMAL: counts[0]++; break;
        case FP_SUBNORMAL: counts[1]++; break;
        case FP_ZERO: counts[2]++; break;
        default: counts[3]++; break;
        }
    }
    printf("halving 1.0 1200 times: normal=%d subnormal=%d zero=%d other=%d\n", counts[0], counts[1], counts[2], counts[3]);
    return 0;
}
