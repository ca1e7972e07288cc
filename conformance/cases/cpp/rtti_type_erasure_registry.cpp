// A small type-erased registry keyed by std::type_index: handlers registered
// per dynamic type are looked up with typeid, falling back to base types via
// a dynamic_cast chain. Output sorted by key name.
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <typeindex>
#include <typeinfo>
#include <unordered_map>
#include <vector>

struct Event { virtual ~Event() = default; };
struct KeyEvent : Event { char key; explicit KeyEvent(char k) : key(k) {} };
struct MouseEvent : Event { int x, y; MouseEvent(int a, int b) : x(a), y(b) {} };
struct DoubleClick : MouseEvent { using MouseEvent::MouseEvent; };
struct Resize : Event { int w, h; Resize(int a, int b) : w(a), h(b) {} };

class Dispatcher {
    std::unordered_map<std::type_index, std::function<int(const Event&)>> handlers_;
public:
    template <typename E, typename F>
    void on(F f) {
        handlers_[std::type_index(typeid(E))] = [f](const Event& e) { return f(static_cast<const E&>(e)); };
    }
    int dispatch(const Event& e, std::string& route) const {
        auto it = handlers_.find(std::type_index(typeid(e)));
        if (it != handlers_.end()) {
            route = "exact";
            return it->second(e);
        }
        if (dynamic_cast<const MouseEvent*>(&e)) {
            auto base = handlers_.find(std::type_index(typeid(MouseEvent)));
            if (base != handlers_.end()) {
                route = "base MouseEvent";
                return base->second(e);
            }
        }
        route = "unhandled";
        return 0;
    }
    std::map<std::string, bool> registered() const {
        std::map<std::string, bool> out;
        for (auto& kv : handlers_) out[kv.first.name()] = true;
        return out;
    }
};

int main() {
    Dispatcher d;
    d.on<KeyEvent>([](const KeyEvent& k) { return static_cast<int>(k.key); });
    d.on<MouseEvent>([](const MouseEvent& m) { return m.x * 100 + m.y; });
    d.on<Resize>([](const Resize& r) { return r.w * r.h; });

    std::vector<std::unique_ptr<Event>> events;
    events.emplace_back(new KeyEvent('A'));
    events.emplace_back(new MouseEvent(3, 4));
    events.emplace_back(new DoubleClick(7, 8));
    events.emplace_back(new Resize(10, 20));
    events.emplace_back(new Event);

    long total = 0;
    for (auto& e : events) {
        std::string route;
        int r = d.dispatch(*e, route);
        std::cout << typeid(*e).name() << " -> " << route << " = " << r << "\n";
        total += r;
    }
    std::cout << "registered:";
    for (auto& kv : d.registered()) std::cout << " " << kv.first;
    std::cout << "\n";
    std::cout << "total " << total << "\n";
    return 0;
}
