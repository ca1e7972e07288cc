// Move-only types (unique_ptr members, deleted copy) in containers and
// algorithms: vector growth relocates by move, std::sort/partition of
// move-only elements, std::map of move-only values, returning move-only
// values from functions, and std::move_iterator.
#include <algorithm>
#include <cstdio>
#include <iterator>
#include <map>
#include <memory>
#include <string>
#include <vector>

class Job {
    std::unique_ptr<std::string> name_;
    int prio_;
public:
    Job(std::string n, int p) : name_(std::make_unique<std::string>(std::move(n))), prio_(p) {}
    Job(Job&&) noexcept = default;
    Job& operator=(Job&&) noexcept = default;
    Job(const Job&) = delete;
    Job& operator=(const Job&) = delete;
    const std::string& name() const { return *name_; }
    int prio() const { return prio_; }
    bool valid() const { return name_ != nullptr; }
};

static Job make_job(int i) { return Job("job" + std::to_string(i), (i * 7) % 10); }

static std::vector<Job> take_high(std::vector<Job>& jobs, int threshold) {
    auto mid = std::stable_partition(jobs.begin(), jobs.end(), [&](const Job& j) { return j.prio() < threshold; });
    std::vector<Job> high(std::make_move_iterator(mid), std::make_move_iterator(jobs.end()));
    jobs.erase(mid, jobs.end());
    return high;
}

int main() {
    std::vector<Job> jobs;
    for (int i = 0; i < 12; ++i) jobs.push_back(make_job(i));  // growth relocates by move
    std::sort(jobs.begin(), jobs.end(), [](const Job& a, const Job& b) {
        return a.prio() != b.prio() ? a.prio() > b.prio() : a.name() < b.name();
    });
    std::printf("sorted:");
    for (auto& j : jobs) std::printf(" %s(%d)", j.name().c_str(), j.prio());
    std::printf("\n");

    auto high = take_high(jobs, 6);
    std::printf("high (%zu):", high.size());
    for (auto& j : high) std::printf(" %s", j.name().c_str());
    std::printf("\nremaining (%zu):", jobs.size());
    for (auto& j : jobs) std::printf(" %s", j.name().c_str());
    std::printf("\n");

    std::map<int, std::vector<Job>> by_prio;
    for (auto& j : jobs) by_prio[j.prio()].push_back(std::move(j));
    bool all_moved = std::none_of(jobs.begin(), jobs.end(), [](const Job& j) { return j.valid(); });
    std::printf("moved all into map: %d, buckets %zu\n", all_moved, by_prio.size());
    for (auto& [p, v] : by_prio) {
        std::printf("  prio %d:", p);
        for (auto& j : v) std::printf(" %s", j.name().c_str());
        std::printf("\n");
    }
    std::unique_ptr<int[]> arr = std::make_unique<int[]>(5);
    for (int i = 0; i < 5; ++i) arr[i] = i * i;
    std::unique_ptr<int[]> arr2 = std::move(arr);
    std::printf("array moved: source null %d, arr2[4]=%d\n", arr == nullptr, arr2[4]);
    std::vector<std::unique_ptr<int>> ptrs;
    for (int i = 5; i > 0; --i) ptrs.push_back(std::make_unique<int>(i));
    std::sort(ptrs.begin(), ptrs.end(), [](const auto& a, const auto& b) { return *a < *b; });
    int s = 0;
    for (auto& p : ptrs) s = s * 10 + *p;
    std::printf("sorted unique_ptrs as number %d\n", s);
    return (static_cast<int>(high.size())) == 5 ? 0 : 1;  // self-check: the computed value is 5
}
