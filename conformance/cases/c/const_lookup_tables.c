#include <stdio.h>
#include <stdint.h>
#include <string.h>

/* Constant lookup tables: CRC-8 table, hex digits, sine table, bit-reverse, month tables. */

static const uint8_t crc8_table[256] = {
#define R(c) ((c) & 0x80 ? (((c) << 1) ^ 0x07) & 0xFF : ((c) << 1) & 0xFF)
#define E(i) R(R(R(R(R(R(R(R(i))))))))
#define ROW(b) E(b+0),E(b+1),E(b+2),E(b+3),E(b+4),E(b+5),E(b+6),E(b+7),E(b+8),E(b+9),E(b+10),E(b+11),E(b+12),E(b+13),E(b+14),E(b+15)
    ROW(0), ROW(16), ROW(32), ROW(48), ROW(64), ROW(80), ROW(96), ROW(112),
    ROW(128), ROW(144), ROW(160), ROW(176), ROW(192), ROW(208), ROW(224), ROW(240)
#undef ROW
#undef E
#undef R
};

static const char hexdig[] = "0123456789abcdef";

static const int16_t sine_q15[17] = {0, 3212, 6393, 9512, 12539, 15446, 18204, 20787, 23170,
                                     25329, 27245, 28898, 30273, 31356, 32137, 32609, 32767};

static const unsigned char rev4[16] = {0x0, 0x8, 0x4, 0xC, 0x2, 0xA, 0x6, 0xE, 0x1, 0x9, 0x5, 0xD, 0x3, 0xB, 0x7, 0xF};

static const struct { const char *name; unsigned char days; } months[12] = {
    {"Jan", 31}, {"Feb", 28}, {"Mar", 31}, {"Apr", 30}, {"May", 31}, {"Jun", 30},
    {"Jul", 31}, {"Aug", 31}, {"Sep", 30}, {"Oct", 31}, {"Nov", 30}, {"Dec", 31},
};

static uint8_t crc8(const void *data, size_t n) {
    const uint8_t *p = data;
    uint8_t c = 0;
    while (n--) c = crc8_table[c ^ *p++];
    return c;
}

static uint8_t crc8_bitwise(const void *data, size_t n) {
    const uint8_t *p = data;
    uint8_t c = 0;
    while (n--) {
        c ^= *p++;
        for (int k = 0; k < 8; k++) c = (uint8_t)(c & 0x80 ? (c << 1) ^ 0x07 : c << 1);
    }
    return c;
}

/* quarter-wave sine lookup with 64 steps per turn */
static int isin(int step) {
    step &= 63;
    if (step < 16) return sine_q15[step];
    if (step < 32) return sine_q15[32 - step];
    if (step < 48) return -sine_q15[step - 32];
    return -sine_q15[64 - step];
}

static uint8_t rev8(uint8_t b) { return (uint8_t)(rev4[b & 15] << 4 | rev4[b >> 4]); }

int main(void) {
    const char *msgs[] = {"", "a", "123456789", "The quick brown fox", "lookup tables are fast"};
    for (int i = 0; i < 5; i++)
        printf("crc8(\"%s\") = %02x bitwise %02x\n", msgs[i], crc8(msgs[i], strlen(msgs[i])),
               crc8_bitwise(msgs[i], strlen(msgs[i])));
    printf("table[1]=%02x table[128]=%02x table[255]=%02x\n", crc8_table[1], crc8_table[128], crc8_table[255]);
    uint32_t v = 0xC0FFEE42u;
    char hex[9];
    for (int i = 0; i < 8; i++) hex[i] = hexdig[(v >> (28 - 4 * i)) & 15];
    hex[8] = 0;
    printf("hex=%s\n", hex);
    for (int s = 0; s < 64; s += 6) printf("isin(%2d)=%6d\n", s, isin(s));
    printf("rev8:");
    for (int b = 1; b < 256; b *= 3) printf(" %02x->%02x", b, rev8((uint8_t)b));
    printf("\n");
    int day = 200, m = 0;
    while (day > months[m].days) day -= months[m++].days;
    printf("day 200 of a common year is %s %d\n", months[m].name, day);
    long total = 0;
    for (int i = 0; i < 12; i++) total += months[i].days;
    printf("total days=%ld\n", total);
    return 0;
}
