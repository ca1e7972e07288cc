// Static data members (out-of-line, constexpr, inline), C++17 inline
// variables with dynamic initialisers, and per-instantiation statics of
// class templates.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

struct Logger {
    std::vector<std::string> lines;
    Logger() { std::printf("Logger constructed\n"); }
    ~Logger() { std::printf("Logger destroyed with %zu lines\n", lines.size()); }
};

inline Logger g_log;                          // inline variable with a constructor
inline int g_inline_counter = 40 + 2;         // constant initialised
inline const std::string g_banner = "banner"; // dynamic initialisation

struct Widget {
    static int instances;                     // defined out of line
    static constexpr int max_instances = 5;   // implicitly inline
    static inline std::string kind = "widget";
    static inline std::vector<int> ids{};
    int id;
    Widget() : id(++instances) {
        ids.push_back(id);
        g_log.lines.push_back(kind + "#" + std::to_string(id));
    }
    ~Widget() { --instances; }
};
int Widget::instances = 0;

template <typename T>
struct Counter {
    static int created;
    static inline const char* label = "counter";
    Counter() { ++created; }
};
template <typename T> int Counter<T>::created = 0;

int main() {
    std::cout << "banner=" << g_banner << " inline_counter=" << g_inline_counter << "\n";
    {
        Widget a, b;
        std::vector<Widget> more(3);
        std::cout << "instances now " << Widget::instances << " of max " << Widget::max_instances << "\n";
    }
    std::cout << "instances after scope " << Widget::instances << "\n";
    Widget::kind = "gadget";
    Widget c;
    std::cout << "ids:";
    for (int i : Widget::ids) std::cout << " " << i;
    std::cout << "\n";

    Counter<int> ci[4];
    Counter<double> cd[2];
    Counter<char> cc;
    (void)ci; (void)cd; (void)cc;
    std::cout << "Counter<int>=" << Counter<int>::created << " Counter<double>=" << Counter<double>::created
              << " Counter<char>=" << Counter<char>::created << " label=" << Counter<long>::label << "\n";
    const int* addr1 = &Widget::max_instances;  // odr-use of a constexpr static member is fine since C++17
    std::cout << "max via pointer " << *addr1 << "\n";
    for (auto& l : g_log.lines) std::cout << "log: " << l << "\n";
    return (Widget::instances + static_cast<int>(g_log.lines.size())) == 7 ? 0 : 1;  // self-check: the computed value is 7
}
