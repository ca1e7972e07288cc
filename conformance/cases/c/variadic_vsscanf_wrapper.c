#include <stdio.h>
#include <stdarg.h>
#include <string.h>

/* A record parser that forwards its variadic output pointers to vsscanf,
   counting conversions, plus a dispatcher choosing the format at run time. */

static int parse_line(const char *line, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsscanf(line, fmt, ap);
    va_end(ap);
    return n;
}

struct rec { char name[16]; int year; double score; unsigned flags; };

static int parse_record(const char *line, struct rec *r) {
    memset(r, 0, sizeof *r);
    if (line[0] == '#') return 0;
    if (strchr(line, '|'))
        return parse_line(line, "%15[^|]|%d|%lf|%x", r->name, &r->year, &r->score, &r->flags);
    return parse_line(line, "%15s %d %lf %x", r->name, &r->year, &r->score, &r->flags);
}

int main(void) {
    const char *lines[] = {
        "ada 1815 98.5 ff",
        "grace|1906|87.25|1a2b",
        "# comment line",
        "linus 1969 abc",
        "ken|1943|91.0|DEAD",
        "short",
        "dennis 1941 -12.75 0",
        "barbara|1939|99.125|7",
    };
    int total_fields = 0;
    double score_sum = 0;
    for (unsigned i = 0; i < sizeof lines / sizeof *lines; i++) {
        struct rec r;
        int n = parse_record(lines[i], &r);
        total_fields += n > 0 ? n : 0;
        if (n == 4) score_sum += r.score;
        printf("%u: n=%d name=%s year=%d score=%.3f flags=%u\n", i, n, r.name, r.year, r.score, r.flags);
    }
    printf("fields=%d score_sum=%.3f\n", total_fields, score_sum);

    int a, b, c;
    char unit[4];
    int n = parse_line("12:34:56", "%d:%d:%d", &a, &b, &c);
    printf("time n=%d -> %d seconds\n", n, a * 3600 + b * 60 + c);
    long big;
    short sh;
    unsigned char ch;
    n = parse_line("-9000000000 -123 200 kgx", "%ld %hd %hhu %3s", &big, &sh, &ch, unit);
    printf("n=%d big=%ld sh=%d ch=%u unit=%s\n", n, big, sh, ch, unit);
    int consumed = 0;
    n = parse_line("  77 rest", "%d%n", &a, &consumed);
    printf("n=%d a=%d consumed=%d\n", n, a, consumed);
    return total_fields;
}
