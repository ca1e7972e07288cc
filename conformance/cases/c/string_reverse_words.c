#include <stdio.h>
#include <string.h>
#include <ctype.h>

/* In-place reversal of strings and words, palindromes, rotation and anagram checks. */

static void reverse_range(char *a, char *b) { while (a < b) { char t = *a; *a++ = *b; *b-- = t; } }

static void reverse_words(char *s) {
    size_t n = strlen(s);
    if (n == 0) return;
    reverse_range(s, s + n - 1);
    char *w = s;
    while (*w) {
        while (*w == ' ') w++;
        char *e = w;
        while (*e && *e != ' ') e++;
        if (e > w) reverse_range(w, e - 1);
        w = e;
    }
}

static int is_pal(const char *s) {
    const char *a = s, *b = s + strlen(s);
    if (a == b) return 1;
    b--;
    while (a < b) {
        if (!isalnum((unsigned char)*a)) { a++; continue; }
        if (!isalnum((unsigned char)*b)) { b--; continue; }
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b)) return 0;
        a++; b--;
    }
    return 1;
}

static void rotate_left(char *s, size_t k) {
    size_t n = strlen(s);
    if (n == 0) return;
    k %= n;
    reverse_range(s, s + k - 1 + (k == 0));
    if (k == 0) { reverse_range(s, s); return; }
    reverse_range(s + k, s + n - 1);
    reverse_range(s, s + n - 1);
}

static int anagram(const char *a, const char *b) {
    int cnt[26] = {0};
    for (; *a; a++) if (isalpha((unsigned char)*a)) cnt[tolower((unsigned char)*a) - 'a']++;
    for (; *b; b++) if (isalpha((unsigned char)*b)) cnt[tolower((unsigned char)*b) - 'a']--;
    for (int i = 0; i < 26; i++) if (cnt[i]) return 0;
    return 1;
}

int main(void) {
    char s1[] = "the quick brown fox jumps over the lazy dog";
    reverse_words(s1);
    printf("reversed words: %s\n", s1);
    char s2[] = "  leading and trailing  ";
    reverse_words(s2);
    printf("spaces: [%s]\n", s2);
    char s3[] = "abcdefghij";
    reverse_range(s3, s3 + 9);
    printf("reversed: %s\n", s3);
    const char *pals[] = {"A man, a plan, a canal: Panama", "racecar", "hello", "", "No 'x' in Nixon", "ab"};
    int npal = 0;
    for (int i = 0; i < 6; i++) { int p = is_pal(pals[i]); npal += p; printf("palindrome(\"%s\")=%d\n", pals[i], p); }
    for (size_t k = 0; k <= 12; k += 3) {
        char r[] = "0123456789";
        rotate_left(r, k);
        printf("rotate %zu: %s\n", k, r);
    }
    const char *an[][2] = {{"listen", "silent"}, {"Dormitory", "dirty room"}, {"abc", "abd"}, {"The eyes", "They see"}};
    for (int i = 0; i < 4; i++) printf("anagram(%s, %s)=%d\n", an[i][0], an[i][1], anagram(an[i][0], an[i][1]));
    return npal == 4 ? 0 : 1;
}
