// iostreams throw std::ios_base::failure when exceptions() is enabled; the
// failure is raised inside the native library's extractors.
#include <iostream>
#include <sstream>
#include <string>

int main() {
    std::istringstream in("10 20 thirty 40");
    in.exceptions(std::ios::failbit | std::ios::badbit);
    int sum = 0, n = 0;
    try {
        int x;
        while (true) {
            in >> x;
            sum += x;
            ++n;
        }
    } catch (const std::ios_base::failure& e) {
        std::cout << "failure after " << n << " numbers, sum=" << sum << "\n";
        std::cout << "  fail=" << in.fail() << " bad=" << in.bad() << " eof=" << in.eof() << "\n";
        std::cout << "  is system_error: " << (dynamic_cast<const std::system_error*>(&e) != nullptr) << "\n";
    }

    // without exceptions: state flags only
    std::istringstream quiet("7 x");
    int a = 0, b = 0;
    quiet >> a >> b;
    std::cout << "quiet: a=" << a << " b=" << b << " fail=" << quiet.fail() << "\n";
    quiet.clear();
    std::string rest;
    quiet >> rest;
    std::cout << "after clear, rest=" << rest << "\n";

    // enabling exceptions on an already-failed stream throws immediately
    std::istringstream bad("");
    int y;
    bad >> y;
    try {
        bad.exceptions(std::ios::failbit);
        std::cout << "no throw\n";
    } catch (const std::exception& e) {
        std::cout << "exceptions() on failed stream threw\n";
    }

    // eof-triggered exception through getline
    std::istringstream lines("first\nsecond");
    lines.exceptions(std::ios::eofbit);
    std::string line;
    int count = 0;
    try {
        while (std::getline(lines, line)) {
            ++count;
            std::cout << "line: " << line << "\n";
        }
    } catch (const std::ios_base::failure&) {
        std::cout << "eof exception after " << count << " lines, last='" << line << "'\n";
    }
    return (sum / 10) == 3 ? 0 : 1;  // self-check: the computed value is 3
}
