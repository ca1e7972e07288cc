// Handler selection walks catch clauses in order; the first one whose type
// matches (exactly, or as an unambiguous public base) wins.
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

struct AppError : std::runtime_error {
    explicit AppError(const std::string& m) : std::runtime_error("app: " + m) {}
};
struct NetError : AppError {
    int port;
    NetError(const std::string& m, int p) : AppError("net: " + m), port(p) {}
};
struct TimeoutError : NetError {
    int ms;
    TimeoutError(int p, int t) : NetError("timeout", p), ms(t) {}
};
struct DiskError : AppError {
    explicit DiskError(const std::string& m) : AppError("disk: " + m) {}
};

static void raise(int k) {
    switch (k) {
    case 0: throw TimeoutError(8080, 250);
    case 1: throw NetError("refused", 443);
    case 2: throw DiskError("full");
    case 3: throw AppError("generic");
    case 4: throw std::logic_error("logic");
    case 5: throw std::out_of_range("range");
    case 6: throw std::string("a string");
    default: break;
    }
}

static std::string classify(int k) {
    try {
        raise(k);
        return "none";
    } catch (const TimeoutError& e) {
        return "TimeoutError port=" + std::to_string(e.port) + " ms=" + std::to_string(e.ms) + " what=" + e.what();
    } catch (const NetError& e) {
        return "NetError port=" + std::to_string(e.port) + " what=" + e.what();
    } catch (const AppError& e) {
        return std::string("AppError what=") + e.what();
    } catch (const std::runtime_error& e) {
        return std::string("runtime_error what=") + e.what();
    } catch (const std::exception& e) {
        return std::string("exception what=") + e.what();
    } catch (...) {
        return "unknown";
    }
}

// Base handler first: it shadows the derived one.
static std::string shadowed(int k) {
    try {
        raise(k);
    } catch (const std::exception& e) {
        return std::string("first(std::exception): ") + e.what();
    } catch (const TimeoutError&) {
        return "never reached";
    } catch (...) {
        return "ellipsis";
    }
    return "none";
}

int main() {
    int total = 0;
    for (int k = 0; k <= 7; ++k) {
        std::string c = classify(k);
        std::cout << k << ": " << c << "\n";
        total += static_cast<int>(c.size());
    }
    for (int k = 0; k <= 7; ++k) std::cout << "shadow " << k << ": " << shadowed(k) << "\n";
    std::cout << "total length " << total << "\n";
    return 0;
}
