// Compile-time dispatch: enable_if overloads, detection of members via
// void_t, if constexpr branching on traits, tag dispatch on iterator
// categories, and a generic to_string that handles containers, pairs,
// optionals, strings and arithmetic types recursively.
#include <iostream>
#include <iterator>
#include <list>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

template <typename T, typename = void> struct is_container : std::false_type {};
template <typename T>
struct is_container<T, std::void_t<decltype(std::declval<T>().begin()), decltype(std::declval<T>().end())>>
    : std::true_type {};
template <typename T> struct is_pair : std::false_type {};
template <typename A, typename B> struct is_pair<std::pair<A, B>> : std::true_type {};
template <typename T> struct is_optional : std::false_type {};
template <typename T> struct is_optional<std::optional<T>> : std::true_type {};

template <typename T>
std::string show(const T& v) {
    if constexpr (std::is_same_v<T, std::string>) return "\"" + v + "\"";
    else if constexpr (std::is_same_v<T, bool>) return v ? "true" : "false";
    else if constexpr (std::is_arithmetic_v<T>) {
        std::ostringstream os;
        os << v;
        return os.str();
    } else if constexpr (is_pair<T>::value) return show(v.first) + ": " + show(v.second);
    else if constexpr (is_optional<T>::value) return v ? "some(" + show(*v) + ")" : "none";
    else if constexpr (is_container<T>::value) {
        std::string out = "[";
        bool first = true;
        for (const auto& e : v) {
            if (!first) out += ", ";
            first = false;
            out += show(e);
        }
        return out + "]";
    } else return "?";
}

// enable_if selected overloads
template <typename T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
std::string kind(T) { return "integral(" + std::to_string(sizeof(T)) + ")"; }
template <typename T, std::enable_if_t<std::is_floating_point_v<T>, int> = 0>
std::string kind(T) { return "floating"; }
template <typename T, std::enable_if_t<!std::is_arithmetic_v<T>, int> = 0>
std::string kind(const T&) { return "other"; }

// detect a member function `size()`
template <typename T, typename = void> struct has_size : std::false_type {};
template <typename T> struct has_size<T, std::void_t<decltype(std::declval<const T&>().size())>> : std::true_type {};
struct Sized { std::size_t size() const { return 3; } };
struct Unsized {};
template <typename T>
long size_or(const T& t, long dflt) {
    if constexpr (has_size<T>::value) return static_cast<long>(t.size());
    else return dflt;
}

// tag dispatch on iterator category
template <typename It>
long distance_impl(It a, It b, std::random_access_iterator_tag) { return (b - a) * 1000; }  // marks O(1) path
template <typename It>
long distance_impl(It a, It b, std::input_iterator_tag) {
    long n = 0;
    for (; a != b; ++a) ++n;
    return n;
}
template <typename It>
long my_distance(It a, It b) { return distance_impl(a, b, typename std::iterator_traits<It>::iterator_category{}); }

int main() {
    std::vector<int> v{1, 2, 3};
    std::map<std::string, std::vector<double>> m{{"xs", {1.5, 2}}, {"ys", {}}};
    std::vector<std::optional<int>> opts{1, std::nullopt, 3};
    std::set<std::pair<int, bool>> sp{{2, true}, {1, false}};
    std::cout << show(v) << "\n" << show(m) << "\n" << show(opts) << "\n" << show(sp) << "\n";
    std::cout << show(std::string("str")) << " " << show(true) << " " << show(2.75) << " " << show(Unsized{}) << "\n";
    std::cout << kind(5) << " " << kind('c') << " " << kind(5LL) << " " << kind(2.0f) << " " << kind(std::string()) << "\n";
    std::cout << "size_or: " << size_or(Sized{}, -1) << " " << size_or(Unsized{}, -1) << " " << size_or(v, -1) << "\n";
    std::list<int> l{1, 2, 3, 4};
    long dv = my_distance(v.begin(), v.end()), dl = my_distance(l.begin(), l.end());
    std::cout << "distance vector " << dv << " (random access) list " << dl << " (input walk)\n";
    return (static_cast<int>(dv / 1000 + dl)) == 7 ? 0 : 1;  // self-check: the computed value is 7
}
