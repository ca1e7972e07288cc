// std::atomic<int>, <long>, <bool> and compare_exchange loops shared by
// several threads; final values do not depend on the interleaving.
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

static std::atomic<int> hits{0};
static std::atomic<long> weighted{0};
static std::atomic<long> maximum{0};
static std::atomic<bool> started{false};
static std::atomic<int> bitmask{0};

static void update_max(long v) {
    long cur = maximum.load();
    while (v > cur && !maximum.compare_exchange_weak(cur, v)) {
    }
}

int main() {
    std::printf("lock-free: int=%d long=%d bool=%d\n", (int)hits.is_lock_free(), (int)weighted.is_lock_free(),
                (int)started.is_lock_free());
    std::vector<std::thread> ts;
    for (int t = 0; t < 4; ++t)
        ts.emplace_back([t] {
            while (!started.load(std::memory_order_acquire)) std::this_thread::yield();
            for (int i = 1; i <= 1000; ++i) {
                hits.fetch_add(1, std::memory_order_relaxed);
                weighted += static_cast<long>(i) * (t + 1);
                update_max(static_cast<long>(i) * 37 % 1009 + t);
            }
            bitmask.fetch_or(1 << t);
        });
    started.store(true, std::memory_order_release);
    for (auto& t : ts) t.join();

    std::printf("hits=%d weighted=%ld max=%ld mask=%#x\n", hits.load(), weighted.load(), maximum.load(), bitmask.load());

    // single-threaded semantics of the other operations
    std::atomic<int> a{10};
    int old = a.exchange(20);
    int expected = 5;
    bool ok1 = a.compare_exchange_strong(expected, 30);  // fails, expected becomes 20
    bool ok2 = a.compare_exchange_strong(expected, 30);  // succeeds
    int before_sub = a.fetch_sub(4);
    int after_and = (a &= 0x1c);
    int after_xor = (a ^= 0xff);
    int pre_inc = ++a;
    int post_dec = a--;
    int final_value = a.load();
    std::printf("old=%d ok1=%d expected=%d ok2=%d before_sub=%d and=%d xor=%d pre++=%d post--=%d final=%d\n", old,
                ok1, expected, ok2, before_sub, after_and, after_xor, pre_inc, post_dec, final_value);
    std::atomic_flag flag = ATOMIC_FLAG_INIT;
    bool first = flag.test_and_set();
    bool second = flag.test_and_set();
    flag.clear();
    std::printf("flag: %d %d %d\n", first, second, flag.test_and_set());
    return (hits.load() % 256) == 160 ? 0 : 1;  // self-check: the computed value is 160
}
