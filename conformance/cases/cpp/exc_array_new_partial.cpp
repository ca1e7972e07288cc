// If the k-th element of new T[n] throws, elements 0..k-1 are destroyed in
// reverse order and the array storage is freed via operator delete[].
#include <cstdio>
#include <cstdlib>
#include <new>
#include <stdexcept>
#include <vector>

static int constructed = 0, destroyed = 0;
static int next_id = 0;
static int fail_at = -1;
static int arr_new = 0, arr_delete = 0;

struct Elem {
    int id;
    Elem() : id(next_id++) {
        if (id == fail_at) {
            std::printf("  Elem %d throws\n", id);
            throw std::runtime_error("elem ctor");
        }
        ++constructed;
    }
    ~Elem() {
        ++destroyed;
        std::printf("  ~Elem %d\n", id);
    }
    static void* operator new[](std::size_t n) {
        ++arr_new;
        return std::malloc(n);
    }
    static void operator delete[](void* p) {
        ++arr_delete;
        std::free(p);
    }
};

int main() {
    for (int f : {3, 0, -1}) {
        next_id = 0;
        fail_at = f;
        std::printf("new Elem[5] failing at %d\n", f);
        try {
            Elem* a = new Elem[5];
            std::printf("  all built\n");
            delete[] a;
        } catch (const std::exception& e) {
            std::printf("  caught %s\n", e.what());
        }
    }
    // std::vector<Elem>(n) behaves the same way
    next_id = 0;
    fail_at = 2;
    std::printf("vector<Elem>(4) failing at 2\n");
    try {
        std::vector<Elem> v(4);
    } catch (const std::exception& e) {
        std::printf("  caught %s\n", e.what());
    }
    std::printf("constructed=%d destroyed=%d new[]=%d delete[]=%d\n", constructed, destroyed, arr_new, arr_delete);
    return constructed - destroyed;
}
