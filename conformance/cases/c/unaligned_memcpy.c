#include <stdio.h>
#include <string.h>
#include <stdint.h>

/* Unaligned loads/stores done portably with memcpy: a tiny binary serializer. */

static size_t put_u16(unsigned char *b, size_t o, uint16_t v) { memcpy(b + o, &v, 2); return o + 2; }
static size_t put_u32(unsigned char *b, size_t o, uint32_t v) { memcpy(b + o, &v, 4); return o + 4; }
static size_t put_u64(unsigned char *b, size_t o, uint64_t v) { memcpy(b + o, &v, 8); return o + 8; }
static size_t put_f64(unsigned char *b, size_t o, double v) { memcpy(b + o, &v, 8); return o + 8; }
static size_t put_u8(unsigned char *b, size_t o, uint8_t v) { b[o] = v; return o + 1; }

static uint16_t get_u16(const unsigned char *b, size_t o) { uint16_t v; memcpy(&v, b + o, 2); return v; }
static uint32_t get_u32(const unsigned char *b, size_t o) { uint32_t v; memcpy(&v, b + o, 4); return v; }
static uint64_t get_u64(const unsigned char *b, size_t o) { uint64_t v; memcpy(&v, b + o, 8); return v; }
static double get_f64(const unsigned char *b, size_t o) { double v; memcpy(&v, b + o, 8); return v; }

int main(void) {
    unsigned char buf[128];
    memset(buf, 0xAA, sizeof buf);
    size_t o = 0;
    o = put_u8(buf, o, 7);
    o = put_u32(buf, o, 0xDEADBEEF);
    o = put_u16(buf, o, 0x1234);
    o = put_u64(buf, o, 0x0102030405060708ull);
    o = put_u8(buf, o, 0xFF);
    o = put_f64(buf, o, 3.14159);
    o = put_u32(buf, o, 42);
    printf("serialized %zu bytes:", o);
    for (size_t i = 0; i < o; i++) printf(" %02x", buf[i]);
    printf("\n");
    size_t r = 0;
    printf("u8=%u", buf[r]); r += 1;
    printf(" u32=%08x", get_u32(buf, r)); r += 4;
    printf(" u16=%04x", get_u16(buf, r)); r += 2;
    printf(" u64=%016llx", (unsigned long long)get_u64(buf, r)); r += 8;
    printf(" u8=%u", buf[r]); r += 1;
    printf(" f64=%.5f", get_f64(buf, r)); r += 8;
    printf(" u32=%u\n", get_u32(buf, r));
    /* sliding unaligned reads across a byte buffer */
    unsigned char data[64];
    for (int i = 0; i < 64; i++) data[i] = (unsigned char)(i * 37 + 11);
    uint32_t x = 0;
    uint64_t y = 0;
    for (int i = 0; i + 8 <= 64; i++) { x ^= get_u32(data, (size_t)i) * (uint32_t)(i + 1); y += get_u64(data, (size_t)i) >> (i % 7); }
    printf("sliding xor=%08x sum=%016llx\n", x, (unsigned long long)y);
    /* unaligned struct copy */
    struct pair { int a; double b; } src = {-5, 2.5}, dst;
    unsigned char raw[sizeof src + 3];
    memcpy(raw + 3, &src, sizeof src);
    memcpy(&dst, raw + 3, sizeof dst);
    printf("copied struct a=%d b=%g\n", dst.a, dst.b);
    return (int)(x & 0x3F);
}
