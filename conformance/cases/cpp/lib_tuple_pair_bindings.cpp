// std::pair and std::tuple: make_tuple, tie, tuple_cat, get by index and type,
// comparisons, structured bindings over tuples, pairs, arrays and structs,
// std::apply, and returning multiple values.
#include <array>
#include <iostream>
#include <map>
#include <string>
#include <tuple>
#include <utility>

struct Point3 {
    int x, y, z;
};

static std::tuple<int, int, double> divmod_avg(int a, int b) {
    return {a / b, a % b, (a + b) / 2.0};
}

template <typename Tuple, std::size_t... I>
static void print_tuple_impl(const Tuple& t, std::index_sequence<I...>) {
    ((std::cout << (I == 0 ? "" : ", ") << std::get<I>(t)), ...);
}
template <typename... Ts>
static void print_tuple(const std::tuple<Ts...>& t) {
    std::cout << "(";
    print_tuple_impl(t, std::index_sequence_for<Ts...>{});
    std::cout << ")\n";
}

int main() {
    auto [q, r, avg] = divmod_avg(47, 5);
    std::cout << "q=" << q << " r=" << r << " avg=" << avg << "\n";

    std::pair<std::string, int> p = std::make_pair("answer", 42);
    auto& [name, value] = p;
    value += 1;
    std::cout << p.first << " " << p.second << "\n";

    int a = 0, b = 0;
    std::tie(a, std::ignore, b) = std::make_tuple(1, "skipped", 3);
    std::cout << "tie a=" << a << " b=" << b << "\n";

    auto t1 = std::make_tuple(1, 'c', std::string("str"));
    auto t2 = std::make_tuple(2.5, true);
    auto cat = std::tuple_cat(t1, t2);
    std::cout << "tuple_cat size " << std::tuple_size<decltype(cat)>::value << ": ";
    print_tuple(cat);
    std::cout << "get<char> " << std::get<char>(t1) << " get<3> " << std::get<3>(cat) << "\n";

    std::cout << "tuple compare: " << (std::make_tuple(1, 2, 3) < std::make_tuple(1, 3, 0)) << " "
              << (std::make_tuple(2, std::string("a")) == std::make_tuple(2, std::string("a"))) << "\n";

    Point3 pt{3, -4, 12};
    auto [x, y, z] = pt;
    std::cout << "point norm^2 " << x * x + y * y + z * z << "\n";
    int arr[3] = {7, 8, 9};
    auto& [e0, e1, e2] = arr;
    e1 = 80;
    std::cout << "array " << arr[0] << " " << arr[1] << " " << e2 << "\n";

    std::map<std::string, std::pair<int, int>> ranges{{"a", {1, 5}}, {"b", {10, 20}}};
    int span_total = 0;
    for (const auto& [key, range] : ranges) {
        const auto& [lo, hi] = range;
        std::cout << key << ": " << lo << ".." << hi << "\n";
        span_total += hi - lo;
    }
    auto sum3 = [](int i, int j, int k) { return i + j + k; };
    int applied = std::apply(sum3, std::make_tuple(10, 20, 30));
    std::array<int, 2> ap{4, 6};
    int applied2 = std::apply([](int i, int j) { return i * j; }, ap);
    std::cout << "apply " << applied << " " << applied2 << " span_total " << span_total << "\n";
    auto pr = std::make_from_tuple<std::pair<int, double>>(std::make_tuple(5, 0.5));
    std::cout << "make_from_tuple " << pr.first << " " << pr.second << "\n";
    return (applied + applied2 + span_total) == 98 ? 0 : 1;  // self-check: the computed value is 98
}
