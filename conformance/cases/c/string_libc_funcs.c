#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Standard string.h functions on a variety of inputs. */

static int sgn(int x) { return (x > 0) - (x < 0); }

int main(void) {
    const char *words[] = {"apple", "apricot", "banana", "Apple", "app", "", "banana split"};
    for (int i = 0; i < 7; i++) {
        printf("%-13s len=%2zu", words[i], strlen(words[i]));
        for (int j = 0; j < 7; j++) printf(" %2d", sgn(strcmp(words[i], words[j])));
        printf(" | ncmp3 w/ next=%2d casecmp w/ Apple=%2d\n", sgn(strncmp(words[i], words[(i + 1) % 7], 3)),
               sgn(strcasecmp(words[i], "APPLE")));
    }
    char buf[128];
    strcpy(buf, "Hello");
    strcat(buf, ", ");
    strcat(buf, "World");
    strncat(buf, "!!!???", 3);
    printf("buf=%s len=%zu\n", buf, strlen(buf));
    char small[8];
    strncpy(small, "truncate-me", sizeof small - 1);
    small[sizeof small - 1] = 0;
    printf("strncpy: %s\n", small);
    const char *hay = "the cat sat on the mat with the hat";
    printf("strchr t: %s\n", strchr(hay, 't'));
    printf("strrchr t: %s\n", strrchr(hay, 't'));
    printf("strstr 'the': offsets");
    for (const char *p = hay; (p = strstr(p, "the")) != NULL; p++) printf(" %td", p - hay);
    printf("\n");
    printf("strstr missing: %s\n", strstr(hay, "dog") ? "found" : "null");
    printf("strspn digits of '12345abc'=%zu strcspn vowels of 'rhythm and'=%zu\n", strspn("12345abc", "0123456789"),
           strcspn("rhythm and", "aeiou"));
    printf("strpbrk: %s\n", strpbrk(hay, "xyzw"));
    unsigned char a[] = {1, 2, 3, 4, 5}, b[] = {1, 2, 3, 9, 0};
    printf("memcmp 3=%d memcmp 4 sign=%d memchr 4 at %td\n", memcmp(a, b, 3), sgn(memcmp(a, b, 4)),
           (unsigned char *)memchr(a, 4, 5) - a);
    char dup[64];
    memcpy(dup, hay, 20);
    dup[20] = 0;
    printf("memcpy prefix: [%s]\n", dup);
    memset(dup + 4, '*', 3);
    printf("memset: [%s]\n", dup);
    size_t total = 0;
    for (int i = 0; i < 7; i++) total += strlen(words[i]);
    printf("total length=%zu strnlen=%zu\n", total, strnlen("abcdefgh", 5));
    return 0;
}
