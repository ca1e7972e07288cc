// A large module for measuring load + validate + lower speed: many
// standard-library templates instantiated over several element types, the
// way a real C++ program (or jank's generated C++) fills a module with
// code. It also runs, so it is known to be well-formed: it prints one
// checksum line.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <functional>
#include <list>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <variant>
#include <vector>

namespace {

struct Point {
    int x, y;
    bool operator<(const Point &o) const { return x != o.x ? x < o.x : y < o.y; }
    bool operator==(const Point &o) const { return x == o.x && y == o.y; }
};

struct PointHash {
    size_t operator()(const Point &p) const { return std::hash<int>()(p.x * 31 + p.y); }
};

std::string name_of(int i) {
    std::ostringstream s;
    s << "item-" << i;
    return s.str();
}

template <class T> T make(int i);
template <> int make<int>(int i) { return i * 7 % 101; }
template <> double make<double>(int i) { return i * 0.25 - 3.0; }
template <> std::string make<std::string>(int i) { return name_of(i % 37); }
template <> Point make<Point>(int i) { return Point{i % 13, i % 7}; }
template <> long make<long>(int i) { return (long)i * 1000003L % 65537; }

template <class T> uint64_t digest(const T &v);
template <> uint64_t digest<int>(const int &v) { return (uint64_t)v; }
template <> uint64_t digest<long>(const long &v) { return (uint64_t)v; }
template <> uint64_t digest<double>(const double &v) { return (uint64_t)(int64_t)(v * 8); }
template <> uint64_t digest<std::string>(const std::string &v) { return std::hash<std::string>()(v); }
template <> uint64_t digest<Point>(const Point &v) { return (uint64_t)(v.x * 131 + v.y); }

template <class T> uint64_t exercise_sequences(int n) {
    std::vector<T> v;
    std::deque<T> d;
    std::list<T> l;
    for (int i = 0; i < n; i++) {
        v.push_back(make<T>(i));
        d.push_front(make<T>(i + 1));
        l.push_back(make<T>(n - i));
    }
    std::sort(v.begin(), v.end());
    std::stable_sort(d.begin(), d.end());
    l.sort();
    l.unique();
    v.erase(std::unique(v.begin(), v.end()), v.end());
    uint64_t h = 0;
    for (const T &x : v) h = h * 31 + digest(x);
    for (const T &x : d) h = h * 37 + digest(x);
    for (const T &x : l) h = h * 41 + digest(x);
    auto it = std::lower_bound(v.begin(), v.end(), make<T>(n / 2));
    h += (uint64_t)(it - v.begin());
    std::reverse(v.begin(), v.end());
    std::rotate(v.begin(), v.begin() + v.size() / 3, v.end());
    for (const T &x : v) h = h * 43 + digest(x);
    return h;
}

template <class T> uint64_t exercise_associative(int n) {
    std::map<T, int> m;
    std::multimap<T, int> mm;
    std::set<T> s;
    for (int i = 0; i < n; i++) {
        m[make<T>(i)] += i;
        mm.emplace(make<T>(i * 3), i);
        s.insert(make<T>(i * 5));
    }
    uint64_t h = m.size() * 1000 + mm.size() * 10 + s.size();
    for (auto &kv : m) h = h * 31 + digest(kv.first) + (uint64_t)kv.second;
    for (auto it = mm.begin(); it != mm.end(); ++it) h ^= digest(it->first) + (uint64_t)it->second;
    for (const T &x : s) h = h * 7 + digest(x);
    auto r = mm.equal_range(make<T>(3));
    for (auto it = r.first; it != r.second; ++it) h += (uint64_t)it->second;
    s.erase(make<T>(5));
    m.erase(m.begin());
    return h + s.size() + m.size();
}

template <class T, class H = std::hash<T>> uint64_t exercise_hashed(int n) {
    std::unordered_map<T, int, H> m;
    std::unordered_set<T, H> s;
    for (int i = 0; i < n; i++) {
        m[make<T>(i)] += i;
        s.insert(make<T>(i * 2));
    }
    uint64_t h = 0;
    for (int i = 0; i < n; i++) {
        auto it = m.find(make<T>(i));
        if (it != m.end()) h += (uint64_t)it->second;
        h += s.count(make<T>(i));
    }
    return h;
}

template <class T> uint64_t exercise_functional(int n) {
    std::vector<std::function<T(int)>> fs;
    for (int k = 0; k < 4; k++) fs.push_back([k](int i) { return make<T>(i + k); });
    std::vector<std::unique_ptr<T>> owned;
    std::vector<std::shared_ptr<T>> shared;
    std::optional<T> best;
    uint64_t h = 0;
    for (int i = 0; i < n; i++) {
        T v = fs[i % fs.size()](i);
        owned.push_back(std::make_unique<T>(v));
        shared.push_back(std::make_shared<T>(v));
        if (!best || *best < v) best = v;
        h += digest(*owned.back()) + (uint64_t)shared.back().use_count();
    }
    return h + (best ? digest(*best) : 0);
}

using Value = std::variant<int, double, std::string, Point>;

uint64_t exercise_variant(int n) {
    std::vector<Value> vs;
    for (int i = 0; i < n; i++) {
        switch (i % 4) {
        case 0: vs.emplace_back(make<int>(i)); break;
        case 1: vs.emplace_back(make<double>(i)); break;
        case 2: vs.emplace_back(make<std::string>(i)); break;
        default: vs.emplace_back(make<Point>(i)); break;
        }
    }
    uint64_t h = 0;
    for (const Value &v : vs)
        h = h * 3 + std::visit([](const auto &x) { return digest(x); }, v);
    return h;
}

uint64_t exercise_text(int n) {
    std::string text;
    for (int i = 0; i < n; i++) text += name_of(i) + (i % 3 ? " " : ", ");
    std::regex word("item-([0-9]+)");
    uint64_t h = 0;
    for (std::sregex_iterator it(text.begin(), text.end(), word), end; it != end; ++it)
        h += std::stoul((*it)[1].str());
    std::string replaced = std::regex_replace(text, std::regex("-"), "_");
    std::istringstream in(replaced);
    std::string tok;
    while (in >> tok) h = h * 5 + tok.size();
    return h;
}

} // namespace

int main() {
    const int n = 300;
    uint64_t h = 0;
    h += exercise_sequences<int>(n) + exercise_sequences<double>(n) +
         exercise_sequences<std::string>(n) + exercise_sequences<Point>(n) +
         exercise_sequences<long>(n);
    h += exercise_associative<int>(n) + exercise_associative<double>(n) +
         exercise_associative<std::string>(n) + exercise_associative<Point>(n) +
         exercise_associative<long>(n);
    h += exercise_hashed<int>(n) + exercise_hashed<long>(n) + exercise_hashed<std::string>(n) +
         exercise_hashed<Point, PointHash>(n);
    h += exercise_functional<int>(n) + exercise_functional<double>(n) +
         exercise_functional<std::string>(n) + exercise_functional<long>(n);
    h += exercise_variant(n) + exercise_text(n);
    std::printf("checksum: %llu\n", (unsigned long long)h);
    return 0;
}
