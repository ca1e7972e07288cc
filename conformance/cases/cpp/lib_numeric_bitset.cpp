// <numeric> (gcd, lcm, iota, accumulate, reduce, transform_reduce,
// inclusive/exclusive_scan) and <bitset> (bit operations, shifts, count,
// to_string/to_ulong, construction from strings), plus <cmath> helpers.
#include <bitset>
#include <cmath>
#include <cstdint>
#include <iostream>
#include <iterator>
#include <numeric>
#include <vector>

int main() {
    std::cout << "gcd(84,36)=" << std::gcd(84, 36) << " lcm(4,6)=" << std::lcm(4, 6)
              << " gcd(0,9)=" << std::gcd(0, 9) << " lcm(21,6)=" << std::lcm(21L, 6L) << "\n";
    std::vector<int> v(10);
    std::iota(v.begin(), v.end(), 1);
    std::cout << "reduce " << std::reduce(v.begin(), v.end()) << " reduce*init " << std::reduce(v.begin(), v.end(), 100)
              << " transform_reduce(sq) "
              << std::transform_reduce(v.begin(), v.end(), 0L, std::plus<long>(), [](int x) { return 1L * x * x; })
              << " dot " << std::transform_reduce(v.begin(), v.end(), v.rbegin(), 0) << "\n";
    std::vector<int> inc, exc;
    std::inclusive_scan(v.begin(), v.end(), std::back_inserter(inc));
    std::exclusive_scan(v.begin(), v.end(), std::back_inserter(exc), 0);
    std::cout << "inclusive_scan:";
    for (int x : inc) std::cout << " " << x;
    std::cout << "\nexclusive_scan:";
    for (int x : exc) std::cout << " " << x;
    std::cout << "\n";

    std::bitset<16> a(0xF0F0), b(std::string("0000111100110011"));
    std::cout << "a=" << a << " b=" << b << "\n";
    std::cout << "a&b=" << (a & b) << " a|b=" << (a | b) << " a^b=" << (a ^ b) << " ~a=" << ~a << "\n";
    std::cout << "a<<3=" << (a << 3) << " b>>5=" << (b >> 5) << "\n";
    std::cout << "count a=" << a.count() << " b=" << b.count() << " any=" << a.any() << " none=" << (a & ~a).none()
              << " all=" << std::bitset<4>("1111").all() << "\n";
    std::bitset<16> c = b;
    c.flip(0).set(15).reset(1);
    std::cout << "c=" << c << " to_ulong=" << c.to_ulong() << " test(15)=" << c.test(15) << " c[4]=" << c[4] << "\n";
    std::cout << "to_string custom: " << std::bitset<8>(0xA5).to_string('.', '#') << "\n";

    // sieve with a bitset
    std::bitset<200> composite;
    composite[0] = composite[1] = true;
    for (int i = 2; i * i < 200; ++i)
        if (!composite[i])
            for (int j = i * i; j < 200; j += i) composite[j] = true;
    std::cout << "primes below 200: " << (200 - composite.count()) << "\n";

    std::cout << "cmath: hypot(3,4)=" << std::hypot(3.0, 4.0) << " cbrt(27)=" << std::cbrt(27.0)
              << " fmod(7.5,2)=" << std::fmod(7.5, 2.0) << " round(-2.5)=" << std::round(-2.5)
              << " trunc(-2.7)=" << std::trunc(-2.7) << " copysign(3,-0.0)=" << std::copysign(3.0, -0.0)
              << " isnan(nan)=" << std::isnan(std::nan("")) << "\n";
    std::uint32_t x = 0x80000001u;
    std::cout << "popcount via bitset " << std::bitset<32>(x).count() << "\n";
    return (static_cast<int>(200 - composite.count())) == 46 ? 0 : 1;  // self-check: the computed value is 46
}
