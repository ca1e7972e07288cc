#include <stdio.h>
#include <stdint.h>

/* Rotations written the idiomatic way: clang turns them into llvm.fshl/fshr. */

static inline uint32_t rotl32(uint32_t x, unsigned r) { r &= 31; return (x << r) | (x >> ((32 - r) & 31)); }
static inline uint32_t rotr32(uint32_t x, unsigned r) { r &= 31; return (x >> r) | (x << ((32 - r) & 31)); }
static inline uint64_t rotl64(uint64_t x, unsigned r) { r &= 63; return (x << r) | (x >> ((64 - r) & 63)); }
static inline uint8_t rotl8(uint8_t x, unsigned r) { r &= 7; return (uint8_t)((x << r) | (x >> ((8 - r) & 7))); }
static inline uint16_t rotr16(uint16_t x, unsigned r) { r &= 15; return (uint16_t)((x >> r) | (x << ((16 - r) & 15))); }

/* A funnel shift of two words */
static uint32_t funnel(uint32_t hi, uint32_t lo, unsigned s) {
    s &= 31;
    if (s == 0) return hi;
    return (hi << s) | (lo >> (32 - s));
}

/* xoshiro128** : rotation-heavy PRNG */
static uint32_t st[4] = {0x9E3779B9u, 0x243F6A88u, 0xB7E15162u, 0x12345678u};
static uint32_t next(void) {
    uint32_t result = rotl32(st[1] * 5, 7) * 9;
    uint32_t t = st[1] << 9;
    st[2] ^= st[0]; st[3] ^= st[1]; st[1] ^= st[2]; st[0] ^= st[3];
    st[2] ^= t;
    st[3] = rotl32(st[3], 11);
    return result;
}

int main(void) {
    uint32_t x = 0x12345678u;
    for (unsigned r = 0; r <= 32; r += 4)
        printf("rotl32(%u)=%08x rotr32=%08x\n", r, rotl32(x, r), rotr32(x, r));
    uint64_t y = 0x0123456789ABCDEFull;
    for (unsigned r = 0; r < 64; r += 12) printf("rotl64(%u)=%016llx\n", r, (unsigned long long)rotl64(y, r));
    for (unsigned r = 0; r < 8; r++) printf("%02x ", rotl8(0x81, r));
    printf("\n");
    for (unsigned r = 0; r < 16; r += 3) printf("%04x ", rotr16(0xF001, r));
    printf("\n");
    for (unsigned s = 0; s < 32; s += 7) printf("funnel(%u)=%08x\n", s, funnel(0xAAAA5555u, 0x0F0F0F0Fu, s));
    uint32_t acc = 0;
    for (int i = 0; i < 10000; i++) acc ^= next();
    printf("xoshiro acc=%08x\n", acc);
    for (int i = 0; i < 5; i++) printf("next=%u\n", next());
    /* rotate every element of an array by a fixed amount: vectorised fshl */
    uint32_t arr[128];
    for (int i = 0; i < 128; i++) arr[i] = (uint32_t)i * 2654435761u;
    uint32_t sum = 0;
    for (int i = 0; i < 128; i++) { arr[i] = rotl32(arr[i], 13) ^ rotr32(arr[i], 3); sum += arr[i]; }
    printf("array rotate sum=%08x\n", sum);
    return 0;
}
