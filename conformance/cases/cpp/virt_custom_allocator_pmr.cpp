// Program-provided allocation used by the library: a counting std::allocator
// replacement for containers (template path), and a std::pmr::memory_resource
// subclass used as the upstream of the native monotonic/unsynchronized pool
// resources, which call its virtual do_allocate/do_deallocate.
#include <cstdio>
#include <cstdlib>
#include <list>
#include <map>
#include <memory_resource>
#include <new>
#include <string>
#include <vector>

struct Stats {
    long allocs = 0, frees = 0, bytes = 0, peak = 0, live = 0;
};
static Stats g_stats;

template <typename T>
struct CountingAllocator {
    using value_type = T;
    CountingAllocator() = default;
    template <typename U> CountingAllocator(const CountingAllocator<U>&) {}
    T* allocate(std::size_t n) {
        ++g_stats.allocs;
        g_stats.bytes += static_cast<long>(n * sizeof(T));
        g_stats.live += static_cast<long>(n * sizeof(T));
        if (g_stats.live > g_stats.peak) g_stats.peak = g_stats.live;
        return static_cast<T*>(::operator new(n * sizeof(T)));
    }
    void deallocate(T* p, std::size_t n) {
        ++g_stats.frees;
        g_stats.live -= static_cast<long>(n * sizeof(T));
        ::operator delete(p);
    }
    template <typename U> bool operator==(const CountingAllocator<U>&) const { return true; }
    template <typename U> bool operator!=(const CountingAllocator<U>&) const { return false; }
};

class TracingResource : public std::pmr::memory_resource {
    std::pmr::memory_resource* upstream_;
public:
    long calls = 0, released = 0, total = 0;
    explicit TracingResource(std::pmr::memory_resource* up) : upstream_(up) {}
private:
    void* do_allocate(std::size_t bytes, std::size_t align) override {
        ++calls;
        total += static_cast<long>(bytes);
        return upstream_->allocate(bytes, align);
    }
    void do_deallocate(void* p, std::size_t bytes, std::size_t align) override {
        ++released;
        upstream_->deallocate(p, bytes, align);
    }
    bool do_is_equal(const std::pmr::memory_resource& o) const noexcept override { return this == &o; }
};

int main() {
    {
        std::vector<int, CountingAllocator<int>> v;
        for (int i = 0; i < 100; ++i) v.push_back(i);
        std::list<std::string, CountingAllocator<std::string>> l(5, "x");
        std::map<int, int, std::less<int>, CountingAllocator<std::pair<const int, int>>> m;
        for (int i = 0; i < 10; ++i) m[i] = i * i;
        std::printf("vector cap %zu, list %zu, map %zu\n", v.capacity(), l.size(), m.size());
        std::printf("allocs=%ld frees=%ld bytes=%ld peak=%ld\n", g_stats.allocs, g_stats.frees, g_stats.bytes,
                    g_stats.peak);
    }
    std::printf("after scope: allocs=%ld frees=%ld live=%ld\n", g_stats.allocs, g_stats.frees, g_stats.live);

    TracingResource tracer(std::pmr::new_delete_resource());
    {
        std::pmr::monotonic_buffer_resource mono(256, &tracer);
        std::pmr::vector<std::pmr::string> words(&mono);
        for (int i = 0; i < 20; ++i) words.emplace_back("word-number-" + std::to_string(i) + "-long-enough-to-allocate");
        std::printf("monotonic: %zu words, upstream calls %ld, released %ld (before release)\n", words.size(),
                    tracer.calls, tracer.released);
    }
    std::printf("monotonic destroyed: upstream calls %ld, released %ld\n", tracer.calls, tracer.released);

    TracingResource tracer2(std::pmr::new_delete_resource());
    {
        std::pmr::pool_options opts;
        opts.max_blocks_per_chunk = 16;
        opts.largest_required_pool_block = 256;
        std::pmr::unsynchronized_pool_resource pool(opts, &tracer2);
        std::pmr::list<int> li(&pool);
        for (int i = 0; i < 200; ++i) li.push_back(i);
        long s = 0;
        for (int x : li) s += x;
        std::pmr::vector<char> big(&pool);
        big.resize(5000);  // larger than the largest pool: goes straight upstream
        std::printf("pool: list sum %ld, upstream calls>0: %d\n", s, tracer2.calls > 0);
    }
    std::printf("pool destroyed: all upstream blocks returned: %d\n", tracer2.calls == tracer2.released);
    return (static_cast<int>(g_stats.allocs % 256)) == 23 ? 0 : 1;  // self-check: the computed value is 23
}
