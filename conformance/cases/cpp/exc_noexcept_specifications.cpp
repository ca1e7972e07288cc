// noexcept operator results, noexcept(false) destructors that may throw, and
// conditional noexcept on templates; move_if_noexcept choices.
#include <iostream>
#include <stdexcept>
#include <type_traits>
#include <utility>
#include <vector>

void may_throw() noexcept(false) { throw std::runtime_error("may_throw did"); }
void never_throws() noexcept {}
int plain(int x) { return x + 1; }

template <typename T>
void call_it(T& t) noexcept(noexcept(t())) { t(); }

struct SafeMove {
    SafeMove() = default;
    SafeMove(const SafeMove&) { std::cout << "    SafeMove copy\n"; }
    SafeMove(SafeMove&&) noexcept { std::cout << "    SafeMove move\n"; }
};
struct RiskyMove {
    RiskyMove() = default;
    RiskyMove(const RiskyMove&) { std::cout << "    RiskyMove copy\n"; }
    RiskyMove(RiskyMove&&) noexcept(false) { std::cout << "    RiskyMove move\n"; }
};

struct ThrowingDtor {
    int v;
    explicit ThrowingDtor(int x) : v(x) {}
    ~ThrowingDtor() noexcept(false) {
        std::cout << "  ~ThrowingDtor(" << v << "), uncaught=" << std::uncaught_exceptions() << "\n";
        if (std::uncaught_exceptions() == 0) throw std::logic_error("thrown from destructor");
    }
};

struct Thrower { void operator()() { throw 1; } };
struct Quiet { void operator()() noexcept {} };

int main() {
    std::cout << std::boolalpha;
    std::cout << "noexcept(may_throw())=" << noexcept(may_throw()) << "\n";
    std::cout << "noexcept(never_throws())=" << noexcept(never_throws()) << "\n";
    std::cout << "noexcept(plain(1))=" << noexcept(plain(1)) << "\n";
    std::cout << "noexcept(1+2)=" << noexcept(1 + 2) << "\n";
    Thrower t; Quiet q;
    std::cout << "call_it(Thrower) noexcept=" << noexcept(call_it(t)) << "\n";
    std::cout << "call_it(Quiet) noexcept=" << noexcept(call_it(q)) << "\n";
    std::cout << "is_nothrow_move SafeMove=" << std::is_nothrow_move_constructible<SafeMove>::value
              << " RiskyMove=" << std::is_nothrow_move_constructible<RiskyMove>::value << "\n";
    std::cout << "dtor nothrow ThrowingDtor=" << std::is_nothrow_destructible<ThrowingDtor>::value << "\n";

    std::cout << "vector<SafeMove> growth:\n";
    std::vector<SafeMove> sv;
    sv.reserve(1);
    sv.emplace_back();
    sv.emplace_back();  // reallocation moves
    std::cout << "vector<RiskyMove> growth:\n";
    std::vector<RiskyMove> rv;
    rv.reserve(1);
    rv.emplace_back();
    rv.emplace_back();  // reallocation copies (strong guarantee)

    int caught = 0;
    try {
        may_throw();
    } catch (const std::exception& e) {
        std::cout << "caught: " << e.what() << "\n";
        ++caught;
    }
    try {
        ThrowingDtor d(1);
    } catch (const std::logic_error& e) {
        std::cout << "caught from dtor: " << e.what() << "\n";
        ++caught;
    }
    try {
        ThrowingDtor d(2);  // during unwinding it must not throw
        throw std::runtime_error("primary");
    } catch (const std::exception& e) {
        std::cout << "caught primary: " << e.what() << "\n";
        ++caught;
    }
    try {
        call_it(t);
    } catch (int v) {
        std::cout << "call_it threw " << v << "\n";
        ++caught;
    }
    std::cout << "caught " << caught << "\n";
    return 0;
}
