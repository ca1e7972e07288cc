#include <stdio.h>
#include <string.h>

/* Fallthrough cases and Duff's device. */

static void duff_copy(char *to, const char *from, int count) {
    if (count <= 0) return;
    int n = (count + 7) / 8;
    switch (count % 8) {
    case 0: do { *to++ = *from++;
    case 7:      *to++ = *from++;
    case 6:      *to++ = *from++;
    case 5:      *to++ = *from++;
    case 4:      *to++ = *from++;
    case 3:      *to++ = *from++;
    case 2:      *to++ = *from++;
    case 1:      *to++ = *from++;
            } while (--n > 0);
    }
}

static int bonus(int level) {
    int b = 0;
    switch (level) {
    case 5: b += 50; /* fallthrough */
    case 4: b += 40; /* fallthrough */
    case 3: b += 30; /* fallthrough */
    case 2: b += 20; /* fallthrough */
    case 1: b += 10; break;
    default: b = -1;
    }
    return b;
}

static const char *twelve_days[] = {"partridge", "doves", "hens", "birds", "rings", "geese"};

int main(void) {
    const char *src = "Duff's device copies bytes in an unrolled loop!";
    for (int len = 0; len <= 20; len += 3) {
        char dst[64];
        memset(dst, '.', sizeof dst);
        dst[63] = 0;
        duff_copy(dst, src, len);
        dst[len + 2] = 0;
        printf("len %2d: [%s]\n", len, dst);
    }
    for (int l = 0; l <= 6; l++) printf("bonus(%d)=%d\n", l, bonus(l));
    for (int day = 1; day <= 4; day++) {
        printf("day %d:", day);
        switch (day) {
        case 4: printf(" %s", twelve_days[3]); /* fallthrough */
        case 3: printf(" %s", twelve_days[2]); /* fallthrough */
        case 2: printf(" %s", twelve_days[1]); /* fallthrough */
        case 1: printf(" %s", twelve_days[0]);
        }
        printf("\n");
    }
    /* counting characters with grouped cases */
    const char *text = "Hello, World! 123 + 456 = 579; ok?";
    int vowels = 0, digits = 0, punct = 0, other = 0;
    for (const char *p = text; *p; p++) {
        switch (*p) {
        case 'a': case 'e': case 'i': case 'o': case 'u':
        case 'A': case 'E': case 'I': case 'O': case 'U': vowels++; break;
        case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9': digits++; break;
        case ',': case '!': case ';': case '?': case '+': case '=': punct++; break;
        default: other++;
        }
    }
    printf("vowels=%d digits=%d punct=%d other=%d\n", vowels, digits, punct, other);
    return 0;
}
