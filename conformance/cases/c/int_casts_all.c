#include <stdio.h>
#include <stdint.h>
#include <stdbool.h>

/* Casts between all integer widths, sign- and zero-extension, truncation. */

int main(void) {
    long long src[] = {0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32769, 65535,
                       2147483647LL, 2147483648LL, -2147483649LL, 4294967295LL, 0x123456789ALL,
                       -0x123456789ALL};
    int n = sizeof src / sizeof src[0];
    printf("%20s %5s %4s %7s %6s %11s %10s %5s\n", "value", "i8", "u8", "i16", "u16", "i32", "u32", "bool");
    for (int i = 0; i < n; i++) {
        long long v = src[i];
        int8_t a = (int8_t)v; uint8_t b = (uint8_t)v;
        int16_t c = (int16_t)v; uint16_t d = (uint16_t)v;
        int32_t e = (int32_t)v; uint32_t f = (uint32_t)v;
        bool g = (bool)v;
        printf("%20lld %5d %4u %7d %6u %11d %10u %5d\n", v, a, b, c, d, e, f, g);
    }
    /* widening from narrow signed and unsigned */
    int8_t m8 = -100; uint8_t p8 = 200;
    printf("i8->u32 %u, i8->u64 %llu, u8->i32 %d, i8->i64 %lld\n", (uint32_t)m8,
           (unsigned long long)(uint64_t)m8, (int32_t)p8, (long long)m8);
    int16_t m16 = -30000;
    printf("i16->u16->u32 %u, i16->u32 %u\n", (uint32_t)(uint16_t)m16, (uint32_t)m16);
    uint32_t big = 0xFFFFFFF0u;
    printf("u32->i64 %lld, (i32)u32->i64 %lld\n", (long long)big, (long long)(int32_t)big);
    /* char signedness on x86-64: plain char is signed */
    char ch = (char)0xE9;
    printf("plain char 0xE9 = %d, as unsigned char = %d\n", ch, (unsigned char)ch);
    /* bool conversions */
    bool bs[6] = {0, 5, -1, 0.5 > 0, (bool)0.0, (bool)256};
    int bsum = 0;
    for (int i = 0; i < 6; i++) { printf("%d", bs[i]); bsum += bs[i]; }
    printf(" sum=%d\n", bsum);
    /* conversions inside a loop (vectorised sext/zext/trunc) */
    int16_t s16[100]; uint8_t u8a[100]; int32_t out[100];
    for (int i = 0; i < 100; i++) { s16[i] = (int16_t)(i * 700 - 35000 + 65536 * (i * 700 - 35000 < -32768)); u8a[i] = (uint8_t)(i * 13); }
    long long acc = 0;
    for (int i = 0; i < 100; i++) { out[i] = s16[i] + u8a[i]; acc += out[i]; }
    printf("mixed widen acc=%lld out[0]=%d out[99]=%d\n", acc, out[0], out[99]);
    uint8_t trunc[100];
    for (int i = 0; i < 100; i++) trunc[i] = (uint8_t)(out[i] >> 3);
    unsigned tsum = 0;
    for (int i = 0; i < 100; i++) tsum += trunc[i];
    printf("truncated sum=%u\n", tsum);
    return 0;
}
