#include <stdio.h>
#include <string.h>
#include <stdint.h>

/* Hand-rolled number formatting: thousands separators, fixed point, hex dumps, human sizes. */

static void with_commas(long long v, char *out) {
    char tmp[32];
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    int n = 0, digits = 0;
    do {
        if (digits && digits % 3 == 0) tmp[n++] = ',';
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
        digits++;
    } while (u);
    if (v < 0) tmp[n++] = '-';
    for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
    out[n] = 0;
}

static void fixed_point(long cents, char *out) {
    long a = cents < 0 ? -cents : cents;
    sprintf(out, "%s%ld.%02ld", cents < 0 ? "-" : "", a / 100, a % 100);
}

static void human_size(uint64_t bytes, char *out) {
    const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    int u = 0;
    uint64_t whole = bytes, rem = 0;
    while (whole >= 1024 && u < 5) { rem = whole % 1024; whole /= 1024; u++; }
    sprintf(out, "%llu.%llu %s", (unsigned long long)whole, (unsigned long long)(rem * 10 / 1024), units[u]);
}

static void hexdump(const void *data, size_t n) {
    const unsigned char *p = data;
    for (size_t off = 0; off < n; off += 16) {
        printf("%08zx ", off);
        for (size_t i = 0; i < 16; i++) {
            if (off + i < n) printf(" %02x", p[off + i]); else printf("   ");
        }
        printf("  |");
        for (size_t i = 0; i < 16 && off + i < n; i++) putchar(p[off + i] >= 32 && p[off + i] < 127 ? p[off + i] : '.');
        printf("|\n");
    }
}

int main(void) {
    long long vals[] = {0, 7, 999, 1000, -1000, 1234567, -987654321, 9223372036854775807LL, -9223372036854775807LL - 1};
    char buf[64];
    for (int i = 0; i < 9; i++) { with_commas(vals[i], buf); printf("%22lld -> %s\n", vals[i], buf); }
    long cents[] = {0, 5, 99, 100, 12345, -1, -250, 100000007};
    for (int i = 0; i < 8; i++) { fixed_point(cents[i], buf); printf("%ld cents = $%s\n", cents[i], buf); }
    uint64_t sizes[] = {0, 1023, 1024, 1536, 1048576, 123456789, 5ULL << 40, 0xFFFFFFFFFFFFFFFFull};
    for (int i = 0; i < 8; i++) { human_size(sizes[i], buf); printf("%llu bytes = %s\n", (unsigned long long)sizes[i], buf); }
    const char msg[] = "Hexdump of a short message\n\twith control chars \x01\x02\x7f and more text.";
    hexdump(msg, sizeof msg);
    return 0;
}
