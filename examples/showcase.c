/* The example `make run` compiles to bitcode and runs through jirun:
 * a little of everything the interpreter does, including native code
 * (qsort) calling back into interpreted code. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct word {
    const char *text;
    int length;
};

static int by_length_then_text(const void *a, const void *b) {
    const struct word *x = a, *y = b;
    if (x->length != y->length)
        return x->length - y->length;
    return strcmp(x->text, y->text);
}

static int is_prime(int n) {
    if (n < 2)
        return 0;
    for (int d = 2; d * d <= n; d++)
        if (n % d == 0)
            return 0;
    return 1;
}

static void goodbye(void) { puts("atexit handler ran: goodbye"); }

int main(int argc, char **argv) {
    atexit(goodbye);
    printf("jir showcase: %d argument(s)\n", argc - 1);

    struct word words[16];
    int n = 0;
    for (int i = 1; i < argc && n < 16; i++, n++) {
        words[n].text = argv[i];
        words[n].length = (int)strlen(argv[i]);
    }
    qsort(words, n, sizeof words[0], by_length_then_text);
    for (int i = 0; i < n; i++)
        printf("  %-10s (%d letters)\n", words[i].text, words[i].length);

    int count = 0;
    long sum = 0;
    for (int i = 0; i < 10000; i++)
        if (is_prime(i)) {
            count++;
            sum += i;
        }
    printf("%d primes below 10000, summing to %ld\n", count, sum);
    return 0;
}
