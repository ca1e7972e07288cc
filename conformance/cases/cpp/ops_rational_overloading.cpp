// Operator overloading on a Rational type: arithmetic, compound assignment,
// unary minus, comparisons, stream insertion/extraction, explicit bool and
// double conversions, increment, function-call and subscript operators on
// a Polynomial built from Rationals.
#include <iostream>
#include <numeric>
#include <sstream>
#include <stdexcept>
#include <vector>

class Rational {
    long n_, d_;
    void normalize() {
        if (d_ == 0) throw std::domain_error("zero denominator");
        if (d_ < 0) { n_ = -n_; d_ = -d_; }
        long g = std::gcd(n_ < 0 ? -n_ : n_, d_);
        if (g > 1) { n_ /= g; d_ /= g; }
    }
public:
    Rational(long n = 0, long d = 1) : n_(n), d_(d) { normalize(); }
    long num() const { return n_; }
    long den() const { return d_; }
    Rational& operator+=(const Rational& o) { n_ = n_ * o.d_ + o.n_ * d_; d_ *= o.d_; normalize(); return *this; }
    Rational& operator-=(const Rational& o) { return *this += -o; }
    Rational& operator*=(const Rational& o) { n_ *= o.n_; d_ *= o.d_; normalize(); return *this; }
    Rational& operator/=(const Rational& o) {
        if (o.n_ == 0) throw std::domain_error("division by zero");
        n_ *= o.d_; d_ *= o.n_; normalize(); return *this;
    }
    Rational operator-() const { return Rational(-n_, d_); }
    Rational& operator++() { n_ += d_; return *this; }
    Rational operator++(int) { Rational old = *this; ++*this; return old; }
    explicit operator bool() const { return n_ != 0; }
    explicit operator double() const { return static_cast<double>(n_) / d_; }
    friend Rational operator+(Rational a, const Rational& b) { return a += b; }
    friend Rational operator-(Rational a, const Rational& b) { return a -= b; }
    friend Rational operator*(Rational a, const Rational& b) { return a *= b; }
    friend Rational operator/(Rational a, const Rational& b) { return a /= b; }
    friend bool operator==(const Rational& a, const Rational& b) { return a.n_ == b.n_ && a.d_ == b.d_; }
    friend bool operator!=(const Rational& a, const Rational& b) { return !(a == b); }
    friend bool operator<(const Rational& a, const Rational& b) { return a.n_ * b.d_ < b.n_ * a.d_; }
    friend bool operator>(const Rational& a, const Rational& b) { return b < a; }
    friend std::ostream& operator<<(std::ostream& os, const Rational& r) {
        os << r.n_;
        if (r.d_ != 1) os << '/' << r.d_;
        return os;
    }
    friend std::istream& operator>>(std::istream& is, Rational& r) {
        long n, d = 1;
        if (!(is >> n)) return is;
        if (is.peek() == '/') {
            is.get();
            if (!(is >> d)) return is;
        }
        try {
            r = Rational(n, d);
        } catch (const std::domain_error&) {
            is.setstate(std::ios::failbit);
        }
        return is;
    }
};

class Polynomial {
    std::vector<Rational> c_;  // c_[i] * x^i
public:
    Polynomial(std::initializer_list<Rational> c) : c_(c) {}
    Rational operator()(const Rational& x) const {  // Horner
        Rational r;
        for (auto it = c_.rbegin(); it != c_.rend(); ++it) r = r * x + *it;
        return r;
    }
    Rational& operator[](std::size_t i) { return c_.at(i); }
    Polynomial derivative() const {
        Polynomial d{};
        for (std::size_t i = 1; i < c_.size(); ++i) d.c_.push_back(c_[i] * Rational(static_cast<long>(i)));
        return d;
    }
    friend std::ostream& operator<<(std::ostream& os, const Polynomial& p) {
        bool first = true;
        for (std::size_t i = p.c_.size(); i-- > 0;) {
            if (!p.c_[i]) continue;
            os << (first ? "" : " + ") << "(" << p.c_[i] << ")";
            if (i) os << "x^" << i;
            first = false;
        }
        if (first) os << "0";
        return os;
    }
};

int main() {
    Rational a(1, 2), b(3, 4), c(-6, 8);
    std::cout << "a=" << a << " b=" << b << " c=" << c << "\n";
    std::cout << "a+b=" << a + b << " a-b=" << a - b << " a*b=" << a * b << " a/b=" << a / b << " -c=" << -c << "\n";
    std::cout << "b==-c " << (b == -c) << " a<b " << (a < b) << " c>a " << (c > a) << " bool(c+b) "
              << static_cast<bool>(c + b) << " double(b) " << static_cast<double>(b) << "\n";
    Rational h;  // harmonic sum
    for (int i = 1; i <= 10; ++i) h += Rational(1, i);
    std::cout << "H(10)=" << h << "\n";
    Rational counter(1, 3);
    Rational before = counter++;
    std::cout << "post-increment returned " << before << " now " << counter << ", pre " << ++counter << "\n";

    std::istringstream in("3/9 -4/6 7 5/0 2/3");
    Rational r, total;
    int parsed = 0;
    while (in >> r) {
        total += r;
        ++parsed;
    }
    std::cout << "parsed " << parsed << " total " << total << " (stopped at bad input: " << in.fail() << ")\n";
    try {
        a / Rational(0);
    } catch (const std::domain_error& e) {
        std::cout << "caught " << e.what() << "\n";
    }
    Polynomial p{Rational(1), Rational(-3, 2), Rational(0), Rational(2)};  // 2x^3 - 3/2 x + 1
    std::cout << "p = " << p << "\np' = " << p.derivative() << "\n";
    std::cout << "p(1/2)=" << p(Rational(1, 2)) << " p(2)=" << p(Rational(2)) << " p'(1)=" << p.derivative()(Rational(1))
              << "\n";
    p[0] = Rational(5);
    std::cout << "after p[0]=5: p(0)=" << p(Rational(0)) << "\n";
    return static_cast<int>(h.den() % 256);  // 2520 % 256 = 216
}
