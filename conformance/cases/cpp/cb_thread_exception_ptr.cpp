// Worker threads catch their own exceptions and hand them to the main thread
// as std::exception_ptr; main rethrows each one in a fixed order.
#include <exception>
#include <iostream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

struct TaskError : std::runtime_error {
    int task;
    TaskError(int t, const std::string& m) : std::runtime_error(m), task(t) {}
};

static long work(int id) {
    long acc = 0;
    for (int i = 1; i <= 1000 * (id + 1); ++i) acc += i % (id + 3);
    if (id % 3 == 1) throw TaskError(id, "task " + std::to_string(id) + " failed with acc " + std::to_string(acc));
    if (id == 5) throw std::out_of_range("task 5 index");
    if (id == 3) throw id * 11;
    return acc;
}

int main() {
    const int N = 7;
    std::vector<std::exception_ptr> errors(N);
    std::vector<long> results(N, -1);
    std::vector<std::thread> threads;
    for (int i = 0; i < N; ++i) {
        threads.emplace_back([i, &errors, &results] {
            try {
                results[i] = work(i);
            } catch (...) {
                errors[i] = std::current_exception();
            }
        });
    }
    for (auto& t : threads) t.join();

    int failed = 0;
    for (int i = 0; i < N; ++i) {
        if (!errors[i]) {
            std::cout << "task " << i << " result " << results[i] << "\n";
            continue;
        }
        ++failed;
        try {
            std::rethrow_exception(errors[i]);
        } catch (const TaskError& e) {
            std::cout << "task " << i << " TaskError(" << e.task << "): " << e.what() << "\n";
        } catch (const std::exception& e) {
            std::cout << "task " << i << " std::exception: " << e.what() << "\n";
        } catch (int v) {
            std::cout << "task " << i << " int " << v << "\n";
        }
    }
    // exception_ptr can be rethrown more than once
    if (errors[1]) {
        for (int k = 0; k < 2; ++k) {
            try {
                std::rethrow_exception(errors[1]);
            } catch (const TaskError& e) {
                std::cout << "again " << k << ": task " << e.task << "\n";
            }
        }
    }
    std::cout << "failed " << failed << "\n";
    return (failed) == 4 ? 0 : 1;  // self-check: the computed value is 4
}
