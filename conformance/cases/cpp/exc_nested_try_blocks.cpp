// Nested try blocks: inner handlers that do not match let the exception reach
// outer ones; exceptions thrown from inside a handler propagate outward.
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

std::vector<std::string> trail;

static void step(int level, int mode) {
    try {
        trail.push_back("enter" + std::to_string(level));
        if (level == 3) {
            if (mode == 0) throw std::runtime_error("deep runtime");
            if (mode == 1) throw std::length_error("deep length");
            if (mode == 2) throw level * 100;
            return;
        }
        try {
            step(level + 1, mode);
        } catch (const std::length_error& e) {
            trail.push_back("L" + std::to_string(level) + " length_error handled");
            if (level == 2) throw std::runtime_error(std::string("translated: ") + e.what());
        }
        trail.push_back("leave" + std::to_string(level));
    } catch (int v) {
        trail.push_back("L" + std::to_string(level) + " int " + std::to_string(v));
        if (level > 1) throw v + 1;
    }
}

int main() {
    for (int mode = 0; mode < 4; ++mode) {
        trail.clear();
        try {
            step(1, mode);
            trail.push_back("completed");
        } catch (const std::exception& e) {
            trail.push_back(std::string("main caught: ") + e.what());
        } catch (int v) {
            trail.push_back("main int " + std::to_string(v));
        }
        std::cout << "mode " << mode << ":";
        for (auto& s : trail) std::cout << " [" << s << "]";
        std::cout << "\n";
    }
    // try inside catch inside try
    int result = 0;
    try {
        throw 1;
    } catch (int a) {
        try {
            throw a + 1;
        } catch (int b) {
            try {
                throw std::to_string(a + b);
            } catch (const std::string& s) {
                result = std::stoi(s) * 7;
            }
        }
    }
    std::cout << "result " << result << "\n";
    return 0;
}
