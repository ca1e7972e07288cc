#include <stdio.h>
#include <stdarg.h>
#include <string.h>

/* Logging wrappers that forward va_list to vsnprintf/vprintf/vfprintf. */

static char logbuf[1024];
static size_t loglen;
static int lines;

static void logf_(const char *level, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = snprintf(logbuf + loglen, sizeof logbuf - loglen, "[%s] ", level);
    if (n > 0) loglen += (size_t)n;
    n = vsnprintf(logbuf + loglen, sizeof logbuf - loglen, fmt, ap);
    if (n > 0) loglen += (size_t)n < sizeof logbuf - loglen ? (size_t)n : sizeof logbuf - loglen - 1;
    if (loglen + 1 < sizeof logbuf) logbuf[loglen++] = '\n';
    logbuf[loglen] = 0;
    va_end(ap);
    lines++;
}

static int say(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vprintf(fmt, ap);
    va_end(ap);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    return n;
}

static int measure(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    return n;
}

int main(void) {
    logf_("info", "starting with %d workers and ratio %.3f", 4, 0.125);
    logf_("warn", "value %s exceeded %ld (%x)", "temp", 1234567L, 0xbeefu);
    logf_("error", "%5.1f%% of %s failed: code=%+d", 12.345, "jobs", -7);
    fputs(logbuf, stdout);
    printf("log lines=%d length=%zu\n", lines, loglen);
    int n = say("say: %s %c %05d %e\n", "hello", 'x', 42, 6.02e23);
    printf("say printed %d chars\n", n);
    printf("measure=%d\n", measure("%d-%d-%d %s", 2024, 1, 31, "long string to measure"));
    return 0;
}
