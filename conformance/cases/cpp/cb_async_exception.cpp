// std::async tasks (both launch policies) that throw: the exception is stored
// and rethrown by future::get() on the calling thread. packaged_task too.
#include <future>
#include <iostream>
#include <numeric>
#include <stdexcept>
#include <vector>

struct Overflow : std::overflow_error {
    long partial;
    Overflow(long p) : std::overflow_error("sum too large"), partial(p) {}
};

static long bounded_sum(int from, int to, long limit) {
    long s = 0;
    for (int i = from; i <= to; ++i) {
        s += i;
        if (s > limit) throw Overflow(s);
    }
    return s;
}

int main() {
    std::vector<std::future<long>> fs;
    fs.push_back(std::async(std::launch::async, bounded_sum, 1, 100, 10000L));
    fs.push_back(std::async(std::launch::async, bounded_sum, 1, 1000, 10000L));
    fs.push_back(std::async(std::launch::deferred, bounded_sum, 50, 60, 100L));
    fs.push_back(std::async(std::launch::deferred, bounded_sum, 1, 10, 100L));
    fs.push_back(std::async(std::launch::async, [] () -> long { throw std::invalid_argument("lambda task"); }));

    long total = 0;
    int failures = 0;
    for (std::size_t i = 0; i < fs.size(); ++i) {
        try {
            long v = fs[i].get();
            std::cout << "task " << i << " = " << v << "\n";
            total += v;
        } catch (const Overflow& e) {
            ++failures;
            std::cout << "task " << i << " Overflow: " << e.what() << " partial=" << e.partial << "\n";
        } catch (const std::exception& e) {
            ++failures;
            std::cout << "task " << i << " exception: " << e.what() << "\n";
        }
    }

    std::packaged_task<int(int)> pt([](int x) {
        if (x > 3) throw std::range_error("x too big");
        return x * x;
    });
    auto pf = pt.get_future();
    std::thread t(std::move(pt), 9);
    t.join();
    try {
        std::cout << pf.get() << "\n";
    } catch (const std::range_error& e) {
        ++failures;
        std::cout << "packaged_task: " << e.what() << "\n";
    }
    std::cout << "total " << total << " failures " << failures << "\n";
    return (failures) == 4 ? 0 : 1;  // self-check: the computed value is 4
}
