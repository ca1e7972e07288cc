// CHECK:NO_ASAN (AddressSanitizer reports the impossible allocation instead of throwing)
// Impossible allocation requests make operator new throw std::bad_alloc
// (or std::bad_array_new_length); containers throw std::length_error first.
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

volatile std::size_t huge = SIZE_MAX / 2;
char* volatile sink = nullptr;

static int try_huge_new() {
    try {
        sink = new char[huge];
        sink[0] = 1;
        std::cout << "allocation unexpectedly succeeded\n";
        delete[] sink;
        return 0;
    } catch (const std::bad_alloc& e) {
        std::cout << "new char[SIZE_MAX/2]: bad_alloc: " << e.what() << "\n";
        return 1;
    }
}

static int try_nothrow() {
    sink = new (std::nothrow) char[huge];  // stored to a volatile so it cannot be elided
    char* p = sink;
    std::cout << "nothrow new returned " << (p ? "non-null" : "null") << "\n";
    delete[] p;
    return p == nullptr;
}

static int try_array_length() {
    volatile long n = -1;
    try {
        sink = new char[n];
        return 0;
    } catch (const std::bad_array_new_length& e) {
        std::cout << "new char[-1]: bad_array_new_length: " << e.what() << "\n";
        return 1;
    } catch (const std::bad_alloc& e) {
        std::cout << "new char[-1]: bad_alloc: " << e.what() << "\n";
        return 1;
    }
}

static int try_vector_reserve() {
    std::vector<int> v;
    try {
        v.reserve(v.max_size() + 1);
        return 0;
    } catch (const std::length_error& e) {
        std::cout << "vector::reserve: length_error: " << e.what() << "\n";
        return 1;
    }
}

static int try_string_resize() {
    std::string s = "abc";
    try {
        s.resize(s.max_size() + 1);
        return 0;
    } catch (const std::length_error& e) {
        std::cout << "string::resize: length_error: " << e.what() << "\n";
        return 1;
    }
}

static int try_vector_huge_ctor() {
    try {
        std::vector<double> v(huge / 4);
        return 0;
    } catch (const std::length_error& e) {
        std::cout << "vector<double>(n): length_error: " << e.what() << "\n";
        return 1;
    } catch (const std::bad_alloc& e) {
        std::cout << "vector<double>(n): bad_alloc: " << e.what() << "\n";
        return 1;
    }
}

int main() {
    int n = try_huge_new() + try_nothrow() + try_array_length() + try_vector_reserve() + try_string_resize() +
            try_vector_huge_ctor();
    // the program keeps working after the failures
    std::vector<int> ok(1000, 3);
    long sum = 0;
    for (int x : ok) sum += x;
    std::printf("handled %d failures, sum afterwards %ld\n", n, sum);
    return (n) == 6 ? 0 : 1;  // self-check: the computed value is 6
}
