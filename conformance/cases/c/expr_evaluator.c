#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

/* Tokenizer + precedence-climbing expression evaluator with variables, unary ops, and errors. */

enum tok { T_NUM, T_IDENT, T_OP, T_LP, T_RP, T_END, T_ERR };
struct token { enum tok kind; long num; char text[16]; };

struct lexer { const char *src; size_t pos; struct token cur; };

static void next_token(struct lexer *lx) {
    const char *s = lx->src;
    while (s[lx->pos] == ' ') lx->pos++;
    char c = s[lx->pos];
    struct token t = {T_END, 0, ""};
    if (c == 0) t.kind = T_END;
    else if (isdigit((unsigned char)c)) {
        t.kind = T_NUM;
        while (isdigit((unsigned char)s[lx->pos])) t.num = t.num * 10 + (s[lx->pos++] - '0');
    } else if (isalpha((unsigned char)c)) {
        t.kind = T_IDENT;
        int n = 0;
        while (isalnum((unsigned char)s[lx->pos]) && n < 15) t.text[n++] = s[lx->pos++];
        t.text[n] = 0;
    } else if (c == '(') { t.kind = T_LP; lx->pos++; }
    else if (c == ')') { t.kind = T_RP; lx->pos++; }
    else if (strchr("+-*/%^<>=!&|", c)) {
        t.kind = T_OP;
        t.text[0] = c; t.text[1] = 0;
        char d = s[lx->pos + 1];
        if ((c == '<' || c == '>' || c == '=' || c == '!') && d == '=') { t.text[1] = '='; t.text[2] = 0; lx->pos++; }
        else if ((c == '&' || c == '|') && d == c) { t.text[1] = d; t.text[2] = 0; lx->pos++; }
        lx->pos++;
    } else { t.kind = T_ERR; t.text[0] = c; t.text[1] = 0; lx->pos++; }
    lx->cur = t;
}

struct var { const char *name; long value; };
static const struct var vars[] = {{"x", 7}, {"y", -3}, {"answer", 42}, {"big", 1000000}};

static int error;

static int prec(const char *op, int *right) {
    *right = 0;
    if (!strcmp(op, "||")) return 1;
    if (!strcmp(op, "&&")) return 2;
    if (!strcmp(op, "==") || !strcmp(op, "!=")) return 3;
    if (!strcmp(op, "<") || !strcmp(op, ">") || !strcmp(op, "<=") || !strcmp(op, ">=")) return 4;
    if (!strcmp(op, "+") || !strcmp(op, "-")) return 5;
    if (!strcmp(op, "*") || !strcmp(op, "/") || !strcmp(op, "%")) return 6;
    if (!strcmp(op, "^")) { *right = 1; return 7; }
    return -1;
}

static long parse_expr(struct lexer *lx, int minp);

static long parse_primary(struct lexer *lx) {
    struct token t = lx->cur;
    if (t.kind == T_NUM) { next_token(lx); return t.num; }
    if (t.kind == T_IDENT) {
        next_token(lx);
        for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) if (!strcmp(vars[i].name, t.text)) return vars[i].value;
        error = 1;
        return 0;
    }
    if (t.kind == T_LP) {
        next_token(lx);
        long v = parse_expr(lx, 1);
        if (lx->cur.kind != T_RP) { error = 1; return 0; }
        next_token(lx);
        return v;
    }
    if (t.kind == T_OP && (t.text[0] == '-' || t.text[0] == '!') && t.text[1] == 0) {
        next_token(lx);
        long v = parse_primary(lx);
        return t.text[0] == '-' ? -v : !v;
    }
    error = 1;
    return 0;
}

static long ipow(long b, long e) { long r = 1; while (e-- > 0) r *= b; return r; }

static long parse_expr(struct lexer *lx, int minp) {
    long lhs = parse_primary(lx);
    for (;;) {
        if (lx->cur.kind != T_OP || error) return lhs;
        char op[4];
        strcpy(op, lx->cur.text);
        int right, p = prec(op, &right);
        if (p < minp) return lhs;
        next_token(lx);
        long rhs = parse_expr(lx, right ? p : p + 1);
        if (!strcmp(op, "+")) lhs += rhs;
        else if (!strcmp(op, "-")) lhs -= rhs;
        else if (!strcmp(op, "*")) lhs *= rhs;
        else if (!strcmp(op, "/")) { if (rhs == 0) { error = 2; return 0; } lhs /= rhs; }
        else if (!strcmp(op, "%")) { if (rhs == 0) { error = 2; return 0; } lhs %= rhs; }
        else if (!strcmp(op, "^")) lhs = ipow(lhs, rhs);
        else if (!strcmp(op, "<")) lhs = lhs < rhs;
        else if (!strcmp(op, ">")) lhs = lhs > rhs;
        else if (!strcmp(op, "<=")) lhs = lhs <= rhs;
        else if (!strcmp(op, ">=")) lhs = lhs >= rhs;
        else if (!strcmp(op, "==")) lhs = lhs == rhs;
        else if (!strcmp(op, "!=")) lhs = lhs != rhs;
        else if (!strcmp(op, "&&")) lhs = lhs && rhs;
        else if (!strcmp(op, "||")) lhs = lhs || rhs;
    }
}

int main(void) {
    const char *exprs[] = {
        "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "100 / 7 % 4", "-x * (y - 2)", "answer == 6 * 7",
        "x > 5 && y < 0 || 0", "!(x - 7) + !!big", "big / (x - 7)", "10 - 4 - 3", "2 * (3 + 4) * (5 - 1) ^ 2",
        "unknown + 1", "(1 + 2", "3 $ 4", "1 <= 1 == (2 >= 3) + 1",
    };
    int errors = 0;
    for (size_t i = 0; i < sizeof exprs / sizeof exprs[0]; i++) {
        struct lexer lx = {exprs[i], 0, {T_END, 0, ""}};
        error = 0;
        next_token(&lx);
        long v = parse_expr(&lx, 1);
        if (!error && lx.cur.kind != T_END) error = 3;
        if (error) { errors++; printf("%-28s => error %d\n", exprs[i], error); }
        else printf("%-28s => %ld\n", exprs[i], v);
    }
    return errors;
}
