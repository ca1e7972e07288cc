// A six-level hierarchy where each level overrides some virtuals and calls the
// base version explicitly; dispatch through base pointers held in a container.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

struct L0 {
    virtual ~L0() = default;
    virtual std::string path() const { return "L0"; }
    virtual int weight() const { return 1; }
    virtual int level() const { return 0; }
    int total() const { return weight() * 10 + level(); }  // non-virtual calling virtuals
};
struct L1 : L0 {
    std::string path() const override { return L0::path() + ">L1"; }
    int level() const override { return 1; }
};
struct L2 : L1 {
    int weight() const override { return L1::weight() + 2; }
    int level() const override { return 2; }
};
struct L3 : L2 {
    std::string path() const override { return L2::path() + ">L3"; }
    int level() const override { return 3; }
};
struct L4 : L3 {
    int weight() const override { return L3::weight() * 4; }
    int level() const override { return 4; }
};
struct L5 : L4 {
    std::string path() const override { return L4::path() + ">L5"; }
    int weight() const override { return L4::weight() + 100; }
    int level() const override { return L4::level() + 1; }
};

int main() {
    std::vector<std::unique_ptr<L0>> objs;
    objs.push_back(std::make_unique<L0>());
    objs.push_back(std::make_unique<L1>());
    objs.push_back(std::make_unique<L2>());
    objs.push_back(std::make_unique<L3>());
    objs.push_back(std::make_unique<L4>());
    objs.push_back(std::make_unique<L5>());
    long grand = 0;
    for (const auto& o : objs) {
        std::cout << o->path() << " weight=" << o->weight() << " level=" << o->level() << " total=" << o->total()
                  << "\n";
        grand += o->total();
    }
    // calling through intermediate static types
    L5 five;
    L3& as3 = five;
    L1* as1 = &five;
    std::cout << "via L3&: " << as3.path() << " / qualified L3::path: " << as3.L3::path() << "\n";
    std::cout << "via L1*: weight " << as1->weight() << " qualified L1::weight " << as1->L1::weight() << "\n";
    // member function pointers to virtuals dispatch dynamically
    int (L0::*pm)() const = &L0::weight;
    long pm_sum = 0;
    for (const auto& o : objs) pm_sum += ((*o).*pm)();
    std::cout << "via member pointer sum " << pm_sum << "\n";
    std::cout << "grand " << grand << "\n";
    return (static_cast<int>(grand % 256)) == 55 ? 0 : 1;  // self-check: the computed value is 55
}
