#include <stdio.h>
#include <stdint.h>
#include <string.h>

/* CRC-32 (IEEE, reflected) with a runtime-generated table, a bitwise reference, and incremental update;
   also Adler-32 and CRC-16/CCITT. */

static uint32_t table[256];

static void make_table(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
}

static uint32_t crc32_update(uint32_t crc, const void *data, size_t n) {
    const unsigned char *p = data;
    crc = ~crc;
    while (n--) crc = table[(crc ^ *p++) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

static uint32_t crc32_bitwise(const void *data, size_t n) {
    const unsigned char *p = data;
    uint32_t crc = 0xFFFFFFFFu;
    while (n--) {
        crc ^= *p++;
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
    }
    return ~crc;
}

static uint32_t adler32(const void *data, size_t n) {
    const unsigned char *p = data;
    uint32_t a = 1, b = 0;
    while (n--) { a = (a + *p++) % 65521; b = (b + a) % 65521; }
    return b << 16 | a;
}

static uint16_t crc16_ccitt(const void *data, size_t n) {
    const unsigned char *p = data;
    uint16_t crc = 0xFFFF;
    while (n--) {
        crc ^= (uint16_t)(*p++ << 8);
        for (int k = 0; k < 8; k++) crc = (uint16_t)(crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1);
    }
    return crc;
}

int main(void) {
    make_table();
    printf("table[1]=%08x table[255]=%08x\n", table[1], table[255]);
    const char *msgs[] = {"", "a", "abc", "123456789", "message digest", "The quick brown fox jumps over the lazy dog"};
    int bad = 0;
    for (int i = 0; i < 6; i++) {
        size_t n = strlen(msgs[i]);
        uint32_t c1 = crc32_update(0, msgs[i], n), c2 = crc32_bitwise(msgs[i], n);
        bad += c1 != c2;
        printf("%-45s crc32=%08x adler32=%08x crc16=%04x\n", msgs[i], c1, adler32(msgs[i], n), crc16_ccitt(msgs[i], n));
    }
    static unsigned char buf[16384];
    for (size_t i = 0; i < sizeof buf; i++) buf[i] = (unsigned char)(i * 31 + (i >> 8));
    uint32_t whole = crc32_update(0, buf, sizeof buf);
    uint32_t inc = 0;
    for (size_t off = 0; off < sizeof buf; off += 1000) inc = crc32_update(inc, buf + off, sizeof buf - off < 1000 ? sizeof buf - off : 1000);
    printf("16KiB crc32 whole=%08x incremental=%08x equal=%d\n", whole, inc, whole == inc);
    buf[12345] ^= 1;
    printf("after flipping one bit: %08x\n", crc32_update(0, buf, sizeof buf));
    return bad;
}
