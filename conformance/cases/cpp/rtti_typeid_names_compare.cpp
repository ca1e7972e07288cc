// typeid on static and dynamic types: equality, name() (mangled, identical
// everywhere for the same ABI), cv/reference stripping, before() ordering via
// std::type_index, and typeid of polymorphic objects through base references.
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <typeindex>
#include <typeinfo>
#include <vector>

namespace geo {
struct Shape { virtual ~Shape() = default; };
struct Circle : Shape {};
struct Ring : Circle {};
template <typename T, int N> struct Grid { T cells[N]; };
}  // namespace geo

struct NonPoly { int x; };
struct NonPolyDerived : NonPoly {};

int main() {
    std::cout << "int: " << typeid(int).name() << "\n";
    std::cout << "unsigned long: " << typeid(unsigned long).name() << "\n";
    std::cout << "const char*: " << typeid(const char*).name() << "\n";
    std::cout << "double[3]: " << typeid(double[3]).name() << "\n";
    std::cout << "int(*)(char, float): " << typeid(int (*)(char, float)).name() << "\n";
    std::cout << "geo::Ring: " << typeid(geo::Ring).name() << "\n";
    std::cout << "Grid<short,4>: " << typeid(geo::Grid<short, 4>).name() << "\n";
    std::cout << "std::string: " << typeid(std::string).name() << "\n";
    std::cout << "vector<int>: " << typeid(std::vector<int>).name() << "\n";
    std::cout << "member ptr: " << typeid(int NonPoly::*).name() << "\n";

    // top-level cv and references are ignored
    std::cout << std::boolalpha;
    std::cout << "typeid(const int)==typeid(int): " << (typeid(const int) == typeid(int)) << "\n";
    std::cout << "typeid(int&)==typeid(int): " << (typeid(int&) == typeid(int)) << "\n";
    std::cout << "typeid(const int*)==typeid(int*): " << (typeid(const int*) == typeid(int*)) << "\n";
    std::cout << "typeid(long)==typeid(long long): " << (typeid(long) == typeid(long long)) << "\n";

    // dynamic type through base reference / pointer
    std::vector<std::unique_ptr<geo::Shape>> shapes;
    shapes.emplace_back(new geo::Circle);
    shapes.emplace_back(new geo::Ring);
    shapes.emplace_back(new geo::Shape);
    int circles = 0;
    for (auto& s : shapes) {
        const std::type_info& ti = typeid(*s);
        std::cout << "dynamic: " << ti.name() << " static: " << typeid(s.get()).name()
                  << " is Circle: " << (ti == typeid(geo::Circle)) << "\n";
        if (ti == typeid(geo::Circle)) ++circles;
    }
    // non-polymorphic: static type only
    NonPolyDerived npd;
    NonPoly& npr = npd;
    std::cout << "non-polymorphic ref typeid: " << typeid(npr).name() << "\n";

    // typeid of an expression is not evaluated for non-polymorphic operands
    int counter = 0;
    (void)typeid(counter++);
    std::cout << "counter after unevaluated typeid: " << counter << "\n";

    // type_index as an ordered map key; print in map order after sorting by name
    std::map<std::string, int> by_name;
    std::map<std::type_index, int> counts;
    for (auto& s : shapes) counts[std::type_index(typeid(*s))]++;
    counts[std::type_index(typeid(geo::Circle))] += 10;
    for (auto& kv : counts) by_name[kv.first.name()] = kv.second;
    for (auto& kv : by_name) std::cout << "count " << kv.first << " = " << kv.second << "\n";
    std::cout << "type_index equality: " << (std::type_index(typeid(int)) == std::type_index(typeid(const int)))
              << "\n";
    std::cout << "hash codes equal for same type: "
              << (typeid(geo::Ring).hash_code() == typeid(*shapes[1]).hash_code()) << "\n";
    return (circles + counter) == 1 ? 0 : 1;  // self-check: the computed value is 1
}
