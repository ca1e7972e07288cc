// Virtual destructors: deleting derived objects through base pointers runs
// the whole destructor chain. Containers of unique_ptr / shared_ptr to base,
// erase and clear order, and a non-virtual-destructor base used correctly
// via shared_ptr's type-erased deleter.
#include <cstdio>
#include <list>
#include <memory>
#include <string>
#include <vector>

struct Base {
    std::string tag;
    explicit Base(std::string t) : tag(std::move(t)) {}
    virtual ~Base() { std::printf("  ~Base(%s)\n", tag.c_str()); }
};
struct Middle : Base {
    std::vector<int> data;
    explicit Middle(std::string t) : Base(std::move(t)), data(3, 1) {}
    ~Middle() override { std::printf("  ~Middle(%s) data=%zu\n", tag.c_str(), data.size()); }
};
struct Leaf : Middle {
    std::unique_ptr<int> owned;
    explicit Leaf(std::string t) : Middle(std::move(t)), owned(new int(9)) {}
    ~Leaf() override { std::printf("  ~Leaf(%s) owned=%d\n", tag.c_str(), *owned); }
};

struct NoVirtual {  // no virtual destructor
    ~NoVirtual() { std::printf("  ~NoVirtual\n"); }
};
struct DerivedNV : NoVirtual {
    ~DerivedNV() { std::printf("  ~DerivedNV\n"); }
};

int main() {
    {
        std::printf("vector<unique_ptr<Base>>:\n");
        std::vector<std::unique_ptr<Base>> v;
        v.push_back(std::make_unique<Leaf>("leaf1"));
        v.push_back(std::make_unique<Base>("base2"));
        v.push_back(std::make_unique<Middle>("mid3"));
        v.push_back(std::make_unique<Leaf>("leaf4"));
        std::printf(" erase element 1:\n");
        v.erase(v.begin() + 1);
        std::printf(" pop_back:\n");
        v.pop_back();
        std::printf(" scope end:\n");
    }
    {
        std::printf("list<shared_ptr<Base>> with shared ownership:\n");
        std::list<std::shared_ptr<Base>> l;
        auto keep = std::make_shared<Leaf>("shared-leaf");
        l.push_back(keep);
        l.push_back(std::make_shared<Middle>("shared-mid"));
        std::printf(" clear (shared-leaf still held):\n");
        l.clear();
        std::printf(" reset last owner:\n");
        keep.reset();
    }
    {
        std::printf("shared_ptr<NoVirtual> created from DerivedNV:\n");
        std::shared_ptr<NoVirtual> p = std::make_shared<DerivedNV>();
        std::printf(" release:\n");
    }
    {
        std::printf("raw delete through Base*:\n");
        Base* b = new Leaf("raw");
        delete b;
    }
    return 0;
}
