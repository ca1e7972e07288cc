#include <stdio.h>
#include <string.h>

/* memmove with overlapping regions in both directions and several sizes; memcpy on disjoint regions. */

static unsigned checksum(const unsigned char *p, size_t n) { unsigned h = 0; for (size_t i = 0; i < n; i++) h = h * 131 + p[i]; return h; }

static void reference_move(unsigned char *buf, size_t dst, size_t src, size_t n) {
    unsigned char tmp[600];
    for (size_t i = 0; i < n; i++) tmp[i] = buf[src + i];
    for (size_t i = 0; i < n; i++) buf[dst + i] = tmp[i];
}

int main(void) {
    char s[] = "0123456789ABCDEFGHIJ";
    memmove(s + 3, s, 10);
    printf("right by 3: %s\n", s);
    memmove(s, s + 5, 12);
    printf("left by 5:  %s\n", s);
    memmove(s + 1, s + 1, 5);
    printf("self move:  %s\n", s);
    unsigned char a[600], b[600];
    size_t sizes[] = {0, 1, 2, 3, 7, 8, 15, 16, 17, 31, 32, 33, 63, 64, 100, 255, 256, 300};
    size_t shifts[] = {1, 3, 8, 16, 33};
    int mismatches = 0;
    unsigned agg = 0;
    for (size_t si = 0; si < sizeof sizes / sizeof *sizes; si++)
        for (size_t hi = 0; hi < 5; hi++)
            for (int dir = 0; dir < 2; dir++) {
                for (int i = 0; i < 600; i++) a[i] = b[i] = (unsigned char)(i * 7 + 3);
                size_t n = sizes[si], sh = shifts[hi];
                size_t src = dir ? 100 + sh : 100, dst = dir ? 100 : 100 + sh;
                memmove(a + dst, a + src, n);
                reference_move(b, dst, src, n);
                if (memcmp(a, b, 600) != 0) mismatches++;
                agg = agg * 31 + checksum(a, 600);
            }
    printf("memmove mismatches=%d aggregate=%08x\n", mismatches, agg);
    unsigned char c[256], d[256];
    for (int i = 0; i < 256; i++) c[i] = (unsigned char)(255 - i);
    for (size_t n = 0; n <= 256; n += 37) {
        memset(d, 0xEE, sizeof d);
        memcpy(d, c, n);
        printf("memcpy %3zu: checksum %08x tail %02x\n", n, checksum(d, 256), d[255]);
    }
    /* struct assignment and array rotation with memmove */
    int ring[10] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    for (int r = 0; r < 3; r++) {
        int first = ring[0];
        memmove(ring, ring + 1, 9 * sizeof(int));
        ring[9] = first;
    }
    printf("rotated ring:");
    for (int i = 0; i < 10; i++) printf(" %d", ring[i]);
    printf("\n");
    return mismatches;
}
