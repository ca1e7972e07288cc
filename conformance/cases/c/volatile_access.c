#include <stdio.h>
#include <stdint.h>

/* Volatile loads and stores: the optimiser must keep every access. */

static volatile int counter;
static volatile uint8_t regs[16];
static volatile double vd;

struct device { volatile uint32_t status; volatile uint32_t data; uint32_t shadow; };

static void poke(volatile uint32_t *r, uint32_t v) { *r = v; }

int main(void) {
    for (int i = 0; i < 1000; i++) counter++;
    printf("counter=%d\n", counter);
    for (int i = 0; i < 16; i++) regs[i] = (uint8_t)(i * 17);
    unsigned s = 0;
    for (int round = 0; round < 3; round++)
        for (int i = 0; i < 16; i++) { regs[i] = (uint8_t)(regs[i] + 1); s += regs[i]; }
    printf("regs sum=%u regs[15]=%u\n", s, regs[15]);
    struct device dev = {0, 0, 0};
    for (uint32_t i = 0; i < 10; i++) {
        poke(&dev.data, i * i);
        dev.status |= 1u << i;
        dev.shadow += dev.data;
    }
    printf("status=%03x data=%u shadow=%u\n", dev.status, dev.data, dev.shadow);
    vd = 1.0;
    for (int i = 0; i < 20; i++) vd = vd * 1.5 - 0.25;
    printf("vd=%.6f\n", vd);
    volatile int local = 5;
    int reads = 0;
    while (local > 0) { local = local - 1; reads++; }
    printf("local loop reads=%d\n", reads);
    volatile long arr[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    long prod = 1;
    for (int i = 0; i < 8; i++) prod *= arr[i];
    printf("product=%ld\n", prod);
    volatile char msg[] = "volatile";
    for (int i = 0; msg[i]; i++) msg[i] = (char)(msg[i] - 32);
    for (int i = 0; msg[i]; i++) putchar(msg[i]);
    putchar('\n');
    return counter % 7;
}
