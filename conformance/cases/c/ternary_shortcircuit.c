#include <stdio.h>
#include <string.h>

/* Conditional operator chains and short-circuit evaluation with side effects. */

static int trace_buf[64];
static int trace_len;

static int t(int id, int value) {
    if (trace_len < 64) trace_buf[trace_len++] = id;
    return value;
}

static void show(const char *label, int result) {
    printf("%-28s = %d  trace:", label, result);
    for (int i = 0; i < trace_len; i++) printf(" %d", trace_buf[i]);
    printf("\n");
    trace_len = 0;
}

static const char *sign_word(int x) { return x < 0 ? "negative" : x == 0 ? "zero" : x < 10 ? "small" : "large"; }

static int safe_div(int a, int b) { return b != 0 && a % b == 0 ? a / b : -1; }

int main(void) {
    show("1 && 2 && 0 && 4", t(1, 1) && t(2, 2) && t(3, 0) && t(4, 4));
    show("0 || 0 || 3 || 4", t(1, 0) || t(2, 0) || t(3, 3) || t(4, 4));
    show("(0 && x) || (1 && 2)", (t(1, 0) && t(2, 1)) || (t(3, 1) && t(4, 2)));
    show("a ? b : c (a true)", t(1, 5) ? t(2, 20) : t(3, 30));
    show("a ? b : c (a false)", t(1, 0) ? t(2, 20) : t(3, 30));
    show("nested ternary", t(1, 0) ? t(2, 1) : t(3, 1) ? t(4, 7) : t(5, 9));
    show("!x || y", !t(1, 0) || t(2, 0));
    show("comma operator", (t(1, 1), t(2, 2), t(3, 42)));
    int vals[] = {-5, 0, 3, 9, 10, 1000};
    for (int i = 0; i < 6; i++) printf("%d is %s\n", vals[i], sign_word(vals[i]));
    int pairs[][2] = {{10, 2}, {10, 3}, {10, 0}, {-12, 4}, {0, 5}};
    for (int i = 0; i < 5; i++) printf("safe_div(%d,%d)=%d\n", pairs[i][0], pairs[i][1], safe_div(pairs[i][0], pairs[i][1]));
    /* null-guarded string checks */
    const char *strs[] = {"apple", NULL, "", "banana", "avocado"};
    int a_words = 0;
    for (int i = 0; i < 5; i++) {
        const char *s = strs[i];
        if (s && *s && s[0] == 'a' && strlen(s) > 5) a_words++;
        printf("%s -> len %zu\n", s ? (*s ? s : "(empty)") : "(null)", s ? strlen(s) : 0);
    }
    printf("long a-words: %d\n", a_words);
    /* selects in a loop: vectorised to select instructions */
    int arr[100], out[100];
    for (int i = 0; i < 100; i++) arr[i] = (i * 37) % 101 - 50;
    for (int i = 0; i < 100; i++) out[i] = arr[i] > 0 ? arr[i] * 2 : arr[i] < -25 ? -1 : 0;
    int s = 0;
    for (int i = 0; i < 100; i++) s += out[i];
    printf("select sum=%d\n", s);
    int x = 5;
    int *p = x > 3 ? &vals[1] : &vals[2];
    *p = 77;
    printf("lvalue through ternary pointer: vals[1]=%d\n", vals[1]);
    return 0;
}
