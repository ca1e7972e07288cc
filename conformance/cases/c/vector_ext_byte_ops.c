#include <stdio.h>
#include <stdint.h>
#include <string.h>

/* 16- and 32-byte vectors of uint8_t: wrapping add, hand-written saturating
   add/sub via comparisons, averaging, ASCII case conversion on 32 bytes at
   a time with masks, byte counting with mask accumulation. */

typedef uint8_t v16u8 __attribute__((vector_size(16)));
typedef int8_t v16s8 __attribute__((vector_size(16)));
typedef uint8_t v32u8 __attribute__((vector_size(32)));
typedef int8_t v32s8 __attribute__((vector_size(32)));

static v16u8 sat_add(v16u8 a, v16u8 b) {
    v16u8 s = a + b;
    v16u8 ovf = (v16u8)(s < a); /* 0xff where wrapped */
    return s | ovf;
}

static v16u8 sat_sub(v16u8 a, v16u8 b) {
    v16u8 d = a - b;
    v16u8 keep = (v16u8)(a >= b);
    return d & keep;
}

static v16u8 avg_round(v16u8 a, v16u8 b) { return (a >> 1) + (b >> 1) + ((a | b) & 1); }

static void to_upper32(char *s, size_t n) {
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        v32u8 v;
        memcpy(&v, s + i, 32);
        v32u8 lower = (v32u8)((v >= 'a') & (v <= 'z'));
        v -= lower & 0x20;
        memcpy(s + i, &v, 32);
    }
    for (; i < n; i++) if (s[i] >= 'a' && s[i] <= 'z') s[i] -= 32;
}

static void pv(const char *l, v16u8 v) {
    printf("%-8s", l);
    for (int i = 0; i < 16; i++) printf(" %3u", v[i]);
    printf("\n");
}

int main(void) {
    v16u8 a, b;
    for (int i = 0; i < 16; i++) { a[i] = (uint8_t)(i * 17); b[i] = (uint8_t)(250 - i * 9); }
    pv("a", a);
    pv("b", b);
    pv("wrap+", a + b);
    pv("sat+", sat_add(a, b));
    pv("sat-", sat_sub(a, b));
    pv("avg", avg_round(a, b));
    v16s8 sa = (v16s8)a;
    v16s8 neg = sa < 0;
    int negc = 0;
    for (int i = 0; i < 16; i++) negc -= neg[i];
    printf("negative as int8: %d\n", negc);
    char text[] = "the quick brown fox jumps over the lazy dog; 0123456789 jir vector test! mixed Case Text here.";
    to_upper32(text, strlen(text));
    printf("%s\n", text);
    /* count occurrences of each vowel with vector compares */
    const char *vow = "AEIOU";
    size_t n = strlen(text);
    for (int k = 0; k < 5; k++) {
        v16u8 cnt = {0};
        size_t i = 0;
        for (; i + 16 <= n; i += 16) {
            v16u8 v;
            memcpy(&v, text + i, 16);
            cnt -= (v16u8)(v == (uint8_t)vow[k]);
        }
        int total = 0;
        for (int l = 0; l < 16; l++) total += cnt[l];
        for (; i < n; i++) total += text[i] == vow[k];
        printf("%c:%d ", vow[k], total);
    }
    printf("\n");
    v32u8 big;
    for (int i = 0; i < 32; i++) big[i] = (uint8_t)(i * i);
    v32u8 x = big ^ (big >> 3) ^ (big << 2);
    unsigned h = 0;
    for (int i = 0; i < 32; i++) h = h * 131 + x[i];
    printf("h=%u\n", h);
    return 0;
}
