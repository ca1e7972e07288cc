// Throwing out of a noexcept function calls std::terminate even though an
// outer handler exists: the handler below is never reached. A terminate
// handler installed with std::set_terminate prints (to stdout, flushed) and aborts.
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <stdexcept>

static int progress = 0;

[[noreturn]] static void on_terminate() {
    std::printf("terminate handler: progress=%d, exception active=%d\n", progress,
                std::current_exception() != nullptr);
    std::fflush(stdout);
    std::abort();
}

static void throws_inside(int n) {
    if (n > 2) throw std::logic_error("escaped a noexcept function");
    progress += n;
}

static void promised_not_to_throw(int n) noexcept {
    throws_inside(n);
}

int main() {
    std::set_terminate(on_terminate);
    for (int i = 0; i < 3; ++i) {
        promised_not_to_throw(i);
        std::cout << "step " << i << " progress " << progress << "\n";
    }
    std::cout << std::flush;
    try {
        promised_not_to_throw(5);
    } catch (...) {
        std::cout << "outer handler (must not be reached)\n";
    }
    std::cout << "not reached\n";
    return 0;
}
