// Pure virtual interfaces implemented by several classes; a class implementing
// two interfaces; a pure virtual function with a definition called explicitly;
// algorithms written only against the interfaces.
#include <algorithm>
#include <cmath>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

struct Shape {
    virtual ~Shape() = 0;
    virtual double area() const = 0;
    virtual double perimeter() const = 0;
    virtual std::string name() const = 0;
};
Shape::~Shape() {}

struct Printable {
    virtual ~Printable() = default;
    virtual void print(std::ostream& os) const = 0;
};

struct Describer {
    virtual ~Describer() = default;
    virtual std::string describe() const = 0;
};
// a pure virtual with a body that overriders can reuse
std::string Describer::describe() const { return "thing"; }

class Circle : public Shape, public Printable, public Describer {
    double r_;
public:
    explicit Circle(double r) : r_(r) {}
    double area() const override { return M_PI * r_ * r_; }
    double perimeter() const override { return 2 * M_PI * r_; }
    std::string name() const override { return "circle"; }
    void print(std::ostream& os) const override { os << "Circle(r=" << r_ << ")"; }
    std::string describe() const override { return "round " + Describer::describe(); }
};
class Rect : public Shape, public Printable {
    double w_, h_;
public:
    Rect(double w, double h) : w_(w), h_(h) {}
    double area() const override { return w_ * h_; }
    double perimeter() const override { return 2 * (w_ + h_); }
    std::string name() const override { return "rect"; }
    void print(std::ostream& os) const override { os << "Rect(" << w_ << "x" << h_ << ")"; }
};
class Triangle : public Shape {
    double a_, b_, c_;
public:
    Triangle(double a, double b, double c) : a_(a), b_(b), c_(c) {}
    double area() const override {
        double s = (a_ + b_ + c_) / 2;
        return std::sqrt(s * (s - a_) * (s - b_) * (s - c_));
    }
    double perimeter() const override { return a_ + b_ + c_; }
    std::string name() const override { return "triangle"; }
};

static double total_area(const std::vector<std::unique_ptr<Shape>>& v) {
    double t = 0;
    for (auto& s : v) t += s->area();
    return t;
}

int main() {
    std::vector<std::unique_ptr<Shape>> shapes;
    shapes.emplace_back(new Rect(3, 4));
    shapes.emplace_back(new Circle(1.5));
    shapes.emplace_back(new Triangle(3, 4, 5));
    shapes.emplace_back(new Rect(1, 10));
    shapes.emplace_back(new Circle(0.5));

    std::sort(shapes.begin(), shapes.end(),
              [](const std::unique_ptr<Shape>& a, const std::unique_ptr<Shape>& b) { return a->area() < b->area(); });
    std::cout << std::fixed << std::setprecision(4);
    for (auto& s : shapes) {
        std::cout << std::setw(9) << s->name() << " area=" << s->area() << " perim=" << s->perimeter();
        if (auto* p = dynamic_cast<Printable*>(s.get())) {
            std::ostringstream os;
            p->print(os);
            std::cout << " " << os.str();
        }
        if (auto* d = dynamic_cast<Describer*>(s.get())) std::cout << " [" << d->describe() << "]";
        std::cout << "\n";
    }
    double t = total_area(shapes);
    std::cout << "total area " << t << "\n";
    return (static_cast<int>(t)) == 35 ? 0 : 1;  // self-check: the computed value is 35
}
