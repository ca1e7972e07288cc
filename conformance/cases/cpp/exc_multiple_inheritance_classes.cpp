// Exception classes with multiple (and virtual) base classes: a handler for any
// unambiguous public base matches; an ambiguous base does not.
#include <iostream>
#include <stdexcept>
#include <string>

struct Retryable {
    int attempts;
    explicit Retryable(int a) : attempts(a) {}
    virtual ~Retryable() = default;
    virtual bool should_retry() const { return attempts < 3; }
};
struct Loggable {
    virtual ~Loggable() = default;
    virtual std::string log_line() const = 0;
};

struct IoFailure : std::runtime_error, Retryable, Loggable {
    IoFailure(const std::string& m, int a) : std::runtime_error(m), Retryable(a) {}
    std::string log_line() const override { return std::string("IO[") + what() + "] attempts=" + std::to_string(attempts); }
};

// Diamond through virtual inheritance: std::exception reached once.
struct VBase : virtual std::exception {
    const char* what() const noexcept override { return "VBase"; }
};
struct VLeft : virtual VBase {};
struct VRight : virtual VBase {};
struct VJoin : VLeft, VRight {
    const char* what() const noexcept override { return "VJoin via virtual diamond"; }
};

// Non-virtual diamond: two distinct Tag subobjects, so Tag is ambiguous.
struct Tag { int t = 0; };
struct TagA : Tag {};
struct TagB : Tag {};
struct Ambiguous : TagA, TagB {};

// Private base: not matched.
struct Hidden : private std::logic_error {
    Hidden() : std::logic_error("hidden") {}
};

static void raise(int k) {
    if (k == 0) throw IoFailure("disk read", 1);
    if (k == 1) throw IoFailure("socket", 5);
    if (k == 2) throw VJoin();
    if (k == 3) throw Ambiguous();
    if (k == 4) throw Hidden();
}

int main() {
    int retries = 0;
    for (int k = 0; k < 2; ++k) {
        try { raise(k); } catch (const Retryable& r) {
            std::cout << "Retryable: should_retry=" << r.should_retry() << "\n";
            if (r.should_retry()) ++retries;
        }
        try { raise(k); } catch (const Loggable& l) {
            std::cout << "Loggable: " << l.log_line() << "\n";
        }
        try { raise(k); } catch (const std::exception& e) {
            std::cout << "std::exception: " << e.what() << "\n";
        }
    }
    try { raise(2); } catch (const VBase& v) { std::cout << "VBase handler: " << v.what() << "\n"; }
    try { raise(2); } catch (const VRight& v) { std::cout << "VRight handler: " << v.what() << "\n"; }
    try { raise(2); } catch (const std::exception& e) { std::cout << "exception handler: " << e.what() << "\n"; }

    try {
        raise(3);
    } catch (const Tag&) {
        std::cout << "ambiguous Tag matched (wrong)\n";
    } catch (const TagB& b) {
        std::cout << "TagB handler matched, t=" << b.t << "\n";
    }
    try {
        raise(4);
    } catch (const std::logic_error&) {
        std::cout << "private base matched (wrong)\n";
    } catch (const Hidden&) {
        std::cout << "Hidden matched by its own type only\n";
    }
    std::cout << "retries " << retries << "\n";
    return (retries) == 1 ? 0 : 1;  // self-check: the computed value is 1
}
