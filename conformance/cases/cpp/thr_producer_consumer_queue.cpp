// A bounded blocking queue built on mutex + two condition variables. Two
// producers push tagged items, two consumers pop them; after joining, the
// consumed items are sorted and summarised so output is order-independent.
#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

template <typename T>
class BoundedQueue {
    std::mutex m_;
    std::condition_variable not_full_, not_empty_;
    std::deque<T> q_;
    std::size_t cap_;
    bool closed_ = false;
public:
    explicit BoundedQueue(std::size_t cap) : cap_(cap) {}
    void push(T v) {
        std::unique_lock<std::mutex> lk(m_);
        not_full_.wait(lk, [&] { return q_.size() < cap_; });
        q_.push_back(std::move(v));
        not_empty_.notify_one();
    }
    std::optional<T> pop() {
        std::unique_lock<std::mutex> lk(m_);
        not_empty_.wait(lk, [&] { return !q_.empty() || closed_; });
        if (q_.empty()) return std::nullopt;
        T v = std::move(q_.front());
        q_.pop_front();
        not_full_.notify_one();
        return v;
    }
    void close() {
        std::lock_guard<std::mutex> lk(m_);
        closed_ = true;
        not_empty_.notify_all();
    }
};

int main() {
    BoundedQueue<int> q(4);
    const int per_producer = 300;
    std::vector<std::thread> producers, consumers;
    for (int p = 0; p < 2; ++p)
        producers.emplace_back([p, &q] {
            for (int i = 0; i < per_producer; ++i) q.push(p * 10000 + i);
        });
    std::vector<std::vector<int>> got(2);
    for (int c = 0; c < 2; ++c)
        consumers.emplace_back([c, &q, &got] {
            while (auto v = q.pop()) got[c].push_back(*v);
        });
    for (auto& t : producers) t.join();
    q.close();
    for (auto& t : consumers) t.join();

    std::vector<int> all;
    for (auto& g : got) {
        // each consumer sees each producer's items in increasing order
        for (int p = 0; p < 2; ++p) {
            int last = -1;
            for (int v : g)
                if (v / 10000 == p) {
                    if (v <= last) std::printf("order violation!\n");
                    last = v;
                }
        }
        all.insert(all.end(), g.begin(), g.end());
    }
    std::sort(all.begin(), all.end());
    bool complete = all.size() == 2 * per_producer;
    for (int p = 0; p < 2 && complete; ++p)
        for (int i = 0; i < per_producer; ++i) complete = complete && all[p * per_producer + i] == p * 10000 + i;
    long sum = 0;
    for (int v : all) sum += v;
    std::printf("consumed %zu items, complete=%d, sum=%ld\n", all.size(), complete, sum);
    return complete ? 0 : 1;
}
