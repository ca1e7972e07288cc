// Covariant return types: clone() returns the derived pointer type when called
// on a derived static type; also covariant references and multiple inheritance
// covariance where the returned pointer must be adjusted.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

struct Node {
    virtual ~Node() = default;
    virtual Node* clone() const = 0;
    virtual std::string show() const = 0;
    virtual Node& self() { return *this; }
};

struct Num : Node {
    int v;
    explicit Num(int x) : v(x) {}
    Num* clone() const override { return new Num(v); }
    std::string show() const override { return std::to_string(v); }
    Num& self() override { return *this; }
};

struct Add : Node {
    std::unique_ptr<Node> l, r;
    Add(Node* a, Node* b) : l(a), r(b) {}
    Add* clone() const override { return new Add(l->clone(), r->clone()); }
    std::string show() const override { return "(" + l->show() + "+" + r->show() + ")"; }
};

// covariance through a non-primary base
struct Named {
    virtual ~Named() = default;
    virtual std::string name() const { return "named"; }
};
struct Var : Named, Node {
    std::string id;
    explicit Var(std::string s) : id(std::move(s)) {}
    Var* clone() const override { return new Var(id); }  // Node* result must point at Node subobject
    std::string show() const override { return id; }
    std::string name() const override { return "var " + id; }
};

static int eval(const Node& n, int x) {
    if (auto* num = dynamic_cast<const Num*>(&n)) return num->v;
    if (dynamic_cast<const Var*>(&n)) return x;
    auto& a = dynamic_cast<const Add&>(n);
    return eval(*a.l, x) + eval(*a.r, x);
}

int main() {
    Add expr(new Num(3), new Add(new Var("x"), new Num(4)));
    std::unique_ptr<Add> copy(expr.clone());  // no cast needed: Add* returned
    std::cout << "original " << expr.show() << " copy " << copy->show() << "\n";
    // mutate the copy only
    static_cast<Num&>(*copy->l).v = 30;
    std::cout << "after mutation original " << expr.show() << " copy " << copy->show() << "\n";

    Var v("y");
    Node* asnode = &v;
    std::unique_ptr<Node> vc(asnode->clone());  // virtual call returns adjusted Node*
    std::cout << "var clone shows " << vc->show() << ", named as " << dynamic_cast<Named&>(*vc).name() << "\n";
    std::unique_ptr<Var> direct(v.clone());
    std::cout << "direct Var clone name " << direct->name() << "\n";

    Num n(8);
    Node& nr = n;
    std::cout << "self via Node& -> " << nr.self().show() << ", Num::self().v=" << n.self().v << "\n";

    int results = 0;
    for (int x = 0; x < 3; ++x) {
        int a = eval(expr, x), b = eval(*copy, x);
        std::cout << "x=" << x << " expr=" << a << " copy=" << b << "\n";
        results += a + b;
    }
    return results;  // (7+8+9) + (34+35+36) = 129
}
