// Several threads update shared state under std::mutex with lock_guard and
// unique_lock; the result is independent of scheduling.
#include <iostream>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

struct Bank {
    std::mutex m;
    std::map<std::string, long> accounts;
    long transfers = 0;
    void deposit(const std::string& who, long amount) {
        std::lock_guard<std::mutex> lock(m);
        accounts[who] += amount;
    }
    bool transfer(const std::string& from, const std::string& to, long amount) {
        std::unique_lock<std::mutex> lock(m);
        if (accounts[from] < amount) return false;
        accounts[from] -= amount;
        accounts[to] += amount;
        ++transfers;
        return true;
    }
    long total() {
        std::lock_guard<std::mutex> lock(m);
        long t = 0;
        for (auto& kv : accounts) t += kv.second;
        return t;
    }
};

int main() {
    Bank bank;
    const char* names[] = {"ann", "bob", "cy", "dee"};
    for (const char* n : names) bank.deposit(n, 1000);

    long counter = 0;
    std::mutex counter_mutex;
    std::vector<std::thread> workers;
    for (int t = 0; t < 4; ++t) {
        workers.emplace_back([t, &bank, &names, &counter, &counter_mutex] {
            for (int i = 0; i < 500; ++i) {
                {
                    std::lock_guard<std::mutex> g(counter_mutex);
                    counter += i % 7;
                }
                // money moves around a cycle; a balance can drop by at most 500,
                // so every transfer succeeds whatever the interleaving
                bank.transfer(names[t], names[(t + 1) % 4], 1);
            }
        });
    }
    for (auto& w : workers) w.join();
    std::cout << "counter " << counter << "\n";
    std::cout << "total money " << bank.total() << "\n";
    std::cout << "transfers " << bank.transfers << "\n";
    for (auto& kv : bank.accounts) std::cout << kv.first << " " << kv.second << "\n";
    return (static_cast<int>(counter % 256)) == 88 ? 0 : 1;  // self-check: the computed value is 88
}
