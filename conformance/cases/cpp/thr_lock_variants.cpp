// std::lock / std::scoped_lock for deadlock-free multi-mutex locking,
// try_lock, recursive_mutex, shared_mutex readers/writer, and unique_lock
// ownership transfer.
#include <cstdio>
#include <mutex>
#include <shared_mutex>
#include <thread>
#include <vector>

struct Account {
    std::mutex m;
    long balance;
    explicit Account(long b) : balance(b) {}
};

static void transfer(Account& from, Account& to, long amt) {
    std::scoped_lock lk(from.m, to.m);  // locks both without deadlock
    from.balance -= amt;
    to.balance += amt;
}

static std::recursive_mutex rm;
static int depth_reached = 0;
static void recurse(int n) {
    std::lock_guard<std::recursive_mutex> g(rm);
    depth_reached = n;
    if (n < 5) recurse(n + 1);
}

int main() {
    Account a(1000), b(1000);
    std::vector<std::thread> ts;
    for (int i = 0; i < 4; ++i)
        ts.emplace_back([i, &a, &b] {
            for (int k = 0; k < 200; ++k) {
                if (i % 2) transfer(a, b, 3);
                else transfer(b, a, 2);
            }
        });
    for (auto& t : ts) t.join();
    std::printf("a=%ld b=%ld sum=%ld\n", a.balance, b.balance, a.balance + b.balance);

    {
        std::unique_lock<std::mutex> l1(a.m, std::defer_lock), l2(b.m, std::defer_lock);
        std::lock(l1, l2);
        std::printf("std::lock owns: %d %d\n", l1.owns_lock(), l2.owns_lock());
        std::unique_lock<std::mutex> moved(std::move(l1));
        std::printf("after move: l1 owns %d, moved owns %d\n", l1.owns_lock(), moved.owns_lock());
    }

    std::mutex m;
    m.lock();
    int tried = -1;
    std::thread other([&] { tried = m.try_lock() ? 1 : 0; if (tried) m.unlock(); });
    other.join();
    m.unlock();
    std::printf("try_lock from other thread while held: %d\n", tried);

    recurse(1);
    std::printf("recursive depth %d\n", depth_reached);

    std::shared_mutex sm;
    int shared_value = 0;
    std::vector<int> reads(4, -1);
    {
        std::unique_lock<std::shared_mutex> w(sm);
        shared_value = 99;
    }
    std::vector<std::thread> readers;
    for (int r = 0; r < 4; ++r)
        readers.emplace_back([r, &sm, &shared_value, &reads] {
            std::shared_lock<std::shared_mutex> rl(sm);
            reads[r] = shared_value + r;
        });
    for (auto& t : readers) t.join();
    int rs = 0;
    for (int v : reads) rs += v;
    std::printf("reader sum %d\n", rs);
    return (rs % 256) == 146 ? 0 : 1;  // self-check: the computed value is 146
}
