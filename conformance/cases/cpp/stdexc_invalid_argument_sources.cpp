// std::invalid_argument and friends from several library sources: bitset
// construction from strings, std::stoi, and program-thrown validation errors.
#include <bitset>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

struct Temperature {
    double kelvin;
    explicit Temperature(double k) : kelvin(k) {
        if (k < 0) throw std::invalid_argument("below absolute zero: " + std::to_string(k));
    }
};

static int errors = 0;

static void try_bitset(const std::string& s) {
    try {
        std::bitset<10> b(s);
        std::cout << "bitset(\"" << s << "\") = " << b << " count=" << b.count() << "\n";
    } catch (const std::invalid_argument& e) {
        ++errors;
        std::cout << "bitset(\"" << s << "\") invalid_argument: " << e.what() << "\n";
    }
}

int main() {
    try_bitset("1011");
    try_bitset("10x1");
    try_bitset("1111100000111");  // longer than 10: truncated, not an error
    try_bitset("abc");

    try {
        std::bitset<8> b(std::string("0110"), 10);  // pos beyond size -> out_of_range
    } catch (const std::out_of_range& e) {
        ++errors;
        std::cout << "bitset pos>size out_of_range: " << e.what() << "\n";
    }
    try {
        std::bitset<4> big(std::string("1111"));
        std::bitset<70> wide;
        wide.set(69);
        std::cout << "to_ulong of 70-bit: " << wide.to_ulong() << "\n";
    } catch (const std::overflow_error& e) {
        ++errors;
        std::cout << "overflow_error: " << e.what() << "\n";
    }

    std::vector<double> temps{300.0, -5.0, 0.0, -273.15};
    double total = 0;
    for (double t : temps) {
        try {
            Temperature tk(t);
            total += tk.kelvin;
        } catch (const std::logic_error& e) {  // invalid_argument is a logic_error
            ++errors;
            std::cout << "logic_error: " << e.what() << "\n";
        }
    }
    std::cout << "total kelvin " << total << "\n";
    std::cout << "errors " << errors << "\n";
    return (errors) == 6 ? 0 : 1;  // self-check: the computed value is 6
}
