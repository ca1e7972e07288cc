#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <stddef.h>

/* __attribute__((packed)) structs: layout, unaligned member access, network-style headers. */

struct __attribute__((packed)) wire_header {
    uint8_t version;
    uint32_t length;
    uint16_t flags;
    uint64_t id;
    int8_t delta;
    double value;
};

struct normal_header {
    uint8_t version;
    uint32_t length;
    uint16_t flags;
    uint64_t id;
    int8_t delta;
    double value;
};

struct __attribute__((packed)) rec { char tag; int32_t n; };

struct __attribute__((packed, aligned(2))) small { uint8_t a; uint16_t b; uint8_t c; };

int main(void) {
    printf("packed size=%zu normal size=%zu\n", sizeof(struct wire_header), sizeof(struct normal_header));
    printf("packed offsets: length=%zu flags=%zu id=%zu delta=%zu value=%zu\n", offsetof(struct wire_header, length),
           offsetof(struct wire_header, flags), offsetof(struct wire_header, id), offsetof(struct wire_header, delta),
           offsetof(struct wire_header, value));
    printf("normal offsets: length=%zu flags=%zu id=%zu delta=%zu value=%zu\n", offsetof(struct normal_header, length),
           offsetof(struct normal_header, flags), offsetof(struct normal_header, id),
           offsetof(struct normal_header, delta), offsetof(struct normal_header, value));
    struct wire_header hs[4];
    for (int i = 0; i < 4; i++) {
        hs[i].version = (uint8_t)(i + 1);
        hs[i].length = 1000u * (uint32_t)i + 7;
        hs[i].flags = (uint16_t)(0x8000 >> i);
        hs[i].id = 0x1122334455667788ull + (uint64_t)i;
        hs[i].delta = (int8_t)(-i * 20);
        hs[i].value = i * 1.25;
    }
    for (int i = 0; i < 4; i++) {
        hs[i].length += hs[i].flags;
        hs[i].id ^= hs[i].length;
        hs[i].value *= hs[i].delta;
    }
    for (int i = 0; i < 4; i++)
        printf("v%u len=%u flags=%04x id=%016llx delta=%d value=%g\n", hs[i].version, hs[i].length, hs[i].flags,
               (unsigned long long)hs[i].id, hs[i].delta, hs[i].value);
    unsigned char bytes[sizeof(struct wire_header)];
    memcpy(bytes, &hs[1], sizeof bytes);
    printf("raw bytes:");
    for (size_t i = 0; i < sizeof bytes; i++) printf(" %02x", bytes[i]);
    printf("\n");
    struct rec recs[5];
    printf("sizeof rec=%zu array=%zu\n", sizeof(struct rec), sizeof recs);
    int32_t total = 0;
    for (int i = 0; i < 5; i++) { recs[i].tag = (char)('a' + i); recs[i].n = (i + 1) * 111111; }
    for (int i = 0; i < 5; i++) total += recs[i].n * (recs[i].tag - 'a');
    printf("rec total=%d\n", total);
    struct small sm = {1, 0xBEEF, 3};
    printf("small size=%zu b=%04x a+c=%d\n", sizeof sm, sm.b, sm.a + sm.c);
    return (int)(sizeof(struct wire_header));
}
