// <regex>: regex_match with capture groups, regex_search iteration with
// sregex_iterator, regex_replace with back-references and format flags,
// icase, ECMAScript vs extended grammar, and sregex_token_iterator splitting.
#include <iostream>
#include <regex>
#include <string>
#include <vector>

int main() {
    const std::regex date(R"((\d{4})-(\d{2})-(\d{2}))");
    for (const char* s : {"2024-02-29", "1999-12-31", "2024-2-29", "x2024-02-29"}) {
        std::cmatch m;
        if (std::regex_match(s, m, date))
            std::cout << s << " matches: year " << m[1] << " month " << m[2] << " day " << m[3] << "\n";
        else
            std::cout << s << " does not match\n";
    }

    const std::string log =
        "user=alice id=17 ok; user=bob id=4 fail; user=carol id=256 ok; user=dave id=x ok";
    const std::regex entry(R"(user=(\w+) id=(\d+) (ok|fail))");
    int id_sum = 0;
    for (std::sregex_iterator it(log.begin(), log.end(), entry), end; it != end; ++it) {
        const std::smatch& m = *it;
        std::cout << "entry at " << m.position(0) << ": " << m[1] << " #" << m[2] << " " << m[3] << "\n";
        if (m[3] == "ok") id_sum += std::stoi(m[2]);
    }
    std::cout << "sum of ok ids " << id_sum << "\n";

    std::string text = "Contact: john.doe@example.com, JANE@Example.ORG; bad@; x@y.z";
    std::regex email(R"(([\w.]+)@([\w]+)\.([a-z]{2,}))", std::regex::icase);
    std::cout << "masked: " << std::regex_replace(text, email, "<$1 at $2>") << "\n";
    std::cout << "first only: " << std::regex_replace(text, email, "[email]", std::regex_constants::format_first_only)
              << "\n";
    std::cout << "matches only: "
              << std::regex_replace(text, email, "$&;", std::regex_constants::format_no_copy) << "\n";

    std::string csv = "a, b,,c ,  d";
    std::regex sep(R"(\s*,\s*)");
    std::vector<std::string> parts(std::sregex_token_iterator(csv.begin(), csv.end(), sep, -1),
                                   std::sregex_token_iterator());
    std::cout << "tokens:";
    for (auto& p : parts) std::cout << " [" << p << "]";
    std::cout << "\n";

    std::regex ext("(ab)+c", std::regex::extended);
    std::cout << "extended (ab)+c on ababc: " << std::regex_match("ababc", ext) << "\n";
    std::regex nongreedy("<.+?>");
    std::smatch sm;
    std::string html = "<b>bold</b>";
    std::regex_search(html, sm, nongreedy);
    std::cout << "non-greedy first tag: " << sm.str() << " prefix '" << sm.prefix() << "' suffix '" << sm.suffix()
              << "'\n";
    std::regex backref(R"((\w)\1)");
    std::cout << "doubled letters in 'bookkeeper': ";
    std::string bk = "bookkeeper";
    for (std::sregex_iterator it(bk.begin(), bk.end(), backref), end; it != end; ++it) std::cout << it->str() << " ";
    std::cout << "\n";
    return (id_sum % 256) == 17 ? 0 : 1;  // self-check: the computed value is 17
}
