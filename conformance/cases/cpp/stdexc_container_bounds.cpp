// Bounds-checked accessors in the standard library throw std::out_of_range;
// messages come from libstdc++ (identical natively and interpreted).
#include <array>
#include <bitset>
#include <deque>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

static int failures = 0;

template <typename F>
static void probe(const char* label, F f) {
    try {
        auto r = f();
        std::cout << label << " -> " << r << "\n";
    } catch (const std::out_of_range& e) {
        ++failures;
        std::cout << label << " -> out_of_range: " << e.what() << "\n";
    } catch (const std::exception& e) {
        std::cout << label << " -> other: " << e.what() << "\n";
    }
}

int main() {
    std::vector<int> v{1, 2, 3};
    std::map<std::string, int> m{{"one", 1}, {"two", 2}};
    std::unordered_map<int, std::string> um{{1, "uno"}};
    std::string s = "hello";
    std::deque<char> d{'a', 'b'};
    std::array<long, 4> a{{4, 5, 6, 7}};
    std::string_view sv = "view";
    std::bitset<8> bs(0x5a);
    const std::map<std::string, int>& cm = m;

    probe("vector.at(2)", [&] { return v.at(2); });
    probe("vector.at(10)", [&] { return v.at(10); });
    probe("map.at(two)", [&] { return m.at("two"); });
    probe("map.at(three)", [&] { return m.at("three"); });
    probe("const map.at(zero)", [&] { return cm.at("zero"); });
    probe("unordered_map.at(2)", [&] { return um.at(2); });
    probe("string.substr(1,3)", [&] { return s.substr(1, 3); });
    probe("string.substr(6)", [&] { return s.substr(6); });
    probe("string.at(5)", [&] { return s.at(5); });
    probe("string.erase(9)", [&] { std::string t = s; return t.erase(9); });
    probe("string.insert(7)", [&] { std::string t = s; return t.insert(7, "x"); });
    probe("string.compare(8)", [&] { return s.compare(8, 1, "h"); });
    probe("deque.at(1)", [&] { return d.at(1); });
    probe("deque.at(2)", [&] { return d.at(2); });
    probe("array.at(4)", [&] { return a.at(4); });
    probe("string_view.at(4)", [&] { return sv.at(4); });
    probe("string_view.substr(5)", [&] { return sv.substr(5); });
    probe("bitset.test(8)", [&] { return bs.test(8); });
    probe("bitset.set(9)", [&] { return bs.set(9).to_ulong(); });
    std::cout << "failures " << failures << "\n";
    return (failures) == 15 ? 0 : 1;  // self-check: the computed value is 15
}
