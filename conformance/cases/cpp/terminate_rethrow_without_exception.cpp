// `throw;` with no exception being handled calls std::terminate. The default
// terminate handler aborts (SIGABRT); stdout is flushed before that.
#include <cstdio>
#include <exception>
#include <iostream>
#include <string>

static std::string state = "init";

static void maybe_rethrow(bool handling) {
    if (handling) {
        try {
            throw;  // rethrows the exception currently handled by the caller
        } catch (const std::exception& e) {
            state += "|rethrown:" + std::string(e.what());
        }
    } else {
        std::cout << "rethrowing with nothing in flight" << std::endl;
        throw;
    }
}

int main() {
    try {
        throw std::runtime_error("first");
    } catch (...) {
        maybe_rethrow(true);
    }
    std::cout << "state: " << state << "\n";
    std::cout << "uncaught_exceptions=" << std::uncaught_exceptions() << std::flush << "\n";
    std::fflush(stdout);
    maybe_rethrow(false);
    std::cout << "unreachable\n";
    return 0;
}
