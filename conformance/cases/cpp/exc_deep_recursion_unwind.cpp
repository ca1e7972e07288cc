// Throwing from the bottom of a deep recursion: every frame's RAII guard is
// destroyed; a checksum over destruction order proves they ran innermost first.
#include <cstdio>
#include <stdexcept>
#include <string>

static unsigned long long order_hash = 1469598103934665603ULL;
static int guards_alive = 0;

struct Guard {
    int depth;
    std::string label;
    explicit Guard(int d) : depth(d), label("g" + std::to_string(d)) { ++guards_alive; }
    ~Guard() {
        --guards_alive;
        for (char c : label) order_hash = (order_hash ^ (unsigned char)c) * 1099511628211ULL;
    }
};

struct DepthError : std::runtime_error {
    int depth;
    explicit DepthError(int d) : std::runtime_error("limit reached at " + std::to_string(d)), depth(d) {}
};

static long descend(int depth, int limit, long acc) {
    Guard g(depth);
    if (depth == limit) throw DepthError(depth);
    if (depth % 50 == 49) {
        // intermediate frames that catch and rethrow
        try {
            return descend(depth + 1, limit, acc + depth);
        } catch (DepthError& e) {
            e.depth += 1000;  // annotate the in-flight exception
            throw;
        }
    }
    return descend(depth + 1, limit, acc + depth);
}

int main() {
    int limits[] = {10, 120, 300};
    int total = 0;
    for (int limit : limits) {
        order_hash = 1469598103934665603ULL;
        try {
            descend(0, limit, 0);
        } catch (const DepthError& e) {
            std::printf("limit %d: %s, annotated depth %d, alive %d, hash %016llx\n", limit, e.what(), e.depth,
                        guards_alive, order_hash);
            total += e.depth;
        }
    }
    std::printf("total %d\n", total);
    return 0;
}
