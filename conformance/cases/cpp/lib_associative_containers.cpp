// std::map, multimap, set, multiset: ordered iteration, lower/upper_bound,
// equal_range, insert vs emplace vs operator[], erase by key and iterator,
// node extraction and merge (C++17), and custom ordering.
#include <cctype>
#include <functional>
#include <iostream>
#include <map>
#include <set>
#include <string>

int main() {
    std::map<std::string, int> stock{{"pear", 4}, {"apple", 10}, {"fig", 0}};
    stock["kiwi"] += 7;
    auto [it, inserted] = stock.insert({"apple", 99});
    std::cout << "insert apple: inserted=" << inserted << " value=" << it->second << "\n";
    auto r = stock.insert_or_assign("fig", 3);
    std::cout << "insert_or_assign fig: inserted=" << r.second << "\n";
    stock.try_emplace("grape", 12);
    stock.try_emplace("pear", 100);  // no effect
    for (auto& [k, v] : stock) std::cout << k << "=" << v << " ";
    std::cout << "\n";
    auto lb = stock.lower_bound("g"), ub = stock.upper_bound("kiwi");
    std::cout << "from g to kiwi:";
    for (auto i = lb; i != ub; ++i) std::cout << " " << i->first;
    std::cout << "\n";
    std::cout << "erase(fig)=" << stock.erase("fig") << " erase(none)=" << stock.erase("none") << "\n";

    std::multimap<int, std::string> by_len;
    for (auto& kv : stock) by_len.emplace(static_cast<int>(kv.first.size()), kv.first);
    by_len.emplace(4, "plum");
    auto range = by_len.equal_range(4);
    std::cout << "length 4:";
    for (auto i = range.first; i != range.second; ++i) std::cout << " " << i->second;
    std::cout << " (count " << by_len.count(4) << ")\n";

    std::set<int, std::greater<int>> desc{5, 1, 9, 3, 7, 3};
    std::cout << "desc set:";
    for (int x : desc) std::cout << " " << x;
    std::cout << " size " << desc.size() << "\n";
    std::multiset<char> letters;
    for (char c : std::string("mississippi")) letters.insert(c);
    std::cout << "s count " << letters.count('s') << ", distinct:";
    for (auto i = letters.begin(); i != letters.end(); i = letters.upper_bound(*i)) std::cout << " " << *i;
    std::cout << "\n";

    // node handles: move an element between maps without copying
    std::map<int, std::string> a{{1, "one"}, {2, "two"}, {3, "three"}};
    std::map<int, std::string> b{{3, "drei"}, {4, "vier"}};
    auto node = a.extract(2);
    node.key() = 20;
    b.insert(std::move(node));
    b.merge(a);  // moves 1; 3 stays in a because b already has it
    std::cout << "a:";
    for (auto& kv : a) std::cout << " " << kv.first << ":" << kv.second;
    std::cout << "\nb:";
    for (auto& kv : b) std::cout << " " << kv.first << ":" << kv.second;
    std::cout << "\n";

    // map with case-insensitive comparator
    struct CaseLess {
        bool operator()(const std::string& x, const std::string& y) const {
            for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
                int cx = std::tolower(static_cast<unsigned char>(x[i])), cy = std::tolower(static_cast<unsigned char>(y[i]));
                if (cx != cy) return cx < cy;
            }
            return x.size() < y.size();
        }
    };
    std::map<std::string, int, CaseLess> ci;
    for (const char* w : {"Zeta", "alpha", "ALPHA", "beta", "Alpha", "zeta"}) ci[w]++;
    for (auto& kv : ci) std::cout << kv.first << "x" << kv.second << " ";
    std::cout << "\n";
    int total = 0;
    for (auto& kv : stock) total += kv.second;
    return (total) == 33 ? 0 : 1;  // self-check: the computed value is 33
}
