#include <stdio.h>
#include <stdint.h>

/* Logical and arithmetic shifts across widths, variable shift amounts. */

static unsigned shl_var(unsigned x, int n) { return x << n; }
static int sar_var(int x, int n) { return x >> n; }
static uint64_t shl64(uint64_t x, unsigned n) { return x << n; }
static int64_t sar64(int64_t x, unsigned n) { return x >> n; }

int main(int argc, char **argv) {
    (void)argv;
    int base = argc; /* 4 under the harness; keeps values opaque to the optimiser */
    unsigned x = 0x80000001u + (unsigned)base;
    for (int n = 0; n < 32; n += 3)
        printf("x<<%2d=%08x x>>%2d=%08x\n", n, shl_var(x, n), n, x >> n);
    int neg = -1000 * base;
    for (int n = 0; n < 32; n += 5)
        printf("%d>>%d = %d\n", neg, n, sar_var(neg, n));
    int64_t big = -((int64_t)1 << 62) + base;
    for (unsigned n = 0; n < 64; n += 9)
        printf("sar64 %u: %lld   shl64: %llx\n", n, (long long)sar64(big, n),
               (unsigned long long)shl64((uint64_t)big, n));
    /* narrow types get promoted before shifting */
    uint8_t b = 0xF0;
    uint16_t w = 0xF00F;
    int8_t sb = -16;
    printf("u8 0xF0<<4 = %x, (u8)(0xF0<<4) = %x\n", b << 4, (uint8_t)(b << 4));
    printf("u16 >> 4 = %x, s8 -16>>2 = %d\n", w >> 4, sb >> 2);
    /* extracting fields with shift and mask */
    uint32_t packed = 0;
    for (int i = 0; i < 8; i++) packed |= (uint32_t)((i * 3 + base) & 0xF) << (4 * i);
    printf("packed = %08x nibbles:", packed);
    for (int i = 0; i < 8; i++) printf(" %u", (packed >> (4 * i)) & 0xF);
    printf("\n");
    /* shift-based multiply/divide loop, vectorisable */
    int arr[64];
    long sum = 0;
    for (int i = 0; i < 64; i++) arr[i] = (i - 32) * 1000 + base;
    for (int i = 0; i < 64; i++) sum += (arr[i] >> 3) + ((unsigned)arr[i] >> 28) + (int)((unsigned)arr[i] << 2);
    printf("sum = %ld\n", sum);
    unsigned long long m = 1;
    int count = 0;
    while (m) { m <<= 1; count++; }
    printf("bits in ull: %d\n", count);
    return 0;
}
