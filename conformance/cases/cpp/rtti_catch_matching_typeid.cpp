// The runtime's handler matching uses the same type information as RTTI:
// compare typeid of caught exceptions with the handler's static type, catch
// pointers to classes by base pointer, and match template-instantiated types.
#include <iostream>
#include <stdexcept>
#include <string>
#include <typeinfo>

template <int Code>
struct HttpError : std::runtime_error {
    HttpError() : std::runtime_error("http " + std::to_string(Code)) {}
    static constexpr int code = Code;
};

struct Base { virtual ~Base() = default; virtual int tag() const { return 1; } };
struct Mid : Base { int tag() const override { return 2; } };
struct Leaf : Mid { int tag() const override { return 3; } };

static Leaf leaf_obj;
static Mid mid_obj;

static void raise(int k) {
    switch (k) {
    case 0: throw HttpError<404>();
    case 1: throw HttpError<500>();
    case 2: throw &leaf_obj;
    case 3: throw static_cast<Base*>(&mid_obj);  // static type Base*: Mid* handler does not match
    case 4: throw Leaf();
    case 5: throw std::bad_cast();
    }
}

int main() {
    int sum = 0;
    for (int k = 0; k < 6; ++k) {
        try {
            raise(k);
        } catch (const HttpError<404>& e) {
            std::cout << k << ": 404 handler, typeid " << typeid(e).name() << " code " << e.code << "\n";
            sum += e.code;
        } catch (Mid* m) {
            std::cout << k << ": Mid* handler, dynamic " << typeid(*m).name() << " tag " << m->tag() << "\n";
            sum += m->tag();
        } catch (Base* b) {
            std::cout << k << ": Base* handler, dynamic " << typeid(*b).name() << " tag " << b->tag()
                      << " downcast-to-Mid " << (dynamic_cast<Mid*>(b) != nullptr) << "\n";
            sum += b->tag() * 10;
        } catch (const Base& b) {
            std::cout << k << ": Base& handler, dynamic " << typeid(b).name()
                      << " same-as-Leaf " << (typeid(b) == typeid(Leaf)) << "\n";
            sum += b.tag() * 100;
        } catch (const std::exception& e) {
            const std::type_info& ti = typeid(e);
            std::cout << k << ": std::exception handler, dynamic " << ti.name() << " what " << e.what() << "\n";
            if (ti == typeid(HttpError<500>)) sum += 500;
            if (ti == typeid(std::bad_cast)) sum += 7;
        }
    }
    std::cout << "sum " << sum << "\n";
    return (sum % 256) == 210 ? 0 : 1;  // self-check: the computed value is 210
}
