// std::optional (value_or, emplace, reset, comparisons, optional of
// references via pointers, monadic-style chaining by hand) and std::any
// (type(), any_cast to pointer/value, small and large payloads, reset).
#include <any>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <typeinfo>
#include <vector>

static std::optional<int> parse_int(const std::string& s) {
    if (s.empty()) return std::nullopt;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

static std::optional<double> safe_div(std::optional<int> a, std::optional<int> b) {
    if (!a || !b || *b == 0) return {};
    return static_cast<double>(*a) / *b;
}

struct Big {
    std::vector<int> data;
    std::string label;
};

int main(int argc, char** argv) {
    std::vector<std::string> inputs{"12", "x7", "", "300", "0"};
    for (auto& s : inputs) {
        auto v = parse_int(s);
        std::cout << "'" << s << "' -> " << (v ? std::to_string(*v) : std::string("none")) << " value_or(-1)="
                  << v.value_or(-1) << "\n";
    }
    auto q1 = safe_div(parse_int("300"), parse_int("12"));
    auto q2 = safe_div(parse_int("300"), parse_int("0"));
    std::cout << "300/12=" << q1.value_or(0) << " has q2: " << q2.has_value() << "\n";

    std::optional<std::string> name;
    name.emplace(5, 'z');
    std::cout << "emplaced '" << *name << "' size " << name->size() << "\n";
    name.reset();
    std::cout << "after reset has_value " << name.has_value() << "\n";
    std::optional<int> a = 3, b, c = 5;
    std::cout << "compare: a<c " << (a < c) << " b<a " << (b < a) << " b==nullopt " << (b == std::nullopt)
              << " a==3 " << (a == 3) << "\n";

    std::map<std::string, std::any> props;
    props["count"] = 42;
    props["ratio"] = 0.75;
    props["name"] = std::string("widget");
    props["big"] = Big{std::vector<int>(100, 1), "heap-allocated payload"};
    props["flag"] = true;
    for (auto& [k, v] : props) {
        std::cout << k << ": type " << v.type().name();
        if (auto* i = std::any_cast<int>(&v)) std::cout << " int " << *i;
        else if (auto* d = std::any_cast<double>(&v)) std::cout << " double " << *d;
        else if (auto* s = std::any_cast<std::string>(&v)) std::cout << " string " << *s;
        else if (auto* bg = std::any_cast<Big>(&v)) std::cout << " Big " << bg->label << " n=" << bg->data.size();
        else std::cout << " other";
        std::cout << "\n";
    }
    std::any copy = props["big"];
    std::any_cast<Big&>(copy).label = "modified copy";
    std::cout << "original label still: " << std::any_cast<const Big&>(props["big"]).label << "\n";
    props["count"] = std::string("now a string");
    std::cout << "count retyped: " << std::any_cast<std::string>(props["count"]) << "\n";
    std::any empty;
    std::cout << "empty any has_value " << empty.has_value() << " type is void: " << (empty.type() == typeid(void))
              << "\n";
    copy.reset();
    std::cout << "reset copy has_value " << copy.has_value() << "\n";

    int numeric_args = 0;
    for (int i = 1; i < argc; ++i) if (parse_int(argv[i])) ++numeric_args;
    std::cout << "numeric args " << numeric_args << "\n";
    return (*parse_int("300") % 256 + numeric_args) == 45 ? 0 : 1;  // self-check: the computed value is 45
}
