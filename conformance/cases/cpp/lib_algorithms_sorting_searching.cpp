// <algorithm> sorting and searching: sort, stable_sort (stability shown),
// partial_sort, lower_bound/upper_bound/binary_search/equal_range,
// merge, includes, set_union/intersection/difference, min/max/minmax_element.
#include <algorithm>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

struct Person {
    std::string name;
    int age;
};

template <typename C>
static void show(const char* label, const C& c) {
    std::cout << label << ":";
    for (auto& x : c) std::cout << " " << x;
    std::cout << "\n";
}

int main() {
    std::vector<int> v{42, 7, 19, 3, 88, 7, 56, 21, 3, 64};
    std::vector<int> s = v;
    std::sort(s.begin(), s.end());
    show("sorted", s);
    std::sort(s.begin(), s.end(), std::greater<int>());
    show("descending", s);

    std::vector<Person> people{{"ann", 30}, {"bob", 25}, {"cat", 30}, {"dan", 25}, {"eve", 35}, {"fay", 25}};
    std::stable_sort(people.begin(), people.end(), [](const Person& a, const Person& b) { return a.age < b.age; });
    std::cout << "stable by age:";
    for (auto& p : people) std::cout << " " << p.name << "(" << p.age << ")";
    std::cout << "\n";

    std::vector<int> ps = v;
    std::partial_sort(ps.begin(), ps.begin() + 4, ps.end());
    std::cout << "partial_sort smallest 4:";
    for (int i = 0; i < 4; ++i) std::cout << " " << ps[i];
    std::cout << "\n";

    std::sort(s.begin(), s.end());
    auto lb = std::lower_bound(s.begin(), s.end(), 7);
    auto ub = std::upper_bound(s.begin(), s.end(), 7);
    std::cout << "lower_bound(7) at " << (lb - s.begin()) << ", upper_bound(7) at " << (ub - s.begin()) << "\n";
    auto eq = std::equal_range(s.begin(), s.end(), 3);
    std::cout << "equal_range(3) count " << (eq.second - eq.first) << ", binary_search(50) "
              << std::binary_search(s.begin(), s.end(), 50) << ", binary_search(56) "
              << std::binary_search(s.begin(), s.end(), 56) << "\n";
    auto insert_at = std::lower_bound(s.begin(), s.end(), 20);
    s.insert(insert_at, 20);
    show("with 20 inserted", s);

    std::vector<int> a{1, 3, 5, 7, 9}, b{2, 3, 4, 5, 10};
    std::vector<int> merged, uni, inter, diff, sym;
    std::merge(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(merged));
    std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(uni));
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(inter));
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(diff));
    std::set_symmetric_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(sym));
    show("merge", merged);
    show("union", uni);
    show("intersection", inter);
    show("difference", diff);
    show("symmetric", sym);
    std::cout << "includes {3,5}: " << std::includes(a.begin(), a.end(), inter.begin(), inter.end()) << "\n";

    auto [mn, mx] = std::minmax_element(v.begin(), v.end());
    std::cout << "min " << *mn << " at " << (mn - v.begin()) << ", max " << *mx << " at " << (mx - v.begin()) << "\n";
    std::cout << "clamp: " << std::clamp(150, 0, 100) << " " << std::clamp(-5, 0, 100) << "\n";
    auto found = std::find_if(v.begin(), v.end(), [](int x) { return x > 50; });
    std::cout << "first > 50: " << *found << ", count 7: " << std::count(v.begin(), v.end(), 7)
              << ", all positive: " << std::all_of(v.begin(), v.end(), [](int x) { return x > 0; }) << "\n";
    return (static_cast<int>(uni.size() * 10 + inter.size())) == 82 ? 0 : 1;  // self-check: the computed value is 82
}
