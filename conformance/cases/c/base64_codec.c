#include <stdio.h>
#include <string.h>
#include <stdlib.h>

/* Base64 encode/decode with padding, invalid-input detection and binary round trips. */

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static size_t encode(const unsigned char *in, size_t n, char *out) {
    size_t o = 0, i = 0;
    for (; i + 2 < n; i += 3) {
        unsigned v = (unsigned)in[i] << 16 | (unsigned)in[i + 1] << 8 | in[i + 2];
        out[o++] = b64[v >> 18]; out[o++] = b64[v >> 12 & 63]; out[o++] = b64[v >> 6 & 63]; out[o++] = b64[v & 63];
    }
    if (n - i == 1) {
        unsigned v = (unsigned)in[i] << 16;
        out[o++] = b64[v >> 18]; out[o++] = b64[v >> 12 & 63]; out[o++] = '='; out[o++] = '=';
    } else if (n - i == 2) {
        unsigned v = (unsigned)in[i] << 16 | (unsigned)in[i + 1] << 8;
        out[o++] = b64[v >> 18]; out[o++] = b64[v >> 12 & 63]; out[o++] = b64[v >> 6 & 63]; out[o++] = '=';
    }
    out[o] = 0;
    return o;
}

static int decode_char(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

static long decode(const char *in, unsigned char *out) {
    size_t n = strlen(in);
    if (n % 4) return -1;
    long o = 0;
    for (size_t i = 0; i < n; i += 4) {
        int v[4], pad = 0;
        for (int k = 0; k < 4; k++) {
            if (in[i + k] == '=' && i + 4 == n && k >= 2) { v[k] = 0; pad++; continue; }
            if (pad) return -1;
            v[k] = decode_char(in[i + k]);
            if (v[k] < 0) return -1;
        }
        unsigned w = (unsigned)v[0] << 18 | (unsigned)v[1] << 12 | (unsigned)v[2] << 6 | (unsigned)v[3];
        out[o++] = (unsigned char)(w >> 16);
        if (pad < 2) out[o++] = (unsigned char)(w >> 8);
        if (pad < 1) out[o++] = (unsigned char)w;
    }
    return o;
}

int main(void) {
    const char *tests[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Many hands make light work.",
                           "The quick brown fox jumps over the lazy dog"};
    char enc[256];
    unsigned char dec[256];
    int failures = 0;
    for (int i = 0; i < 9; i++) {
        size_t n = strlen(tests[i]);
        encode((const unsigned char *)tests[i], n, enc);
        long d = decode(enc, dec);
        int ok = d == (long)n && memcmp(dec, tests[i], n) == 0;
        failures += !ok;
        printf("\"%s\" -> %s -> %s\n", tests[i], enc, ok ? "ok" : "MISMATCH");
    }
    const char *bad[] = {"abc", "ab=c", "a*bc", "====", "Zm9v", "Zg==", "Zm8="};
    for (int i = 0; i < 7; i++) {
        long d = decode(bad[i], dec);
        printf("decode(%s) = %ld", bad[i], d);
        if (d >= 0) printf(" [%.*s]", (int)d, (const char *)dec);
        printf("\n");
    }
    unsigned char bin[300];
    for (int i = 0; i < 300; i++) bin[i] = (unsigned char)(i * 151 + 7);
    static char big[512];
    for (size_t n = 250; n <= 300; n += 17) {
        size_t el = encode(bin, n, big);
        static unsigned char back[400];
        long d = decode(big, back);
        int ok = d == (long)n && memcmp(back, bin, n) == 0;
        failures += !ok;
        printf("binary %zu bytes -> %zu chars, tail %s, %s\n", n, el, big + el - 8, ok ? "ok" : "MISMATCH");
    }
    return failures;
}
