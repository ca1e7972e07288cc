// A custom exception hierarchy with a virtual what() that builds its message
// lazily, virtual helpers, and polymorphic handling through std::exception&.
#include <exception>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

class ParseError : public std::exception {
protected:
    int line_, col_;
    mutable std::string cache_;
    virtual void describe(std::ostream& os) const { os << "parse error"; }
public:
    ParseError(int line, int col) : line_(line), col_(col) {}
    const char* what() const noexcept override {
        if (cache_.empty()) {
            std::ostringstream os;
            describe(os);
            os << " at " << line_ << ":" << col_;
            cache_ = os.str();
        }
        return cache_.c_str();
    }
    virtual int severity() const { return 1; }
};

class UnexpectedToken : public ParseError {
    std::string tok_;
protected:
    void describe(std::ostream& os) const override { os << "unexpected token '" << tok_ << "'"; }
public:
    UnexpectedToken(int l, int c, std::string t) : ParseError(l, c), tok_(std::move(t)) {}
    int severity() const override { return 2; }
};

class UnterminatedString final : public UnexpectedToken {
protected:
    void describe(std::ostream& os) const override {
        UnexpectedToken::describe(os);
        os << " (unterminated string)";
    }
public:
    UnterminatedString(int l, int c) : UnexpectedToken(l, c, "\"") {}
    int severity() const override { return 3; }
};

// A tiny tokenizer that throws the above.
static std::vector<std::string> tokenize(const std::string& src) {
    std::vector<std::string> out;
    int line = 1, col = 0;
    for (std::size_t i = 0; i < src.size(); ++i) {
        char c = src[i];
        ++col;
        if (c == '\n') { ++line; col = 0; continue; }
        if (c == ' ') continue;
        if (c >= '0' && c <= '9') {
            std::string num(1, c);
            while (i + 1 < src.size() && src[i + 1] >= '0' && src[i + 1] <= '9') { num += src[++i]; ++col; }
            out.push_back(num);
        } else if (c == '+' || c == '*' || c == '(' || c == ')') {
            out.emplace_back(1, c);
        } else if (c == '"') {
            std::size_t j = src.find('"', i + 1);
            if (j == std::string::npos) throw UnterminatedString(line, col);
            out.push_back(src.substr(i, j - i + 1));
            col += static_cast<int>(j - i);
            i = j;
        } else if (c == '#') {
            throw ParseError(line, col);
        } else {
            throw UnexpectedToken(line, col, std::string(1, c));
        }
    }
    return out;
}

int main() {
    const char* inputs[] = {"1 + 2 * (3)", "12 +\n 4 $ 5", "\"ok\" + \"bad", "7 # comment", "\"a\" \"b\""};
    int total_severity = 0;
    for (const char* in : inputs) {
        try {
            auto toks = tokenize(in);
            std::cout << "tokens:";
            for (auto& t : toks) std::cout << " <" << t << ">";
            std::cout << "\n";
        } catch (const ParseError& e) {
            std::cout << "ParseError severity " << e.severity() << ": " << e.what() << "\n";
            total_severity += e.severity();
            const std::exception& base = e;
            std::cout << "  via std::exception: " << base.what() << "\n";
        }
    }
    // store polymorphic exceptions and query them later
    std::vector<std::unique_ptr<ParseError>> errs;
    errs.emplace_back(new UnterminatedString(9, 1));
    errs.emplace_back(new ParseError(2, 2));
    errs.emplace_back(new UnexpectedToken(3, 4, "@"));
    for (auto& e : errs) std::cout << e->severity() << " " << e->what() << "\n";
    std::cout << "total severity " << total_severity << "\n";
    return (total_severity) == 6 ? 0 : 1;  // self-check: the computed value is 6
}
