// If the initialiser of a function-local static throws, the variable is not
// initialised and the next call tries again; the exception reaches the caller.
#include <iostream>
#include <stdexcept>
#include <string>

static int attempts = 0;

struct Connection {
    std::string endpoint;
    explicit Connection(int attempt) : endpoint("db://replica" + std::to_string(attempt)) {
        std::cout << "  connecting (attempt " << attempt << ")\n";
        if (attempt < 3) throw std::runtime_error("connection refused on attempt " + std::to_string(attempt));
        std::cout << "  connected to " << endpoint << "\n";
    }
    ~Connection() { std::cout << "closing " << endpoint << "\n"; }
};

static Connection& connection() {
    static Connection c(++attempts);
    return c;
}

static int& lazily_computed(bool fail) {
    static int value = fail ? throw std::logic_error("cannot compute yet") : 1234;
    return value;
}

int main() {
    for (int i = 0; i < 5; ++i) {
        try {
            Connection& c = connection();
            std::cout << "call " << i << ": using " << c.endpoint << "\n";
        } catch (const std::runtime_error& e) {
            std::cout << "call " << i << ": failed: " << e.what() << "\n";
        }
    }
    int v = 0;
    for (bool fail : {true, true, false, true}) {
        try {
            v = lazily_computed(fail);
            std::cout << "lazily_computed(fail=" << fail << ") = " << v << "\n";
        } catch (const std::logic_error& e) {
            std::cout << "lazily_computed(fail=" << fail << ") threw: " << e.what() << "\n";
        }
    }
    return (attempts) == 3 ? 0 : 1;  // self-check: the computed value is 3
}
