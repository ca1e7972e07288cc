#include <stdio.h>
#include <stdint.h>
#include <string.h>

/* 8-bit image processing on a generated image: box blur, sobel edges, threshold, histogram
   equalisation and downscaling. Inner loops are byte arithmetic that -O2 vectorises. */

#define W 96
#define H 64

static uint8_t img[H][W], tmp[H][W], out[H][W];

int main(void) {
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            int cx = x - 48, cy = y - 32;
            int v = (cx * cx + cy * cy) < 400 ? 220 : (x * 2 + y) % 64;
            if ((x / 8 + y / 8) % 2 == 0) v += 20;
            img[y][x] = (uint8_t)(v > 255 ? 255 : v);
        }
    /* horizontal then vertical 3-tap box blur */
    for (int y = 0; y < H; y++) {
        tmp[y][0] = img[y][0]; tmp[y][W - 1] = img[y][W - 1];
        for (int x = 1; x < W - 1; x++) tmp[y][x] = (uint8_t)((img[y][x - 1] + img[y][x] + img[y][x + 1]) / 3);
    }
    memcpy(out[0], tmp[0], W);
    memcpy(out[H - 1], tmp[H - 1], W);
    for (int y = 1; y < H - 1; y++)
        for (int x = 0; x < W; x++) out[y][x] = (uint8_t)((tmp[y - 1][x] + tmp[y][x] + tmp[y + 1][x]) / 3);
    unsigned long blur_sum = 0;
    for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) blur_sum += out[y][x];
    printf("blur sum=%lu\n", blur_sum);
    /* sobel magnitude (|gx|+|gy|, saturated) */
    int edges = 0;
    unsigned long mag_sum = 0;
    for (int y = 1; y < H - 1; y++)
        for (int x = 1; x < W - 1; x++) {
            int gx = -out[y - 1][x - 1] - 2 * out[y][x - 1] - out[y + 1][x - 1] + out[y - 1][x + 1] + 2 * out[y][x + 1] + out[y + 1][x + 1];
            int gy = -out[y - 1][x - 1] - 2 * out[y - 1][x] - out[y - 1][x + 1] + out[y + 1][x - 1] + 2 * out[y + 1][x] + out[y + 1][x + 1];
            int m = (gx < 0 ? -gx : gx) + (gy < 0 ? -gy : gy);
            if (m > 255) m = 255;
            tmp[y][x] = (uint8_t)m;
            mag_sum += (unsigned long)m;
            edges += m > 100;
        }
    printf("sobel sum=%lu strong edges=%d\n", mag_sum, edges);
    /* histogram equalisation */
    unsigned hist[256] = {0}, cdf[256];
    for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) hist[img[y][x]]++;
    unsigned run = 0, cdfmin = 0;
    for (int i = 0; i < 256; i++) { run += hist[i]; cdf[i] = run; if (!cdfmin && run) cdfmin = run; }
    uint8_t lut[256];
    for (int i = 0; i < 256; i++) lut[i] = (uint8_t)(cdf[i] <= cdfmin ? 0 : (unsigned long)(cdf[i] - cdfmin) * 255 / (W * H - cdfmin));
    unsigned long eq_sum = 0;
    for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) { out[y][x] = lut[img[y][x]]; eq_sum += out[y][x]; }
    printf("equalised sum=%lu lut[20]=%u lut[220]=%u\n", eq_sum, lut[20], lut[220]);
    /* brightness adjust with saturation, then invert */
    unsigned long adj = 0;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            int v = img[y][x] + 40;
            out[y][x] = (uint8_t)(255 - (v > 255 ? 255 : v));
            adj += out[y][x];
        }
    printf("adjusted+inverted sum=%lu\n", adj);
    /* 4x downscale ASCII preview */
    const char shades[] = " .:-=+*#%@";
    for (int y = 0; y < H; y += 4) {
        for (int x = 0; x < W; x += 2) {
            unsigned s = 0;
            for (int dy = 0; dy < 4; dy++) s += img[y + dy][x] + img[y + dy][x + 1];
            putchar(shades[s / 8 * 9 / 255]);
        }
        putchar('\n');
    }
    return 0;
}
