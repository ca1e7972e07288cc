// Library-thrown "bad_*" exceptions: bad_cast (dynamic_cast to reference),
// bad_typeid, bad_variant_access, bad_optional_access, bad_any_cast,
// bad_function_call, bad_weak_ptr.
#include <any>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <typeinfo>
#include <variant>

struct Shape { virtual ~Shape() = default; virtual double area() const = 0; };
struct Square : Shape { double s = 3; double area() const override { return s * s; } };
struct Circle : Shape { double area() const override { return 3.0; } };

static int caught = 0;

template <typename F>
static void run(const char* label, F f) {
    std::cout << label << ": ";
    try {
        f();
        std::cout << "no exception\n";
    } catch (const std::bad_cast& e) {
        ++caught;
        std::cout << "bad_cast (" << e.what() << ")\n";
    } catch (const std::bad_typeid& e) {
        ++caught;
        std::cout << "bad_typeid (" << e.what() << ")\n";
    } catch (const std::bad_variant_access& e) {
        ++caught;
        std::cout << "bad_variant_access (" << e.what() << ")\n";
    } catch (const std::bad_optional_access& e) {
        ++caught;
        std::cout << "bad_optional_access (" << e.what() << ")\n";
    } catch (const std::bad_function_call& e) {
        ++caught;
        std::cout << "bad_function_call (" << e.what() << ")\n";
    } catch (const std::bad_weak_ptr& e) {
        ++caught;
        std::cout << "bad_weak_ptr (" << e.what() << ")\n";
    }
}

int main() {
    Circle c;
    Square sq;
    Shape& rc = c;
    Shape& rs = sq;
    Shape* nul = nullptr;

    run("dynamic_cast<Square&>(circle)", [&] { (void)dynamic_cast<Square&>(rc); });
    run("dynamic_cast<Square&>(square)", [&] { std::cout << "area " << dynamic_cast<Square&>(rs).area() << ", "; });
    run("typeid(*null)", [&] { std::cout << typeid(*nul).name(); });
    run("get<int>(variant<string>)", [] {
        std::variant<int, std::string> v = std::string("text");
        std::cout << std::get<int>(v);
    });
    run("get<1>(valueless-free variant)", [] {
        std::variant<int, double> v = 2.5;
        std::cout << std::get<1>(v) << ", ";
    });
    run("optional.value()", [] {
        std::optional<int> o;
        std::cout << o.value();
    });
    run("any_cast<int>(any(string))", [] {
        std::any a = std::string("s");
        std::cout << std::any_cast<int>(a);
    });
    run("empty std::function", [] {
        std::function<int(int)> f;
        std::cout << f(1);
    });
    run("shared_ptr(expired weak_ptr)", [] {
        std::weak_ptr<int> w;
        {
            auto sp = std::make_shared<int>(5);
            w = sp;
        }
        std::shared_ptr<int> back(w);
        std::cout << *back;
    });
    // bad_any_cast derives from bad_cast
    std::cout << "caught " << caught << "\n";
    return (caught) == 7 ? 0 : 1;  // self-check: the computed value is 7
}
