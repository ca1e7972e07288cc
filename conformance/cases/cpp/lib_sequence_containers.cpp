// std::vector, std::list, std::deque and std::forward_list: insertion,
// erasure, splicing, sorting, merging, iterator stability, resize and
// emplace; erase-remove idiom.
#include <algorithm>
#include <deque>
#include <forward_list>
#include <iostream>
#include <list>
#include <string>
#include <vector>

template <typename C>
static void show(const char* name, const C& c) {
    std::cout << name << ":";
    for (const auto& x : c) std::cout << " " << x;
    std::cout << "\n";
}

int main() {
    std::vector<int> v{5, 3, 8, 1, 9, 2};
    v.insert(v.begin() + 2, 42);
    v.erase(v.begin());
    v.emplace_back(7);
    v.erase(std::remove_if(v.begin(), v.end(), [](int x) { return x % 2 == 0; }), v.end());
    show("vector odd", v);
    v.resize(8, -1);
    show("vector resized", v);
    std::vector<std::vector<int>> grid(3, std::vector<int>(4));
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 4; ++c) grid[r][c] = r * 4 + c;
    int diag = grid[0][0] + grid[1][1] + grid[2][2];
    std::cout << "grid diag " << diag << " back " << grid.back().back() << "\n";

    std::list<std::string> l{"delta", "alpha", "charlie"};
    auto it = std::find(l.begin(), l.end(), "alpha");
    l.push_front("echo");
    l.push_back("bravo");
    std::cout << "iterator still valid: " << *it << "\n";
    l.sort();
    show("list sorted", l);
    std::list<std::string> other{"aardvark", "zulu"};
    l.merge(other);
    show("list merged", l);
    std::list<std::string> moved{"X", "Y"};
    l.splice(std::next(l.begin()), moved);
    show("list spliced", l);
    std::cout << "moved now empty: " << moved.empty() << "\n";
    l.remove_if([](const std::string& s) { return s.size() == 1; });
    l.reverse();
    show("list reversed", l);
    std::list<int> dups{1, 1, 2, 2, 2, 3, 1, 1};
    dups.unique();
    show("list unique", dups);

    std::deque<int> d;
    for (int i = 0; i < 5; ++i) {
        d.push_back(i);
        d.push_front(-i);
    }
    show("deque", d);
    d.pop_front();
    d.pop_back();
    d.insert(d.begin() + d.size() / 2, 100);
    show("deque edited", d);
    std::cout << "deque front " << d.front() << " back " << d.back() << " [3] " << d[3] << "\n";

    std::forward_list<int> fl{4, 1, 3};
    fl.push_front(2);
    fl.insert_after(fl.begin(), 10);
    fl.sort();
    show("forward_list", fl);
    int sum = 0;
    for (int x : v) sum += x;
    for (int x : d) sum += x;
    std::cout << "sum " << sum << "\n";
    return (sum) == 116 ? 0 : 1;  // self-check: the computed value is 116
}
