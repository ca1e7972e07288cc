// CRTP: static polymorphism for shapes, a comparable mixin providing all
// relational operators from less(), an instance counter per derived type,
// and a chained builder returning the derived type.
#include <iostream>
#include <string>
#include <vector>

template <typename Derived>
struct ShapeBase {
    double area() const { return static_cast<const Derived*>(this)->area_impl(); }
    std::string describe() const { return Derived::name() + " area " + std::to_string(area()); }
};
struct Sq : ShapeBase<Sq> {
    double s;
    explicit Sq(double x) : s(x) {}
    double area_impl() const { return s * s; }
    static std::string name() { return "square"; }
};
struct Tri : ShapeBase<Tri> {
    double b, h;
    Tri(double x, double y) : b(x), h(y) {}
    double area_impl() const { return b * h / 2; }
    static std::string name() { return "triangle"; }
};

template <typename D>
struct Comparable {
    friend bool operator>(const D& a, const D& b) { return b.less(a); }
    friend bool operator<(const D& a, const D& b) { return a.less(b); }
    friend bool operator<=(const D& a, const D& b) { return !b.less(a); }
    friend bool operator>=(const D& a, const D& b) { return !a.less(b); }
    friend bool operator==(const D& a, const D& b) { return !a.less(b) && !b.less(a); }
    friend bool operator!=(const D& a, const D& b) { return !(a == b); }
};
struct Version : Comparable<Version> {
    int major, minor, patch;
    Version(int a, int b, int c) : major(a), minor(b), patch(c) {}
    bool less(const Version& o) const {
        if (major != o.major) return major < o.major;
        if (minor != o.minor) return minor < o.minor;
        return patch < o.patch;
    }
};

template <typename T>
struct Counted {
    static inline int alive = 0;
    static inline int total = 0;
    Counted() { ++alive; ++total; }
    Counted(const Counted&) { ++alive; ++total; }
    ~Counted() { --alive; }
};
struct Apple : Counted<Apple> {};
struct Pear : Counted<Pear> {};

template <typename Derived>
struct Builder {
    std::string out;
    Derived& add(const std::string& s) {
        out += s;
        return static_cast<Derived&>(*this);
    }
};
struct HtmlBuilder : Builder<HtmlBuilder> {
    HtmlBuilder& tag(const std::string& t, const std::string& body) {
        add("<" + t + ">").add(body).add("</" + t + ">");
        return *this;
    }
};

template <typename S>
double twice_area(const ShapeBase<S>& s) { return 2 * s.area(); }

int main() {
    Sq q(3);
    Tri t(4, 5);
    std::cout << q.describe() << "\n" << t.describe() << "\n";
    std::cout << "twice: " << twice_area(q) << " " << twice_area(t) << "\n";

    Version v1(1, 2, 3), v2(1, 10, 0), v3(1, 2, 3);
    std::cout << "v1<v2 " << (v1 < v2) << " v1>v2 " << (v1 > v2) << " v1==v3 " << (v1 == v3) << " v1!=v2 "
              << (v1 != v2) << " v2>=v1 " << (v2 >= v1) << " v1<=v3 " << (v1 <= v3) << "\n";

    {
        std::vector<Apple> apples(5);
        Pear p1, p2;
        std::vector<Apple> more = apples;
        std::cout << "alive apples " << Apple::alive << " pears " << Pear::alive << "\n";
    }
    std::cout << "after scope alive apples " << Apple::alive << " total apples " << Apple::total << " total pears "
              << Pear::total << "\n";

    HtmlBuilder hb;
    hb.tag("h1", "Title").add("\n").tag("p", "body text");
    std::cout << hb.out << "\n";
    return (Apple::total + Pear::total) == 12 ? 0 : 1;  // self-check: the computed value is 12
}
