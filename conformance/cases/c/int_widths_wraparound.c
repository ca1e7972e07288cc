#include <stdio.h>
#include <stdint.h>
#include <limits.h>

/* Arithmetic in every integer width, with unsigned wraparound. */

int main(void) {
    unsigned char uc = 250;
    unsigned short us = 65530;
    unsigned int ui = 4294967290u;
    unsigned long ul = 18446744073709551610ul;
    for (int i = 0; i < 10; i++) {
        uc++; us++; ui++; ul++;
        printf("step %d: uc=%u us=%u ui=%u ul=%lu\n", i, uc, us, ui, ul);
    }
    uint8_t a8 = 200, b8 = 100;
    uint8_t s8 = a8 + b8, d8 = b8 - a8, m8 = a8 * b8;
    printf("u8: sum=%u diff=%u mul=%u\n", s8, d8, m8);
    uint16_t a16 = 60000, b16 = 7000;
    uint16_t s16 = a16 + b16, m16 = a16 * 3u;
    printf("u16: sum=%u mul=%u neg=%u\n", s16, m16, (uint16_t)-a16);
    uint32_t a32 = 0xDEADBEEFu;
    printf("u32: x*x=%u, -x=%u, ~x=%u\n", a32 * a32, -a32, ~a32);
    uint64_t a64 = 0xDEADBEEFCAFEBABEull;
    printf("u64: x*x=%llu, -x=%llu, x+x=%llu\n", (unsigned long long)(a64 * a64),
           (unsigned long long)-a64, (unsigned long long)(a64 + a64));

    /* signed narrow types: conversion of out-of-range is implementation-defined,
       gcc/clang on x86-64 wrap modulo 2^n */
    signed char sc = 0;
    short ss = 0;
    for (int i = 0; i < 300; i += 37) {
        sc = (signed char)(sc + 37);
        ss = (short)(ss * 3 + 1001);
        printf("sc=%4d ss=%6d\n", sc, ss);
    }
    /* char arithmetic promotes to int */
    char c1 = 100, c2 = 100;
    int prod = c1 * c2;
    printf("char product promoted: %d\n", prod);
    printf("sizeof: char=%zu short=%zu int=%zu long=%zu llong=%zu ptr=%zu\n", sizeof(char),
           sizeof(short), sizeof(int), sizeof(long), sizeof(long long), sizeof(void *));
    printf("limits: %d %d %d %u %ld %lu\n", SCHAR_MIN, SHRT_MIN, INT_MIN, UINT_MAX, LONG_MIN,
           ULONG_MAX);

    /* unsigned hashing loop that relies on wraparound */
    uint32_t h32 = 2166136261u;
    uint64_t h64 = 14695981039346656037ull;
    uint16_t h16 = 0xFFFF;
    uint8_t h8 = 0;
    for (int i = 0; i < 100000; i++) {
        h32 = (h32 ^ (uint32_t)(i & 0xff)) * 16777619u;
        h64 = (h64 ^ (uint64_t)i) * 1099511628211ull;
        h16 = (uint16_t)(h16 * 31 + i);
        h8 = (uint8_t)(h8 * 7 + (i >> 3));
    }
    printf("h32=%08x h64=%016llx h16=%04x h8=%02x\n", h32, (unsigned long long)h64, h16, h8);
    return (int)(h8 % 2);
}
