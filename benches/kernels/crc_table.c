/* crc_table.c - table-driven checksums.
 *
 * Generates the reflected CRC-32 table (poly 0xEDB88320) and a CRC-16/CCITT
 * table (poly 0x1021, MSB-first) at startup, then repeatedly checksums a
 * 32 KiB LCG buffer with CRC-32 (byte-at-a-time table lookup), CRC-16,
 * Adler-32 and Fletcher-32.  After every pass one buffer byte is changed
 * based on the running CRC, so passes depend on each other.
 *
 * argv[1] = number of passes over the 32 KiB buffer (work is linear).
 */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

#define BUF_SIZE (32 * 1024)
#define DEFAULT_PASSES 1400

static uint32_t crc32_table[256];
static uint16_t crc16_table[256];

static void make_tables(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1u) ? (c >> 1) ^ 0xEDB88320u : c >> 1;
        crc32_table[i] = c;

        uint16_t d = (uint16_t)(i << 8);
        for (int k = 0; k < 8; k++)
            d = (d & 0x8000u) ? (uint16_t)((d << 1) ^ 0x1021u) : (uint16_t)(d << 1);
        crc16_table[i] = d;
    }
}

static uint32_t crc32_update(uint32_t crc, const unsigned char *p, size_t n)
{
    crc = ~crc;
    for (size_t i = 0; i < n; i++)
        crc = crc32_table[(crc ^ p[i]) & 0xFFu] ^ (crc >> 8);
    return ~crc;
}

static uint16_t crc16_update(uint16_t crc, const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        crc = (uint16_t)((crc << 8) ^ crc16_table[((crc >> 8) ^ p[i]) & 0xFFu]);
    return crc;
}

static uint32_t adler32(const unsigned char *p, size_t n)
{
    uint32_t a = 1, b = 0;
    while (n > 0) {
        /* 5552 is the largest block for which b cannot overflow */
        size_t chunk = n < 5552 ? n : 5552;
        n -= chunk;
        while (chunk--) {
            a += *p++;
            b += a;
        }
        a %= 65521u;
        b %= 65521u;
    }
    return (b << 16) | a;
}

static uint32_t fletcher32(const unsigned char *p, size_t n)
{
    uint32_t s1 = 0xFFFF, s2 = 0xFFFF;
    size_t words = n / 2;
    while (words > 0) {
        size_t chunk = words < 359 ? words : 359;
        words -= chunk;
        while (chunk--) {
            s1 += (uint32_t)p[0] | ((uint32_t)p[1] << 8);
            s2 += s1;
            p += 2;
        }
        s1 = (s1 & 0xFFFFu) + (s1 >> 16);
        s2 = (s2 & 0xFFFFu) + (s2 >> 16);
    }
    s1 = (s1 & 0xFFFFu) + (s1 >> 16);
    s2 = (s2 & 0xFFFFu) + (s2 >> 16);
    return (s2 << 16) | s1;
}

int main(int argc, char **argv)
{
    long passes = DEFAULT_PASSES;
    if (argc > 1) {
        long v = atol(argv[1]);
        if (v > 0)
            passes = v;
    }

    static unsigned char buf[BUF_SIZE];
    uint32_t s = 0xDEADBEEFu;
    for (size_t i = 0; i < BUF_SIZE; i++) {
        s = s * 22695477u + 1u;
        buf[i] = (unsigned char)(s >> 23);
    }
    make_tables();

    uint32_t crc = 0;
    uint16_t crc16 = 0xFFFF;
    uint64_t sums = 0;
    for (long pass = 0; pass < passes; pass++) {
        crc = crc32_update(crc, buf, BUF_SIZE);
        crc16 = crc16_update(crc16, buf, BUF_SIZE);
        uint32_t ad = adler32(buf, BUF_SIZE);
        uint32_t fl = fletcher32(buf, BUF_SIZE);
        sums = sums * 0x100000001B3ULL + ((uint64_t)ad << 32 | fl);
        buf[crc % BUF_SIZE] ^= (unsigned char)(crc16 | 1u);
    }
    uint64_t check = sums ^ ((uint64_t)crc << 16) ^ crc16;
    printf("checksum: %016llx\n", (unsigned long long)check);
    return 0;
}
