#include <stdio.h>
#include <string.h>

/* snprintf truncation semantics, building strings incrementally, sprintf into arrays. */

struct row { const char *name; int qty; double price; };

int main(void) {
    char small[10];
    int need = snprintf(small, sizeof small, "%s-%d-%s", "truncated", 12345, "tail");
    printf("need=%d got='%s' len=%zu\n", need, small, strlen(small));
    need = snprintf(NULL, 0, "%d items at %.2f", 1000, 3.14159);
    printf("size query=%d\n", need);
    need = snprintf(small, 1, "abc");
    printf("size 1 -> need=%d empty=%d\n", need, small[0] == 0);
    struct row rows[] = {{"widget", 4, 2.5}, {"gadget with long name", 12, 19.99}, {"nut", 1000, 0.015}, {"bolt", 250, 0.1}};
    char table[512];
    size_t off = 0;
    off += (size_t)snprintf(table + off, sizeof table - off, "%-12s|%6s|%9s\n", "item", "qty", "total");
    double grand = 0;
    for (int i = 0; i < 4; i++) {
        double t = rows[i].qty * rows[i].price;
        grand += t;
        off += (size_t)snprintf(table + off, sizeof table - off, "%-12.12s|%6d|%9.2f\n", rows[i].name, rows[i].qty, t);
    }
    off += (size_t)snprintf(table + off, sizeof table - off, "%-12s|%6s|%9.2f", "TOTAL", "", grand);
    puts(table);
    printf("table length=%zu\n", off);
    char list[40];
    size_t pos = 0;
    int written = 0;
    for (int i = 1; i <= 20; i++) {
        int n = snprintf(list + pos, sizeof list - pos, "%s%d", i > 1 ? "," : "", i * i);
        if (n < 0 || (size_t)n >= sizeof list - pos) break;
        pos += (size_t)n;
        written++;
    }
    printf("fit %d squares: %s\n", written, list);
    char num[32];
    sprintf(num, "%08.3f|%+5d|%x", -3.5, 7, 48879);
    puts(num);
    char words[5][16];
    for (int i = 0; i < 5; i++) sprintf(words[i], "w%02d_%c", i * 7, 'a' + i);
    for (int i = 0; i < 5; i++) printf("%s ", words[i]);
    printf("\n");
    return 0;
}
