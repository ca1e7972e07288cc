// An exception that no handler catches calls std::terminate, which aborts
// (SIGABRT). Output written before that is flushed explicitly. Whether the
// stack is unwound before terminate is implementation-defined, so the
// destructor below prints nothing to stdout.
#include <cstdio>
#include <iostream>
#include <stdexcept>

struct Quiet {
    ~Quiet() { std::fputs("Quiet destructor (may not run)\n", stderr); }
};

static int compute(int n) {
    int s = 0;
    for (int i = 1; i <= n; ++i) s += i * i;
    return s;
}

static void fail_deep(int level) {
    Quiet q;
    if (level == 0) throw std::runtime_error("nobody catches this");
    fail_deep(level - 1);
}

int main() {
    std::cout << "sum of squares to 10: " << compute(10) << "\n";
    try {
        throw 5;
    } catch (int v) {
        std::cout << "caught an earlier exception: " << v << "\n";
    }
    std::cout << "about to throw an uncaught exception" << std::endl;
    std::fflush(stdout);
    fail_deep(3);
    std::cout << "never printed\n";
    return 0;
}
