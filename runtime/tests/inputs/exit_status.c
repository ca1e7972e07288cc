#include <stdlib.h>
#include <stdio.h>
static void deeper(int n) { if (n == 0) { printf("exiting\n"); exit(42); } deeper(n - 1); }
int main(void) { deeper(5); return 0; }
