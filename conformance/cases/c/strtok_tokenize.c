#include <stdio.h>
#include <string.h>
#include <stdlib.h>

/* strtok / strtok_r tokenising, including nested tokenising of key=value lists. */

int main(void) {
    char line[] = "  alpha, beta;gamma ,, delta;;epsilon  ";
    int n = 0;
    for (char *t = strtok(line, " ,;"); t; t = strtok(NULL, " ,;")) printf("token %d: '%s'\n", n++, t);
    char cfg[] = "width=640;height=480;title=demo app;depth=24;;scale=1.5";
    char *save1;
    long area = 1;
    double scale = 0;
    for (char *kv = strtok_r(cfg, ";", &save1); kv; kv = strtok_r(NULL, ";", &save1)) {
        char *save2;
        char *key = strtok_r(kv, "=", &save2);
        char *val = strtok_r(NULL, "=", &save2);
        printf("key=%-7s val=%s\n", key, val ? val : "(none)");
        if (!val) continue;
        if (strcmp(key, "width") == 0 || strcmp(key, "height") == 0) area *= atol(val);
        if (strcmp(key, "scale") == 0) scale = atof(val);
    }
    printf("area=%ld scaled=%.1f\n", area, area * scale);
    char csv[] = "10 20 30\n40 50 60\n70 80 90\n";
    char *rs;
    int r = 0, total = 0;
    for (char *row = strtok_r(csv, "\n", &rs); row; row = strtok_r(NULL, "\n", &rs), r++) {
        char *cs;
        int c = 0;
        for (char *cell = strtok_r(row, " ", &cs); cell; cell = strtok_r(NULL, " ", &cs), c++) {
            int v = atoi(cell);
            total += v * (r == c);
        }
    }
    printf("trace=%d\n", total);
    char path[] = "/usr//local/./lib/../share/doc/";
    char *parts[16];
    int np = 0;
    for (char *seg = strtok(path, "/"); seg; seg = strtok(NULL, "/")) {
        if (strcmp(seg, ".") == 0) continue;
        if (strcmp(seg, "..") == 0) { if (np) np--; continue; }
        parts[np++] = seg;
    }
    printf("normalised: ");
    for (int i = 0; i < np; i++) printf("/%s", parts[i]);
    printf("\n");
    char empty[] = ";;;";
    printf("only delimiters -> %s\n", strtok(empty, ";") ? "token" : "NULL");
    return 0;
}
