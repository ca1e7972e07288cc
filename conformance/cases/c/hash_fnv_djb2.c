#include <stdio.h>
#include <stdint.h>
#include <string.h>

/* Non-cryptographic hashes: FNV-1/1a (32/64), djb2, sdbm, murmur3 finaliser, jenkins one-at-a-time. */

static uint32_t fnv1_32(const char *s) { uint32_t h = 2166136261u; for (; *s; s++) h = (h * 16777619u) ^ (unsigned char)*s; return h; }
static uint32_t fnv1a_32(const char *s) { uint32_t h = 2166136261u; for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u; return h; }
static uint64_t fnv1a_64(const char *s) { uint64_t h = 14695981039346656037ull; for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull; return h; }
static uint32_t djb2(const char *s) { uint32_t h = 5381; for (; *s; s++) h = ((h << 5) + h) + (unsigned char)*s; return h; }
static uint32_t djb2_xor(const char *s) { uint32_t h = 5381; for (; *s; s++) h = (h * 33) ^ (unsigned char)*s; return h; }
static uint32_t sdbm(const char *s) { uint32_t h = 0; for (; *s; s++) h = (unsigned char)*s + (h << 6) + (h << 16) - h; return h; }
static uint32_t oaat(const char *s) {
    uint32_t h = 0;
    for (; *s; s++) { h += (unsigned char)*s; h += h << 10; h ^= h >> 6; }
    h += h << 3; h ^= h >> 11; h += h << 15;
    return h;
}
static uint64_t fmix64(uint64_t k) {
    k ^= k >> 33; k *= 0xff51afd7ed558ccdull; k ^= k >> 33; k *= 0xc4ceb9fe1a85ec53ull; k ^= k >> 33;
    return k;
}

int main(void) {
    const char *keys[] = {"", "a", "foobar", "hello world", "The quick brown fox", "collision?", "jir", "alpha", "beta"};
    for (int i = 0; i < 9; i++)
        printf("%-20s fnv1=%08x fnv1a=%08x fnv1a64=%016llx djb2=%08x djb2x=%08x sdbm=%08x oaat=%08x\n", keys[i],
               fnv1_32(keys[i]), fnv1a_32(keys[i]), (unsigned long long)fnv1a_64(keys[i]), djb2(keys[i]),
               djb2_xor(keys[i]), sdbm(keys[i]), oaat(keys[i]));
    /* distribution test: bucket 2000 generated keys into 64 buckets for each hash */
    uint32_t (*fns[])(const char *) = {fnv1a_32, djb2, sdbm, oaat};
    const char *names[] = {"fnv1a", "djb2", "sdbm", "oaat"};
    for (int f = 0; f < 4; f++) {
        int buckets[64] = {0};
        char key[32];
        for (int i = 0; i < 2000; i++) {
            snprintf(key, sizeof key, "key-%d-%c", i, 'a' + i % 26);
            buckets[fns[f](key) & 63]++;
        }
        int mn = buckets[0], mx = buckets[0];
        for (int b = 1; b < 64; b++) { if (buckets[b] < mn) mn = buckets[b]; if (buckets[b] > mx) mx = buckets[b]; }
        printf("%-6s bucket min=%d max=%d\n", names[f], mn, mx);
    }
    uint64_t acc = 0;
    for (uint64_t i = 0; i < 1000; i++) acc ^= fmix64(i);
    printf("fmix64 xor of 0..999 = %016llx\n", (unsigned long long)acc);
    return 0;
}
