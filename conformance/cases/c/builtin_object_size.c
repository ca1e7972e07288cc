#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* __builtin_object_size (types 0..3) and __builtin_dynamic_object_size on
   expressions the compiler can see directly: arrays, members of structs
   (whole object vs closest subobject), offsets into arrays, string
   literals. A bounds-checked copy helper uses the sizes to refuse
   overflowing writes. Heap pointers are left out: at -O0 their size is
   unknown while -O2 resolves it, so only cases resolved identically at
   every optimisation level are printed. */

struct packet { char hdr[8]; int len; char body[20]; };

#define OS(p, t) ((long)__builtin_object_size(p, t))

static int checked_copy(char *dst, size_t dst_size, const char *src) {
    size_t n = strlen(src) + 1;
    if (dst_size != (size_t)-1 && n > dst_size) return -1;
    memcpy(dst, src, n);
    return (int)n;
}

#define SAFE_COPY(dst, src) checked_copy(dst, __builtin_object_size(dst, 1), src)

int main(void) {
    char buf[64] = {0};
    struct packet pk = {{0}, 0, {0}};
    printf("buf: %ld %ld %ld %ld\n", OS(buf, 0), OS(buf, 1), OS(buf, 2), OS(buf, 3));
    printf("buf+10: %ld %ld %ld %ld\n", OS(buf + 10, 0), OS(buf + 10, 1), OS(buf + 10, 2), OS(buf + 10, 3));
    printf("&buf[63]: %ld %ld\n", OS(&buf[63], 0), OS(&buf[63], 1));
    printf("pk.hdr: type0=%ld type1=%ld type2=%ld type3=%ld\n", OS(pk.hdr, 0), OS(pk.hdr, 1), OS(pk.hdr, 2), OS(pk.hdr, 3));
    printf("pk.body+5: type0=%ld type1=%ld\n", OS(pk.body + 5, 0), OS(pk.body + 5, 1));
    printf("&pk.len: type0=%ld type1=%ld\n", OS(&pk.len, 0), OS(&pk.len, 1));
    printf("&pk: %ld\n", OS(&pk, 0));
    printf("literal: %ld\n", OS("hello", 0));
    printf("dynamic buf+3: %ld\n", (long)__builtin_dynamic_object_size(buf + 3, 0));

    int r1 = SAFE_COPY(pk.hdr, "short");
    int r2 = SAFE_COPY(pk.hdr, "much too long for hdr");
    int r3 = SAFE_COPY(pk.body, "fits in the body");
    int r4 = SAFE_COPY(buf + 60, "abc");
    int r5 = SAFE_COPY(buf + 60, "abcd");
    printf("copies: %d %d %d %d %d hdr=%s body=%s\n", r1, r2, r3, r4, r5, pk.hdr, pk.body);
    return 0;
}
