// unique_ptr with custom deleters (function object, lambda, function
// pointer), arrays; shared_ptr/weak_ptr with a parent/child cycle broken by
// weak_ptr; make_shared, use_count, aliasing constructor,
// enable_shared_from_this, shared_ptr casts.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

static int closed_handles = 0;

struct FileHandle {
    int fd;
};
struct HandleCloser {
    void operator()(FileHandle* h) const {
        std::printf("  closing handle %d\n", h->fd);
        ++closed_handles;
        delete h;
    }
};
static void free_buffer(char* p) {
    std::printf("  freeing buffer '%s'\n", p);
    delete[] p;
}

struct TreeNode : std::enable_shared_from_this<TreeNode> {
    std::string name;
    std::weak_ptr<TreeNode> parent;  // weak: breaks the cycle
    std::vector<std::shared_ptr<TreeNode>> children;
    explicit TreeNode(std::string n) : name(std::move(n)) {}
    ~TreeNode() { std::printf("  ~TreeNode %s\n", name.c_str()); }
    std::shared_ptr<TreeNode> add(const std::string& n) {
        auto c = std::make_shared<TreeNode>(n);
        c->parent = shared_from_this();
        children.push_back(c);
        return c;
    }
    std::string path() const {
        auto p = parent.lock();
        return p ? p->path() + "/" + name : name;
    }
};

struct Animal { virtual ~Animal() = default; virtual const char* kind() const { return "animal"; } };
struct Cat : Animal { const char* kind() const override { return "cat"; } int lives = 9; };

int main() {
    std::printf("unique_ptr deleters:\n");
    {
        std::unique_ptr<FileHandle, HandleCloser> h1(new FileHandle{3});
        auto lambda_closer = [](FileHandle* h) { std::printf("  lambda closing %d\n", h->fd); ++closed_handles; delete h; };
        std::unique_ptr<FileHandle, decltype(lambda_closer)> h2(new FileHandle{4}, lambda_closer);
        std::unique_ptr<char[], void (*)(char*)> buf(new char[6]{'h', 'e', 'l', 'l', 'o', 0}, free_buffer);
        std::unique_ptr<FileHandle, HandleCloser> moved = std::move(h1);
        std::printf("  h1 empty after move: %d\n", h1 == nullptr);
        FileHandle* released = moved.release();
        std::printf("  released handle %d manually\n", released->fd);
        delete released;
        std::unique_ptr<int[]> arr(new int[5]{1, 2, 3, 4, 5});
        std::printf("  arr[4]=%d\n", arr[4]);
    }
    std::printf("closed by deleters: %d\n", closed_handles);

    std::printf("shared tree:\n");
    std::weak_ptr<TreeNode> watch_leaf;
    {
        auto root = std::make_shared<TreeNode>("root");
        auto usr = root->add("usr");
        auto bin = usr->add("bin");
        root->add("etc");
        watch_leaf = bin;
        std::printf("  path %s, root use_count %ld, usr use_count %ld\n", bin->path().c_str(), root.use_count(),
                    usr.use_count());
        auto self = usr->shared_from_this();
        std::printf("  shared_from_this shares ownership: %ld\n", usr.use_count());
    }
    std::printf("leaf expired after scope: %d\n", watch_leaf.expired());

    std::printf("casts and aliasing:\n");
    std::shared_ptr<Animal> a = std::make_shared<Cat>();
    auto c = std::dynamic_pointer_cast<Cat>(a);
    std::printf("  dynamic_pointer_cast -> %s lives %d, use_count %ld\n", c->kind(), c->lives, a.use_count());
    std::shared_ptr<int> lives_alias(c, &c->lives);  // aliasing: shares ownership of the Cat
    c.reset();
    a.reset();
    std::printf("  alias keeps object alive: lives=%d use_count %ld\n", *lives_alias, lives_alias.use_count());
    auto sp = std::static_pointer_cast<const int>(lives_alias);
    std::printf("  const alias use_count %ld\n", sp.use_count());
    std::shared_ptr<void> erased = std::make_shared<std::string>("type-erased");
    std::printf("  void ptr holds: %s\n", static_cast<std::string*>(erased.get())->c_str());
    return (closed_handles) == 1 ? 0 : 1;  // self-check: the computed value is 1
}
