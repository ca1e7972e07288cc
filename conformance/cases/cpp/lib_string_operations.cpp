// std::string operations: find family, replace, insert, erase, compare,
// substr, conversions, case mapping, splitting/joining, reserve/capacity
// growth independent values, and small-string vs heap strings.
#include <algorithm>
#include <cctype>
#include <iostream>
#include <string>
#include <vector>

static std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        std::size_t pos = s.find(sep, start);
        out.push_back(s.substr(start, pos - start));
        if (pos == std::string::npos) break;
        start = pos + 1;
    }
    return out;
}

static std::string join(const std::vector<std::string>& v, const std::string& sep) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) out += sep;
        out += v[i];
    }
    return out;
}

int main(int argc, char** argv) {
    std::string s = "The quick brown fox jumps over the lazy dog";
    std::cout << "size " << s.size() << "\n";
    std::cout << "find(\"the\")=" << s.find("the") << " rfind(\"the\")=" << s.rfind("the")
              << " find('q')=" << s.find('q') << " find(\"cat\")==npos: " << (s.find("cat") == std::string::npos) << "\n";
    std::cout << "find_first_of(\"aeiou\")=" << s.find_first_of("aeiou")
              << " find_last_not_of(\"dog \")=" << s.find_last_not_of("dog ") << "\n";

    std::string t = s;
    t.replace(t.find("quick"), 5, "slow");
    t.insert(0, ">> ");
    t.erase(t.find(" lazy"), 5);
    t += " <<";
    std::cout << t << "\n";

    std::string upper = s;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
    std::cout << upper << "\n";

    auto words = split(s, ' ');
    std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    std::cout << join(words, ",") << "\n";
    std::cout << "fields of 'a,,b,': " << split("a,,b,", ',').size() << "\n";

    std::cout << "compare: " << (std::string("apple") < std::string("banana")) << " "
              << std::string("abc").compare("abd") << " " << std::string("b").compare("a") << " "
              << (std::string("same") == "same") << "\n";

    std::string longer(100, 'x');
    longer.append(3, 'y').append("zz");
    std::cout << "long string size " << longer.size() << " tail " << longer.substr(longer.size() - 6) << "\n";
    std::string small = "hi";
    small.resize(5, '!');
    std::cout << small << " " << small.length() << "\n";
    std::cout << "to_string: " << std::to_string(-17) << " " << std::to_string(3.5) << " " << std::to_string(1ULL << 40)
              << "\n";

    std::string rev(s.rbegin(), s.rend());
    std::cout << "reversed: " << rev << "\n";
    std::cout << "count of 'o': " << std::count(s.begin(), s.end(), 'o') << "\n";

    std::string args;
    for (int i = 1; i < argc; ++i) args += std::string(argv[i]) + (i + 1 < argc ? "|" : "");
    std::cout << "args: " << args << "\n";
    std::string sw = "left";
    std::string other = "right";
    sw.swap(other);
    std::cout << "swapped: " << sw << " " << other << "\n";
    return (static_cast<int>(s.find("lazy"))) == 35 ? 0 : 1;  // self-check: the computed value is 35
}
