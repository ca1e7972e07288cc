// Lambdas with value/reference/init/this captures, mutable lambdas, generic
// lambdas, recursion through std::function, std::bind with placeholders and
// member functions, std::function stored in containers, std::invoke, std::ref.
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

struct Accumulator {
    int total = 0;
    int add(int x) { return total += x; }
    auto adder() { return [this](int x) { return add(x); }; }
    auto snapshot() const { return [*this] { return total; }; }  // copy of *this
};

static int apply_twice(const std::function<int(int)>& f, int x) { return f(f(x)); }
static int power(int base, int exp) { int r = 1; while (exp--) r *= base; return r; }

int main() {
    int base = 10;
    auto by_value = [base](int x) { return base + x; };
    auto by_ref = [&base](int x) { return base + x; };
    base = 100;
    std::cout << "value capture " << by_value(1) << ", reference capture " << by_ref(1) << "\n";

    auto counter = [n = 0]() mutable { return ++n; };
    counter();
    counter();
    std::cout << "mutable counter " << counter() << "\n";

    auto owner = [p = std::make_unique<int>(77)] { return *p; };  // move-only capture
    std::cout << "unique_ptr capture " << owner() << "\n";

    auto generic = [](auto a, auto b) { return a + b; };
    std::cout << "generic " << generic(2, 3) << " " << generic(std::string("ab"), std::string("cd")) << " "
              << generic(1.5, 2) << "\n";

    std::function<long(int)> fact = [&fact](int n) -> long { return n <= 1 ? 1 : n * fact(n - 1); };
    std::cout << "fact(12) " << fact(12) << "\n";

    std::cout << "apply_twice " << apply_twice([](int x) { return x * 3; }, 5) << "\n";

    using namespace std::placeholders;
    auto square = std::bind(power, _1, 2);
    auto two_to = std::bind(power, 2, _1);
    auto swapped = std::bind(power, _2, _1);
    std::cout << "bind: " << square(9) << " " << two_to(10) << " " << swapped(3, 2) << "\n";

    Accumulator acc;
    auto bound_member = std::bind(&Accumulator::add, &acc, _1);
    bound_member(5);
    auto add_fn = acc.adder();
    add_fn(7);
    auto snap = acc.snapshot();
    acc.add(100);
    std::cout << "accumulator " << acc.total << ", snapshot " << snap() << "\n";
    std::cout << "invoke member " << std::invoke(&Accumulator::add, acc, 1) << ", invoke data "
              << std::invoke(&Accumulator::total, acc) << "\n";

    std::map<std::string, std::function<double(double, double)>> ops{
        {"add", std::plus<double>()},
        {"sub", [](double a, double b) { return a - b; }},
        {"mul", std::bind(std::multiplies<double>(), _1, _2)},
        {"div", [](double a, double b) { return b == 0 ? 0.0 : a / b; }},
    };
    for (auto& [name, op] : ops) std::cout << name << "(7,2)=" << op(7, 2) << " ";
    std::cout << "\n";

    std::vector<std::function<int()>> thunks;
    for (int i = 0; i < 4; ++i) thunks.push_back([i] { return i * i; });
    int s = 0;
    for (auto& t : thunks) s += t();
    int x = 1;
    auto inc = [](int& v) { ++v; };
    auto bound_ref = std::bind(inc, std::ref(x));
    bound_ref();
    bound_ref();
    std::cout << "thunk sum " << s << ", x after bound ref increments " << x << "\n";
    std::function<int(int)> empty;
    std::cout << "empty function is " << (empty ? "set" : "empty") << "\n";
    return (s + x) == 17 ? 0 : 1;  // self-check: the computed value is 17
}
