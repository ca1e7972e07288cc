// When a constructor throws, already-constructed members and bases are
// destroyed in reverse order, but the destructor of the object itself is not run.
// A new-expression whose constructor throws releases the memory.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <new>
#include <stdexcept>

static int live = 0;
static int allocs = 0, frees = 0;

struct Part {
    const char* name;
    Part(const char* n, bool fail) : name(n) {
        if (fail) {
            std::cout << "  Part " << name << " ctor throws\n";
            throw std::runtime_error(name);
        }
        ++live;
        std::cout << "  Part " << name << " ctor\n";
    }
    ~Part() { --live; std::cout << "  Part " << name << " dtor\n"; }
};

struct BaseA {
    BaseA() { ++live; std::cout << "  BaseA ctor\n"; }
    ~BaseA() { --live; std::cout << "  BaseA dtor\n"; }
};

struct Widget : BaseA {
    Part first;
    Part second;
    Part third;
    explicit Widget(int failing)
        : first("first", failing == 1), second("second", failing == 2), third("third", failing == 3) {
        std::cout << "  Widget body\n";
        if (failing == 4) throw std::runtime_error("body");
    }
    ~Widget() { std::cout << "  Widget dtor (only for complete objects)\n"; }
    static void* operator new(std::size_t n) {
        ++allocs;
        return std::malloc(n);
    }
    static void operator delete(void* p) {
        ++frees;
        std::free(p);
    }
};

int main() {
    for (int f = 0; f <= 4; ++f) {
        std::cout << "stack widget, failing=" << f << "\n";
        try {
            Widget w(f);
            std::cout << "  constructed ok, live=" << live << "\n";
        } catch (const std::runtime_error& e) {
            std::cout << "  caught " << e.what() << ", live=" << live << "\n";
        }
    }
    for (int f = 2; f <= 4; f += 2) {
        std::cout << "heap widget, failing=" << f << "\n";
        try {
            Widget* w = new Widget(f);
            delete w;
        } catch (const std::runtime_error& e) {
            std::cout << "  caught " << e.what() << ", live=" << live << "\n";
        }
    }
    std::printf("allocs=%d frees=%d live=%d\n", allocs, frees, live);
    return allocs == frees && live == 0 ? 0 : 1;
}
