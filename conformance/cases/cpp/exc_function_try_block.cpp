// Function-try-blocks: on a constructor they catch exceptions from member
// initialisers and always rethrow; on an ordinary function they can return a value.
#include <iostream>
#include <stdexcept>
#include <string>

struct Resource {
    int id;
    explicit Resource(int i) : id(i) {
        if (i < 0) throw std::invalid_argument("negative id " + std::to_string(i));
        std::cout << "  Resource " << id << " acquired\n";
    }
    ~Resource() { std::cout << "  Resource " << id << " released\n"; }
};

struct Holder {
    Resource a;
    Resource b;
    Holder(int x, int y) try : a(x), b(y) {
        std::cout << "  Holder body\n";
    } catch (const std::invalid_argument& e) {
        // members are already destroyed here; the exception is rethrown implicitly
        std::cout << "  Holder ctor handler: " << e.what() << "\n";
    }
    ~Holder() { std::cout << "  Holder dtor\n"; }
};

static int parse_or_default(const std::string& s) try {
    return std::stoi(s);
} catch (const std::invalid_argument&) {
    std::cout << "  parse_or_default: '" << s << "' invalid\n";
    return -1;
} catch (const std::out_of_range&) {
    std::cout << "  parse_or_default: '" << s << "' out of range\n";
    return -2;
}

static void translating() try {
    throw std::out_of_range("inner");
} catch (const std::exception& e) {
    throw std::runtime_error(std::string("translated(") + e.what() + ")");
}

int main(int argc, char** argv) {
    int sum = 0;
    for (int i = 1; i < argc; ++i) {
        int v = parse_or_default(argv[i]);
        std::cout << "arg" << i << " -> " << v << "\n";
        sum += v;
    }
    std::cout << "big -> " << parse_or_default("99999999999999999999") << "\n";

    int pairs[3][2] = {{1, 2}, {3, -4}, {-5, 6}};
    for (auto& p : pairs) {
        std::cout << "Holder(" << p[0] << "," << p[1] << ")\n";
        try {
            Holder h(p[0], p[1]);
        } catch (const std::exception& e) {
            std::cout << "  main caught rethrown: " << e.what() << "\n";
            sum += 10;
        }
    }
    try {
        translating();
    } catch (const std::runtime_error& e) {
        std::cout << "main: " << e.what() << "\n";
    }
    std::cout << "sum " << sum << "\n";
    return sum;  // -1 -1 42 +10 +10 = 60
}
