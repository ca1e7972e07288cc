#include <stdio.h>
#include <setjmp.h>
#include <string.h>

/* longjmp out of several nested function levels (through frames with
   their own locals and arrays), with the jump value encoding where the
   failure happened; volatile locals in the setjmp frame keep values
   modified after setjmp; a second jmp_buf used for a nested region. */

static jmp_buf outer, inner;
static int depth_reached;
static char path[128];

static void level(int n, int fail_at, jmp_buf *target) {
    char local[32];
    snprintf(local, sizeof local, "L%d", n);
    strcat(path, local);
    depth_reached = n;
    if (n == fail_at) longjmp(*target, n * 100 + (int)strlen(path));
    level(n + 1, fail_at, target);
    strcat(path, "!"); /* never reached when failing below */
}

static int run(int fail_at) {
    volatile int attempts = 0;
    volatile long checksum = 1;
    path[0] = 0;
    int code = setjmp(outer);
    attempts++;
    checksum = checksum * 31 + code;
    if (code == 0) {
        level(1, fail_at, &outer);
        return -1;
    }
    printf("fail_at=%d code=%d depth=%d attempts=%d checksum=%ld path=%s\n", fail_at, code, depth_reached, attempts,
           (long)checksum, path);
    return code;
}

static int nested_regions(void) {
    volatile int log = 0;
    if (setjmp(outer) == 0) {
        log = log * 10 + 1;
        if (setjmp(inner) == 0) {
            log = log * 10 + 2;
            path[0] = 0;
            level(1, 3, &inner);
        } else {
            log = log * 10 + 3;
            path[0] = 0;
            level(1, 2, &outer);
        }
        log = log * 10 + 9;
    } else {
        log = log * 10 + 4;
    }
    return log;
}

int main(void) {
    int total = 0;
    for (int f = 1; f <= 6; f++) total += run(f);
    printf("total=%d\n", total);
    printf("nested regions log=%d\n", nested_regions());
    return total % 256 > 120 ? total % 97 : total % 256;
}
