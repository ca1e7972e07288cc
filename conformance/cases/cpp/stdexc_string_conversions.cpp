// std::stoi/stol/stoul/stoll/stod throw std::invalid_argument or
// std::out_of_range from inside the native library; the program catches them.
#include <cstdio>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

template <typename F>
static std::string attempt(const char* label, const std::string& in, F f) {
    try {
        auto v = f(in);
        return std::string(label) + "(\"" + in + "\") = " + std::to_string(v);
    } catch (const std::invalid_argument& e) {
        return std::string(label) + "(\"" + in + "\") invalid_argument: " + e.what();
    } catch (const std::out_of_range& e) {
        return std::string(label) + "(\"" + in + "\") out_of_range: " + e.what();
    }
}

int main(int argc, char** argv) {
    std::vector<std::string> lines;
    lines.push_back(attempt("stoi", "x", [](const std::string& s) { return std::stoi(s); }));
    lines.push_back(attempt("stoi", "  -123abc", [](const std::string& s) { return std::stoi(s); }));
    lines.push_back(attempt("stoi", "3000000000", [](const std::string& s) { return std::stoi(s); }));
    lines.push_back(attempt("stol", "99999999999999999999", [](const std::string& s) { return std::stol(s); }));
    lines.push_back(attempt("stol", "-9223372036854775808", [](const std::string& s) { return std::stol(s); }));
    lines.push_back(attempt("stoul", "ff", [](const std::string& s) { return std::stoul(s, nullptr, 16); }));
    lines.push_back(attempt("stoull", "", [](const std::string& s) { return std::stoull(s); }));
    lines.push_back(attempt("stoll", "0x1F", [](const std::string& s) { return std::stoll(s, nullptr, 0); }));
    lines.push_back(attempt("stod", "1e999", [](const std::string& s) { return std::stod(s); }));
    lines.push_back(attempt("stod", "abc", [](const std::string& s) { return std::stod(s); }));
    lines.push_back(attempt("stoi-base2", "101101", [](const std::string& s) { return std::stoi(s, nullptr, 2); }));

    for (auto& l : lines) std::cout << l << "\n";

    // pos output parameter
    std::size_t pos = 0;
    int v = std::stoi("  77 apples", &pos);
    std::printf("parsed %d, consumed %zu chars\n", v, pos);

    // parse the program arguments; "alpha" and "beta" are not numbers
    int good = 0, bad = 0, sum = 0;
    for (int i = 1; i < argc; ++i) {
        try {
            sum += std::stoi(argv[i]);
            ++good;
        } catch (const std::exception& e) {
            ++bad;
            std::cout << "arg " << i << " (" << argv[i] << ") rejected by " << e.what() << "\n";
        }
    }
    std::printf("good=%d bad=%d sum=%d\n", good, bad, sum);
    return sum + bad;  // 44
}
