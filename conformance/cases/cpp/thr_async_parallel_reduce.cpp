// std::async splits a reduction over chunks; futures are collected in order
// so the result and output are deterministic. Includes deferred tasks,
// wait_for on a ready future and shared_future fan-out.
#include <chrono>
#include <future>
#include <iostream>
#include <numeric>
#include <vector>

static long long chunk_sum_of_squares(const std::vector<int>& v, std::size_t lo, std::size_t hi) {
    long long s = 0;
    for (std::size_t i = lo; i < hi; ++i) s += static_cast<long long>(v[i]) * v[i];
    return s;
}

int main() {
    std::vector<int> data(20000);
    std::iota(data.begin(), data.end(), -5000);
    const std::size_t chunks = 6;
    std::vector<std::future<long long>> parts;
    for (std::size_t c = 0; c < chunks; ++c) {
        std::size_t lo = data.size() * c / chunks, hi = data.size() * (c + 1) / chunks;
        auto policy = c % 2 ? std::launch::deferred : std::launch::async;
        parts.push_back(std::async(policy, chunk_sum_of_squares, std::cref(data), lo, hi));
    }
    long long total = 0;
    for (std::size_t c = 0; c < chunks; ++c) {
        long long p = parts[c].get();
        std::cout << "chunk " << c << " = " << p << "\n";
        total += p;
    }
    long long check = chunk_sum_of_squares(data, 0, data.size());
    std::cout << "total " << total << " matches serial: " << (total == check) << "\n";

    std::promise<int> ready;
    std::shared_future<int> sf = ready.get_future().share();
    std::vector<std::future<int>> followers;
    for (int k = 1; k <= 3; ++k)
        followers.push_back(std::async(std::launch::async, [sf, k] { return sf.get() * k; }));
    ready.set_value(14);
    int fsum = 0;
    for (auto& f : followers) fsum += f.get();
    std::cout << "followers sum " << fsum << "\n";

    auto done = std::async(std::launch::async, [] { return 1; });
    done.wait();
    std::cout << "ready status: " << (done.wait_for(std::chrono::seconds(0)) == std::future_status::ready) << "\n";
    auto lazy = std::async(std::launch::deferred, [] { return 2; });
    std::cout << "deferred status: " << (lazy.wait_for(std::chrono::seconds(0)) == std::future_status::deferred)
              << " value " << lazy.get() << "\n";
    return fsum;  // 84
}
