#include <stdio.h>
#include <stdbool.h>

/* _Bool semantics, logical operators and truth tables. */

static bool implies(bool a, bool b) { return !a || b; }
static bool xor3(bool a, bool b, bool c) { return a ^ b ^ c; }
static bool majority(bool a, bool b, bool c) { return (a && b) || (a && c) || (b && c); }

static int calls;
static bool traced(bool v) { calls++; return v; }

int main(void) {
    printf(" a b c | and or imp xor3 maj\n");
    int ones = 0;
    for (int i = 0; i < 8; i++) {
        bool a = i & 4, b = i & 2, c = i & 1;
        bool r1 = a && b && c, r2 = a || b || c, r3 = implies(a, b), r4 = xor3(a, b, c), r5 = majority(a, b, c);
        printf(" %d %d %d |  %d   %d   %d   %d    %d\n", a, b, c, r1, r2, r3, r4, r5);
        ones += r1 + r2 + r3 + r4 + r5;
    }
    bool flags[16];
    for (int i = 0; i < 16; i++) flags[i] = (i * 7) % 5 > 2;
    int count = 0;
    for (int i = 0; i < 16; i++) count += flags[i];
    printf("flags set: %d\n", count);
    bool b = 0;
    b += 2;  /* stays 1 */
    printf("bool after +=2: %d\n", b);
    b = b + 1; /* 2 -> true */
    printf("bool after b+1: %d\n", b);
    b = !b;
    printf("negated: %d, sizeof(bool)=%zu\n", b, sizeof b);
    calls = 0;
    bool r = traced(false) && traced(true);
    printf("false && x: r=%d calls=%d\n", r, calls);
    calls = 0;
    r = traced(true) || traced(false);
    printf("true || x: r=%d calls=%d\n", r, calls);
    calls = 0;
    r = (traced(true) && traced(false)) || traced(true);
    printf("t && f || t: r=%d calls=%d\n", r, calls);
    /* bool array reduction, vectorised as i8 ops */
    bool big[1000];
    for (int i = 0; i < 1000; i++) big[i] = (i % 3 == 0) != (i % 5 == 0);
    int total = 0, any = 0, all = 1;
    for (int i = 0; i < 1000; i++) { total += big[i]; any |= big[i]; all &= big[i]; }
    printf("fizz xor buzz: %d any=%d all=%d\n", total, any, all);
    return ones == 22 ? 0 : 3;
}
