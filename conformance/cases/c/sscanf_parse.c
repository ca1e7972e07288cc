#include <stdio.h>
#include <string.h>

/* sscanf: several conversions per line, return counts, %n, scansets, field widths. */

struct rec { char name[16]; int age; double weight; char grade; unsigned id; };

int main(void) {
    const char *lines[] = {
        "alice 30 55.5 A 0x1f",
        "bob 45 80.25 B 255",
        "carol notanumber",
        "dave 22 61 C 017",
        "",
    };
    int total_age = 0;
    for (int i = 0; i < 5; i++) {
        struct rec r = {"", 0, 0, '?', 0};
        int n = sscanf(lines[i], "%15s %d %lf %c %i", r.name, &r.age, &r.weight, &r.grade, (int *)&r.id);
        printf("line %d: n=%d name=%s age=%d weight=%.2f grade=%c id=%u\n", i, n, r.name, r.age, r.weight, r.grade, r.id);
        if (n == 5) total_age += r.age;
    }
    int y, m, d, hh, mm;
    if (sscanf("2024-02-29T13:45", "%d-%d-%dT%d:%d", &y, &m, &d, &hh, &mm) == 5)
        printf("date %04d/%02d/%02d time %02d:%02d\n", y, m, d, hh, mm);
    char key[20], val[40];
    int consumed;
    const char *kv = "color = dark blue ; size=12";
    if (sscanf(kv, " %19[a-z] = %39[^;]%n", key, val, &consumed) == 2)
        printf("key='%s' val='%s' consumed=%d rest='%s'\n", key, val, consumed, kv + consumed);
    unsigned a, b, c, e;
    int k = sscanf("192.168.10.254", "%u.%u.%u.%u", &a, &b, &c, &e);
    printf("ip fields=%d value=%u\n", k, (a << 24) | (b << 16) | (c << 8) | e);
    int digits;
    char rest[16];
    k = sscanf("123456789", "%3d%5s", &digits, rest);
    printf("width-limited: %d %d '%s'\n", k, digits, rest);
    float f1, f2;
    k = sscanf("  -1.5e2,   +0.125", "%f , %f", &f1, &f2);
    printf("floats: %d %g %g\n", k, f1, f2);
    long lx;
    short sh;
    char ch;
    k = sscanf("ffff -1234 z", "%lx %hd %c", &lx, &sh, &ch);
    printf("lx=%ld sh=%d ch=%c k=%d\n", lx, sh, ch, k);
    int skipped;
    k = sscanf("10 20 30", "%*d %d %*d", &skipped);
    printf("assignment suppression: k=%d value=%d\n", k, skipped);
    int sum = 0, v, off = 0, used;
    const char *nums = "5 10 15 20 25 x 30";
    while (sscanf(nums + off, "%d%n", &v, &used) == 1) { sum += v; off += used; }
    printf("sum of leading ints=%d stopped at offset %d\n", sum, off);
    k = sscanf("", "%d", &v);
    printf("empty input returns EOF: %d\n", k == EOF);
    return total_age == 97 ? 0 : 1;
}
