// std::string_view: non-owning slicing (remove_prefix/suffix, substr),
// find family, comparisons, splitting without allocation, use as map key
// with transparent comparator, and conversions to std::string.
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

static std::vector<std::string_view> split(std::string_view s, std::string_view delims) {
    std::vector<std::string_view> out;
    while (!s.empty()) {
        std::size_t pos = s.find_first_of(delims);
        if (pos != 0) out.push_back(s.substr(0, pos));
        if (pos == std::string_view::npos) break;
        s.remove_prefix(pos + 1);
    }
    return out;
}

static std::string_view trim(std::string_view s) {
    std::size_t b = s.find_first_not_of(" \t");
    if (b == std::string_view::npos) return {};
    std::size_t e = s.find_last_not_of(" \t");
    return s.substr(b, e - b + 1);
}

static bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
static bool ends_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

int main() {
    const std::string config = "  host = example.local ; port=8080;mode = fast ;; debug=  ";
    std::map<std::string, std::string, std::less<>> kv;
    for (std::string_view item : split(config, ";")) {
        std::size_t eq = item.find('=');
        if (eq == std::string_view::npos) continue;
        std::string_view key = trim(item.substr(0, eq)), val = trim(item.substr(eq + 1));
        if (key.empty()) continue;
        kv.emplace(std::string(key), std::string(val));
    }
    for (auto& [k, v] : kv) std::cout << "[" << k << "] = [" << v << "]\n";
    std::string_view lookup = "port";
    auto it = kv.find(lookup);  // heterogeneous lookup, no temporary string
    std::cout << "port via string_view key: " << (it != kv.end() ? it->second : "missing") << "\n";

    std::string_view sv = "filename.tar.gz";
    std::cout << "rfind('.')=" << sv.rfind('.') << " ext=" << sv.substr(sv.rfind('.') + 1)
              << " stem=" << sv.substr(0, sv.find('.')) << "\n";
    std::cout << "starts_with(file)=" << starts_with(sv, "file") << " ends_with(.gz)=" << ends_with(sv, ".gz")
              << " ends_with(.zip)=" << ends_with(sv, ".zip") << "\n";
    std::string_view w = sv;
    w.remove_prefix(4);
    w.remove_suffix(3);
    std::cout << "trimmed view: " << w << " (size " << w.size() << ")\n";
    std::cout << "compare: " << (std::string_view("abc") < "abd") << " " << ("xyz" == std::string_view("xyz"))
              << " " << std::string_view("b").compare("a") << "\n";

    char buffer[] = "mutable buffer";
    std::string_view over_buffer(buffer, 7);
    buffer[0] = 'M';  // view sees the change: it does not own
    std::cout << "view over buffer: " << over_buffer << "\n";

    std::string_view with_nul("a\0b", 3);
    std::cout << "embedded NUL view size " << with_nul.size() << "\n";
    int words = 0;
    std::size_t total_len = 0;
    for (auto word : split("the  quick,brown;;fox", " ,;")) {
        ++words;
        total_len += word.size();
    }
    std::cout << "words " << words << " total length " << total_len << "\n";
    return (words * 10 + static_cast<int>(kv.size())) == 44 ? 0 : 1;  // self-check: the computed value is 44
}
