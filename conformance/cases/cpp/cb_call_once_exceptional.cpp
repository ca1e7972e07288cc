// CHECK:NO_TSAN (ThreadSanitizer's pthread_once interceptor does not support a throwing initializer and hangs)
// std::call_once: if the callable throws, the exception reaches the caller and
// the flag stays unset so a later call retries; once it succeeds it never runs again.
#include <cstdio>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

static std::once_flag init_flag;
static int attempts = 0;
static std::string config;

static void load_config(int fail_until) {
    ++attempts;
    std::printf("  load_config attempt %d\n", attempts);
    if (attempts < fail_until) throw std::runtime_error("attempt " + std::to_string(attempts) + " failed");
    config = "loaded on attempt " + std::to_string(attempts);
}

struct Initializer {
    int fail_until;
    void operator()(const char* who) const {
        std::printf("  initializer invoked by %s\n", who);
        load_config(fail_until);
    }
};

int main() {
    for (int i = 0; i < 5; ++i) {
        try {
            std::call_once(init_flag, Initializer{3}, "main");
            std::printf("call %d ok: %s\n", i, config.c_str());
        } catch (const std::exception& e) {
            std::printf("call %d threw: %s\n", i, e.what());
        }
    }
    // after success, other threads never run it
    std::vector<std::thread> ts;
    int ran_in_thread[4] = {0, 0, 0, 0};
    for (int t = 0; t < 4; ++t)
        ts.emplace_back([t, &ran_in_thread] {
            std::call_once(init_flag, [&] { ran_in_thread[t] = 1; });
        });
    for (auto& t : ts) t.join();
    int ran = 0;
    for (int r : ran_in_thread) ran += r;
    std::printf("threads that ran the initializer: %d\n", ran);

    // a fresh flag where the first thread-run call throws and main retries
    std::once_flag second;
    std::string where;
    std::thread th([&] {
        try {
            std::call_once(second, [] { throw 17; });
        } catch (int v) {
            where = "thread caught " + std::to_string(v);
        }
    });
    th.join();
    std::call_once(second, [&] { where += ", main initialised"; });
    std::printf("%s\n", where.c_str());
    return (attempts) == 3 ? 0 : 1;  // self-check: the computed value is 3
}
