// Throwing non-class types: no arithmetic conversions apply when matching,
// but pointer qualification and derived-to-base pointer conversions do.
#include <cstdio>
#include <iostream>

enum Color { Red = 1, Green = 2 };
enum class Level : short { Low = 3, High = 9 };
struct B { virtual ~B() {} int b = 5; };
struct D : B { int d = 6; };

static B* shared_b = nullptr;
static D global_d;

static const char* test(int k) {
    try {
        switch (k) {
        case 0: throw 5;              // int
        case 1: throw 5L;             // long: not caught by int
        case 2: throw 2.5f;           // float: not caught by double
        case 3: throw "literal";      // const char*
        case 4: throw Green;          // unscoped enum: not caught by int
        case 5: throw Level::High;
        case 6: throw &global_d;      // D* caught as B*
        case 7: throw nullptr;        // nullptr_t caught by the first pointer handler
        case 8: throw (unsigned char)200;
        case 9: throw true;
        }
        return "nothing";
    } catch (int i) {
        std::printf("  int %d\n", i);
        return "int";
    } catch (double d) {
        std::printf("  double %g\n", d);
        return "double";
    } catch (const char* s) {
        std::printf("  const char* %s\n", s ? s : "<null>");
        return "const char*";
    } catch (Color c) {
        std::printf("  Color %d\n", (int)c);
        return "Color";
    } catch (Level l) {
        std::printf("  Level %d\n", (int)l);
        return "Level";
    } catch (const B* b) {
        if (b) std::printf("  const B* b=%d\n", b->b);
        else std::printf("  const B* null\n");
        return "const B*";
    } catch (long l) {
        std::printf("  long %ld\n", l);
        return "long";
    } catch (float f) {
        std::printf("  float %g\n", (double)f);
        return "float";
    } catch (unsigned char u) {
        std::printf("  uchar %u\n", (unsigned)u);
        return "uchar";
    } catch (...) {
        std::printf("  ...\n");
        return "...";
    }
}

int main() {
    (void)shared_b;
    int n = 0;
    for (int k = 0; k < 11; ++k) {
        const char* r = test(k);
        std::cout << k << " -> " << r << "\n";
        n = n * 3 + (int)std::char_traits<char>::length(r);
    }
    std::cout << "hash " << n << "\n";
    return (n % 97) == 59 ? 0 : 1;  // self-check: the computed value is 59
}
