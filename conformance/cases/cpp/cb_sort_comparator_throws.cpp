// A comparator object whose operator() throws after a budget of comparisons:
// the exception propagates out of std::sort / std::stable_sort / std::set
// insertion, and the containers still hold a permutation of their elements.
#include <algorithm>
#include <iostream>
#include <numeric>
#include <set>
#include <stdexcept>
#include <vector>

struct BudgetExceeded : std::runtime_error {
    long used;
    explicit BudgetExceeded(long u) : std::runtime_error("comparison budget exceeded"), used(u) {}
};

struct BudgetedLess {
    long* counter;
    long budget;
    bool operator()(int a, int b) const {
        if (++*counter > budget) throw BudgetExceeded(*counter);
        return a < b;
    }
};

static std::vector<int> make_data(int n) {
    std::vector<int> v(n);
    unsigned x = 12345;
    for (int& e : v) {
        x = x * 1103515245u + 12345u;
        e = static_cast<int>((x >> 16) % 1000);
    }
    return v;
}

static long checksum(const std::vector<int>& v) {
    return std::accumulate(v.begin(), v.end(), 0L);
}

int main() {
    const std::vector<int> data = make_data(200);
    const long expect = checksum(data);
    std::cout << "checksum " << expect << "\n";

    for (long budget : {50L, 500L, 100000L}) {
        std::vector<int> v = data;
        long count = 0;
        try {
            std::sort(v.begin(), v.end(), BudgetedLess{&count, budget});
            std::cout << "sort budget " << budget << ": finished with " << count << " comparisons, sorted="
                      << std::is_sorted(v.begin(), v.end()) << "\n";
        } catch (const BudgetExceeded& e) {
            std::cout << "sort budget " << budget << ": " << e.what() << " at " << e.used
                      << ", permutation kept=" << (checksum(v) == expect) << "\n";
        }
    }

    {
        std::vector<int> v = data;
        long count = 0;
        try {
            std::stable_sort(v.begin(), v.end(), BudgetedLess{&count, 300});
        } catch (const BudgetExceeded& e) {
            // stable_sort merges through a temporary buffer; report whether the
            // elements survived (only the basic guarantee is promised)
            std::vector<int> a = v, b = data;
            std::sort(a.begin(), a.end());
            std::sort(b.begin(), b.end());
            std::cout << "stable_sort threw at " << e.used << ", same multiset=" << (a == b) << "\n";
        }
    }

    {
        long count = 0;
        std::set<int, BudgetedLess> s(BudgetedLess{&count, 400});
        int inserted = 0;
        try {
            for (int x : data) {
                s.insert(x);
                ++inserted;
            }
        } catch (const BudgetExceeded& e) {
            std::cout << "set insert threw after " << inserted << " inserts, size=" << s.size() << "\n";
        }
        // the set is still valid: iterate it in order
        bool ordered = std::is_sorted(s.begin(), s.end());
        std::cout << "set ordered=" << ordered << "\n";
    }

    {
        std::vector<int> v = data;
        long count = 0;
        try {
            std::nth_element(v.begin(), v.begin() + 100, v.end(), BudgetedLess{&count, 150});
        } catch (const BudgetExceeded& e) {
            std::cout << "nth_element threw at " << e.used << ", permutation kept=" << (checksum(v) == expect)
                      << "\n";
        }
        long c2 = 0;
        auto it = std::max_element(v.begin(), v.end(), BudgetedLess{&c2, 1000});
        std::cout << "max " << *it << " using " << c2 << " comparisons\n";
    }
    return 0;
}
