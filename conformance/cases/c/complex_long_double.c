#pragma STDC FP_CONTRACT OFF
#include <stdio.h>
#include <complex.h>

/* _Complex long double (two x87 values, returned on the FPU stack):
   multiplication and division via __mulxc3/__divxc3, conj, creall/cimagl,
   cabsl, cexpl, csqrtl, and a continued product compared with double. */

static long double complex cl_power(long double complex z, int n) {
    long double complex r = 1;
    while (n > 0) {
        if (n & 1) r *= z;
        z *= z;
        n >>= 1;
    }
    return r;
}

int main(void) {
    long double complex a = 1.0L + 1.0L * I;
    long double complex p = cl_power(a, 20);
    printf("(1+i)^20 = %.3Lf %+.3Lfi\n", creall(p), cimagl(p));
    long double complex w = 0.6L + 0.8L * I; /* on the unit circle */
    long double complex acc = 1;
    double complex accd = 1;
    for (int i = 0; i < 1000; i++) { acc *= w; accd *= (double complex)w; }
    printf("|w^1000| ld-1=%.3Le d-1=%.3e\n", cabsl(acc) - 1, cabs(accd) - 1);
    printf("w^1000 = %.15Lf %+.15Lfi\n", creall(acc), cimagl(acc));
    long double complex q = (3.0L + 4.0L * I) / (1.0L - 2.0L * I);
    printf("q = %.18Lg %+.18Lgi\n", creall(q), cimagl(q));
    long double complex c = conjl(q) * q;
    printf("|q|^2 = %.18Lg imag=%Lg cabsl=%.18Lg\n", creall(c), cimagl(c), cabsl(q));
    long double complex e = cexpl(I * 3.14159265358979323846264L);
    printf("cexpl(i*pi) = %.18Lg %+.3Lei\n", creall(e), cimagl(e));
    long double complex s = csqrtl(-7.0L + 24.0L * I);
    printf("csqrtl(-7+24i) = %.18Lg %+.18Lgi\n", creall(s), cimagl(s));
    long double complex arr[4] = {1, I, -1, -I};
    long double complex sum = 0;
    for (int i = 0; i < 4; i++) sum += arr[i] * arr[(i + 1) % 4] / (2.0L + arr[i]);
    printf("sum = %.18Lg %+.18Lgi\n", creall(sum), cimagl(sum));
    printf("sizeof=%zu\n", sizeof(long double complex));
    return 0;
}
