// Move semantics with instrumented special members. Only operations whose
// count is fixed by the language are printed: guaranteed elision of
// prvalues (C++17), std::move into members and containers with reserved
// capacity, swap, moved-from state, and rvalue-reference overloads. NRVO is
// avoided (it is optional) by returning prvalues only.
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

struct Counts {
    int ctor = 0, copy = 0, move = 0, copy_assign = 0, move_assign = 0, dtor = 0;
};
static Counts k;

class Buffer {
    std::string tag_;
    std::vector<int> data_;
public:
    Buffer(std::string tag, int n) : tag_(std::move(tag)), data_(n, 7) { ++k.ctor; }
    Buffer(const Buffer& o) : tag_(o.tag_ + "'"), data_(o.data_) { ++k.copy; }
    Buffer(Buffer&& o) noexcept : tag_(std::move(o.tag_)), data_(std::move(o.data_)) {
        ++k.move;
        o.tag_ = "moved-from";
    }
    Buffer& operator=(const Buffer& o) {
        ++k.copy_assign;
        tag_ = o.tag_ + "'";
        data_ = o.data_;
        return *this;
    }
    Buffer& operator=(Buffer&& o) noexcept {
        ++k.move_assign;
        tag_ = std::move(o.tag_);
        data_ = std::move(o.data_);
        o.tag_ = "moved-from";
        return *this;
    }
    ~Buffer() { ++k.dtor; }
    const std::string& tag() const { return tag_; }
    std::size_t size() const { return data_.size(); }
};

static Buffer make(const char* t, int n) { return Buffer(t, n); }  // prvalue: guaranteed elision
static std::string sink_kind(const Buffer&) { return "lvalue overload"; }
static std::string sink_kind(Buffer&&) { return "rvalue overload"; }

struct Holder {
    Buffer b;
    explicit Holder(Buffer x) : b(std::move(x)) {}
};

static void report(const char* step) {
    std::printf("%-28s ctor=%d copy=%d move=%d copy_assign=%d move_assign=%d dtor=%d\n", step, k.ctor, k.copy, k.move,
                k.copy_assign, k.move_assign, k.dtor);
}

int main() {
    Buffer a = make("a", 3);
    report("make prvalue");
    Buffer b = a;
    report("copy construct");
    Buffer c = std::move(a);
    report("move construct");
    std::printf("  a is now '%s' size %zu, c is '%s' size %zu, b is '%s'\n", a.tag().c_str(), a.size(),
                c.tag().c_str(), c.size(), b.tag().c_str());
    b = c;
    report("copy assign");
    b = make("temp", 2);
    report("move assign from prvalue");
    Holder h(make("held", 4));  // prvalue initialises the parameter directly, then one move
    report("holder from prvalue");
    Holder h2(std::move(c));  // one move into the parameter, one into the member
    report("holder from xvalue");
    std::vector<Buffer> v;
    v.reserve(4);
    v.push_back(make("v0", 1));
    v.push_back(std::move(b));
    v.emplace_back("v2", 5);
    report("vector (reserved)");
    std::swap(v[0], v[2]);
    report("swap");
    std::printf("  sink_kind: %s / %s / %s\n", sink_kind(h.b).c_str(), sink_kind(make("x", 0)).c_str(),
                sink_kind(std::move(h.b)).c_str());
    report("overloads");
    std::printf("  v tags: %s %s %s; h2 holds '%s'\n", v[0].tag().c_str(), v[1].tag().c_str(), v[2].tag().c_str(),
                h2.b.tag().c_str());
    return (k.move) == 7 ? 0 : 1;  // self-check: the computed value is 7
}
