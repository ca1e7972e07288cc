#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An interpreter for a tiny tape language (8 commands, precomputed bracket jumps). The embedded
   programs print text; the driver exits from inside the run loop's end-of-program handler with a
   status taken from the tape. */

struct machine { unsigned char tape[30000]; int ptr; long steps; int *jump; const char *prog; int len; int outputs; };

static void end_program(struct machine *m, int last) {
    printf("\n[program finished: %ld steps, %d chars printed, cell0=%d]\n", m->steps, m->outputs, m->tape[0]);
    if (last) {
        int status = (m->tape[0] + m->tape[1] + m->outputs) % 100;
        printf("exiting with status %d\n", status);
        free(m->jump);
        exit(status);
    }
}

static int prepare(struct machine *m, const char *prog) {
    int n = (int)strlen(prog);
    int *stack = malloc((size_t)n * sizeof *stack);
    int sp = 0;
    m->jump = calloc((size_t)n, sizeof *m->jump);
    for (int i = 0; i < n; i++) {
        if (prog[i] == '[') stack[sp++] = i;
        else if (prog[i] == ']') {
            if (!sp) { free(stack); return 0; }
            int j = stack[--sp];
            m->jump[i] = j;
            m->jump[j] = i;
        }
    }
    free(stack);
    m->prog = prog;
    m->len = n;
    return sp == 0;
}

static void run(struct machine *m, int last) {
    for (int pc = 0; pc < m->len; pc++) {
        m->steps++;
        switch (m->prog[pc]) {
        case '>': m->ptr++; break;
        case '<': m->ptr--; break;
        case '+': m->tape[m->ptr]++; break;
        case '-': m->tape[m->ptr]--; break;
        case '.': putchar(m->tape[m->ptr]); m->outputs++; break;
        case ',': m->tape[m->ptr] = 0; break;
        case '[': if (!m->tape[m->ptr]) pc = m->jump[pc]; break;
        case ']': if (m->tape[m->ptr]) pc = m->jump[pc]; break;
        default: break;
        }
    }
    end_program(m, last);
}

int main(void) {
    static const char *progs[] = {
        /* prints "Hello World!\n" */
        "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.",
        /* prints digits 0-9 */
        "++++++++++[>+++++<-]>--[>+>+<<-]>>[<<+>>-]++++++++++[<.+>-]++++++++++.",
        /* unbalanced: rejected */
        "+[.",
        /* squares-ish: prints 'A'..'Z' */
        "++++++++[>++++++++<-]>+>++++++++++++++++++++++++++[<.+>-]++++++++++.",
    };
    static struct machine m;
    for (int i = 0; i < 4; i++) {
        memset(&m, 0, sizeof m);
        if (!prepare(&m, progs[i])) { printf("program %d: unbalanced brackets\n", i); free(m.jump); continue; }
        printf("program %d output: ", i);
        if (i < 3) { run(&m, 0); free(m.jump); }
        else run(&m, 1);
    }
    printf("not reached\n");
    return 0;
}
