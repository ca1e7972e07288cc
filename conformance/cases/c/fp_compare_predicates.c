#include <stdio.h>
#include <math.h>

/* Every floating-point comparison predicate on ordered and unordered
   operands, in float, double and long double: <, <=, >, >=, ==, != and
   their negations (!(a<b) is "unordered or >="), isless/islessequal/
   isgreater/isgreaterequal/islessgreater/isunordered, used both as
   values and as branch conditions, and in min/max selects. */

#define PRED_LIST(T, a, b)                                                                                             \
    ((a) < (b)), ((a) <= (b)), ((a) > (b)), ((a) >= (b)), ((a) == (b)), ((a) != (b)), !((a) < (b)), !((a) <= (b)),       \
        !((a) > (b)), !((a) >= (b)), !!isless(a, b), !!islessequal(a, b), !!isgreater(a, b), !!isgreaterequal(a, b),    \
        !!islessgreater(a, b), !!isunordered(a, b)

static int branchy(double a, double b) {
    int code = 0;
    if (a < b) code |= 1;
    if (!(a >= b)) code |= 2;
    if (a == b) code |= 4;
    if (!(a != b)) code |= 8;
    if (isunordered(a, b)) code |= 16;
    if (islessgreater(a, b)) code |= 32;
    if (a > b || a < b) code |= 64;
    if (!(a <= b) && !(a > b)) code |= 128; /* only for unordered */
    return code;
}

static double select_min(double a, double b) { return a < b ? a : b; }
static double select_min_neg(double a, double b) { return !(a >= b) ? a : b; }

int main(void) {
    volatile double z = 0.0;
    double nan_ = z / z, inf = 1.0 / z;
    double vals[] = {1.0, 2.0, -0.0, 0.0, nan_, inf, -inf};
    const char *nm[] = {"1", "2", "-0", "0", "nan", "inf", "-inf"};
    int n = 7;
    printf("preds: < <= > >= == != !< !<= !> !>= isl isle isg isge islg isun\n");
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            double a = vals[i], b = vals[j];
            int p[] = {PRED_LIST(double, a, b)};
            float fa = (float)a, fb = (float)b;
            int q[] = {PRED_LIST(float, fa, fb)};
            long double la = a, lb = b;
            int r[] = {PRED_LIST(long double, la, lb)};
            printf("%-4s %-4s ", nm[i], nm[j]);
            int same = 1;
            for (int k = 0; k < 16; k++) {
                putchar('0' + p[k]);
                same &= p[k] == q[k] && p[k] == r[k];
            }
            printf(" br=%3d same_fl_ld=%d\n", branchy(a, b), same);
        }
    }
    printf("min(nan,1)=%g min(1,nan)=%g minneg(nan,1)=%g minneg(1,nan)=%g\n", fabs(select_min(nan_, 1.0)),
           fabs(select_min(1.0, nan_)), fabs(select_min_neg(nan_, 1.0)), fabs(select_min_neg(1.0, nan_)));
    int count_lt = 0, count_nlt = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            count_lt += vals[i] < vals[j];
            count_nlt += !(vals[i] < vals[j]);
        }
    printf("count_lt=%d count_not_lt=%d\n", count_lt, count_nlt);
    return 0;
}
