// std::exit from a nested call: static objects and atexit handlers are torn
// down, automatic objects on the stack are not. The exit status is computed.
#include <cstdio>
#include <cstdlib>
#include <string>

struct Noisy {
    std::string name;
    explicit Noisy(std::string n) : name(std::move(n)) { std::printf("ctor %s\n", name.c_str()); }
    ~Noisy() { std::printf("dtor %s\n", name.c_str()); }
};

Noisy global_obj("global");
static int checksum = 0;

static void on_exit_handler() { std::printf("atexit handler sees checksum=%d\n", checksum); }

static void deep(int level) {
    Noisy local("automatic level " + std::to_string(level));  // not destroyed by exit
    checksum = checksum * 3 + level;
    if (level == 3) {
        std::printf("calling exit(%d)\n", checksum % 100);
        std::fflush(stdout);
        std::exit(checksum % 100);
    }
    deep(level + 1);
}

int main() {
    static Noisy main_static("main static");
    std::atexit(on_exit_handler);
    deep(0);
    std::printf("unreachable\n");
    return 0;
}
