// std::cout formatting with manipulators: width/fill/alignment, precision in
// default, fixed and scientific notation, integer bases with showbase,
// boolalpha, showpos, uppercase, and restoring flags.
#include <iomanip>
#include <iostream>
#include <string>

int main() {
    std::cout << "[" << std::setw(8) << 42 << "][" << std::left << std::setw(8) << 42 << "]["
              << std::right << std::setfill('*') << std::setw(8) << 42 << "]" << std::setfill(' ') << "\n";
    std::cout << "[" << std::internal << std::showpos << std::setw(8) << 42 << "]" << std::noshowpos << "\n";
    std::cout << "[" << std::setw(10) << "text" << "][" << std::left << std::setw(10) << "text" << std::right
              << "]\n";

    double vals[] = {3.14159265358979, 1234567.891, 0.000123456, 100.0, -2.5};
    for (double v : vals) {
        std::cout << std::defaultfloat << std::setprecision(6) << v << " | " << std::setprecision(3) << v << " | "
                  << std::fixed << std::setprecision(2) << v << " | " << std::scientific << std::setprecision(4) << v
                  << " | " << std::uppercase << v << std::nouppercase << "\n";
    }
    std::cout << std::defaultfloat << std::setprecision(6);
    std::cout << std::hex << 255 << " " << std::showbase << 255 << " " << std::uppercase << 255 << std::nouppercase
              << " " << std::oct << 64 << " " << std::dec << 64 << std::noshowbase << "\n";
    std::cout << std::boolalpha << true << " " << false << " " << std::noboolalpha << true << "\n";
    std::cout << std::showpoint << 2.0 << " " << std::noshowpoint << 2.0 << "\n";

    // save and restore formatting state
    std::ios_base::fmtflags saved = std::cout.flags();
    std::streamsize prec = std::cout.precision();
    std::cout << std::hex << std::fixed << std::setprecision(1) << 31 << " " << 9.99 << "\n";
    std::cout.flags(saved);
    std::cout.precision(prec);
    std::cout << 31 << " " << 9.99 << "\n";

    // a small table
    const char* names[] = {"alpha", "beta", "gamma"};
    int qty[] = {3, 1200, 47};
    double price[] = {1.5, 0.125, 19.99};
    double total = 0;
    for (int i = 0; i < 3; ++i) {
        double line = qty[i] * price[i];
        total += line;
        std::cout << std::left << std::setw(8) << names[i] << std::right << std::setw(6) << qty[i] << std::setw(10)
                  << std::fixed << std::setprecision(3) << price[i] << std::setw(12) << std::setprecision(2) << line
                  << "\n";
    }
    std::cout << std::setw(36) << std::setfill('.') << total << std::setfill(' ') << "\n";
    std::cout << std::put_money(12345) << " " << std::quoted("say \"hi\"") << "\n";
    return (static_cast<int>(total) % 256) == 70 ? 0 : 1;  // self-check: the computed value is 70
}
