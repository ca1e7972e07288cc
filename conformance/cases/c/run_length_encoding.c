#include <stdio.h>
#include <string.h>

/* Run-length encoding in two styles (count+char text, and PackBits-like bytes), with decoding. */

static size_t rle_text(const char *in, char *out) {
    size_t o = 0;
    for (size_t i = 0; in[i];) {
        size_t j = i;
        while (in[j] == in[i]) j++;
        size_t run = j - i;
        if (run > 1) o += (size_t)sprintf(out + o, "%zu", run);
        out[o++] = in[i];
        i = j;
    }
    out[o] = 0;
    return o;
}

static size_t unrle_text(const char *in, char *out) {
    size_t o = 0;
    while (*in) {
        size_t n = 0;
        while (*in >= '0' && *in <= '9') n = n * 10 + (size_t)(*in++ - '0');
        if (!n) n = 1;
        while (n--) out[o++] = *in;
        in++;
    }
    out[o] = 0;
    return o;
}

/* PackBits: header h in [0,127] => h+1 literal bytes; h in [-127,-1] => repeat next byte 1-h times */
static size_t packbits(const unsigned char *in, size_t n, signed char *out) {
    size_t o = 0, i = 0;
    while (i < n) {
        size_t run = 1;
        while (i + run < n && run < 128 && in[i + run] == in[i]) run++;
        if (run >= 3) { out[o++] = (signed char)(1 - (int)run); out[o++] = (signed char)in[i]; i += run; continue; }
        size_t start = i, lit = 0;
        while (i < n && lit < 128) {
            if (i + 2 < n && in[i] == in[i + 1] && in[i] == in[i + 2]) break;
            i++; lit++;
        }
        out[o++] = (signed char)(lit - 1);
        for (size_t k = 0; k < lit; k++) out[o++] = (signed char)in[start + k];
    }
    return o;
}

static size_t unpackbits(const signed char *in, size_t n, unsigned char *out) {
    size_t o = 0, i = 0;
    while (i < n) {
        int h = in[i++];
        if (h >= 0) { for (int k = 0; k <= h; k++) out[o++] = (unsigned char)in[i++]; }
        else { unsigned char b = (unsigned char)in[i++]; for (int k = 0; k < 1 - h; k++) out[o++] = b; }
    }
    return o;
}

int main(void) {
    const char *tests[] = {"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabbbcccc", "z", "",
                           "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy"};
    char enc[256], dec[256];
    int ok = 0;
    for (int i = 0; i < 6; i++) {
        size_t el = rle_text(tests[i], enc);
        size_t dl = unrle_text(enc, dec);
        int good = strcmp(dec, tests[i]) == 0;
        ok += good;
        printf("[%s] -> [%s] (%zu -> %zu) %s\n", tests[i], enc, strlen(tests[i]), el, good && dl == strlen(tests[i]) ? "ok" : "BAD");
    }
    unsigned char img[1000];
    for (int i = 0; i < 1000; i++) img[i] = (unsigned char)((i / 37) % 3 == 0 ? 0xFF : (i % 5 == 0 ? i & 0xF : 0));
    signed char packed[1200];
    unsigned char back[1000];
    size_t pl = packbits(img, 1000, packed);
    size_t ul = unpackbits(packed, pl, back);
    int same = ul == 1000 && memcmp(img, back, 1000) == 0;
    printf("packbits 1000 -> %zu bytes, roundtrip %s\n", pl, same ? "ok" : "BAD");
    printf("first headers:");
    for (size_t i = 0, k = 0; i < pl && k < 10; k++) {
        int h = packed[i];
        printf(" %d", h);
        i += h >= 0 ? (size_t)h + 2 : 2;
    }
    printf("\n");
    return ok == 6 && same ? 0 : 1;
}
