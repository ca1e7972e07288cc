#include <stdio.h>
#include <string.h>
#include <stdlib.h>

/* A tiny Forth-like interpreter: text is compiled into a word list of
   label addresses (primitives) and pointers to user-defined words;
   colon definitions, IF/ELSE/THEN, BEGIN/UNTIL and a return stack. The
   inner interpreter uses goto *. Output comes from the "." word. */

typedef struct { void *code; long arg; } word;

static long ds[128], rs[128];

static void run(const char *text) {
    static void *prim[] = {&&p_lit, &&p_add, &&p_sub, &&p_mul, &&p_dot, &&p_dup, &&p_drop, &&p_swap, &&p_over,
                           &&p_lt, &&p_eq, &&p_branch0, &&p_branch, &&p_call, &&p_exit, &&p_mod, &&p_cr, &&p_rot};
    static const char *names[] = {"", "+", "-", "*", ".", "dup", "drop", "swap", "over", "<", "=", "", "", "", "",
                                  "mod", "cr", "rot"};
    enum { LIT, ADD, SUB, MUL, DOT, DUP, DROP, SWAP, OVER, LT, EQ, BR0, BR, CALL, EXIT, MOD, CR, ROT, NPRIM };
    static word mem[1024];
    struct { char name[16]; int start; } dict[32];
    int ndict = 0, here = 0, ctl[16], nctl = 0;
    char buf[2048];
    snprintf(buf, sizeof buf, "%s", text);
    /* Compile: definitions first, then top-level code gets its own body at the end. */
    static word topcode[512];
    int ntop = 0;
    word *target = topcode;
    int *tn = &ntop;
    for (char *tok = strtok(buf, " \n"); tok; tok = strtok(NULL, " \n")) {
        if (!strcmp(tok, ":")) {
            tok = strtok(NULL, " \n");
            snprintf(dict[ndict].name, sizeof dict[ndict].name, "%s", tok);
            dict[ndict++].start = here;
            target = mem;
            tn = &here;
            continue;
        }
        if (!strcmp(tok, ";")) { target[(*tn)++] = (word){prim[EXIT], 0}; target = topcode; tn = &ntop; continue; }
        if (!strcmp(tok, "if")) { ctl[nctl++] = *tn; target[(*tn)++] = (word){prim[BR0], 0}; continue; }
        if (!strcmp(tok, "else")) {
            int at = ctl[--nctl];
            ctl[nctl++] = *tn;
            target[(*tn)++] = (word){prim[BR], 0};
            target[at].arg = *tn;
            continue;
        }
        if (!strcmp(tok, "then")) { target[ctl[--nctl]].arg = *tn; continue; }
        if (!strcmp(tok, "begin")) { ctl[nctl++] = *tn; continue; }
        if (!strcmp(tok, "until")) { target[(*tn)++] = (word){prim[BR0], ctl[--nctl]}; continue; }
        int found = 0;
        for (int i = 1; i < NPRIM && !found; i++)
            if (names[i][0] && !strcmp(tok, names[i])) { target[(*tn)++] = (word){prim[i], 0}; found = 1; }
        for (int i = ndict - 1; i >= 0 && !found; i--)
            if (!strcmp(tok, dict[i].name)) { target[(*tn)++] = (word){prim[CALL], dict[i].start}; found = 1; }
        if (!found) target[(*tn)++] = (word){prim[LIT], strtol(tok, NULL, 10)};
    }
    topcode[ntop++] = (word){prim[EXIT], 0};
    int sp = 0, rp = 0;
    word *code = topcode;
    int ip = 0;
    rs[rp++] = -1; /* sentinel: exit from top level */
    word *w;
#define NEXT do { w = &code[ip++]; goto *w->code; } while (0)
    NEXT;
p_lit: ds[sp++] = w->arg; NEXT;
p_add: sp--; ds[sp - 1] += ds[sp]; NEXT;
p_sub: sp--; ds[sp - 1] -= ds[sp]; NEXT;
p_mul: sp--; ds[sp - 1] *= ds[sp]; NEXT;
p_mod: sp--; ds[sp - 1] %= ds[sp]; NEXT;
p_dot: printf("%ld ", ds[--sp]); NEXT;
p_cr: printf("\n"); NEXT;
p_dup: ds[sp] = ds[sp - 1]; sp++; NEXT;
p_drop: sp--; NEXT;
p_swap: { long t = ds[sp - 1]; ds[sp - 1] = ds[sp - 2]; ds[sp - 2] = t; } NEXT;
p_over: ds[sp] = ds[sp - 2]; sp++; NEXT;
p_rot: { long a = ds[sp - 3]; ds[sp - 3] = ds[sp - 2]; ds[sp - 2] = ds[sp - 1]; ds[sp - 1] = a; } NEXT;
p_lt: sp--; ds[sp - 1] = -(ds[sp - 1] < ds[sp]); NEXT;
p_eq: sp--; ds[sp - 1] = -(ds[sp - 1] == ds[sp]); NEXT;
p_branch0: if (ds[--sp] == 0) ip = (int)w->arg; NEXT;
p_branch: ip = (int)w->arg; NEXT;
p_call:
    rs[rp++] = code == topcode ? -(ip + 2) : ip; /* negative: return into top-level code */
    code = mem;
    ip = (int)w->arg;
    NEXT;
p_exit: {
    long r = rs[--rp];
    if (r == -1) { printf("| depth %d\n", sp); return; }
    if (r < -1) { code = topcode; ip = (int)(-r - 2); }
    else { code = mem; ip = (int)r; }
    NEXT;
}
#undef NEXT
}

int main(void) {
    run("2 3 + 4 * . 10 3 - . 7 dup * .");
    run(": sq dup * ; : cube dup sq * ; 3 sq . 4 cube . 5 sq sq .");
    run(": abs dup 0 < if 0 swap - then ; -17 abs . 17 abs . 0 abs .");
    run(": fact dup 1 < if drop 1 else dup 1 - fact * then ; 10 fact . 15 fact .");
    run(": countdown begin dup . 1 - dup 0 = until drop ; 5 countdown cr");
    run(": fib 0 1 rot begin rot rot swap over + rot 1 - dup 0 = until drop drop ; 30 fib . 50 fib .");
    run(": gcd begin swap over mod dup 0 = until drop ; 1071 462 gcd . 832040 514229 gcd .");
    return 0;
}
