// thread_local objects with constructors and destructors: each thread gets
// its own instance, constructed on first use and destroyed at thread exit.
// Destructors append to a mutex-protected log that main prints (sorted by
// thread id) after joining. Main's own thread_local dies after main returns.
#include <algorithm>
#include <cstdio>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

static std::mutex log_mutex;
static std::vector<std::string> death_log;

struct PerThread {
    int owner;
    long work = 0;
    std::vector<int> scratch;
    PerThread() : owner(-1) {}
    ~PerThread() {
        if (owner < 0) {
            std::printf("main thread's PerThread destroyed at exit, work=%ld\n", work);
            return;
        }
        std::lock_guard<std::mutex> g(log_mutex);
        death_log.push_back("thread " + std::to_string(owner) + " destroyed its PerThread, work=" +
                            std::to_string(work) + " scratch=" + std::to_string(scratch.size()));
    }
};

thread_local PerThread tls_state;
thread_local int tls_counter = 100;  // trivially initialised per thread

static void do_work(int id) {
    tls_state.owner = id;
    for (int i = 0; i <= id * 10; ++i) {
        tls_state.work += i;
        ++tls_counter;
        if (i % 5 == 0) tls_state.scratch.push_back(i);
    }
}

struct LazyTls {
    int id;
    explicit LazyTls(int i) : id(i) {}
    ~LazyTls() {
        std::lock_guard<std::mutex> g(log_mutex);
        death_log.push_back("lazy local for " + std::to_string(id));
    }
};

static void maybe_touch_lazy(int id) {
    if (id % 2 == 0) {
        thread_local LazyTls lazy(id);  // only constructed on threads that reach here
        (void)lazy;
    }
}

int main() {
    std::vector<int> counters(5);
    std::vector<std::thread> ts;
    for (int id = 0; id < 5; ++id)
        ts.emplace_back([id, &counters] {
            do_work(id);
            maybe_touch_lazy(id);
            counters[id] = tls_counter;
        });
    for (auto& t : ts) t.join();
    std::sort(death_log.begin(), death_log.end());
    for (auto& l : death_log) std::printf("%s\n", l.c_str());
    for (int id = 0; id < 5; ++id) std::printf("thread %d final tls_counter %d\n", id, counters[id]);
    tls_state.work = 7;  // main thread's own instance
    std::printf("main tls_counter untouched: %d\n", tls_counter);
    return (static_cast<int>(death_log.size())) == 8 ? 0 : 1;  // self-check: the computed value is 8
}
