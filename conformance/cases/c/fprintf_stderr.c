#include <stdio.h>
#include <stdlib.h>
#include <errno.h>

/* Diagnostics go to stderr (not compared), results to stdout; exercise both streams interleaved. */

static int warnings;

static void warn(const char *what, int line) {
    warnings++;
    fprintf(stderr, "warning %d: %s at line %d\n", warnings, what, line);
}

static int validate(const int *v, int n) {
    int bad = 0;
    for (int i = 0; i < n; i++) {
        if (v[i] < 0) { warn("negative value", i); bad++; }
        else if (v[i] > 100) { warn("value too large", i); bad++; }
    }
    return bad;
}

int main(void) {
    int data[] = {5, -3, 50, 101, 99, 0, 250, -1, 42};
    int n = (int)(sizeof data / sizeof data[0]);
    fprintf(stderr, "starting validation of %d values\n", n);
    int bad = validate(data, n);
    printf("bad values: %d\n", bad);
    long sum = 0;
    for (int i = 0; i < n; i++) {
        if (data[i] < 0 || data[i] > 100) continue;
        sum += data[i];
        fprintf(stdout, "accepted %d (running %ld)\n", data[i], sum);
        fprintf(stderr, "debug: i=%d\n", i);
    }
    fflush(stdout);
    fprintf(stderr, "%s %5.2f %x\n", "formatted stderr", 3.14159, 255u);
    fputs("fputs to stderr\n", stderr);
    fputc('!', stderr);
    fputc('\n', stderr);
    errno = 0;
    perror("perror after clearing errno");
    printf("sum=%ld warnings=%d\n", sum, warnings);
    return warnings;
}
