// One thread is still inside the handler of an exception while another
// rethrows the same exception object (std::rethrow_exception) and catches
// it. Each handler has its own exception header natively (the rethrow makes
// a dependent one), so neither may disturb the other: after both, the
// exception is released once, and later exceptions on either thread work.
#include <condition_variable>
#include <cstdio>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>

static std::mutex m;
static std::condition_variable cv;
static int stage = 0;
static std::exception_ptr shared;

static void wait_for(int s) {
    std::unique_lock<std::mutex> lock(m);
    cv.wait(lock, [s] { return stage >= s; });
}

static void advance(int s) {
    {
        std::lock_guard<std::mutex> lock(m);
        stage = s;
    }
    cv.notify_all();
}

static int parse(const char *s) { return std::stoi(s); }

int main() {
    std::string holder_saw, rethrower_saw;
    std::thread holder([&] {
        try {
            parse("not a number");
        } catch (const std::invalid_argument &e) {
            shared = std::current_exception();
            advance(1);
            wait_for(2); // the other thread rethrows and catches meanwhile
            holder_saw = std::string("holder caught ") + e.what();
        }
        try {
            throw std::runtime_error("second on holder");
        } catch (const std::exception &e) {
            holder_saw += std::string("; ") + e.what();
        }
    });
    std::thread rethrower([&] {
        wait_for(1);
        for (int round = 0; round < 3; round++) {
            try {
                std::rethrow_exception(shared);
            } catch (const std::logic_error &e) {
                rethrower_saw += std::string("rethrown ") + e.what() + "; ";
            }
        }
        advance(2);
        try {
            parse("x");
        } catch (const std::invalid_argument &) {
            rethrower_saw += "own exception";
        }
    });
    holder.join();
    rethrower.join();
    std::printf("%s\n%s\n", holder_saw.c_str(), rethrower_saw.c_str());
    shared = nullptr;
    try {
        std::rethrow_exception(std::make_exception_ptr(std::out_of_range("after")));
    } catch (const std::out_of_range &e) {
        std::printf("main caught %s\n", e.what());
    }
    return 0;
}
