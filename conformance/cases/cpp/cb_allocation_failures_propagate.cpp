// Allocation failures raised by program code travel through library code:
// a custom allocator that throws std::bad_alloc after a budget (vector,
// map, basic_string), and a std::pmr::memory_resource whose do_allocate
// throws from inside the native monotonic_buffer_resource / pool resource.
#include <cstdio>
#include <map>
#include <memory_resource>
#include <new>
#include <string>
#include <vector>

static int budget = 0;
static int allocations = 0;

template <typename T>
struct LimitedAllocator {
    using value_type = T;
    LimitedAllocator() = default;
    template <typename U> LimitedAllocator(const LimitedAllocator<U>&) {}
    T* allocate(std::size_t n) {
        if (budget <= 0) throw std::bad_alloc();
        --budget;
        ++allocations;
        return static_cast<T*>(::operator new(n * sizeof(T)));
    }
    void deallocate(T* p, std::size_t) { ::operator delete(p); }
    template <typename U> bool operator==(const LimitedAllocator<U>&) const { return true; }
    template <typename U> bool operator!=(const LimitedAllocator<U>&) const { return false; }
};

class RationedResource : public std::pmr::memory_resource {
    int remaining_;
public:
    int granted = 0, refused = 0, returned = 0;
    explicit RationedResource(int n) : remaining_(n) {}
private:
    void* do_allocate(std::size_t bytes, std::size_t align) override {
        if (remaining_ == 0) {
            ++refused;
            throw std::bad_alloc();
        }
        --remaining_;
        ++granted;
        return std::pmr::new_delete_resource()->allocate(bytes, align);
    }
    void do_deallocate(void* p, std::size_t bytes, std::size_t align) override {
        ++returned;
        std::pmr::new_delete_resource()->deallocate(p, bytes, align);
    }
    bool do_is_equal(const std::pmr::memory_resource& o) const noexcept override { return this == &o; }
};

int main() {
    budget = 5;
    std::vector<int, LimitedAllocator<int>> v;
    int pushed = 0;
    try {
        for (int i = 0; i < 1000; ++i) {
            v.push_back(i);
            ++pushed;
        }
    } catch (const std::bad_alloc& e) {
        std::printf("vector: bad_alloc after %d pushes, size %zu capacity %zu, last %d\n", pushed, v.size(),
                    v.capacity(), v.back());
    }

    budget = 3;
    std::map<int, int, std::less<int>, LimitedAllocator<std::pair<const int, int>>> m;
    try {
        for (int i = 0; i < 10; ++i) m[i] = i * i;
    } catch (const std::bad_alloc&) {
        std::printf("map: bad_alloc with %zu entries intact\n", m.size());
    }

    using LString = std::basic_string<char, std::char_traits<char>, LimitedAllocator<char>>;
    budget = 1;
    LString s("short");  // fits the small buffer: no allocation
    try {
        s.append(40, 'x');   // first heap allocation (budget 1)
        s.append(100, 'y');  // needs another: throws
    } catch (const std::bad_alloc&) {
        std::printf("string: bad_alloc, length kept at %zu\n", s.size());
    }

    RationedResource rr(2);
    {
        std::pmr::monotonic_buffer_resource mono(64, &rr);
        std::pmr::vector<long> pv(&mono);
        std::size_t reached = 0;
        try {
            for (int i = 0; i < 100000; ++i) {
                pv.push_back(i);
                reached = pv.size();
            }
        } catch (const std::bad_alloc&) {
            std::printf("monotonic: upstream refused after %zu elements (granted %d refused %d)\n", reached, rr.granted,
                        rr.refused);
        }
    }
    std::printf("monotonic released: returned %d of %d\n", rr.returned, rr.granted);

    RationedResource rp(1);
    int made = 0;
    {
        std::pmr::unsynchronized_pool_resource pool(&rp);
        std::pmr::vector<std::pmr::string> strs(&pool);
        try {
            for (int i = 0; i < 10000; ++i) {
                strs.emplace_back(std::string(200, static_cast<char>('a' + i % 26)));
                ++made;
            }
        } catch (const std::bad_alloc&) {
            std::printf("pool: bad_alloc after %d strings\n", made > 0 ? 1 : 0);
        }
    }
    std::printf("pool: upstream refused at least once: %d, all returned: %d\n", rp.refused > 0, rp.returned == rp.granted);
    std::printf("allocator allocations %d\n", allocations);
    return (allocations) == 9 ? 0 : 1;  // self-check: the computed value is 9
}
