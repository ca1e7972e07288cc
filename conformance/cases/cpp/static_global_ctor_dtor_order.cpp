// Globals in one translation unit are constructed in definition order before
// main and destroyed in reverse order after main returns. Arrays of globals
// and globals of class templates follow the same rules.
#include <cstdio>
#include <string>

static int sequence = 0;

struct Noisy {
    std::string name;
    int order;
    explicit Noisy(const char* n) : name(n), order(++sequence) {
        std::printf("construct %s (#%d)\n", name.c_str(), order);
    }
    ~Noisy() { std::printf("destroy %s (#%d)\n", name.c_str(), order); }
};

template <typename T>
struct Box {
    T value;
    Noisy tracer;
    Box(T v, const char* n) : value(v), tracer(n) {}
};

Noisy first("first");
static Noisy second("second");
Noisy trio[3] = {Noisy("trio[0]"), Noisy("trio[1]"), Noisy("trio[2]")};
Box<double> boxed(2.5, "boxed");
namespace inner {
Noisy namespaced("inner::namespaced");
}
Noisy last("last");

int main() {
    std::printf("main starts, sequence=%d\n", sequence);
    Noisy local("local-in-main");
    std::printf("boxed value %.1f, trio[1] order %d\n", boxed.value, trio[1].order);
    std::printf("main returns\n");
    return (sequence) == 9 ? 0 : 1;  // self-check: the computed value is 9
}
