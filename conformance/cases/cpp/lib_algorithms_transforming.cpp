// <algorithm> mutating/partitioning: partition, stable_partition,
// nth_element, unique, next/prev_permutation, rotate, reverse, transform,
// accumulate, inner_product, adjacent_difference, partial_sum, iota,
// remove_copy_if, replace, fill_n, generate with a stateful lambda.
#include <algorithm>
#include <iostream>
#include <iterator>
#include <numeric>
#include <string>
#include <vector>

template <typename C>
static void show(const char* label, const C& c) {
    std::cout << label << ":";
    for (auto& x : c) std::cout << " " << x;
    std::cout << "\n";
}

int main() {
    std::vector<int> v(12);
    std::iota(v.begin(), v.end(), 1);
    auto mid = std::stable_partition(v.begin(), v.end(), [](int x) { return x % 3 == 0; });
    show("stable_partition %3", v);
    std::cout << "partition point " << (mid - v.begin()) << " is_partitioned "
              << std::is_partitioned(v.begin(), v.end(), [](int x) { return x % 3 == 0; }) << "\n";

    std::vector<int> w{9, 2, 7, 4, 5, 6, 3, 8, 1};
    auto pit = std::partition(w.begin(), w.end(), [](int x) { return x < 5; });
    std::vector<int> small(w.begin(), pit), large(pit, w.end());
    std::sort(small.begin(), small.end());
    std::sort(large.begin(), large.end());
    show("partition <5 (sorted)", small);
    show("partition >=5 (sorted)", large);

    std::vector<int> n{15, 3, 99, 42, 7, 64, 23, 8, 51};
    std::nth_element(n.begin(), n.begin() + 4, n.end());
    int median = n[4];
    bool left_ok = std::all_of(n.begin(), n.begin() + 4, [&](int x) { return x <= median; });
    bool right_ok = std::all_of(n.begin() + 5, n.end(), [&](int x) { return x >= median; });
    std::cout << "median " << median << " partitioned " << (left_ok && right_ok) << "\n";

    std::vector<int> d{1, 1, 2, 3, 3, 3, 4, 1, 1, 5};
    d.erase(std::unique(d.begin(), d.end()), d.end());
    show("unique", d);

    std::string perm = "abc";
    std::cout << "permutations:";
    do std::cout << " " << perm; while (std::next_permutation(perm.begin(), perm.end()));
    std::cout << "\n";
    std::string back = "cab";
    std::prev_permutation(back.begin(), back.end());
    std::cout << "prev_permutation(cab) = " << back << "\n";
    int count = 0;
    std::vector<int> p4{1, 2, 3, 4};
    do ++count; while (std::next_permutation(p4.begin(), p4.end()));
    std::cout << "4! = " << count << "\n";

    std::vector<int> r{1, 2, 3, 4, 5, 6};
    std::rotate(r.begin(), r.begin() + 2, r.end());
    show("rotate by 2", r);
    std::reverse(r.begin(), r.end());
    show("reversed", r);

    std::vector<int> sq;
    std::transform(r.begin(), r.end(), std::back_inserter(sq), [](int x) { return x * x; });
    show("squares", sq);
    std::vector<int> sums(r.size());
    std::transform(r.begin(), r.end(), sq.begin(), sums.begin(), std::plus<int>());
    show("x + x^2", sums);
    int acc = std::accumulate(sq.begin(), sq.end(), 0);
    long prod = std::accumulate(r.begin(), r.end(), 1L, std::multiplies<long>());
    int dot = std::inner_product(r.begin(), r.end(), sq.begin(), 0);
    std::cout << "accumulate " << acc << " product " << prod << " inner_product " << dot << "\n";
    std::vector<int> diffs, psum;
    std::adjacent_difference(sq.begin(), sq.end(), std::back_inserter(diffs));
    std::partial_sum(r.begin(), r.end(), std::back_inserter(psum));
    show("adjacent_difference", diffs);
    show("partial_sum", psum);

    std::vector<int> odds;
    std::remove_copy_if(sq.begin(), sq.end(), std::back_inserter(odds), [](int x) { return x % 2 == 0; });
    show("odd squares", odds);
    std::replace(r.begin(), r.end(), 4, 40);
    std::fill_n(r.begin(), 2, 0);
    show("replaced/filled", r);
    int state = 1;
    std::vector<int> gen(8);
    std::generate(gen.begin(), gen.end(), [&state] { return state *= 2; });
    show("generate", gen);
    std::string word = "Mississippi";
    auto cnt = std::count_if(word.begin(), word.end(), [](char c) { return c == 's' || c == 'S'; });
    std::cout << "s count " << cnt << "\n";
    return (median) == 23 ? 0 : 1;  // self-check: the computed value is 23
}
