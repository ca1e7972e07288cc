#include <stdio.h>
#include <setjmp.h>

/* setjmp/longjmp for error recovery from deep recursion, with volatile locals preserved. */

static jmp_buf env;
static int depth_at_error;

static int parse_digit_sum(const char *s, int depth) {
    if (!*s) return 0;
    if (*s < '0' || *s > '9') { depth_at_error = depth; longjmp(env, (int)(unsigned char)*s); }
    return (*s - '0') + parse_digit_sum(s + 1, depth + 1);
}

int main(void) {
    const char *inputs[] = {"12345", "98x76", "", "0000009", "5!"};
    volatile int ok = 0, failed = 0;
    for (int i = 0; i < 5; i++) {
        int code = setjmp(env);
        if (code == 0) {
            int s = parse_digit_sum(inputs[i], 0);
            printf("'%s' digit sum=%d\n", inputs[i], s);
            ok++;
        } else {
            printf("'%s' error: bad char '%c' at depth %d\n", inputs[i], code, depth_at_error);
            failed++;
        }
    }
    printf("ok=%d failed=%d\n", ok, failed);
    volatile int counter = 0;
    jmp_buf loop;
    if (setjmp(loop) < 10) {
        counter++;
        if (counter < 10) longjmp(loop, counter);
    }
    printf("longjmp loop counter=%d\n", counter);
    return failed;
}
