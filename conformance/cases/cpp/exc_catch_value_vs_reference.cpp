// Catching by value slices and copies; catching by reference keeps the dynamic
// type and lets the handler modify the in-flight exception before rethrowing.
#include <cstdio>
#include <iostream>
#include <string>

struct Base {
    int code;
    std::string note;
    explicit Base(int c) : code(c), note("base") {}
    virtual ~Base() = default;
    virtual std::string kind() const { return "Base"; }
};

struct Derived : Base {
    int extra;
    Derived(int c, int e) : Base(c), extra(e) { note = "derived"; }
    std::string kind() const override { return "Derived"; }
};

static int thrower(int which) {
    switch (which) {
    case 0: throw Base(10);
    case 1: throw Derived(20, 7);
    case 2: throw 42;
    default: return which * 3;
    }
}

static void by_value(int which) {
    try {
        thrower(which);
    } catch (Base b) {  // slices Derived into Base
        std::cout << "by_value: kind=" << b.kind() << " code=" << b.code
                  << " note=" << b.note << "\n";
    } catch (int i) {
        std::cout << "by_value: int " << i << "\n";
    }
}

static void by_ref(int which) {
    try {
        thrower(which);
    } catch (Base& b) {
        std::cout << "by_ref: kind=" << b.kind() << " code=" << b.code
                  << " note=" << b.note << "\n";
    } catch (const int& i) {
        std::cout << "by_ref: int " << i << "\n";
    }
}

static int modify_and_rethrow() {
    try {
        try {
            thrower(1);
        } catch (Base& b) {
            b.code += 100;      // modifies the exception object itself
            b.note += "+seen";
            throw;              // rethrows the same (modified) object
        }
    } catch (Derived& d) {
        std::cout << "outer: Derived code=" << d.code << " extra=" << d.extra
                  << " note=" << d.note << "\n";
        return d.code;
    }
    return -1;
}

static int modify_copy_and_rethrow() {
    try {
        try {
            thrower(1);
        } catch (Base b) {
            b.code += 100;      // modifies only the local copy
            throw;              // rethrows the original Derived
        }
    } catch (Derived& d) {
        std::cout << "outer(copy): Derived code=" << d.code << "\n";
        return d.code;
    }
    return -1;
}

int main() {
    for (int i = 0; i < 3; ++i) {
        by_value(i);
        by_ref(i);
    }
    int a = modify_and_rethrow();
    int b = modify_copy_and_rethrow();
    std::printf("results %d %d no-throw=%d\n", a, b, thrower(5));
    return 0;
}
