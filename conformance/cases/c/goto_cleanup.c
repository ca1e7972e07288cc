#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* goto-based error handling and cleanup, and goto loops. */

static int process(int variant, char *log, size_t logsz) {
    int rc = -1;
    char *a = NULL, *b = NULL, *c = NULL;
    a = malloc(32);
    if (!a) goto out;
    snprintf(a, 32, "A%d", variant);
    if (variant == 1) { snprintf(log, logsz, "fail after a"); goto free_a; }
    b = malloc(64);
    if (!b) goto free_a;
    snprintf(b, 64, "%s-B", a);
    if (variant == 2) { snprintf(log, logsz, "fail after b (%s)", b); goto free_b; }
    c = malloc(128);
    if (!c) goto free_b;
    snprintf(c, 128, "%s-C", b);
    snprintf(log, logsz, "success %s", c);
    rc = (int)strlen(c);
    free(c);
free_b:
    free(b);
free_a:
    free(a);
out:
    return rc;
}

static int gcd_goto(int a, int b) {
top:
    if (b == 0) return a;
    {
        int t = a % b;
        a = b;
        b = t;
    }
    goto top;
}

int main(void) {
    char log[128];
    int total = 0;
    for (int v = 0; v < 4; v++) {
        int r = process(v, log, sizeof log);
        printf("variant %d -> %d (%s)\n", v, r, log);
        total += r;
    }
    int pairs[][2] = {{48, 18}, {1071, 462}, {17, 5}, {100, 75}, {0, 9}};
    for (int i = 0; i < 5; i++) printf("gcd(%d,%d)=%d\n", pairs[i][0], pairs[i][1], gcd_goto(pairs[i][0], pairs[i][1]));
    /* a loop written only with gotos */
    int i = 0, acc = 0;
loop:
    if (i >= 10) goto done;
    if (i % 2) goto next;
    acc += i * i;
next:
    i++;
    goto loop;
done:
    printf("even squares sum=%d\n", acc);
    return total > 0 ? 0 : 1;
}
