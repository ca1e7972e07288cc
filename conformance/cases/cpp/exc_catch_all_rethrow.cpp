// catch(...) with bare `throw;` rethrows whatever is in flight, preserving its
// type; rethrow from a helper called inside a handler also works.
#include <cstdio>
#include <iostream>
#include <stdexcept>
#include <string>

static int cleanup_count = 0;

static void rethrow_current() { throw; }  // only valid while handling

static void layer3(int k) {
    if (k == 0) throw std::invalid_argument("bad arg");
    if (k == 1) throw 3.5;
    if (k == 2) throw 'c';
    if (k == 3) throw std::string("str");
}

static void layer2(int k) {
    try {
        layer3(k);
    } catch (...) {
        ++cleanup_count;
        std::cout << "  layer2 cleanup #" << cleanup_count << ", rethrowing\n";
        throw;
    }
}

static void layer1(int k) {
    try {
        layer2(k);
    } catch (...) {
        std::cout << "  layer1 delegating rethrow to helper\n";
        rethrow_current();
    }
}

int main() {
    int score = 0;
    for (int k = 0; k < 5; ++k) {
        std::cout << "case " << k << "\n";
        try {
            layer1(k);
            std::cout << "  no exception\n";
        } catch (const std::invalid_argument& e) {
            std::cout << "  invalid_argument: " << e.what() << "\n";
            score += 1;
        } catch (double d) {
            std::cout << "  double: " << d << "\n";
            score += 10;
        } catch (char c) {
            std::cout << "  char: " << c << "\n";
            score += 100;
        } catch (...) {
            std::cout << "  something else\n";
            score += 1000;
        }
    }
    std::printf("score=%d cleanups=%d\n", score, cleanup_count);
    return score % 200;  // 1111 % 200 = 111
}
