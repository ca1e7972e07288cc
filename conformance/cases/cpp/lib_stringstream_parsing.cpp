// Parsing with std::istringstream: mixed field types, getline with a custom
// delimiter, CSV records, failure recovery, ws/ignore/peek; building output
// with std::ostringstream and reading it back (round trip).
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

struct Record {
    std::string name;
    int age;
    double score;
};

int main() {
    const std::string csv = "name,age,score\nalice,30,88.5\nbob,x,70\ncarol,41,92.25\n dave ,19,65\n";
    std::istringstream in(csv);
    std::string line;
    std::getline(in, line);  // header
    std::vector<Record> recs;
    int bad = 0;
    while (std::getline(in, line)) {
        std::istringstream ls(line);
        Record r;
        std::string age, score;
        std::getline(ls, r.name, ',');
        std::getline(ls, age, ',');
        std::getline(ls, score);
        std::istringstream as(age), ss(score);
        if (!(as >> r.age) || !(ss >> r.score)) {
            ++bad;
            std::cout << "bad record: " << line << "\n";
            continue;
        }
        // trim name
        std::size_t b = r.name.find_first_not_of(' '), e = r.name.find_last_not_of(' ');
        r.name = r.name.substr(b, e - b + 1);
        recs.push_back(r);
    }
    double sum = 0;
    for (auto& r : recs) {
        std::cout << std::setw(6) << r.name << " " << r.age << " " << r.score << "\n";
        sum += r.score;
    }
    std::cout << "avg " << sum / recs.size() << ", bad " << bad << "\n";

    // mixed extraction, failure and recovery
    std::istringstream mix("12 3.5 word 7 8 end");
    int i1 = 0, i2 = 0, i3 = 0;
    double d = 0;
    std::string w;
    mix >> i1 >> d >> w >> i2;
    std::cout << "i1=" << i1 << " d=" << d << " w=" << w << " i2=" << i2 << "\n";
    mix >> i3 >> i3;  // second fails on "end"
    std::cout << "i3=" << i3 << " fail=" << mix.fail() << "\n";
    mix.clear();
    mix >> w;
    std::cout << "recovered word " << w << " eof=" << mix.eof() << "\n";

    // peek / ignore / ws
    std::istringstream p("   #comment line\nkey = value\n");
    p >> std::ws;
    if (p.peek() == '#') p.ignore(1000, '\n');
    std::string key, eq, value;
    p >> key >> eq >> value;
    std::cout << "key=" << key << " value=" << value << "\n";

    // word frequency
    std::istringstream text("the cat and the hat and the bat");
    std::map<std::string, int> freq;
    for (std::string t; text >> t;) ++freq[t];
    std::ostringstream out;
    for (auto& kv : freq) out << kv.first << ':' << kv.second << ';';
    std::cout << out.str() << "\n";

    // round trip of doubles at max precision
    std::ostringstream os;
    os << std::setprecision(17) << 0.1 << ' ' << 1.0 / 3 << ' ' << 2e-300;
    std::istringstream back(os.str());
    double a, b, c;
    back >> a >> b >> c;
    std::cout << os.str() << " round-trip exact: " << (a == 0.1 && b == 1.0 / 3 && c == 2e-300) << "\n";
    return (static_cast<int>(recs.size()) * 10 + bad) == 31 ? 0 : 1;  // self-check: the computed value is 31
}
