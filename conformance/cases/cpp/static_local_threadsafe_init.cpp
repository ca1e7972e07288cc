// Several threads race to the first call of a function with a local static
// whose constructor is slow: the guard ensures exactly one construction and
// all threads see the fully constructed object.
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

static std::atomic<int> constructions{0};

struct Expensive {
    std::vector<long> table;
    Expensive() {
        constructions.fetch_add(1);
        for (int i = 0; i < 2000; ++i) table.push_back(static_cast<long>(i) * i % 9973);
        std::this_thread::yield();
    }
    ~Expensive() { std::printf("Expensive destroyed, size %zu\n", table.size()); }
    long sum() const {
        long s = 0;
        for (long v : table) s += v;
        return s;
    }
};

static const Expensive& instance() {
    static Expensive e;
    return e;
}

int main() {
    const int N = 8;
    std::vector<long> seen(N, 0);
    std::vector<std::thread> ts;
    std::atomic<bool> go{false};
    for (int i = 0; i < N; ++i)
        ts.emplace_back([i, &seen, &go] {
            while (!go.load()) std::this_thread::yield();
            seen[i] = instance().sum();
        });
    go.store(true);
    for (auto& t : ts) t.join();
    bool all_same = true;
    for (long s : seen) all_same = all_same && s == seen[0];
    std::printf("constructions=%d all threads saw sum %ld: %s\n", constructions.load(), seen[0],
                all_same ? "yes" : "no");
    return (constructions.load()) == 1 ? 0 : 1;  // self-check: the computed value is 1
}
