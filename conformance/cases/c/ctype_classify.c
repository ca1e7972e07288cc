#include <stdio.h>
#include <ctype.h>
#include <string.h>

/* ctype.h classification over the ASCII range and over a text (C locale). */

int main(void) {
    int counts[12] = {0};
    const char *names[12] = {"alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper", "xdigit"};
    for (int c = 0; c < 256; c++) {
        counts[0] += isalnum(c) != 0; counts[1] += isalpha(c) != 0; counts[2] += isblank(c) != 0;
        counts[3] += iscntrl(c) != 0; counts[4] += isdigit(c) != 0; counts[5] += isgraph(c) != 0;
        counts[6] += islower(c) != 0; counts[7] += isprint(c) != 0; counts[8] += ispunct(c) != 0;
        counts[9] += isspace(c) != 0; counts[10] += isupper(c) != 0; counts[11] += isxdigit(c) != 0;
    }
    for (int i = 0; i < 12; i++) printf("%-7s %3d\n", names[i], counts[i]);
    printf("punct chars: ");
    for (int c = 0; c < 128; c++) if (ispunct(c)) putchar(c);
    printf("\nspace chars:");
    for (int c = 0; c < 128; c++) if (isspace(c)) printf(" %d", c);
    printf("\n");
    const char *text = "Hello World! The year 2024 has 366 days.\tTabs\nand newlines; HEX: 0xBEEF.";
    int up = 0, lo = 0, dg = 0, sp = 0, pu = 0;
    char conv[128];
    size_t n = strlen(text);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)text[i];
        up += isupper(c) != 0; lo += islower(c) != 0; dg += isdigit(c) != 0; sp += isspace(c) != 0; pu += ispunct(c) != 0;
        conv[i] = (char)(isupper(c) ? tolower(c) : islower(c) ? toupper(c) : isdigit(c) ? '#' : isspace(c) ? '_' : c);
    }
    conv[n] = 0;
    printf("upper=%d lower=%d digit=%d space=%d punct=%d\n", up, lo, dg, sp, pu);
    printf("swapped: %s\n", conv);
    int hexval = 0;
    for (const char *p = "BEEF"; *p; p++) hexval = hexval * 16 + (isdigit((unsigned char)*p) ? *p - '0' : toupper((unsigned char)*p) - 'A' + 10);
    printf("hexval=%d toupper(200)=%d tolower('Q')=%c\n", hexval, toupper(200), tolower('Q'));
    return 0;
}
