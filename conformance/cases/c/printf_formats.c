#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>
#include <stddef.h>
#include <sys/types.h>

/* A broad tour of printf conversions, flags, widths and precisions. */

int main(void) {
    int iv[] = {0, 1, -1, 42, -42, 123456, -2147483647 - 1, 2147483647};
    for (int i = 0; i < 8; i++)
        printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%.3d] [%8.4d] [%x] [%X] [%#x] [%o] [%#o] [%u]\n", iv[i], iv[i],
               iv[i], iv[i], iv[i], iv[i], iv[i], iv[i], (unsigned)iv[i], (unsigned)iv[i], (unsigned)iv[i],
               (unsigned)iv[i], (unsigned)iv[i], (unsigned)iv[i]);
    printf("[%hhd] [%hhu] [%hd] [%hu] [%ld] [%lu] [%lld] [%llu]\n", (signed char)-5, (unsigned char)250, (short)-30000,
           (unsigned short)65000, -1234567890123L, 18446744073709551615UL, -9223372036854775807LL,
           18446744073709551615ULL);
    printf("[%zu] [%zd] [%td] [%jd] [%ju]\n", sizeof(double[6]), (ssize_t)-7, (ptrdiff_t)-99, (intmax_t)-1, (uintmax_t)77);
    printf("[%" PRId8 "] [%" PRIu16 "] [%" PRIx32 "] [%" PRId64 "] [%" PRIX64 "]\n", (int8_t)-100, (uint16_t)60000,
           (uint32_t)0xABCDEF01u, (int64_t)-5, (uint64_t)0xFEDCBA9876543210ull);
    printf("[%c] [%3c] [%-3c] [%%]\n", 'A', 'B', 'C');
    const char *s = "format";
    printf("[%s] [%10s] [%-10s] [%.3s] [%10.2s] [%-*s] [%.*s]\n", s, s, s, s, s, 8, s, 4, s);
    printf("[%*d] [%-*d] [%.*d] [%*.*d]\n", 6, 42, 6, 42, 5, 42, 8, 5, -42);
    printf("[%e] [%.2e] [%12.4E] [%-12.1e] [%+.0e]\n", 12345.6789, 12345.6789, -0.000123456, 1e100, 5.5);
    printf("[%f] [%.0f] [%.1f] [%10.3f] [%-10.2f] [%+f]\n", 3.14159265, 2.5, 0.05, -1.0005, 7.0, 0.0);
    printf("[%g] [%g] [%g] [%g] [%.3g] [%#.3g] [%G]\n", 100000.0, 1000000.0, 0.0001, 0.00001, 3.14159, 1.0, 1e-20);
    printf("[%a] [%.2a] [%A]\n", 1.0, 3.14159, -0.5);
    int n1 = 0, n2 = 0;
    printf("count chars%n then more%n\n", &n1, &n2);
    printf("n1=%d n2=%d\n", n1, n2);
    int ret = printf("return value check: %s %d\n", "xyz", 12345);
    printf("printf returned %d\n", ret);
    for (int w = 1; w <= 6; w++) printf("|%*.*f|\n", w + 6, w, 1.0 / 7);
    printf("%s%c%s\n", "multi", '-', "part");
    puts("puts adds a newline");
    putchar('!');
    putchar('\n');
    fputs("fputs to stdout\n", stdout);
    return ret - 28;
}
