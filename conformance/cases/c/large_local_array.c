#include <stdio.h>
#include <string.h>
#include <stdint.h>

/* Large stack arrays (a few hundred KB) used for histogram / table work. */

static uint32_t crunch(int mult) {
    uint32_t big[40000]; /* 160 KB */
    for (int i = 0; i < 40000; i++) big[i] = (uint32_t)i * (uint32_t)mult;
    uint32_t acc = 0;
    for (int i = 0; i < 40000; i += 3) acc += big[i] ^ big[39999 - i];
    return acc;
}

int main(void) {
    unsigned char bytes[100000];
    uint32_t s = 1;
    for (int i = 0; i < 100000; i++) { s = s * 1103515245u + 12345u; bytes[i] = (unsigned char)(s >> 16); }
    int hist[256];
    memset(hist, 0, sizeof hist);
    for (int i = 0; i < 100000; i++) hist[bytes[i]]++;
    int mn = hist[0], mx = hist[0], argmx = 0;
    for (int i = 1; i < 256; i++) { if (hist[i] < mn) mn = hist[i]; if (hist[i] > mx) { mx = hist[i]; argmx = i; } }
    printf("histogram min=%d max=%d at %d\n", mn, mx, argmx);
    double table[8192]; /* 64 KB */
    for (int i = 0; i < 8192; i++) table[i] = (double)(bytes[i] + bytes[99999 - i]) / 2.0;
    double sum = 0;
    for (int i = 0; i < 8192; i++) sum += table[i];
    printf("average of mirrored pairs=%.6f\n", sum / 8192);
    for (int m = 1; m <= 3; m++) printf("crunch(%d)=%u\n", m, crunch(m));
    char lines[200][64];
    for (int i = 0; i < 200; i++) snprintf(lines[i], sizeof lines[i], "line %03d value %u", i, bytes[i * 7]);
    printf("%s\n%s\n%s\n", lines[0], lines[100], lines[199]);
    return 0;
}
