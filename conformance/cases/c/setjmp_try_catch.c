#include <stdio.h>
#include <setjmp.h>
#include <string.h>
#include <stdlib.h>

/* Exception handling emulation: a stack of jmp_buf frames with TRY /
   CATCH / FINALLY-like macros, THROW unwinding through nested calls,
   rethrow to the enclosing handler, and exception objects carrying a code
   and message. Used to validate inputs of a tiny calculator. */

struct frame { jmp_buf jb; struct frame *prev; };
static struct frame *top;
static int exc_code;
static char exc_msg[64];

#define TRY do { struct frame fr_; fr_.prev = top; top = &fr_; int code_ = setjmp(fr_.jb); if (code_ == 0) {
#define CATCH(var) top = fr_.prev; } else { top = fr_.prev; int var = code_;
#define END_TRY } } while (0)

static _Noreturn void throw_(int code, const char *msg) {
    exc_code = code;
    if (msg != exc_msg) snprintf(exc_msg, sizeof exc_msg, "%s", msg);
    if (!top) { printf("uncaught %d %s\n", code, msg); exit(99); }
    longjmp(top->jb, code);
}

enum { E_PARSE = 1, E_DIV0, E_RANGE };

static long parse_num(const char **s) {
    long v = 0;
    int digits = 0;
    while (**s >= '0' && **s <= '9') {
        v = v * 10 + (*(*s)++ - '0');
        if (v > 1000000) throw_(E_RANGE, "number too large");
        digits++;
    }
    if (!digits) throw_(E_PARSE, "expected number");
    return v;
}

static long eval(const char *s) {
    long acc = parse_num(&s);
    while (*s) {
        char op = *s++;
        long rhs = parse_num(&s);
        switch (op) {
        case '+': acc += rhs; break;
        case '-': acc -= rhs; break;
        case '*': acc *= rhs; if (acc > 1000000000L || acc < -1000000000L) throw_(E_RANGE, "product overflow"); break;
        case '/': if (rhs == 0) throw_(E_DIV0, "division by zero"); acc /= rhs; break;
        default: throw_(E_PARSE, "bad operator");
        }
    }
    return acc;
}

static int cleanup_runs;

static long eval_logged(const char *s) {
    volatile long result = 0;
    TRY {
        result = eval(s);
    } CATCH(e) {
        cleanup_runs++;
        if (e == E_DIV0) { result = 0; }  /* handled locally */
        else throw_(e, exc_msg);          /* rethrow to the caller's handler */
    } END_TRY;
    cleanup_runs++;
    return result;
}

int main(void) {
    const char *exprs[] = {"1+2*3", "100/4-7", "5/0", "12a", "999999*999999", "2*3*4*5*6*7", "", "42", "7-9-11", "8/2/0"};
    int errors[4] = {0};
    for (unsigned i = 0; i < sizeof exprs / sizeof *exprs; i++) {
        TRY {
            long v = eval_logged(exprs[i]);
            printf("%-14s = %ld\n", exprs[i], v);
        } CATCH(e) {
            errors[e]++;
            printf("%-14s ! error %d: %s\n", exprs[i], e, exc_msg);
        } END_TRY;
    }
    printf("parse=%d div0(handled, not counted)=%d range=%d cleanup_runs=%d top_is_null=%d\n", errors[E_PARSE],
           errors[E_DIV0], errors[E_RANGE], cleanup_runs, top == NULL);
    /* nested TRY: inner rethrows, outer catches */
    int caught_outer = 0;
    TRY {
        TRY {
            throw_(E_RANGE, "inner");
        } CATCH(e) {
            throw_(e + 10, "rethrown");
        } END_TRY;
    } CATCH(e) {
        caught_outer = e;
    } END_TRY;
    printf("outer caught %d (%s)\n", caught_outer, exc_msg);
    return errors[E_PARSE] * 10 + errors[E_RANGE];
}
