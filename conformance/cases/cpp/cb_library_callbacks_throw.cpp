// Program callbacks invoked by library templates throw through them:
// std::for_each, std::transform, std::visit, std::function, std::map with a
// throwing comparator and std::unordered_map with a throwing hash.
#include <algorithm>
#include <functional>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

struct Stop {
    int at;
};

struct PickyHash {
    std::size_t operator()(const std::string& s) const {
        if (s.empty()) throw std::invalid_argument("empty key cannot be hashed");
        std::size_t h = 0;
        for (char c : s) h = h * 31 + static_cast<unsigned char>(c);
        return h;
    }
};

struct PickyLess {
    bool operator()(int a, int b) const {
        if (a == 13 || b == 13) throw std::domain_error("unlucky key");
        return a < b;
    }
};

int main() {
    std::vector<int> v{1, 2, 3, 4, 5, 6};
    int visited = 0;
    try {
        std::for_each(v.begin(), v.end(), [&](int x) {
            if (x == 4) throw Stop{x};
            ++visited;
        });
    } catch (const Stop& s) {
        std::cout << "for_each stopped at " << s.at << " after " << visited << "\n";
    }

    std::vector<int> out(v.size(), 0);
    try {
        std::transform(v.begin(), v.end(), out.begin(), [](int x) {
            if (x > 3) throw std::runtime_error("transform limit");
            return x * 10;
        });
    } catch (const std::runtime_error& e) {
        std::cout << e.what() << ": out =";
        for (int o : out) std::cout << " " << o;
        std::cout << "\n";
    }

    using Val = std::variant<int, double, std::string>;
    std::vector<Val> vals{1, 2.5, std::string("boom"), 4};
    double acc = 0;
    for (auto& val : vals) {
        try {
            std::visit(
                [&](auto&& x) {
                    using T = std::decay_t<decltype(x)>;
                    if constexpr (std::is_same_v<T, std::string>) throw std::invalid_argument("string: " + x);
                    else acc += x;
                },
                val);
        } catch (const std::invalid_argument& e) {
            std::cout << "visit threw " << e.what() << "\n";
        }
    }
    std::cout << "acc " << acc << "\n";

    std::function<int(int)> f = [](int x) -> int {
        if (x < 0) throw std::out_of_range("negative");
        return x + 1;
    };
    std::function<int(int)> g = std::bind(f, std::placeholders::_1);
    int ok = 0;
    for (int x : {1, -1, 2}) {
        try {
            ok += g(x);
        } catch (const std::out_of_range& e) {
            std::cout << "std::function threw " << e.what() << "\n";
        }
    }
    std::cout << "ok " << ok << "\n";

    std::map<int, std::string, PickyLess> m;
    for (int k : {5, 1, 13, 9}) {
        try {
            m.emplace(k, "v" + std::to_string(k));
        } catch (const std::domain_error& e) {
            std::cout << "map emplace(" << k << ") threw " << e.what() << "\n";
        }
    }
    std::cout << "map:";
    for (auto& kv : m) std::cout << " " << kv.first << "=" << kv.second;
    std::cout << "\n";

    std::unordered_map<std::string, int, PickyHash> um;
    for (const char* k : {"a", "", "bb"}) {
        try {
            um[k] = static_cast<int>(std::string(k).size());
        } catch (const std::invalid_argument& e) {
            std::cout << "unordered_map threw " << e.what() << "\n";
        }
    }
    std::cout << "um size " << um.size() << " a=" << um.at("a") << " bb=" << um.at("bb") << "\n";
    return (static_cast<int>(m.size() + um.size())) == 5 ? 0 : 1;  // self-check: the computed value is 5
}
