#include <stdio.h>

/* Designated initialisers for arrays and structs, nested, with ranges-by-repetition and overrides. */

enum color { RED, GREEN, BLUE, YELLOW, NCOLORS };

static const char *color_names[NCOLORS] = {[BLUE] = "blue", [RED] = "red", [YELLOW] = "yellow", [GREEN] = "green"};

struct rect { int x, y, w, h; };
struct widget {
    const char *id;
    struct rect bounds;
    enum color fg, bg;
    int tabs[4];
    struct { unsigned visible : 1, enabled : 1; } state;
    double weight;
};

static struct widget widgets[] = {
    [2] = {.id = "ok", .bounds = {.x = 10, .y = 20, .w = 80, .h = 24}, .fg = BLUE, .state = {.visible = 1}},
    [0] = {.id = "title", .bounds.w = 300, .bounds.h = 40, .tabs = {[3] = 12, [1] = 4}, .weight = 2.5},
    {.id = "cancel", .bg = YELLOW, .state.enabled = 1, .state.visible = 1, .tabs[0] = 7},
    [4] = {"raw", {1, 2, 3, 4}, RED, GREEN, {5, 6, 7, 8}, {1, 1}, 0.125},
};

static int sparse[20] = {[0] = 1, [5] = 5, [10] = 10, [15] = 15, [19] = 19, [5] = 55};
static const int prime_flags[32] = {[2] = 1, [3] = 1, [5] = 1, [7] = 1, [11] = 1, [13] = 1, [17] = 1, [19] = 1,
                                    [23] = 1, [29] = 1, [31] = 1};
static char charmap[128] = {['a'] = 'A', ['b'] = 'B', ['z'] = 'Z', ['0'] = '#'};

int main(void) {
    int nw = (int)(sizeof widgets / sizeof widgets[0]);
    printf("widgets: %d\n", nw);
    for (int i = 0; i < nw; i++) {
        struct widget *w = &widgets[i];
        printf("[%d] id=%-6s rect=(%d,%d,%d,%d) fg=%s bg=%s tabs=%d,%d,%d,%d vis=%u en=%u weight=%g\n", i,
               w->id ? w->id : "(null)", w->bounds.x, w->bounds.y, w->bounds.w, w->bounds.h, color_names[w->fg],
               color_names[w->bg], w->tabs[0], w->tabs[1], w->tabs[2], w->tabs[3], w->state.visible, w->state.enabled,
               w->weight);
    }
    int s = 0;
    for (int i = 0; i < 20; i++) s += sparse[i] * (i + 1);
    printf("sparse weighted=%d\n", s);
    printf("primes < 32:");
    for (int i = 0; i < 32; i++) if (prime_flags[i]) printf(" %d", i);
    printf("\n");
    const char *in = "a0bzy";
    for (const char *p = in; *p; p++) putchar(charmap[(int)*p] ? charmap[(int)*p] : '?');
    putchar('\n');
    struct rect r = {.w = 5, .h = 6};
    struct rect r3 = {.y = 3, 4, 5}; /* y=3, w=4, h=5 */
    printf("r=(%d,%d,%d,%d) r3=(%d,%d,%d,%d)\n", r.x, r.y, r.w, r.h, r3.x, r3.y, r3.w, r3.h);
    int compound_sum = 0;
    for (int i = 0; i < 3; i++) {
        struct rect c = (struct rect){.x = i, .w = i * 2, .h = 3};
        compound_sum += c.x + c.y + c.w * c.h;
    }
    printf("compound literal sum=%d\n", compound_sum);
    return 0;
}
