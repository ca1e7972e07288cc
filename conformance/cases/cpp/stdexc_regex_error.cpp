// Malformed regular expressions make std::regex's constructor throw
// std::regex_error with an error code; valid ones work normally.
#include <iostream>
#include <regex>
#include <string>

static const char* code_name(std::regex_constants::error_type c) {
    using namespace std::regex_constants;
    if (c == error_collate) return "error_collate";
    if (c == error_ctype) return "error_ctype";
    if (c == error_escape) return "error_escape";
    if (c == error_backref) return "error_backref";
    if (c == error_brack) return "error_brack";
    if (c == error_paren) return "error_paren";
    if (c == error_brace) return "error_brace";
    if (c == error_badbrace) return "error_badbrace";
    if (c == error_range) return "error_range";
    if (c == error_space) return "error_space";
    if (c == error_badrepeat) return "error_badrepeat";
    if (c == error_complexity) return "error_complexity";
    if (c == error_stack) return "error_stack";
    return "other";
}

int main() {
    const char* patterns[] = {"(abc", "[a-", "a{2,1}", "*start", "ok+", "\\", "(?<name>x)", "[[:nope:]]", "a{3}b", "x)"};
    int errors = 0;
    for (const char* p : patterns) {
        try {
            std::regex re(p);
            bool m = std::regex_search("aaab okk", re);
            std::cout << "'" << p << "' compiled, search=" << m << "\n";
        } catch (const std::regex_error& e) {
            ++errors;
            std::cout << "'" << p << "' regex_error " << code_name(e.code()) << ": " << e.what() << "\n";
        }
    }
    // also thrown through a std::exception handler
    try {
        std::regex bad("(((");
    } catch (const std::exception& e) {
        std::cout << "as std::exception: " << e.what() << "\n";
        ++errors;
    }
    std::cout << "errors " << errors << "\n";
    return (errors) == 9 ? 0 : 1;  // self-check: the computed value is 9
}
