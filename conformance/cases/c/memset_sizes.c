#include <stdio.h>
#include <string.h>
#include <stdint.h>

/* memset with different sizes, alignments and values; zero-filling loops the compiler turns into memset. */

static unsigned fnv(const unsigned char *p, size_t n) { unsigned h = 2166136261u; while (n--) h = (h ^ *p++) * 16777619u; return h; }

struct big { int a[50]; double d[10]; char c[33]; };

int main(void) {
    unsigned char buf[1100];
    unsigned agg = 0;
    for (size_t off = 0; off < 8; off += 3)
        for (size_t n = 0; n <= 1024; n = n * 2 + 1) {
            for (int i = 0; i < 1100; i++) buf[i] = (unsigned char)i;
            memset(buf + off, (int)(n & 0xFF) ^ 0x5A, n);
            agg ^= fnv(buf, sizeof buf) + (unsigned)n;
            if (off == 0 && n < 64) printf("memset off=%zu n=%4zu fnv=%08x\n", off, n, fnv(buf, sizeof buf));
        }
    printf("aggregate=%08x\n", agg);
    int ints[300];
    for (int i = 0; i < 300; i++) ints[i] = 0;   /* becomes memset */
    for (int i = 50; i < 250; i++) ints[i] = -1;
    memset(ints + 100, 0, 50 * sizeof(int));
    long s = 0;
    for (int i = 0; i < 300; i++) s += ints[i];
    printf("int sum=%ld\n", s);
    memset(ints, 0xFF, sizeof ints);
    printf("0xFF bytes as int=%d\n", ints[123]);
    memset(ints, 0x01, sizeof ints);
    printf("0x01 bytes as int=%d\n", ints[7]);
    struct big b;
    memset(&b, 0, sizeof b);
    b.a[49] = 7;
    b.d[9] = 0.5;
    b.c[32] = 'x';
    double dz = 0;
    for (int i = 0; i < 9; i++) dz += b.d[i];
    printf("struct zeroed: a0=%d a49=%d dsum=%g c32=%c sizeof=%zu\n", b.a[0], b.a[49], dz + b.d[9], b.c[32], sizeof b);
    uint16_t words[64];
    for (int i = 0; i < 64; i++) words[i] = 0xABAB;  /* splat pattern: memset with 0xAB */
    uint32_t wsum = 0;
    for (int i = 0; i < 64; i++) wsum += words[i];
    printf("pattern words sum=%u\n", wsum);
    char str[40];
    memset(str, '-', sizeof str - 1);
    str[sizeof str - 1] = 0;
    memset(str + 10, '=', 5);
    puts(str);
    return 0;
}
