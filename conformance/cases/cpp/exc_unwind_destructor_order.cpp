// An exception thrown several frames deep runs the destructors of every live
// automatic object, innermost first, before the handler is entered.
#include <cstdio>
#include <iostream>
#include <string>

static int depth_log = 0;

struct Tracer {
    std::string name;
    explicit Tracer(std::string n) : name(std::move(n)) { std::cout << "  ctor " << name << "\n"; }
    ~Tracer() { std::cout << "  dtor " << name << "\n"; ++depth_log; }
};

struct Failure {
    int frame;
};

static void frame(int n, int fail_at) {
    Tracer a("frame" + std::to_string(n) + ".a");
    if (n == fail_at) {
        Tracer local("frame" + std::to_string(n) + ".thrower");
        throw Failure{n};
    }
    {
        Tracer scoped("frame" + std::to_string(n) + ".scoped");
    }
    Tracer b("frame" + std::to_string(n) + ".b");
    frame(n + 1, fail_at);
    std::cout << "  unreachable in frame " << n << "\n";
}

int main() {
    std::cout << "start\n";
    try {
        Tracer outer("main.outer");
        frame(1, 4);
    } catch (const Failure& f) {
        std::cout << "caught Failure from frame " << f.frame << ", dtors so far " << depth_log << "\n";
    }
    // temporaries and arrays are unwound too
    try {
        Tracer arr[3] = {Tracer("arr0"), Tracer("arr1"), Tracer("arr2")};
        Tracer t("after-array");
        throw Failure{99};
    } catch (Failure f) {
        std::cout << "caught Failure " << f.frame << "\n";
    }
    std::printf("total dtors %d\n", depth_log);
    return (depth_log) == 16 ? 0 : 1;  // self-check: the computed value is 16
}
