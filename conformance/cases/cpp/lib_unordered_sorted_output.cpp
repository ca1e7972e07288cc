// std::unordered_map / unordered_set / unordered_multimap: counting, lookup,
// erase, rehash and bucket invariants. Iteration order is unspecified, so
// everything printed is sorted first.
#include <algorithm>
#include <iostream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

int main() {
    const std::string text =
        "it was the best of times it was the worst of times it was the age of wisdom it was the age of foolishness";
    std::unordered_map<std::string, int> freq;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        ++freq[text.substr(start, end - start)];
        start = end + 1;
    }
    std::vector<std::pair<std::string, int>> items(freq.begin(), freq.end());
    std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    for (auto& [w, n] : items) std::cout << w << " " << n << "\n";
    std::cout << "distinct " << freq.size() << " contains 'age': " << freq.count("age")
              << " contains 'youth': " << freq.count("youth") << "\n";

    freq.erase("it");
    freq.rehash(64);
    std::cout << "after erase+rehash size " << freq.size() << " buckets>=64: " << (freq.bucket_count() >= 64)
              << " load<=max: " << (freq.load_factor() <= freq.max_load_factor()) << "\n";
    // every element is in the bucket its hash says
    bool buckets_ok = true;
    for (auto& kv : freq) buckets_ok = buckets_ok && freq.bucket(kv.first) < freq.bucket_count();
    std::cout << "bucket check " << buckets_ok << "\n";

    std::unordered_set<int> seen;
    std::vector<int> dups;
    for (int x : {4, 8, 15, 16, 23, 42, 8, 4, 99, 15}) {
        if (!seen.insert(x).second) dups.push_back(x);
    }
    std::sort(dups.begin(), dups.end());
    std::vector<int> uniq(seen.begin(), seen.end());
    std::sort(uniq.begin(), uniq.end());
    std::cout << "dups:";
    for (int d : dups) std::cout << " " << d;
    std::cout << "\nunique:";
    for (int u : uniq) std::cout << " " << u;
    std::cout << "\n";

    std::unordered_multimap<int, std::string> mm{{1, "a"}, {2, "b"}, {1, "c"}, {1, "d"}};
    auto range = mm.equal_range(1);
    std::vector<std::string> ones;
    for (auto i = range.first; i != range.second; ++i) ones.push_back(i->second);
    std::sort(ones.begin(), ones.end());
    std::cout << "key 1 ->";
    for (auto& s : ones) std::cout << " " << s;
    std::cout << "\n";
    return (static_cast<int>(items.front().second * 10 + dups.size())) == 43 ? 0 : 1;  // self-check: the computed value is 43
}
