// Virtual calls inside constructors and destructors dispatch to the class
// currently being constructed/destroyed, not the most-derived override.
// typeid and dynamic_cast inside them follow the same rule.
#include <iostream>
#include <string>
#include <typeinfo>

struct Base {
    std::string log;
    Base() { log += "Base ctor sees " + who() + " (" + typeid(*this).name() + "); "; init(); }
    virtual ~Base() { std::cout << "Base dtor sees " << who() << "\n"; }
    virtual std::string who() const { return "Base"; }
    virtual void init() { log += "Base::init; "; }
    void later() { log += "later sees " + who() + "; "; }
};

struct Middle : Base {
    int value = 5;
    Middle() { log += "Middle ctor sees " + who() + "; "; }
    ~Middle() override { std::cout << "Middle dtor sees " << who() << " value " << value << "\n"; }
    std::string who() const override { return "Middle"; }
    void init() override { log += "Middle::init; "; }
};

struct Top : Middle {
    std::string name = "top";
    Top() {
        log += "Top ctor sees " + who() + "; ";
        Base* self = this;
        log += std::string("cast to Top in ctor ok=") + (dynamic_cast<Top*>(self) ? "1" : "0") + "; ";
    }
    ~Top() override { std::cout << "Top dtor sees " << who() << " name " << name << "\n"; }
    std::string who() const override { return "Top(" + name + ")"; }
    void init() override { log += "Top::init; "; }
};

// A helper that calls a virtual through a Base& during Watched's member
// initialisers: the bases are complete, so Watched's override is selected
struct Observer {
    static std::string observe(const Base& b) { return b.who(); }
};
struct Watched : Middle {
    std::string seen;
    Watched() : Middle(), seen(Observer::observe(*this)) {}
    std::string who() const override { return "Watched"; }
};

int main() {
    {
        Top t;
        t.later();
        std::cout << t.log << "\n";
    }
    Watched w;
    std::cout << "observer during member init saw: " << w.seen << "\n";
    std::cout << "observer now sees: " << Observer::observe(w) << "\n";
    return (static_cast<int>(w.seen.size())) == 7 ? 0 : 1;  // self-check: the computed value is 7
}
