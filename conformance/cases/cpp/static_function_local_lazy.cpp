// Function-local statics are initialised on first pass through their
// declaration, never if the path is not taken, and destroyed at exit in the
// reverse order of their construction, interleaved with globals accordingly.
#include <cstdio>
#include <string>

struct Tracked {
    std::string name;
    explicit Tracked(std::string n) : name(std::move(n)) { std::printf("  init %s\n", name.c_str()); }
    ~Tracked() { std::printf("  fini %s\n", name.c_str()); }
};

Tracked global_a("global_a");

static Tracked& registry() {
    static Tracked r("registry");
    return r;
}

static int counter() {
    static int calls = 0;  // constant-initialised, no guard needed
    return ++calls;
}

static const Tracked& lazy(int which) {
    if (which == 0) {
        static Tracked zero("lazy-zero");
        return zero;
    }
    static Tracked other("lazy-other");
    return other;
}

static int fib_cache(int n) {
    static int memo[40] = {0, 1};
    static Tracked marker("fib-memo");
    if (n < 2) return n;
    if (memo[n]) return memo[n];
    return memo[n] = fib_cache(n - 1) + fib_cache(n - 2);
}

Tracked global_b("global_b");

int main() {
    std::printf("main begins\n");
    int c1 = counter();
    int c2 = counter();
    int c3 = counter();
    std::printf("counter %d %d %d\n", c1, c2, c3);
    std::printf("lazy(1) -> %s\n", lazy(1).name.c_str());
    std::printf("registry -> %s\n", registry().name.c_str());
    std::printf("lazy(1) again -> %s\n", lazy(1).name.c_str());
    std::printf("fib(30) = %d\n", fib_cache(30));
    // lazy(0) is never called: "lazy-zero" is never constructed or destroyed
    std::printf("main ends\n");
    return (counter()) == 4 ? 0 : 1;  // self-check: the computed value is 4
}
