#include <stdio.h>

/* Dense switches (jump tables / lookup tables at -O2). */

static const char *day_name(int d) {
    switch (d) {
    case 0: return "sunday";
    case 1: return "monday";
    case 2: return "tuesday";
    case 3: return "wednesday";
    case 4: return "thursday";
    case 5: return "friday";
    case 6: return "saturday";
    default: return "??";
    }
}

static int days_in_month(int m, int leap) {
    switch (m) {
    case 2: return leap ? 29 : 28;
    case 4: case 6: case 9: case 11: return 30;
    case 1: case 3: case 5: case 7: case 8: case 10: case 12: return 31;
    default: return -1;
    }
}

static int weird(int x) {
    int r = 0;
    switch (x & 15) {
    case 0: r = 100; break;
    case 1: r = x * 2; break;
    case 2: r = x - 7; break;
    case 3: r = x ^ 0x55; break;
    case 4: r = -x; break;
    case 5: r = x / 3; break;
    case 6: r = x % 11; break;
    case 7: r = x << 2; break;
    case 8: r = 8; break;
    case 9: r = x | 1024; break;
    case 10: r = x & 0xF0; break;
    case 11: r = x + 11; break;
    case 12: r = 12 * 12; break;
    case 13: r = x * x % 1000; break;
    case 14: r = ~x; break;
    case 15: r = 0; break;
    }
    return r;
}

/* day of week via Zeller-like formula */
static int dow(int y, int m, int d) {
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3) y -= 1;
    return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

int main(void) {
    int years[] = {1999, 2000, 2024, 2100};
    for (int yi = 0; yi < 4; yi++) {
        int y = years[yi];
        int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        int total = 0;
        for (int m = 1; m <= 12; m++) total += days_in_month(m, leap);
        printf("%d: leap=%d days=%d jan1=%s mar1=%s dec25=%s\n", y, leap, total, day_name(dow(y, 1, 1)),
               day_name(dow(y, 3, 1)), day_name(dow(y, 12, 25)));
    }
    long s = 0;
    for (int x = 0; x < 5000; x++) s += weird(x);
    printf("weird sum=%ld\n", s);
    for (int x = 0; x < 16; x++) printf("%d ", weird(x + 100));
    printf("\n");
    return (int)(s & 0x3F);
}
