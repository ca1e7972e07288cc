// Diamond with a virtual base: one shared base subobject, the most-derived
// class initialises it, constructor/destructor order, and final overriders
// resolved across the diamond.
#include <iostream>
#include <string>

static std::string trace;

struct Storage {
    int capacity;
    explicit Storage(int c = -1) : capacity(c) { trace += "S(" + std::to_string(c) + ")"; }
    virtual ~Storage() { trace += "~S"; }
    virtual std::string describe() const { return "storage"; }
    virtual int cost() const { return capacity; }
};
struct Readable : virtual Storage {
    Readable() : Storage(1) { trace += "R"; }  // ignored when not most-derived
    ~Readable() override { trace += "~R"; }
    virtual int read() const { return capacity / 2; }
    std::string describe() const override { return "readable " + Storage::describe(); }
};
struct Writable : virtual Storage {
    Writable() : Storage(2) { trace += "W"; }
    ~Writable() override { trace += "~W"; }
    virtual int write(int n) { return capacity -= n; }
    int cost() const override { return capacity * 2; }
};
struct Disk : Readable, Writable {
    Disk() : Storage(100) { trace += "D"; }
    ~Disk() override { trace += "~D"; }
    std::string describe() const override { return "disk(" + Readable::describe() + ")"; }
};

int main() {
    {
        Disk d;
        std::cout << "construct order: " << trace << "\n";
        trace.clear();
        Readable& r = d;
        Writable& w = d;
        Storage& s = d;
        std::cout << "capacity via all paths: " << r.capacity << " " << w.capacity << " " << s.capacity << "\n";
        w.write(30);
        std::cout << "after write(30): read()=" << r.read() << " capacity=" << s.capacity << "\n";
        std::cout << "describe via Storage&: " << s.describe() << "\n";
        std::cout << "cost via Readable& (final overrider from Writable): " << r.cost() << "\n";
        std::cout << "same Storage subobject: " << (&static_cast<Storage&>(r) == &static_cast<Storage&>(w)) << "\n";
    }
    std::cout << "destruct order: " << trace << "\n";
    trace.clear();
    {
        Readable alone;
        std::cout << "standalone Readable: capacity " << alone.capacity << " trace " << trace << "\n";
    }
    std::cout << "sizeof(Disk) > sizeof(Storage): " << (sizeof(Disk) > sizeof(Storage)) << "\n";
    Disk d2;
    return (d2.cost() % 256) == 200 ? 0 : 1;  // self-check: the computed value is 200
}
