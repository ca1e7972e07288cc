// Two threads alternate strictly using a condition_variable and a turn flag;
// the interleaved transcript is therefore deterministic. A third phase uses
// wait with a predicate and notify_all to release a group of waiters.
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

int main() {
    std::mutex m;
    std::condition_variable cv;
    int turn = 0;  // 0: ping, 1: pong
    std::vector<std::string> transcript;
    const int rounds = 6;

    auto player = [&](int me, const char* word) {
        for (int i = 0; i < rounds; ++i) {
            std::unique_lock<std::mutex> lk(m);
            cv.wait(lk, [&] { return turn == me; });
            transcript.push_back(std::string(word) + " " + std::to_string(i));
            turn = 1 - me;
            lk.unlock();
            cv.notify_all();
        }
    };
    std::thread a(player, 0, "ping");
    std::thread b(player, 1, "pong");
    a.join();
    b.join();
    for (auto& s : transcript) std::printf("%s\n", s.c_str());

    // gate: N waiters block until main opens it
    bool open = false;
    int passed = 0;
    std::vector<std::thread> waiters;
    int ready = 0;
    std::condition_variable ready_cv;
    for (int i = 0; i < 5; ++i)
        waiters.emplace_back([&, i] {
            std::unique_lock<std::mutex> lk(m);
            ++ready;
            ready_cv.notify_one();
            cv.wait(lk, [&] { return open; });
            passed += i + 1;
        });
    {
        std::unique_lock<std::mutex> lk(m);
        ready_cv.wait(lk, [&] { return ready == 5; });
        std::printf("all %d waiters ready, passed so far %d\n", ready, passed);
        open = true;
    }
    cv.notify_all();
    for (auto& w : waiters) w.join();
    std::printf("passed sum %d\n", passed);
    return (passed) == 15 ? 0 : 1;  // self-check: the computed value is 15
}
