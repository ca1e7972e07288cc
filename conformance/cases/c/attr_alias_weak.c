#include <stdio.h>

/* Symbol attributes: alias() for functions and variables (calls through
   the alias reach the same code, the alias variable shares storage), weak
   definitions used in the absence of a strong one, weak aliases, and a
   weak undeclared function whose address is NULL at run time. */

int real_counter = 10;
extern int counter_alias __attribute__((alias("real_counter")));

int compute_impl(int x) { return x * x + real_counter; }
int compute(int x) __attribute__((alias("compute_impl")));
int compute2(int x) __attribute__((weak, alias("compute_impl")));

__attribute__((weak)) int hook(int x) { return x + 1000; }
__attribute__((weak)) const char *plugin_name(void) { return "default-plugin"; }
__attribute__((weak)) int weak_data = 77;

extern int optional_feature(int) __attribute__((weak));
extern int optional_data __attribute__((weak));

static int apply(int (*f)(int), int v) { return f(v); }

int main(void) {
    printf("compute(5)=%d compute_impl(5)=%d compute2(5)=%d\n", compute(5), compute_impl(5), compute2(5));
    printf("same address: %d %d\n", compute == compute_impl, compute2 == compute_impl);
    counter_alias += 5;
    printf("real_counter=%d counter_alias=%d same object=%d\n", real_counter, counter_alias, &counter_alias == &real_counter);
    printf("after alias update compute(5)=%d\n", apply(compute, 5));
    printf("hook(1)=%d plugin=%s weak_data=%d\n", hook(1), plugin_name(), weak_data);
    int (*volatile opt)(int) = optional_feature;
    int *volatile optd = &optional_data;
    printf("optional_feature present=%d optional_data present=%d\n", opt != NULL, optd != NULL);
    int r = opt ? opt(3) : -1;
    printf("fallback result=%d\n", r);
    printf("compute(3) + missing = %d\n", (int)(compute(3) + (opt == NULL)));
    return 0;
}
