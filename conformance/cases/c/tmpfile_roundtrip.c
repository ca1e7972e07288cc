#include <stdio.h>
#include <string.h>
#include <stdint.h>

/* Write text and binary records to a tmpfile(), seek around, read them back and verify. */

struct rec { uint32_t id; double value; char name[12]; };

int main(void) {
    FILE *f = tmpfile();
    if (!f) { printf("tmpfile unavailable\n"); return 0; }
    for (int i = 0; i < 10; i++) fprintf(f, "line %d: %d squared is %d\n", i, i, i * i);
    long text_end = ftell(f);
    printf("text bytes written=%ld\n", text_end);
    struct rec recs[8];
    memset(recs, 0, sizeof recs);
    for (int i = 0; i < 8; i++) {
        recs[i].id = (uint32_t)(1000 + i);
        recs[i].value = i * 1.5 - 3;
        memset(recs[i].name, 0, sizeof recs[i].name);
        snprintf(recs[i].name, sizeof recs[i].name, "rec%d", i);
    }
    size_t wrote = fwrite(recs, sizeof recs[0], 8, f);
    printf("records written=%zu total size=%ld\n", wrote, ftell(f));
    rewind(f);
    char line[80];
    int lines = 0, sum = 0;
    while (ftell(f) < text_end && fgets(line, sizeof line, f)) {
        int a, b, c;
        if (sscanf(line, "line %d: %d squared is %d", &a, &b, &c) == 3) sum += c;
        lines++;
        if (lines <= 2) printf("read: %s", line);
    }
    printf("lines=%d sum of squares=%d\n", lines, sum);
    fseek(f, text_end + 5 * (long)sizeof(struct rec), SEEK_SET);
    struct rec r;
    size_t got = fread(&r, sizeof r, 1, f);
    printf("record 5 (got %zu): id=%u value=%g name=%s\n", got, r.id, r.value, r.name);
    fseek(f, -(long)sizeof(struct rec), SEEK_END);
    got = fread(&r, sizeof r, 1, f);
    printf("last record: id=%u value=%g name=%s\n", r.id, r.value, r.name);
    got = fread(&r, sizeof r, 1, f);
    printf("read past end: got=%zu eof=%d\n", got, feof(f) != 0);
    clearerr(f);
    fseek(f, 0, SEEK_SET);
    int c, count = 0, newlines = 0;
    while ((c = fgetc(f)) != EOF && count < text_end) { count++; newlines += c == '\n'; }
    printf("chars=%d newlines=%d\n", count, newlines);
    fseek(f, 5, SEEK_SET);
    fputc('#', f);
    fseek(f, 0, SEEK_SET);
    if (fgets(line, sizeof line, f)) printf("patched first line: %s", line);
    fclose(f);
    return 0;
}
