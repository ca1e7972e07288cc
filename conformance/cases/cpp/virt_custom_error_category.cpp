// A program-defined std::error_category and error-code enum registered with
// is_error_code_enum / is_error_condition_enum: the native library calls the
// category's virtual name(), message() and equivalent() (e.g. from
// system_error::what() and error_code == error_condition comparisons).
#include <iostream>
#include <string>
#include <system_error>

enum class ParseErrc { ok = 0, empty_input = 1, bad_digit = 2, overflow = 3 };
enum class Severity { recoverable = 1, fatal = 2 };

namespace std {
template <> struct is_error_code_enum<ParseErrc> : true_type {};
template <> struct is_error_condition_enum<Severity> : true_type {};
}  // namespace std

class ParseCategory : public std::error_category {
public:
    const char* name() const noexcept override { return "parse"; }
    std::string message(int ev) const override {
        switch (static_cast<ParseErrc>(ev)) {
        case ParseErrc::ok: return "success";
        case ParseErrc::empty_input: return "input was empty";
        case ParseErrc::bad_digit: return "invalid digit";
        case ParseErrc::overflow: return "value too large";
        }
        return "unknown parse error";
    }
    bool equivalent(int code, const std::error_condition& cond) const noexcept override;
};

class SeverityCategory : public std::error_category {
public:
    const char* name() const noexcept override { return "severity"; }
    std::string message(int ev) const override { return ev == 1 ? "recoverable" : "fatal"; }
};

const std::error_category& parse_category() {
    static ParseCategory c;
    return c;
}
const std::error_category& severity_category() {
    static SeverityCategory c;
    return c;
}
std::error_code make_error_code(ParseErrc e) { return {static_cast<int>(e), parse_category()}; }
std::error_condition make_error_condition(Severity s) { return {static_cast<int>(s), severity_category()}; }

bool ParseCategory::equivalent(int code, const std::error_condition& cond) const noexcept {
    if (cond.category() != severity_category()) return false;
    if (cond.value() == static_cast<int>(Severity::recoverable))
        return code == static_cast<int>(ParseErrc::empty_input) || code == static_cast<int>(ParseErrc::bad_digit);
    return code == static_cast<int>(ParseErrc::overflow);
}

static std::error_code parse(const std::string& s, int& out) {
    if (s.empty()) return ParseErrc::empty_input;
    long v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return ParseErrc::bad_digit;
        v = v * 10 + (c - '0');
        if (v > 1000000) return ParseErrc::overflow;
    }
    out = static_cast<int>(v);
    return {};
}

int main() {
    const char* inputs[] = {"123", "", "12a", "99999999", "7"};
    int total = 0, recoverable = 0, fatal = 0;
    for (const char* in : inputs) {
        int v = 0;
        std::error_code ec = parse(in, v);
        std::cout << "'" << in << "': ";
        if (!ec) {
            std::cout << "ok " << v << "\n";
            total += v;
            continue;
        }
        std::cout << ec.category().name() << ":" << ec.value() << " " << ec.message();
        if (ec == Severity::recoverable) { std::cout << " [recoverable]"; ++recoverable; }
        if (ec == Severity::fatal) { std::cout << " [fatal]"; ++fatal; }
        std::cout << "\n";
        if (ec == Severity::fatal) {
            try {
                throw std::system_error(ec, "parsing '" + std::string(in) + "'");
            } catch (const std::system_error& e) {
                std::cout << "  system_error: " << e.what() << " (code " << e.code() << ")\n";
            }
        }
    }
    std::error_code a = ParseErrc::bad_digit, b = make_error_code(ParseErrc::bad_digit);
    std::cout << "equal codes: " << (a == b) << ", vs generic errc: " << (a == std::errc::invalid_argument)
              << ", categories ordered consistently: " << ((parse_category() < severity_category()) !=
                                                            (severity_category() < parse_category()))
              << "\n";
    std::cout << "total=" << total << " recoverable=" << recoverable << " fatal=" << fatal << "\n";
    return (recoverable * 10 + fatal) == 21 ? 0 : 1;  // self-check: the computed value is 21
}
