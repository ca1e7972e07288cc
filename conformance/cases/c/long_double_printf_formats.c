#include <stdio.h>
#include <float.h>
#include <math.h>

/* printf of long double in every conversion (%Lf %Le %LE %Lg %LG %La %LA)
   with widths, precisions and flags, including specials and subnormals;
   snprintf + strtold round trip. */
#include <stdlib.h>
#include <string.h>

int main(void) {
    long double vals[] = {0.0L, -0.0L, 1.0L, -1.0L / 3.0L, 1e-10L, 123456789.123456789L,
                          LDBL_MAX, LDBL_MIN, LDBL_TRUE_MIN, 0x1.fffffffffffffffep+0L, 65536.5L};
    const char *fmts[] = {"%Lf", "%.3Le", "%LE", "%.21Lg", "%LG", "%La", "%.4LA", "%+025.10Lf", "%-14.5Lg|", "%#.0Lf"};
    for (unsigned i = 0; i < sizeof vals / sizeof *vals; i++) {
        printf("[%u]", i);
        for (unsigned j = 0; j < sizeof fmts / sizeof *fmts; j++) {
            char buf[128];
            if (i == 6 && j == 0) { printf(" (max %%Lf skipped)"); continue; }
            snprintf(buf, sizeof buf, fmts[j], vals[i]);
            printf(" %s", buf);
        }
        printf("\n");
    }
    long double sp[] = {INFINITY, -INFINITY, NAN};
    for (int i = 0; i < 3; i++) printf("special: %Lf %Le %Lg %La\n", sp[i], sp[i], fabsl(sp[i]), sp[i]);

    int ok = 0;
    for (int i = 1; i <= 20; i++) {
        long double x = (long double)i / 7.0L * powl(10.0L, i - 10);
        char buf[64];
        snprintf(buf, sizeof buf, "%.21Lg", x);
        long double y = strtold(buf, NULL);
        if (x == y) ok++;
        else printf("roundtrip fail %s\n", buf);
    }
    printf("roundtrips ok=%d/20\n", ok);
    printf("width star: [%*.*Lf] [%-*Lg]\n", 12, 4, 3.14159265358979323846L, 10, 2.5L);
    return 0;
}
