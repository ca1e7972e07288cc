// Template recursion and constexpr computation: factorial/fibonacci via
// class templates, compile-time primes, a compile-time string hash used as
// switch labels, recursive tuple printing, and a type-level list reverse.
#include <cstdint>
#include <iostream>
#include <string>
#include <tuple>
#include <type_traits>

template <unsigned N> struct Factorial { static constexpr unsigned long long value = N * Factorial<N - 1>::value; };
template <> struct Factorial<0> { static constexpr unsigned long long value = 1; };

template <unsigned N> struct Fib { static constexpr unsigned long value = Fib<N - 1>::value + Fib<N - 2>::value; };
template <> struct Fib<0> { static constexpr unsigned long value = 0; };
template <> struct Fib<1> { static constexpr unsigned long value = 1; };

constexpr bool is_prime(unsigned n, unsigned d = 2) {
    return n < 2 ? false : d * d > n ? true : n % d == 0 ? false : is_prime(n, d + 1);
}
template <unsigned N> struct PrimeCount {
    static constexpr unsigned value = PrimeCount<N - 1>::value + (is_prime(N) ? 1 : 0);
};
template <> struct PrimeCount<0> { static constexpr unsigned value = 0; };

constexpr std::uint32_t fnv1a(const char* s, std::uint32_t h = 2166136261u) {
    return *s ? fnv1a(s + 1, (h ^ static_cast<unsigned char>(*s)) * 16777619u) : h;
}

static int command_code(const std::string& cmd) {
    switch (fnv1a(cmd.c_str())) {
    case fnv1a("start"): return 1;
    case fnv1a("stop"): return 2;
    case fnv1a("pause"): return 3;
    default: return 0;
    }
}

template <std::size_t I = 0, typename... Ts>
void print_rec(const std::tuple<Ts...>& t) {
    if constexpr (I < sizeof...(Ts)) {
        std::cout << (I ? " | " : "") << std::get<I>(t);
        print_rec<I + 1>(t);
    } else {
        std::cout << "\n";
    }
}

template <typename... Ts> struct List {};
template <typename L, typename Acc = List<>> struct Reverse;
template <typename... Acc> struct Reverse<List<>, List<Acc...>> { using type = List<Acc...>; };
template <typename H, typename... T, typename... Acc>
struct Reverse<List<H, T...>, List<Acc...>> : Reverse<List<T...>, List<H, Acc...>> {};

template <int N>
constexpr int digits_sum() {
    if constexpr (N < 10) return N;
    else return N % 10 + digits_sum<N / 10>();
}

int main() {
    static_assert(Factorial<10>::value == 3628800ULL, "factorial");
    std::cout << "20! = " << Factorial<20>::value << "\n";
    std::cout << "fib(50) = " << Fib<50>::value << "\n";
    std::cout << "primes <= 300: " << PrimeCount<300>::value << "\n";
    std::cout << "is_prime(97)=" << is_prime(97) << " is_prime(91)=" << is_prime(91) << "\n";
    for (const char* c : {"start", "pause", "stop", "jump"}) std::cout << c << " -> " << command_code(c) << "\n";
    std::cout << "hash(\"hello\") = " << fnv1a("hello") << "\n";
    print_rec(std::make_tuple(1, "two", 3.0, 'f'));
    using R = Reverse<List<int, char, double>>::type;
    std::cout << "reverse correct: " << std::is_same_v<R, List<double, char, int>> << "\n";
    constexpr int ds = digits_sum<987654>();
    std::cout << "digit sum 987654 = " << ds << "\n";
    return (static_cast<int>(PrimeCount<300>::value)) == 62 ? 0 : 1;  // self-check: the computed value is 62
}
