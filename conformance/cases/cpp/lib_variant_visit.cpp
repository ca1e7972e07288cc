// std::variant with std::visit: an expression evaluator over a variant AST,
// overloaded-lambda visitors, multi-variant visitation, holds_alternative,
// get_if, index(), emplace, monostate, and valueless_by_exception.
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

template <class... Ts> struct overloaded : Ts... { using Ts::operator()...; };
template <class... Ts> overloaded(Ts...) -> overloaded<Ts...>;

struct Expr;
using ExprPtr = std::shared_ptr<Expr>;
struct Lit { double v; };
struct Neg { ExprPtr e; };
struct Bin { char op; ExprPtr l, r; };
struct Expr { std::variant<Lit, Neg, Bin> node; };

static ExprPtr lit(double v) { return std::make_shared<Expr>(Expr{Lit{v}}); }
static ExprPtr neg(ExprPtr e) { return std::make_shared<Expr>(Expr{Neg{std::move(e)}}); }
static ExprPtr bin(char op, ExprPtr l, ExprPtr r) { return std::make_shared<Expr>(Expr{Bin{op, std::move(l), std::move(r)}}); }

static double eval(const ExprPtr& e) {
    return std::visit(overloaded{
                          [](const Lit& l) { return l.v; },
                          [](const Neg& n) { return -eval(n.e); },
                          [](const Bin& b) {
                              double x = eval(b.l), y = eval(b.r);
                              switch (b.op) {
                              case '+': return x + y;
                              case '-': return x - y;
                              case '*': return x * y;
                              default: return x / y;
                              }
                          },
                      },
                      e->node);
}

static std::string show(const ExprPtr& e) {
    return std::visit(overloaded{
                          [](const Lit& l) {
                              std::string s = std::to_string(l.v);
                              s.erase(s.find_last_not_of('0') + 1);
                              if (s.back() == '.') s.pop_back();
                              return s;
                          },
                          [](const Neg& n) { return "-" + show(n.e); },
                          [](const Bin& b) { return "(" + show(b.l) + " " + b.op + " " + show(b.r) + ")"; },
                      },
                      e->node);
}

struct Thrower {
    Thrower() = default;
    Thrower(const Thrower&) { throw std::runtime_error("copy failed"); }
};

int main() {
    auto e = bin('+', bin('*', lit(3), lit(4.5)), neg(bin('/', lit(10), lit(4))));
    std::cout << show(e) << " = " << eval(e) << "\n";

    using Value = std::variant<std::monostate, int, double, std::string, bool>;
    std::vector<Value> vals{{}, 42, 2.5, std::string("text"), true, 7};
    for (auto& v : vals) {
        std::cout << "index " << v.index() << ": ";
        std::visit(overloaded{
                       [](std::monostate) { std::cout << "empty"; },
                       [](int i) { std::cout << "int " << i; },
                       [](double d) { std::cout << "double " << d; },
                       [](const std::string& s) { std::cout << "string '" << s << "'"; },
                       [](bool b) { std::cout << "bool " << std::boolalpha << b << std::noboolalpha; },
                   },
                   v);
        std::cout << "\n";
    }
    int ints = 0;
    for (auto& v : vals) if (std::holds_alternative<int>(v)) ints += std::get<int>(v);
    std::cout << "sum of ints " << ints << "\n";
    if (auto* s = std::get_if<std::string>(&vals[3])) std::cout << "get_if string length " << s->size() << "\n";
    std::cout << "get_if wrong type null: " << (std::get_if<double>(&vals[1]) == nullptr) << "\n";

    std::variant<int, std::string> a = 3, b = std::string("x");
    auto combine = [](const auto& l, const auto& r) {
        using L = std::decay_t<decltype(l)>;
        using R = std::decay_t<decltype(r)>;
        if constexpr (std::is_same_v<L, int> && std::is_same_v<R, int>) return std::to_string(l + r);
        else if constexpr (std::is_same_v<L, int>) return std::string(l, r[0]);
        else if constexpr (std::is_same_v<R, int>) return std::string(r, l[0]);
        else return l + r;
    };
    std::cout << "combine(3,'x')=" << std::visit(combine, a, b) << " combine(3,3)=" << std::visit(combine, a, a)
              << " combine('x','x')=" << std::visit(combine, b, b) << "\n";
    a.emplace<std::string>("now a string");
    std::cout << "after emplace index " << a.index() << " value " << std::get<1>(a) << "\n";

    std::variant<int, Thrower> fragile = 5;
    try {
        Thrower t;
        fragile = t;  // copy throws during assignment
    } catch (const std::runtime_error& ex) {
        std::cout << "assignment threw '" << ex.what() << "', valueless=" << fragile.valueless_by_exception()
                  << " index==npos " << (fragile.index() == std::variant_npos) << "\n";
    }
    return (static_cast<int>(eval(e))) == 11 ? 0 : 1;  // self-check: the computed value is 11
}
