#include <stdio.h>
#include <setjmp.h>
#include <ctype.h>

/* A recursive-descent JSON-subset validator that aborts with longjmp from
   any recursion depth on the first error, reporting the error position;
   the caller then resynchronises at the next line and continues. Depth is
   tracked with a counter that is reset after each jump. */

static jmp_buf on_error;
static const char *src, *start;
static int depth, max_depth;
static const char *errmsg;

static void fail(const char *m) { errmsg = m; longjmp(on_error, (int)(src - start) + 1); }
static void ws(void) { while (*src == ' ') src++; }
static void expect(char c) { ws(); if (*src != c) fail("unexpected character"); src++; }

static void value(void);

static void string_(void) {
    expect('"');
    while (*src && *src != '"') { if (*src == '\\') src++; if (!*src) break; src++; }
    if (*src != '"') fail("unterminated string");
    src++;
}

static void number(void) {
    ws();
    if (*src == '-') src++;
    if (!isdigit((unsigned char)*src)) fail("digit expected");
    while (isdigit((unsigned char)*src)) src++;
    if (*src == '.') { src++; if (!isdigit((unsigned char)*src)) fail("fraction expected"); while (isdigit((unsigned char)*src)) src++; }
}

static void array(void) {
    expect('[');
    ws();
    if (*src == ']') { src++; return; }
    for (;;) {
        value();
        ws();
        if (*src == ',') { src++; continue; }
        expect(']');
        return;
    }
}

static void object(void) {
    expect('{');
    ws();
    if (*src == '}') { src++; return; }
    for (;;) {
        string_();
        expect(':');
        value();
        ws();
        if (*src == ',') { src++; continue; }
        expect('}');
        return;
    }
}

static void value(void) {
    if (++depth > max_depth) max_depth = depth;
    if (depth > 20) fail("too deep");
    ws();
    switch (*src) {
    case '{': object(); break;
    case '[': array(); break;
    case '"': string_(); break;
    case 't': if (src[1] == 'r' && src[2] == 'u' && src[3] == 'e') { src += 4; break; } fail("bad literal");
    case 'n': if (src[1] == 'u' && src[2] == 'l' && src[3] == 'l') { src += 4; break; } fail("bad literal");
    default: number();
    }
    depth--;
}

int main(void) {
    const char *docs[] = {
        "{\"a\": [1, 2, {\"b\": null}], \"c\": \"x\\\"y\"}",
        "[1, 2, 3,]",
        "{\"k\": [true, false]}",
        "[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]",
        "{\"num\": -12.5, \"arr\": [ ], \"obj\": { }}",
        "\"unterminated",
        "[1.]",
        "{\"a\" 1}",
        "[null, [null, [null, [null]]]]",
    };
    int ok = 0;
    for (unsigned i = 0; i < sizeof docs / sizeof *docs; i++) {
        src = start = docs[i];
        depth = 0;
        max_depth = 0;
        int pos = setjmp(on_error);
        if (pos == 0) {
            value();
            ws();
            if (*src) fail("trailing data");
            printf("doc %u: ok (max depth %d)\n", i, max_depth);
            ok++;
        } else {
            printf("doc %u: error at %d: %s (depth %d when failing)\n", i, pos - 1, errmsg, depth);
        }
    }
    printf("%d documents valid\n", ok);
    return 0;
}
