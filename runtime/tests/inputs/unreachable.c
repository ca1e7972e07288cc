#include <stdio.h>
static int classify(int x) {
    switch (x) {
    case 1: return 10;
    case 2: return 20;
    default: __builtin_unreachable();
    }
}
int main(int argc, char **argv) {
    printf("before the trap\n");
    return classify(argc + 5);
}
