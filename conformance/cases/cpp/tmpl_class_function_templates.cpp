// Class and function templates instantiated with the program's own types:
// a fixed-capacity ring buffer, a generic matrix with operator*, function
// templates with deduction, explicit arguments, overloading against
// non-templates, default template arguments, and explicit specialisation.
#include <iostream>
#include <stdexcept>
#include <string>

template <typename T, std::size_t N = 4>
class Ring {
    T data_[N]{};
    std::size_t head_ = 0, size_ = 0;
public:
    void push(const T& v) {
        data_[(head_ + size_) % N] = v;
        if (size_ < N) ++size_;
        else head_ = (head_ + 1) % N;
    }
    T pop() {
        if (!size_) throw std::underflow_error("ring empty");
        T v = data_[head_];
        head_ = (head_ + 1) % N;
        --size_;
        return v;
    }
    std::size_t size() const { return size_; }
    static constexpr std::size_t capacity() { return N; }
};

template <typename T, int R, int C>
struct Matrix {
    T m[R][C]{};
    template <int K>
    Matrix<T, R, K> operator*(const Matrix<T, C, K>& o) const {
        Matrix<T, R, K> out;
        for (int i = 0; i < R; ++i)
            for (int j = 0; j < K; ++j)
                for (int k = 0; k < C; ++k) out.m[i][j] += m[i][k] * o.m[k][j];
        return out;
    }
};

struct Money {
    long cents;
    Money operator+(const Money& o) const { return {cents + o.cents}; }
    bool operator<(const Money& o) const { return cents < o.cents; }
};
std::ostream& operator<<(std::ostream& os, const Money& m) {
    return os << "$" << m.cents / 100 << "." << (m.cents % 100 < 10 ? "0" : "") << m.cents % 100;
}

template <typename T>
T largest(const T* arr, std::size_t n) {
    T best = arr[0];
    for (std::size_t i = 1; i < n; ++i)
        if (best < arr[i]) best = arr[i];
    return best;
}
template <typename T>
T total(const T* arr, std::size_t n, T init = T{}) {
    for (std::size_t i = 0; i < n; ++i) init = init + arr[i];
    return init;
}

template <typename T> std::string describe(const T&) { return "generic"; }
template <> std::string describe<Money>(const Money& m) { return "money with " + std::to_string(m.cents) + " cents"; }
std::string describe(int) { return "plain int overload"; }
template <typename T> std::string describe(T* p) { return "pointer to " + describe(*p); }

template <typename To, typename From>
To convert(const From& f) { return static_cast<To>(f); }

int main() {
    Ring<std::string> r;
    for (const char* w : {"a", "b", "c", "d", "e", "f"}) r.push(w);
    std::cout << "ring size " << r.size() << " of " << Ring<std::string>::capacity() << ":";
    while (r.size()) std::cout << " " << r.pop();
    std::cout << "\n";
    try {
        r.pop();
    } catch (const std::underflow_error& e) {
        std::cout << "caught " << e.what() << "\n";
    }
    Ring<Money, 2> rm;
    rm.push({150});
    rm.push({275});
    rm.push({5});
    std::cout << "money ring front " << rm.pop() << "\n";

    Matrix<int, 2, 3> a;
    Matrix<int, 3, 2> b;
    int v = 1;
    for (auto& row : a.m) for (int& x : row) x = v++;
    for (auto& row : b.m) for (int& x : row) x = v++;
    auto c = a * b;
    std::cout << "matrix product: " << c.m[0][0] << " " << c.m[0][1] << " / " << c.m[1][0] << " " << c.m[1][1] << "\n";

    Money wallet[] = {{1999}, {250}, {4005}, {10}};
    std::cout << "largest " << largest(wallet, 4) << " total " << total(wallet, 4) << "\n";
    double ds[] = {1.5, -2.0, 8.25};
    std::cout << "largest double " << largest(ds, 3) << " total with init " << total(ds, 3, 100.0) << "\n";
    int seven = 7;
    std::cout << describe(3.0) << " | " << describe(wallet[0]) << " | " << describe(5) << " | " << describe(&wallet[1])
              << " | " << describe(&seven) << "\n";
    std::cout << "convert<int>(9.99)=" << convert<int>(9.99) << " convert<char>(66)=" << convert<char>(66) << "\n";
    return (static_cast<int>(c.m[1][1] % 256)) == 154 ? 0 : 1;  // self-check: the computed value is 154
}
