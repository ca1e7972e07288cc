// A transaction guard that commits on normal scope exit and rolls back when
// the scope is left by an exception, detected with std::uncaught_exceptions().
#include <exception>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

std::vector<std::string> journal;

class Transaction {
    std::string name_;
    int entry_count_;
public:
    explicit Transaction(std::string n) : name_(std::move(n)), entry_count_(std::uncaught_exceptions()) {
        std::cout << "  begin " << name_ << " (uncaught at entry=" << entry_count_ << ")\n";
    }
    ~Transaction() {
        int now = std::uncaught_exceptions();
        if (now > entry_count_) {
            std::cout << "  rollback " << name_ << " (uncaught now=" << now << ")\n";
            journal.push_back("rollback:" + name_);
        } else {
            std::cout << "  commit " << name_ << "\n";
            journal.push_back("commit:" + name_);
        }
    }
};

// Destructor that starts a transaction while the stack is being unwound:
// the inner transaction must still commit because nothing new is in flight.
struct CleanupDuringUnwind {
    ~CleanupDuringUnwind() {
        std::cout << "  cleanup sees uncaught=" << std::uncaught_exceptions() << "\n";
        try {
            Transaction t("cleanup-tx");
        } catch (...) {
        }
    }
};

static void work(bool fail) {
    Transaction t(fail ? "failing" : "ok");
    if (fail) throw std::runtime_error("work failed");
}

int main() {
    std::cout << "outside any: " << std::uncaught_exceptions() << "\n";
    work(false);
    try {
        work(true);
    } catch (const std::exception& e) {
        std::cout << "caught " << e.what() << ", uncaught in handler=" << std::uncaught_exceptions() << "\n";
    }
    try {
        Transaction outer("outer");
        CleanupDuringUnwind c;
        throw 7;
    } catch (int) {
        std::cout << "caught 7\n";
    }
    try {
        try {
            throw 1;
        } catch (...) {
            Transaction inhandler("in-handler");
            std::cout << "  in handler uncaught=" << std::uncaught_exceptions() << "\n";
        }
    } catch (...) {
    }
    std::cout << "journal:";
    for (auto& j : journal) std::cout << " " << j;
    std::cout << "\n";
    return (static_cast<int>(journal.size())) == 5 ? 0 : 1;  // self-check: the computed value is 5
}
