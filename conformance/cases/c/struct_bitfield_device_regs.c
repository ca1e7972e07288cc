#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <stdbool.h>

/* Device-register style bit-field structs: fields straddling byte and
   32-bit boundaries inside 64-bit units, zero-width fields forcing
   alignment, signed fields with sign extension, _Bool and enum fields,
   read-modify-write through pointers, compound assignments that wrap
   within the field width, and the raw byte image after each step. */

enum mode { MODE_OFF, MODE_IDLE, MODE_RUN, MODE_FAULT };

struct ctrl {
    uint64_t enable : 1;
    uint64_t channel : 5;
    uint64_t divider : 12;
    int64_t trim : 7;            /* signed, -64..63 */
    uint64_t threshold : 20;     /* straddles the 32-bit boundary */
    uint64_t : 0;                /* next field starts a new unit */
    unsigned int count : 9;
    bool irq : 1;
    enum mode mode : 2;
    signed char bias : 4;
    unsigned short tail : 11;
};

static void dump(const char *label, const struct ctrl *c) {
    unsigned char b[sizeof *c];
    memcpy(b, c, sizeof b);
    printf("%-10s", label);
    for (size_t i = 0; i < sizeof b; i++) printf("%02x", b[i]);
    printf(" | en=%u ch=%u div=%u trim=%d thr=%u cnt=%u irq=%d mode=%d bias=%d tail=%u\n", (unsigned)c->enable,
           (unsigned)c->channel, (unsigned)c->divider, (int)c->trim, (unsigned)c->threshold, c->count, c->irq, c->mode,
           c->bias, c->tail);
}

static void tick(struct ctrl *c) {
    c->count += 100;          /* wraps modulo 512 */
    c->trim -= 9;             /* stays in -64..63 only while it fits: kept in range below */
    if (c->trim < -50) c->trim = 40;
    c->threshold = (c->threshold * 3 + 1) & 0xFFFFF;
    c->irq = c->count > 300;
    c->mode = (enum mode)((c->mode + 1) & 3);
    c->bias = (signed char)(c->bias == 7 ? -8 : c->bias + 1);
    c->tail ^= 0x5A5;
}

int main(void) {
    struct ctrl c;
    memset(&c, 0, sizeof c);
    printf("sizeof(struct ctrl)=%zu\n", sizeof c);
    dump("zero", &c);
    c.enable = 1;
    c.channel = 31;
    c.divider = 0xABC;
    c.trim = -1;
    c.threshold = 0xFFFFF;
    dump("set", &c);
    c.channel++;              /* wraps to 0 */
    c.divider += 0x600;       /* wraps in 12 bits */
    dump("wrap", &c);
    c.threshold = 0x12345;
    c.count = 511;
    c.bias = -8;
    c.tail = 2047;
    dump("fill", &c);
    for (int i = 0; i < 6; i++) {
        tick(&c);
        char l[16];
        snprintf(l, sizeof l, "tick%d", i);
        dump(l, &c);
    }
    struct ctrl arr[4];
    memset(arr, 0, sizeof arr);
    for (int i = 0; i < 4; i++) {
        arr[i].channel = (uint64_t)(i * 9);
        arr[i].trim = -i * 20;
        arr[i].mode = (enum mode)i;
    }
    int sum = 0;
    for (int i = 0; i < 4; i++) sum += (int)arr[i].channel + (int)arr[i].trim + arr[i].mode;
    printf("array sum=%d sign-extended trim[3]=%lld\n", sum, (long long)arr[3].trim);
    return 0;
}
