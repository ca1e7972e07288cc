// Threads deliver results or exceptions through std::promise; the consumer
// sees them from future::get(). Also set_exception with make_exception_ptr and
// shared_future observed by several readers.
#include <future>
#include <iostream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

static int parse_positive(const std::string& s) {
    int v = std::stoi(s);  // may throw invalid_argument from the library
    if (v <= 0) throw std::domain_error("not positive: " + s);
    return v;
}

int main() {
    std::vector<std::string> inputs{"12", "zero", "-4", "30", "7"};
    std::vector<std::promise<int>> promises(inputs.size());
    std::vector<std::future<int>> futures;
    for (auto& p : promises) futures.push_back(p.get_future());

    std::thread producer([&] {
        for (std::size_t i = 0; i < inputs.size(); ++i) {
            try {
                promises[i].set_value(parse_positive(inputs[i]));
            } catch (...) {
                promises[i].set_exception(std::current_exception());
            }
        }
    });

    int sum = 0;
    for (std::size_t i = 0; i < futures.size(); ++i) {
        try {
            int v = futures[i].get();
            std::cout << inputs[i] << " -> " << v << "\n";
            sum += v;
        } catch (const std::invalid_argument& e) {
            std::cout << inputs[i] << " -> invalid_argument(" << e.what() << ")\n";
        } catch (const std::domain_error& e) {
            std::cout << inputs[i] << " -> domain_error(" << e.what() << ")\n";
        }
    }
    producer.join();

    // make_exception_ptr without throwing; shared_future rethrows for each reader
    std::promise<std::string> p;
    std::shared_future<std::string> sf = p.get_future().share();
    std::vector<std::string> seen(3);
    std::vector<std::thread> readers;
    for (int r = 0; r < 3; ++r)
        readers.emplace_back([r, sf, &seen] {
            try {
                seen[r] = sf.get();
            } catch (const std::exception& e) {
                seen[r] = std::string("reader ") + std::to_string(r) + " saw " + e.what();
            }
        });
    p.set_exception(std::make_exception_ptr(std::length_error("shared failure")));
    for (auto& t : readers) t.join();
    for (auto& s : seen) std::cout << s << "\n";

    // setting twice is an error
    try {
        std::promise<int> once;
        once.set_value(1);
        once.set_exception(std::make_exception_ptr(1));
    } catch (const std::future_error& e) {
        std::cout << "second set: " << e.code().message() << "\n";
    }
    std::cout << "sum " << sum << "\n";
    return sum;  // 49
}
