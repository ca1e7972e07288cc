#include <stdio.h>
#include <math.h>

/* Common libm functions on a table of inputs. */

int main(void) {
    double xs[] = {-3.75, -2.5, -1.5, -0.5, 0.25, 0.5, 1.0, 2.5, 3.5, 10.0, 123.456};
    int n = sizeof xs / sizeof xs[0];
    printf("%8s %6s %6s %6s %6s %6s %6s %10s\n", "x", "floor", "ceil", "round", "trunc", "rint", "fabs", "fmod(x,.7)");
    for (int i = 0; i < n; i++) {
        double x = xs[i];
        printf("%8.3f %6g %6g %6g %6g %6g %6g %10.6f\n", x, floor(x), ceil(x), round(x), trunc(x), rint(x), fabs(x),
               fmod(x, 0.7));
    }
    for (int i = 0; i < n; i++) {
        double x = fabs(xs[i]);
        printf("x=%-8g sqrt=%-12.9g cbrt=%-12.9g exp=%-14.9g log=%-12.9g log10=%-12.9g log2=%.9g\n", x, sqrt(x),
               cbrt(x), exp(x / 10), log(x), log10(x), log2(x));
    }
    printf("pow: ");
    for (int e = -3; e <= 5; e++) printf("%g ", pow(2.0, e));
    printf("\npow(2.5, 1.5)=%.15g pow(-2, 3)=%g pow(9, 0.5)=%g pow(0, 0)=%g\n", pow(2.5, 1.5), pow(-2, 3), pow(9, 0.5),
           pow(0, 0));
    printf("hypot(3,4)=%g hypot(5,12)=%g hypot(1e200,1e200)=%.6g\n", hypot(3, 4), hypot(5, 12), hypot(1e200, 1e200));
    printf("copysign(2,-1)=%g fmin(2,3)=%g fmax(2,3)=%g fdim(5,3)=%g fdim(3,5)=%g\n", copysign(2, -1), fmin(2, 3),
           fmax(2, 3), fdim(5, 3), fdim(3, 5));
    printf("remainder(10,3)=%g remquo-like fmod(-10,3)=%g\n", remainder(10, 3), fmod(-10, 3));
    int ex;
    double m = frexp(48.0, &ex);
    printf("frexp(48)= %g * 2^%d, ldexp(0.75,6)=%g, modf: ", m, ex, ldexp(0.75, 6));
    double ip;
    double fp = modf(-7.25, &ip);
    printf("%g + %g\n", ip, fp);
    printf("expm1(1e-10)=%.6e log1p(1e-10)=%.6e\n", expm1(1e-10), log1p(1e-10));
    float f = 2.0f;
    printf("sqrtf(2)=%.7f powf(2,0.5)=%.7f expf(1)=%.6f\n", sqrtf(f), powf(f, 0.5f), expf(1.0f));
    double s = 0;
    for (int i = 1; i <= 1000; i++) s += sqrt((double)i) + floor(i / 7.0) + fabs(sin((double)i)) * 0.0;
    printf("accumulated=%.10f\n", s);
    return 0;
}
