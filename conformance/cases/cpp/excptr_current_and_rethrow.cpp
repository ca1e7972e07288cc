// std::exception_ptr basics: current_exception inside and outside handlers,
// null pointers, equality, copies keeping the exception alive after the handler,
// make_exception_ptr, and rethrow_exception into different handlers.
#include <exception>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

static int live_payloads = 0;

struct Payload {
    int id;
    explicit Payload(int i) : id(i) { ++live_payloads; }
    Payload(const Payload& o) : id(o.id) { ++live_payloads; }
    ~Payload() { --live_payloads; }
};

static std::exception_ptr capture(int k) {
    try {
        if (k == 0) throw Payload(100);
        if (k == 1) throw std::runtime_error("runtime #1");
        if (k == 2) throw std::string("plain string");
        return nullptr;
    } catch (...) {
        return std::current_exception();
    }
}

static std::string describe(const std::exception_ptr& p) {
    if (!p) return "null";
    try {
        std::rethrow_exception(p);
    } catch (const Payload& pl) {
        return "Payload " + std::to_string(pl.id);
    } catch (const std::exception& e) {
        return std::string("std::exception ") + e.what();
    } catch (const std::string& s) {
        return "string " + s;
    }
    return "unreachable";
}

int main() {
    std::cout << "outside handler, current_exception is null: " << (std::current_exception() == nullptr) << "\n";
    std::vector<std::exception_ptr> ptrs;
    for (int k = 0; k < 4; ++k) ptrs.push_back(capture(k));
    std::cout << "payloads alive while stored: " << live_payloads << "\n";
    for (auto& p : ptrs) std::cout << "  " << describe(p) << "\n";

    std::exception_ptr copy = ptrs[0];
    std::cout << "copy == original: " << (copy == ptrs[0]) << ", differs from other: " << (copy != ptrs[1]) << "\n";

    // current_exception during handling refers to the same object each time
    try {
        throw Payload(7);
    } catch (Payload&) {
        auto a = std::current_exception();
        auto b = std::current_exception();
        std::cout << "two captures in one handler equal: " << (a == b) << "\n";
    }

    // modifications through a rethrown reference are visible to later rethrows
    try {
        std::rethrow_exception(copy);
    } catch (Payload& p) {
        p.id += 1;
    }
    std::cout << "after modification: " << describe(ptrs[0]) << "\n";

    auto made = std::make_exception_ptr(std::logic_error("made, never thrown"));
    std::cout << "made: " << describe(made) << "\n";

    ptrs.clear();
    copy = nullptr;
    std::cout << "payloads alive after release: " << live_payloads << "\n";

    // nested handling: current_exception refers to the innermost active exception
    try {
        throw 1;
    } catch (int) {
        try {
            throw 2.0;
        } catch (double) {
            std::cout << "inner: " << (std::current_exception() ? "double active" : "none") << "\n";
        }
        try {
            std::rethrow_exception(std::current_exception());
        } catch (int v) {
            std::cout << "outer still active: int " << v << "\n";
        }
    }
    return live_payloads;
}
