#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdalign.h>

/* Layout control: aligned(N) on types and members, _Alignas, packed
   structs containing aligned members, #pragma pack(push, 2), arrays of
   over-aligned structs (stride = rounded size), offsetof for every
   member, and struct copies of packed/aligned types preserving values. */

struct __attribute__((aligned(64))) cacheline { int64_t counter; char tag[8]; };
struct with_alignas { char c; _Alignas(32) double d; short s; };
struct __attribute__((packed)) packed_mix { char c; int32_t i; double d; uint16_t h; };
struct __attribute__((packed, aligned(4))) packed_aligned { char c; int32_t i; char z; };
#pragma pack(push, 2)
struct pack2 { char c; int32_t i; double d; char e; };
#pragma pack(pop)
struct nested { char lead; struct packed_mix pm; struct pack2 p2; alignas(16) char after; };

#define SHOW(T, m) printf("  %-22s offset=%zu\n", #T "." #m, offsetof(T, m))

int main(void) {
    printf("cacheline: size=%zu align=%zu\n", sizeof(struct cacheline), alignof(struct cacheline));
    printf("with_alignas: size=%zu align=%zu\n", sizeof(struct with_alignas), alignof(struct with_alignas));
    SHOW(struct with_alignas, d);
    SHOW(struct with_alignas, s);
    printf("packed_mix: size=%zu align=%zu\n", sizeof(struct packed_mix), alignof(struct packed_mix));
    SHOW(struct packed_mix, i);
    SHOW(struct packed_mix, d);
    SHOW(struct packed_mix, h);
    printf("packed_aligned: size=%zu align=%zu\n", sizeof(struct packed_aligned), alignof(struct packed_aligned));
    printf("pack2: size=%zu align=%zu\n", sizeof(struct pack2), alignof(struct pack2));
    SHOW(struct pack2, i);
    SHOW(struct pack2, d);
    SHOW(struct pack2, e);
    printf("nested: size=%zu align=%zu\n", sizeof(struct nested), alignof(struct nested));
    SHOW(struct nested, pm);
    SHOW(struct nested, p2);
    SHOW(struct nested, after);

    static struct cacheline lines[5];
    for (int i = 0; i < 5; i++) { lines[i].counter = i * 1000003LL; snprintf(lines[i].tag, sizeof lines[i].tag, "L%d", i); }
    printf("array stride=%td aligned=%d\n", (char *)&lines[1] - (char *)&lines[0], ((uintptr_t)&lines[3] & 63) == 0);

    struct packed_mix pm[6];
    for (int i = 0; i < 6; i++) pm[i] = (struct packed_mix){(char)('a' + i), i * -1000, i * 1.25, (uint16_t)(i * 9000)};
    double dsum = 0;
    long isum = 0;
    for (int i = 0; i < 6; i++) { dsum += pm[i].d; isum += pm[i].i + pm[i].h; }
    struct packed_mix copy = pm[5];
    int32_t *unaligned_i = &(int32_t){0};
    memcpy(unaligned_i, (char *)&pm[3] + offsetof(struct packed_mix, i), 4);
    printf("packed array: dsum=%.2f isum=%ld copy.c=%c copy.h=%u pm[3].i via memcpy=%d\n", dsum, isum, copy.c, copy.h, *unaligned_i);

    struct pack2 p = {'x', 123456, 2.5, 'y'};
    struct pack2 q;
    q = p;
    unsigned char raw[sizeof p];
    memcpy(raw, &q, sizeof raw);
    printf("pack2 bytes:");
    for (size_t i = 0; i < sizeof raw; i++) printf(" %02x", raw[i]);
    printf("\n");
    struct nested n = {'N', {'m', -7, 0.5, 65535}, {'p', 99, -1.5, 'q'}, 'A'};
    struct nested n2 = n;
    printf("nested copy: %c %c %d %.2f %u %c %d %.2f %c %c\n", n2.lead, n2.pm.c, n2.pm.i, n2.pm.d, n2.pm.h, n2.p2.c, n2.p2.i,
           n2.p2.d, n2.p2.e, n2.after);
    return 0;
}
