#include <stdio.h>

/* do/while loops: digit extraction, input-like loops, menu simulation. */

static int digit_count(unsigned long long v) {
    int n = 0;
    do { n++; v /= 10; } while (v);
    return n;
}

static unsigned long long reverse_digits(unsigned long long v) {
    unsigned long long r = 0;
    do { r = r * 10 + v % 10; v /= 10; } while (v);
    return r;
}

static int is_palindrome(unsigned long long v) { return v == reverse_digits(v); }

int main(void) {
    unsigned long long tests[] = {0, 7, 10, 12321, 123456789, 18446744073709551615ull, 1000000001};
    for (int i = 0; i < 7; i++)
        printf("%llu: digits=%d reversed=%llu palindrome=%d\n", tests[i], digit_count(tests[i]),
               tests[i] < 1000000000000000000ull ? reverse_digits(tests[i]) : 0ull, is_palindrome(tests[i]));
    /* reverse-and-add until palindrome */
    int starts[] = {56, 57, 59, 89, 10, 195};
    for (int i = 0; i < 6; i++) {
        unsigned long long v = (unsigned long long)starts[i];
        int iters = 0;
        do {
            v += reverse_digits(v);
            iters++;
        } while (!is_palindrome(v) && iters < 30);
        printf("start %d -> %llu after %d iterations\n", starts[i], v, iters);
    }
    /* scripted "menu" */
    const char script[] = "aab c xbbq";
    int pos = 0, a = 0, b = 0, other = 0;
    char cmd;
    do {
        cmd = script[pos++];
        switch (cmd) {
        case 'a': a++; break;
        case 'b': b++; break;
        case 'q': break;
        default: other++;
        }
    } while (cmd != 'q' && script[pos]);
    printf("a=%d b=%d other=%d stopped at %d\n", a, b, other, pos);
    /* do-while that executes once even when condition is false */
    int runs = 0;
    do runs++; while (0);
    printf("runs=%d\n", runs);
    /* binary digits via do-while */
    for (unsigned v = 0; v < 20; v += 3) {
        char bits[40];
        int n = 0;
        unsigned t = v;
        do { bits[n++] = (char)('0' + (t & 1)); t >>= 1; } while (t);
        printf("%2u = ", v);
        while (n--) putchar(bits[n]);
        putchar('\n');
    }
    return 0;
}
