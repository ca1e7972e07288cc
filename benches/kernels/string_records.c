/* string_records.c - record formatting, parsing and string handling.
 *
 * Each round generates a batch of records (name built from LCG-chosen
 * syllables, signed id, signed value, hex flags), formats them into one
 * text buffer as "name|id|value|flags\n" lines using hand-written itoa /
 * hex conversion and string copy, parses the buffer back with hand-written
 * tokenising and atoi, compares every field with the original (hand-written
 * strcmp), finds the lexicographically smallest and largest names, and
 * builds an uppercase copy of the longest name.  No libc string or stdio
 * routine is used in the hot path.
 *
 * argv[1] = number of rounds of 500 records (work is linear in it).
 */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

#define DEFAULT_ROUNDS 2800
#define BATCH 500
#define NAME_MAX_LEN 32

struct record {
    char name[NAME_MAX_LEN];
    int32_t id;
    int32_t value;
    uint32_t flags;
};

static uint32_t rng = 424242u;

static uint32_t next_rand(void)
{
    rng = rng * 1103515245u + 12345u;
    return (rng >> 16) | ((rng & 0xFFFFu) << 16);
}

static size_t str_copy(char *dst, const char *src)
{
    size_t n = 0;
    while ((dst[n] = src[n]) != '\0')
        n++;
    return n;
}

static int str_cmp(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return (int)(unsigned char)*a - (int)(unsigned char)*b;
}

static size_t str_len(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

/* writes the decimal form of v (may be negative) to out, returns length */
static size_t fmt_int(char *out, int32_t v)
{
    char tmp[12];
    size_t n = 0;
    /* work with the magnitude as unsigned to handle INT32_MIN */
    uint32_t mag = v < 0 ? 0u - (uint32_t)v : (uint32_t)v;
    do {
        tmp[n++] = (char)('0' + mag % 10u);
        mag /= 10u;
    } while (mag);
    size_t len = 0;
    if (v < 0)
        out[len++] = '-';
    while (n)
        out[len++] = tmp[--n];
    return len;
}

static size_t fmt_hex(char *out, uint32_t v)
{
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < 8; i++)
        out[i] = digits[(v >> (28 - 4 * i)) & 0xFu];
    return 8;
}

static const char *parse_int(const char *p, int32_t *out)
{
    int neg = 0;
    if (*p == '-') {
        neg = 1;
        p++;
    }
    uint32_t mag = 0;
    while (*p >= '0' && *p <= '9') {
        mag = mag * 10u + (uint32_t)(*p - '0');
        p++;
    }
    /* convert back through unsigned arithmetic: no signed overflow */
    uint32_t u = neg ? 0u - mag : mag;
    *out = u <= 0x7FFFFFFFu ? (int32_t)u : -(int32_t)(0xFFFFFFFFu - u) - 1;
    return p;
}

static const char *parse_hex(const char *p, uint32_t *out)
{
    uint32_t v = 0;
    for (;;) {
        char c = *p;
        if (c >= '0' && c <= '9')
            v = (v << 4) | (uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v = (v << 4) | (uint32_t)(c - 'a' + 10);
        else
            break;
        p++;
    }
    *out = v;
    return p;
}

static void make_name(char *name)
{
    static const char *syll[16] = {"ka", "lo", "mi", "ner", "tu", "zan", "qui", "ba",
                                   "ro", "ves", "ti", "gla", "or", "pe", "dun", "se"};
    int parts = 1 + (int)(next_rand() % 5u);
    size_t len = 0;
    for (int i = 0; i < parts; i++)
        len += str_copy(name + len, syll[next_rand() % 16u]);
    name[len] = '\0';
}

int main(int argc, char **argv)
{
    long rounds = DEFAULT_ROUNDS;
    if (argc > 1) {
        long v = atol(argv[1]);
        if (v > 0)
            rounds = v;
    }

    static struct record orig[BATCH], parsed[BATCH];
    static char text[BATCH * (NAME_MAX_LEN + 40)];
    uint64_t check = 0;
    unsigned long mismatches = 0;

    for (long r = 0; r < rounds; r++) {
        for (int i = 0; i < BATCH; i++) {
            make_name(orig[i].name);
            orig[i].id = (int32_t)(next_rand() % 2000001u) - 1000000;
            uint32_t raw = next_rand();
            orig[i].value = raw <= 0x7FFFFFFFu ? (int32_t)raw : -(int32_t)(0xFFFFFFFFu - raw) - 1;
            orig[i].flags = next_rand();
        }

        /* format */
        size_t pos = 0;
        for (int i = 0; i < BATCH; i++) {
            pos += str_copy(text + pos, orig[i].name);
            text[pos++] = '|';
            pos += fmt_int(text + pos, orig[i].id);
            text[pos++] = '|';
            pos += fmt_int(text + pos, orig[i].value);
            text[pos++] = '|';
            pos += fmt_hex(text + pos, orig[i].flags);
            text[pos++] = '\n';
        }
        text[pos] = '\0';

        /* parse */
        const char *p = text;
        int count = 0;
        while (*p && count < BATCH) {
            struct record *rec = &parsed[count];
            size_t n = 0;
            while (*p != '|' && n < NAME_MAX_LEN - 1)
                rec->name[n++] = *p++;
            rec->name[n] = '\0';
            p++;
            p = parse_int(p, &rec->id);
            p++;
            p = parse_int(p, &rec->value);
            p++;
            p = parse_hex(p, &rec->flags);
            p++;
            count++;
        }

        /* compare and summarise */
        int smallest = 0, largest = 0, longest = 0;
        size_t longest_len = 0;
        for (int i = 0; i < count; i++) {
            if (str_cmp(orig[i].name, parsed[i].name) != 0 || orig[i].id != parsed[i].id ||
                orig[i].value != parsed[i].value || orig[i].flags != parsed[i].flags)
                mismatches++;
            if (str_cmp(parsed[i].name, parsed[smallest].name) < 0)
                smallest = i;
            if (str_cmp(parsed[i].name, parsed[largest].name) > 0)
                largest = i;
            size_t len = str_len(parsed[i].name);
            if (len > longest_len) {
                longest_len = len;
                longest = i;
            }
        }
        char upper[NAME_MAX_LEN];
        size_t k = 0;
        for (; parsed[longest].name[k]; k++) {
            char c = parsed[longest].name[k];
            upper[k] = (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
        }
        upper[k] = '\0';

        uint32_t h = 2166136261u;
        for (size_t i = 0; i < pos; i++)
            h = (h ^ (unsigned char)text[i]) * 16777619u;
        for (size_t i = 0; upper[i]; i++)
            h = (h ^ (unsigned char)upper[i]) * 16777619u;
        check = check * 1000003u + h;
        check ^= ((uint64_t)(uint32_t)smallest << 40) ^ ((uint64_t)(uint32_t)largest << 20) ^ pos;
    }

    check += (uint64_t)mismatches << 56;
    printf("checksum: %llu\n", (unsigned long long)check);
    return 0;
}
