// __attribute__((init_priority(N))) orders construction across priorities
// (lower first) before default-priority globals; destruction is the reverse.
// The constructors use printf only: iostreams are not guaranteed ready yet.
#include <cstdio>

static int order = 0;

struct Prio {
    const char* name;
    int at;
    explicit Prio(const char* n) : name(n), at(++order) { std::printf("ctor %-10s at %d\n", name, at); }
    ~Prio() { std::printf("dtor %-10s (was %d)\n", name, at); }
};

Prio normal_a("normal_a");
Prio late __attribute__((init_priority(3000)))("p3000");
Prio early __attribute__((init_priority(101)))("p101");
Prio normal_b("normal_b");
Prio middle __attribute__((init_priority(2000)))("p2000");
Prio middle2 __attribute__((init_priority(2000)))("p2000-b");

__attribute__((constructor(150))) static void ctor_function() {
    std::printf("constructor function (priority 150) sees order=%d\n", order);
}
__attribute__((destructor(150))) static void dtor_function() {
    std::printf("destructor function (priority 150)\n");
}

int main() {
    std::printf("main: early=%d middle=%d middle2=%d late=%d normal_a=%d normal_b=%d\n", early.at, middle.at, middle2.at,
                late.at, normal_a.at, normal_b.at);
    return early.at * 10 + normal_b.at;  // 16
}
