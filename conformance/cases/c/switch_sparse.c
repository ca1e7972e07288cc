#include <stdio.h>

/* Sparse switch values (compiled to binary search trees of compares). */

static int classify_port(int port) {
    switch (port) {
    case 21: return 1;
    case 22: return 2;
    case 25: return 3;
    case 53: return 4;
    case 80: return 5;
    case 110: return 6;
    case 143: return 7;
    case 443: return 8;
    case 993: return 9;
    case 3306: return 10;
    case 5432: return 11;
    case 6379: return 12;
    case 8080: return 13;
    case 27017: return 14;
    case -1: return -1;
    case 1000000: return 99;
    default: return 0;
    }
}

static const char *status_text(long code) {
    switch (code) {
    case 200L: return "OK";
    case 201L: return "Created";
    case 204L: return "No Content";
    case 301L: return "Moved";
    case 304L: return "Not Modified";
    case 400L: return "Bad Request";
    case 404L: return "Not Found";
    case 418L: return "Teapot";
    case 500L: return "Server Error";
    case 503L: return "Unavailable";
    case 10000000000L: return "Huge";
    default: return "Unknown";
    }
}

static unsigned char hash_switch(unsigned long long h) {
    switch (h) {
    case 0xCBF29CE484222325ull: return 'a';
    case 0x100000001B3ull: return 'b';
    case 0xFFFFFFFFFFFFFFFFull: return 'c';
    case 0x8000000000000000ull: return 'd';
    case 1: return 'e';
    default: return '-';
    }
}

int main(void) {
    int ports[] = {21, 22, 23, 25, 53, 79, 80, 110, 143, 443, 444, 993, 3306, 5432, 6379, 8080, 27017, -1, 1000000, 65535};
    int total = 0;
    for (int i = 0; i < 20; i++) {
        int c = classify_port(ports[i]);
        printf("port %d -> %d\n", ports[i], c);
        total += c;
    }
    long codes[] = {200, 201, 202, 204, 301, 304, 400, 404, 418, 500, 503, 10000000000L, 999};
    for (int i = 0; i < 13; i++) printf("%ld %s\n", codes[i], status_text(codes[i]));
    unsigned long long hs[] = {0xCBF29CE484222325ull, 0x100000001B3ull, ~0ull, 1ull << 63, 1, 2};
    for (int i = 0; i < 6; i++) putchar(hash_switch(hs[i]));
    putchar('\n');
    int hits = 0;
    for (int p = 0; p < 30000; p++) hits += classify_port(p) > 0;
    printf("known ports below 30000: %d\n", hits);
    return total % 128;
}
