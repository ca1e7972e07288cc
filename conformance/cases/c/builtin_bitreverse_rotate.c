#include <stdio.h>
#include <stdint.h>

/* __builtin_bitreverse8/16/32/64 and __builtin_rotateleft/right32/64:
   checked against naive implementations over many inputs, and used in an
   FFT bit-reversal permutation, a reflected CRC-8 and a rotate-based
   hash mixer. */

static uint32_t naive_rev32(uint32_t x) {
    uint32_t r = 0;
    for (int i = 0; i < 32; i++) r |= ((x >> i) & 1u) << (31 - i);
    return r;
}

static uint64_t naive_rotl64(uint64_t x, unsigned r) { r &= 63; return r ? x << r | x >> (64 - r) : x; }

static uint8_t crc8_reflected(const uint8_t *p, int n) {
    /* CRC-8/MAXIM-style: reflect input and output by bit reversal */
    uint8_t crc = 0;
    for (int i = 0; i < n; i++) {
        crc ^= __builtin_bitreverse8(p[i]);
        for (int k = 0; k < 8; k++) crc = crc & 0x80 ? (uint8_t)(crc << 1 ^ 0x31) : (uint8_t)(crc << 1);
    }
    return __builtin_bitreverse8(crc);
}

static uint64_t mix(uint64_t h, uint64_t v) {
    h ^= __builtin_rotateleft64(v * 0x9E3779B97F4A7C15ULL, 31);
    h = __builtin_rotateright64(h, 17) * 0xC2B2AE3D27D4EB4FULL;
    return h ^ (h >> 29);
}

int main(void) {
    int bad = 0;
    uint32_t x = 0x12345678;
    for (int i = 0; i < 5000; i++) {
        x = x * 1664525u + 1013904223u;
        if (__builtin_bitreverse32(x) != naive_rev32(x)) bad++;
        uint64_t y = (uint64_t)x << 32 | (x ^ 0xDEADBEEF);
        unsigned r = x % 70; /* includes amounts >= 64 (taken modulo width) */
        if (__builtin_rotateleft64(y, r) != naive_rotl64(y, r)) bad++;
        if (__builtin_rotateright64(y, r) != naive_rotl64(y, 64 - (r & 63))) bad++;
        if (__builtin_rotateleft32(x, r) != (uint32_t)((x << (r & 31)) | (x >> ((32 - (r & 31)) & 31)))) bad++;
    }
    printf("mismatches vs naive: %d\n", bad);
    printf("rev8(0x01)=%02x rev8(0xF0)=%02x rev16(0x1234)=%04x rev32(1)=%08x rev64(0x3)=%016llx\n",
           __builtin_bitreverse8(0x01), __builtin_bitreverse8(0xF0), __builtin_bitreverse16(0x1234),
           __builtin_bitreverse32(1), (unsigned long long)__builtin_bitreverse64(3));
    printf("rotl32(0x80000001,1)=%08x rotr32(0x80000001,4)=%08x rotl64(1,63)=%016llx\n",
           __builtin_rotateleft32(0x80000001u, 1), __builtin_rotateright32(0x80000001u, 4),
           (unsigned long long)__builtin_rotateleft64(1, 63));
    /* bit-reversal permutation for a 16-point FFT */
    printf("bitrev perm 16:");
    for (uint32_t i = 0; i < 16; i++) printf(" %u", __builtin_bitreverse32(i) >> 28);
    printf("\n");
    int perm_ok = 1;
    for (uint32_t i = 0; i < 1024; i++) {
        uint32_t j = __builtin_bitreverse32(i) >> 22;
        perm_ok &= (__builtin_bitreverse32(j) >> 22) == i;
    }
    printf("bitrev 1024 involution=%d\n", perm_ok);
    const uint8_t msg[] = "123456789";
    printf("crc8(\"123456789\")=%02x\n", crc8_reflected(msg, 9));
    uint64_t h = 0;
    for (uint64_t v = 0; v < 1000; v++) h = mix(h, v);
    printf("mix hash=%016llx\n", (unsigned long long)h);
    uint16_t s16 = 0xBEEF;
    printf("rev16 twice=%04x rev64(rev64)=%d\n", __builtin_bitreverse16(__builtin_bitreverse16(s16)),
           __builtin_bitreverse64(__builtin_bitreverse64(h)) == h);
    return bad;
}
