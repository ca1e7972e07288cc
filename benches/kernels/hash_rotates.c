/* hash_rotates.c - 64-bit multiply/rotate mixing hash over generated data.
 *
 * A 64 KiB buffer is filled from a 64-bit LCG.  Each pass hashes the whole
 * buffer with a 4-lane hash: 32-byte stripes, little-endian 64-bit loads
 * assembled from bytes, per-lane rotate-multiply rounds, a merge of the
 * lanes, a byte-wise tail and a final avalanche.  The pass seed depends on
 * the previous digest and one buffer byte is perturbed per pass, so no pass
 * can be skipped.  Also hashes every 16-byte record separately (short-input
 * path) and counts bucket collisions in a 4096-entry table.
 *
 * argv[1] = number of passes over the 64 KiB buffer (work is linear).
 */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

#define BUF_SIZE (64 * 1024)
#define DEFAULT_PASSES 18000

#define K1 0x9E3779B185EBCA87ULL
#define K2 0xC2B2AE3D27D4EB4FULL
#define K3 0x165667B19E3779F9ULL
#define K4 0x85EBCA77C2B2AE63ULL

static uint64_t rotl64(uint64_t x, unsigned r)
{
    return (x << r) | (x >> (64 - r));
}

static uint64_t load64(const unsigned char *p)
{
    return (uint64_t)p[0] | ((uint64_t)p[1] << 8) | ((uint64_t)p[2] << 16) |
           ((uint64_t)p[3] << 24) | ((uint64_t)p[4] << 32) | ((uint64_t)p[5] << 40) |
           ((uint64_t)p[6] << 48) | ((uint64_t)p[7] << 56);
}

static uint64_t lane_round(uint64_t acc, uint64_t input)
{
    acc += input * K2;
    acc = rotl64(acc, 31);
    acc *= K1;
    return acc;
}

static uint64_t avalanche(uint64_t h)
{
    h ^= h >> 33;
    h *= K2;
    h ^= h >> 29;
    h *= K3;
    h ^= h >> 32;
    return h;
}

static uint64_t hash_bytes(const unsigned char *p, size_t len, uint64_t seed)
{
    const unsigned char *end = p + len;
    uint64_t h;
    if (len >= 32) {
        uint64_t v1 = seed + K1 + K2;
        uint64_t v2 = seed + K2;
        uint64_t v3 = seed;
        uint64_t v4 = seed - K1;
        const unsigned char *limit = end - 32;
        do {
            v1 = lane_round(v1, load64(p));
            v2 = lane_round(v2, load64(p + 8));
            v3 = lane_round(v3, load64(p + 16));
            v4 = lane_round(v4, load64(p + 24));
            p += 32;
        } while (p <= limit);
        h = rotl64(v1, 1) + rotl64(v2, 7) + rotl64(v3, 12) + rotl64(v4, 18);
        h = (h ^ lane_round(0, v1)) * K1 + K4;
        h = (h ^ lane_round(0, v2)) * K1 + K4;
        h = (h ^ lane_round(0, v3)) * K1 + K4;
        h = (h ^ lane_round(0, v4)) * K1 + K4;
    } else {
        h = seed + K3;
    }
    h += (uint64_t)len;
    while (p + 8 <= end) {
        h ^= lane_round(0, load64(p));
        h = rotl64(h, 27) * K1 + K4;
        p += 8;
    }
    while (p < end) {
        h ^= (uint64_t)(*p) * 0x27D4EB2F165667C5ULL;
        h = rotl64(h, 11) * K1;
        p++;
    }
    return avalanche(h);
}

int main(int argc, char **argv)
{
    long passes = DEFAULT_PASSES;
    if (argc > 1) {
        long v = atol(argv[1]);
        if (v > 0)
            passes = v;
    }

    static unsigned char buf[BUF_SIZE];
    static uint16_t table[4096];
    uint64_t s = 0x0123456789ABCDEFULL;
    for (size_t i = 0; i < BUF_SIZE; i++) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        buf[i] = (unsigned char)(s >> 56);
    }

    uint64_t digest = 0;
    uint64_t collisions = 0;
    for (long pass = 0; pass < passes; pass++) {
        digest = hash_bytes(buf, BUF_SIZE, digest ^ (uint64_t)pass);
        /* odd-length hash over a shifted window exercises the tail path */
        digest ^= hash_bytes(buf + (pass & 7), BUF_SIZE - 64 + (size_t)(pass & 31), digest);
        buf[digest % BUF_SIZE] ^= (unsigned char)(digest >> 56);

        if (pass % 8 == 0) {
            for (size_t i = 0; i < 4096; i++)
                table[i] = 0;
            for (size_t off = 0; off + 16 <= BUF_SIZE; off += 16) {
                uint64_t rh = hash_bytes(buf + off, 16, (uint64_t)pass);
                uint16_t *slot = &table[rh & 4095u];
                if (*slot)
                    collisions++;
                (*slot)++;
            }
        }
    }
    digest ^= collisions * K4;
    printf("checksum: %016llx\n", (unsigned long long)digest);
    return 0;
}
