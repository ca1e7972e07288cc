#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <alloca.h>

/* __builtin_alloca_with_align and over-aligned VLAs/locals: the returned
   pointers must satisfy the requested alignment (checked by masking the
   address, only the boolean results are printed), and the memory must be
   usable for aligned vector loads. Alignments of 16 to 4096 bytes are
   requested in bits, as the builtin requires. */

typedef float v8sf __attribute__((vector_size(32)));

static int check_align(int n, int iterations) {
    int ok = 0;
    for (int i = 0; i < iterations; i++) {
        void *p16 = __builtin_alloca_with_align((size_t)n + i, 128);    /* 16 bytes */
        void *p64 = __builtin_alloca_with_align((size_t)n * 2 + i, 512); /* 64 bytes */
        void *p4k = __builtin_alloca_with_align(64, 32768);               /* 4096 bytes */
        ok += ((uintptr_t)p16 % 16 == 0) + ((uintptr_t)p64 % 64 == 0) + ((uintptr_t)p4k % 4096 == 0);
        memset(p16, 1, (size_t)n + i);
        memset(p64, 2, (size_t)n * 2 + i);
        memset(p4k, 3, 64);
    }
    return ok;
}

static float vector_sum(int n) {
    v8sf *buf = __builtin_alloca_with_align(sizeof(v8sf) * (size_t)n, 256);
    for (int i = 0; i < n; i++)
        for (int l = 0; l < 8; l++) buf[i][l] = (float)(i * 8 + l) * 0.5f;
    v8sf acc = {0};
    for (int i = 0; i < n; i++) acc += buf[i];
    float s = 0;
    for (int l = 0; l < 8; l++) s += acc[l];
    return s;
}

static int aligned_vla(int n) {
    _Alignas(64) double local[8];
    double vla[n] __attribute__((aligned(32)));
    for (int i = 0; i < n; i++) vla[i] = i * 0.25;
    for (int i = 0; i < 8; i++) local[i] = vla[i % n];
    double s = 0;
    for (int i = 0; i < 8; i++) s += local[i];
    return ((uintptr_t)local % 64 == 0) * 100 + ((uintptr_t)vla % 32 == 0) * 10 + (int)s;
}

int main(void) {
    for (int n = 1; n <= 1000; n *= 10) printf("check_align(%d): %d of %d aligned\n", n, check_align(n, 50), 150);
    for (int n = 1; n <= 64; n *= 4) printf("vector_sum(%d)=%.1f\n", n, vector_sum(n));
    for (int n = 1; n <= 20; n += 6) printf("aligned_vla(%d)=%d\n", n, aligned_vla(n));
    return 0;
}
