/* lz_compress.c - LZ77-style compression round trip.
 *
 * Processes `blocks` independent 64 KiB blocks.  Each block is fresh
 * pseudo-text: words drawn from a small vocabulary (regenerated per block)
 * with a skewed LCG distribution, so the data has many repeats.
 * It is compressed with a greedy LZ77 coder (hash of the next 3 bytes ->
 * last position, with a short hash chain, 64 KiB window, matches of 4..131
 * bytes), then decompressed and compared with the input.
 *
 * Token format:
 *   0lllllll  + (l+1) literal bytes                (1..128 literals)
 *   1lllllll  + 2-byte little-endian distance      (match of l+4 bytes)
 *
 * argv[1] = number of 64 KiB blocks (work is linear in it).
 */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

#define DEFAULT_BLOCKS 240
#define BLOCK (64 * 1024)
#define HASH_BITS 14
#define HASH_SIZE (1u << HASH_BITS)
#define WINDOW 65535u
#define MIN_MATCH 4
#define MAX_MATCH (127 + MIN_MATCH)
#define CHAIN 8

static uint32_t rng = 31337u;

static uint32_t next_rand(void)
{
    rng = rng * 1664525u + 1013904223u;
    return rng >> 8;
}

static void generate(unsigned char *buf, size_t n)
{
    char vocab[64][12];
    int vlen[64];
    for (int w = 0; w < 64; w++) {
        int len = 2 + (int)(next_rand() % 9u);
        for (int i = 0; i < len; i++)
            vocab[w][i] = (char)('a' + next_rand() % 26u);
        vlen[w] = len;
    }
    size_t pos = 0;
    while (pos < n) {
        /* skewed choice: small indices are much more frequent */
        uint32_t r = next_rand();
        int w = (int)(((r & 0xFFu) * ((r >> 8) & 0xFFu)) >> 10);
        for (int i = 0; i < vlen[w] && pos < n; i++)
            buf[pos++] = (unsigned char)vocab[w][i];
        if (pos < n)
            buf[pos++] = (next_rand() % 13u == 0) ? '\n' : ' ';
    }
}

static uint32_t hash3(const unsigned char *p)
{
    uint32_t v = (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16);
    return (v * 2654435761u) >> (32 - HASH_BITS);
}

static size_t flush_literals(unsigned char *out, size_t op, const unsigned char *src,
                             size_t start, size_t end)
{
    while (start < end) {
        size_t run = end - start;
        if (run > 128)
            run = 128;
        out[op++] = (unsigned char)(run - 1);
        for (size_t i = 0; i < run; i++)
            out[op++] = src[start + i];
        start += run;
    }
    return op;
}

static size_t compress(const unsigned char *src, size_t n, unsigned char *out,
                       int32_t *head, int32_t *prev)
{
    for (size_t i = 0; i < HASH_SIZE; i++)
        head[i] = -1;
    size_t op = 0, lit_start = 0, i = 0;
    while (i + MIN_MATCH <= n) {
        uint32_t h = hash3(src + i);
        int32_t cand = head[h];
        size_t best_len = 0, best_dist = 0;
        for (int c = 0; c < CHAIN && cand >= 0; c++) {
            size_t dist = i - (size_t)cand;
            if (dist > WINDOW)
                break;
            size_t limit = n - i < MAX_MATCH ? n - i : MAX_MATCH;
            size_t len = 0;
            while (len < limit && src[cand + len] == src[i + len])
                len++;
            if (len > best_len) {
                best_len = len;
                best_dist = dist;
                if (len == limit)
                    break;
            }
            cand = prev[cand];
        }
        prev[i] = head[h];
        head[h] = (int32_t)i;

        if (best_len >= MIN_MATCH) {
            op = flush_literals(out, op, src, lit_start, i);
            out[op++] = (unsigned char)(0x80u | (best_len - MIN_MATCH));
            out[op++] = (unsigned char)(best_dist & 0xFFu);
            out[op++] = (unsigned char)(best_dist >> 8);
            /* insert the skipped positions into the hash chains */
            for (size_t k = 1; k < best_len && i + k + MIN_MATCH <= n; k++) {
                uint32_t hk = hash3(src + i + k);
                prev[i + k] = head[hk];
                head[hk] = (int32_t)(i + k);
            }
            i += best_len;
            lit_start = i;
        } else {
            i++;
        }
    }
    return flush_literals(out, op, src, lit_start, n);
}

static size_t decompress(const unsigned char *in, size_t n, unsigned char *out, size_t cap)
{
    size_t ip = 0, op = 0;
    while (ip < n) {
        unsigned char tok = in[ip++];
        if (tok & 0x80u) {
            size_t len = (size_t)(tok & 0x7Fu) + MIN_MATCH;
            if (ip + 2 > n)
            return 0;
        size_t dist = (size_t)in[ip] | ((size_t)in[ip + 1] << 8);
            ip += 2;
            if (dist == 0 || dist > op || op + len > cap)
                return 0;
            /* byte by byte: overlapping copies are allowed */
            for (size_t k = 0; k < len; k++, op++)
                out[op] = out[op - dist];
        } else {
            size_t run = (size_t)tok + 1;
            if (op + run > cap || ip + run > n)
                return 0;
            for (size_t k = 0; k < run; k++)
                out[op++] = in[ip++];
        }
    }
    return op;
}

int main(int argc, char **argv)
{
    long blocks = DEFAULT_BLOCKS;
    if (argc > 1) {
        long v = atol(argv[1]);
        if (v > 0)
            blocks = v;
    }
    const size_t n = BLOCK;

    unsigned char *src = malloc(n);
    unsigned char *comp = malloc(n + n / 64 + 16);
    unsigned char *back = malloc(n);
    int32_t *head = malloc(HASH_SIZE * sizeof *head);
    int32_t *prev = malloc(n * sizeof *prev);
    if (!src || !comp || !back || !head || !prev) {
        printf("checksum: out-of-memory\n");
        return 1;
    }

    uint64_t check = 0;
    uint64_t total_comp = 0;
    unsigned long errors = 0;
    for (long b = 0; b < blocks; b++) {
        generate(src, n);
        size_t clen = compress(src, n, comp, head, prev);
        size_t dlen = decompress(comp, clen, back, n);
        if (dlen != n)
            errors++;
        for (size_t i = 0; i < n; i++)
            errors += src[i] != back[i];

        uint32_t h = 2166136261u;
        for (size_t i = 0; i < clen; i++)
            h = (h ^ comp[i]) * 16777619u;
        check = check * 1000003u + (((uint64_t)clen << 32) ^ h);
        total_comp += clen;
    }
    check ^= total_comp;
    check += (uint64_t)errors << 60;

    free(prev);
    free(head);
    free(back);
    free(comp);
    free(src);
    printf("checksum: %llu\n", (unsigned long long)check);
    return 0;
}
