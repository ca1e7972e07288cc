// Variadic templates: recursive and fold-expression sums, type-safe printf
// replacement, perfect forwarding into constructors, sizeof..., parameter
// pack expansion in initialisers, and a compile-time type list.
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

template <typename T>
T sum_rec(T v) { return v; }
template <typename T, typename... Rest>
T sum_rec(T first, Rest... rest) { return first + sum_rec(rest...); }

template <typename... Ts>
auto sum_fold(Ts... xs) { return (xs + ... + 0); }
template <typename... Ts>
bool all_positive(Ts... xs) { return ((xs > 0) && ...); }
template <typename... Ts>
void print_all(std::ostream& os, const Ts&... xs) {
    std::size_t i = 0;
    ((os << (i++ ? ", " : "") << xs), ...);
    os << "\n";
}

// "{}" placeholders filled in order; throws on mismatch
inline void format_impl(std::ostringstream& os, const char* fmt) {
    for (; *fmt; ++fmt) {
        if (fmt[0] == '{' && fmt[1] == '}') throw std::invalid_argument("too few arguments");
        os << *fmt;
    }
}
template <typename T, typename... Rest>
void format_impl(std::ostringstream& os, const char* fmt, const T& v, const Rest&... rest) {
    for (; *fmt; ++fmt) {
        if (fmt[0] == '{' && fmt[1] == '}') {
            os << v;
            format_impl(os, fmt + 2, rest...);
            return;
        }
        os << *fmt;
    }
    throw std::invalid_argument("too many arguments");
}
template <typename... Ts>
std::string format(const char* fmt, const Ts&... xs) {
    std::ostringstream os;
    format_impl(os, fmt, xs...);
    return os.str();
}

struct Widget {
    std::string name;
    int w, h;
    Widget(std::string n, int a, int b) : name(std::move(n)), w(a), h(b) {}
};
template <typename T, typename... Args>
std::vector<T> make_n(std::size_t n, Args&&... args) {
    std::vector<T> v;
    for (std::size_t i = 0; i < n; ++i) v.emplace_back(args...);
    return v;
}

template <typename... Ts> struct TypeList {
    static constexpr std::size_t size = sizeof...(Ts);
};
template <typename T, typename List> struct Contains;
template <typename T, typename... Ts>
struct Contains<T, TypeList<Ts...>> : std::bool_constant<(std::is_same_v<T, Ts> || ...)> {};

template <std::size_t... I>
constexpr int weighted(std::index_sequence<I...>) { return ((static_cast<int>(I) * static_cast<int>(I)) + ... + 0); }

int main() {
    std::cout << "sum_rec " << sum_rec(1, 2, 3, 4, 5) << " sum_fold " << sum_fold(1.5, 2, 3L) << " empty fold "
              << sum_fold() << "\n";
    std::cout << "all_positive " << all_positive(1, 2, 3) << " " << all_positive(1, -2, 3) << " " << all_positive()
              << "\n";
    print_all(std::cout, 1, "two", 3.5, 'c', std::string("five"));
    std::cout << format("{} + {} = {} ({})", 2, 3, 2 + 3, "ok") << "\n";
    try {
        format("{} and {}", 1);
    } catch (const std::invalid_argument& e) {
        std::cout << "format error: " << e.what() << "\n";
    }
    try {
        format("{}", 1, 2);
    } catch (const std::invalid_argument& e) {
        std::cout << "format error: " << e.what() << "\n";
    }
    auto ws = make_n<Widget>(3, "btn", 4, 5);
    std::cout << "made " << ws.size() << " widgets: " << ws[2].name << " " << ws[2].w * ws[2].h << "\n";
    using L = TypeList<int, double, std::string>;
    std::cout << "TypeList size " << L::size << " contains double " << Contains<double, L>::value << " contains char "
              << Contains<char, L>::value << "\n";
    constexpr int w = weighted(std::make_index_sequence<6>{});
    std::cout << "sum of squares 0..5 at compile time " << w << "\n";
    auto t = std::make_tuple(1, 2.5, std::string("x"));
    std::cout << "tuple size via sizeof... " << std::apply([](auto&... xs) { return sizeof...(xs); }, t) << "\n";
    return (sum_rec(1, 2, 3, 4, 5) + w) == 70 ? 0 : 1;  // self-check: the computed value is 70
}
