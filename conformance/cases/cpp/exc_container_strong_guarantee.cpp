// Standard containers give the strong guarantee when an element's copy throws:
// vector::push_back reallocation, insert into map, and assignment leave the
// container unchanged.
#include <iostream>
#include <list>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

static int copies_until_failure = -1;

struct Fragile {
    int v;
    explicit Fragile(int x) : v(x) {}
    Fragile(const Fragile& o) : v(o.v) {
        if (copies_until_failure == 0) throw std::runtime_error("copy of " + std::to_string(o.v) + " failed");
        if (copies_until_failure > 0) --copies_until_failure;
    }
    Fragile& operator=(const Fragile& o) {
        Fragile tmp(o);
        v = tmp.v;
        return *this;
    }
    // no move constructor: copies are used on reallocation
};

template <typename C>
static void dump(const char* label, const C& c) {
    std::cout << label << " size=" << c.size() << ":";
    for (auto& f : c) std::cout << " " << f.v;
    std::cout << "\n";
}

int main() {
    std::vector<Fragile> v;
    v.reserve(4);
    for (int i = 1; i <= 4; ++i) v.push_back(Fragile(i * 10));
    dump("vector before", v);
    std::size_t cap = v.capacity();
    copies_until_failure = 2;  // the reallocation copies will fail part way
    try {
        v.push_back(Fragile(50));
    } catch (const std::exception& e) {
        std::cout << "push_back failed: " << e.what() << "\n";
    }
    copies_until_failure = -1;
    dump("vector after", v);
    std::cout << "capacity unchanged: " << (v.capacity() == cap) << "\n";

    std::list<Fragile> l;
    l.push_back(Fragile(1));
    l.push_back(Fragile(2));
    copies_until_failure = 0;
    try {
        l.insert(l.begin(), Fragile(0));
    } catch (const std::exception& e) {
        std::cout << "list insert failed: " << e.what() << "\n";
    }
    copies_until_failure = -1;
    dump("list after", l);

    std::map<int, Fragile> m;
    m.emplace(1, Fragile(100));
    copies_until_failure = 0;
    try {
        Fragile f(200);
        m.insert({2, f});
    } catch (const std::exception& e) {
        std::cout << "map insert failed: " << e.what() << "\n";
    }
    copies_until_failure = -1;
    std::cout << "map size " << m.size() << " has2=" << m.count(2) << "\n";

    std::vector<Fragile> src{Fragile(7), Fragile(8), Fragile(9)};
    std::vector<Fragile> dst{Fragile(1)};
    copies_until_failure = 1;
    try {
        dst = src;
    } catch (const std::exception& e) {
        std::cout << "assignment failed: " << e.what() << "\n";
    }
    copies_until_failure = -1;
    dump("dst after", dst);
    int sum = 0;
    for (auto& f : v) sum += f.v;
    std::cout << "sum " << sum << "\n";
    return 0;
}
