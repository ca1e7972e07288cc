// std::system_error thrown by the library (thread::join on a non-joinable
// thread, mutex misuse via unique_lock, future errors) and by the program with
// std::errc codes; error_code / error_condition comparisons.
#include <cerrno>
#include <future>
#include <iostream>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>

static int handled = 0;

static void report_code(const char* kind, const std::error_code& ec) {
    ++handled;
    std::cout << "  " << kind << " category=" << ec.category().name() << " value=" << ec.value()
              << " message=\"" << ec.message() << "\"\n";
}
static void report(const std::system_error& e) { report_code("system_error", e.code()); }
// std::future_error is a logic_error, not a system_error, but it carries an error_code too
static void report(const std::future_error& e) { report_code("future_error", e.code()); }

int main() {
    std::cout << "join non-joinable thread:\n";
    try {
        std::thread t;
        t.join();
    } catch (const std::system_error& e) {
        report(e);
        std::cout << "  equals errc::invalid_argument: " << (e.code() == std::errc::invalid_argument) << "\n";
    }

    std::cout << "unlock an unowned unique_lock:\n";
    try {
        std::mutex m;
        std::unique_lock<std::mutex> lk(m, std::defer_lock);
        lk.unlock();
    } catch (const std::system_error& e) {
        report(e);
        std::cout << "  is operation_not_permitted: " << (e.code() == std::errc::operation_not_permitted) << "\n";
    }

    std::cout << "lock a unique_lock twice:\n";
    try {
        std::mutex m;
        std::unique_lock<std::mutex> lk(m);
        lk.lock();
    } catch (const std::system_error& e) {
        report(e);
        std::cout << "  is resource_deadlock_would_occur: " << (e.code() == std::errc::resource_deadlock_would_occur)
                  << "\n";
    }

    std::cout << "get_future twice:\n";
    try {
        std::promise<int> p;
        auto f1 = p.get_future();
        auto f2 = p.get_future();
    } catch (const std::future_error& e) {
        report(e);
        std::cout << "  is future_already_retrieved: " << (e.code() == std::future_errc::future_already_retrieved)
                  << "\n";
    }

    std::cout << "broken promise:\n";
    try {
        std::future<int> f;
        {
            std::promise<int> p;
            f = p.get_future();
        }
        f.get();
    } catch (const std::future_error& e) {
        report(e);
        std::cout << "  is broken_promise: " << (e.code() == std::future_errc::broken_promise) << "\n";
    }

    std::cout << "program-thrown:\n";
    try {
        throw std::system_error(std::make_error_code(std::errc::no_such_file_or_directory), "opening config");
    } catch (const std::system_error& e) {
        report(e);
        std::cout << "  what: " << e.what() << "\n";
    }
    try {
        throw std::system_error(EACCES, std::generic_category(), "access");
    } catch (const std::runtime_error& e) {  // system_error is-a runtime_error
        std::cout << "  runtime_error handler: " << e.what() << "\n";
        ++handled;
    }

    std::error_code ec = std::make_error_code(std::errc::timed_out);
    std::error_condition cond = ec.default_error_condition();
    std::cout << "timed_out: value=" << ec.value() << " cond.category=" << cond.category().name()
              << " bool=" << static_cast<bool>(ec) << " default-constructed bool=" << static_cast<bool>(std::error_code())
              << "\n";
    std::cout << "handled " << handled << "\n";
    return (handled) == 7 ? 0 : 1;  // self-check: the computed value is 7
}
