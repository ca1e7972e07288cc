#include <stdio.h>
#include <string.h>
#include <stdint.h>

/* VLAs declared inside loop bodies: each iteration allocates several KB
   (size varying with the iteration) and the space must be released at the
   end of every iteration (llvm.stacksave/stackrestore), otherwise 6000
   iterations x ~6 KB would exhaust a typical 8 MB stack several times
   over. Also nested VLA scopes and goto out of a VLA scope. */

static uint32_t checksum(const uint8_t *p, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i += 61) h = (h ^ p[i]) * 16777619u;
    return h ^ (uint32_t)n;
}

int main(void) {
    const int iters = 6000;
    uint32_t acc = 0;
    for (int it = 0; it < iters; it++) {
        size_t n = 4096 + (size_t)(it * 37 % 4096);
        uint8_t buf[n];
        memset(buf, (int)(it & 0xFF), n);
        buf[n / 2] = (uint8_t)(it >> 3);
        acc = acc * 31 + checksum(buf, n);
    }
    printf("acc=%08x after %d iterations\n", acc, iters);
    /* nested VLA scopes: inner ones released at inner scope end */
    long total = 0;
    for (int i = 1; i <= 200; i++) {
        int outer[i * 8];
        for (int k = 0; k < i * 8; k++) outer[k] = k ^ i;
        for (int j = 1; j <= 5; j++) {
            short inner[j * 300 + i];
            inner[0] = (short)i;
            inner[j * 300 + i - 1] = (short)j;
            total += inner[0] * inner[j * 300 + i - 1] + outer[(i * 8) - 1];
        }
        total += (long)sizeof outer;
    }
    printf("nested total=%ld\n", total);
    /* goto out of a VLA scope also releases it */
    int jumps = 0;
    for (int i = 0; i < 3000; i++) {
        {
            char tmp[2048 + i % 512];
            tmp[0] = (char)i;
            if (tmp[0] & 1) { jumps++; goto next; }
            tmp[1] = tmp[0];
        }
    next:;
    }
    printf("jumps=%d\n", jumps);
    return 0;
}
