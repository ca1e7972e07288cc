#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <limits.h>

/* strtol/strtoul/strtoll with explicit bases, base 0 auto-detection, end pointers and ERANGE. */

int main(int argc, char **argv) {
    const char *inputs[] = {"0", "42", "-42", "  +17xyz", "0x1F", "0X1f", "017", "0b101", "zz", "777", "1010",
                            "-0x80000000", "2147483648", "9223372036854775807", "9223372036854775808", "ff", "  ", "-"};
    int bases[] = {0, 2, 8, 10, 16, 36};
    for (int i = 0; i < 18; i++) {
        printf("%-22s", inputs[i]);
        for (int b = 0; b < 6; b++) {
            char *end;
            errno = 0;
            long v = strtol(inputs[i], &end, bases[b]);
            printf(" b%d:%ld/%td%s", bases[b], v, end - inputs[i], errno == ERANGE ? "R" : "");
        }
        printf("\n");
    }
    char *end;
    errno = 0;
    unsigned long u = strtoul("18446744073709551615", &end, 10);
    printf("strtoul max=%lu errno=%d\n", u, errno == ERANGE);
    errno = 0;
    u = strtoul("18446744073709551616", &end, 10);
    printf("strtoul overflow=%lu erange=%d\n", u, errno == ERANGE);
    u = strtoul("-1", &end, 10);
    printf("strtoul(-1)=%lu\n", u);
    long long ll = strtoll("-9223372036854775808", &end, 10);
    printf("strtoll min=%lld\n", ll);
    unsigned long long ull = strtoull("DEADBEEFCAFE", &end, 16);
    printf("strtoull hex=%llu\n", ull);
    /* parse a list of numbers with mixed bases separated by commas */
    const char *list = "10,0x10,010,-5,0x7fffffff,123abc";
    const char *p = list;
    long sum = 0;
    while (*p) {
        long v = strtol(p, &end, 0);
        printf("parsed %ld, rest '%s'\n", v, end);
        sum += v;
        if (*end != ',') break;
        p = end + 1;
    }
    printf("sum=%ld\n", sum);
    printf("argc=%d\n", argc);
    if (argc > 3) {
        long a = strtol(argv[3], &end, 10);
        printf("argv[3]=%s -> %ld (hex reparse %ld, octal %ld)\n", argv[3], a, strtol(argv[3], NULL, 16),
               strtol(argv[3], NULL, 8));
        printf("argv[1]=%s base36 -> %ld\n", argv[1], strtol(argv[1], NULL, 36));
    }
    printf("atoi/atol/atoll: %d %ld %lld\n", atoi(" -123abc"), atol("99999999999"), atoll("-77777777777777"));
    return 0;
}
