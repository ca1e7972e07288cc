/* mandelbrot.c - floating-point escape-time iteration with integer output.
 *
 * Renders `rows` rows of 256 pixels each over the region
 * [-2.2, 1.0] x [-1.2, 1.2] (the vertical step is 2.4/rows), iterating
 * z = z^2 + c up to 256 times per pixel.  Iteration counts are folded into
 * a checksum together with a histogram of counts and a packed bitmap of
 * points inside the set.
 *
 * argv[1] = number of rows (work is roughly linear in it).
 */
/* Keep a*b+c as separate multiply and add (no llvm.fmuladd), so the
 * checksum does not depend on whether an implementation fuses them. */
#pragma STDC FP_CONTRACT OFF

#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

#define WIDTH 256
#define MAX_ITER 256
#define DEFAULT_ROWS 6000

int main(int argc, char **argv)
{
    long rows = DEFAULT_ROWS;
    if (argc > 1) {
        long v = atol(argv[1]);
        if (v > 0)
            rows = v;
    }

    unsigned long hist[MAX_ITER + 1] = {0};
    uint64_t check = 0;
    const double x0 = -2.2, x1 = 1.0, y0 = -1.2, y1 = 1.2;
    const double dx = (x1 - x0) / WIDTH;
    const double dy = (y1 - y0) / (double)rows;

    for (long row = 0; row < rows; row++) {
        double ci = y0 + dy * (double)row;
        uint8_t bits = 0;
        uint32_t row_hash = 2166136261u;
        for (int col = 0; col < WIDTH; col++) {
            double cr = x0 + dx * col;
            double zr = 0.0, zi = 0.0, zr2 = 0.0, zi2 = 0.0;
            int it = 0;
            while (it < MAX_ITER && zr2 + zi2 <= 4.0) {
                zi = 2.0 * zr * zi + ci;
                zr = zr2 - zi2 + cr;
                zr2 = zr * zr;
                zi2 = zi * zi;
                it++;
            }
            hist[it]++;
            bits = (uint8_t)((bits << 1) | (it == MAX_ITER));
            if ((col & 7) == 7) {
                row_hash = (row_hash ^ bits) * 16777619u;
                bits = 0;
            }
            row_hash = (row_hash ^ (uint32_t)it) * 16777619u;
        }
        check = check * 1000003u + row_hash;
    }
    for (int i = 0; i <= MAX_ITER; i++)
        check = (check ^ hist[i]) * 0x100000001B3ULL;
    printf("checksum: %llu\n", (unsigned long long)check);
    return 0;
}
