// Library templates instantiated with the program's own types and
// callbacks: std::sort with a stateful comparator class, std::map with a
// custom comparator, std::unordered_map / unordered_set with a custom hash
// and equality, std::set of a user type with operator<, std::priority_queue
// with a comparator lambda, and std::lower_bound with a heterogeneous compare.
#include <algorithm>
#include <cctype>
#include <functional>
#include <iostream>
#include <map>
#include <queue>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

struct Point {
    int x, y;
    bool operator==(const Point& o) const { return x == o.x && y == o.y; }
    bool operator<(const Point& o) const { return x != o.x ? x < o.x : y < o.y; }
};
struct PointHash {
    std::size_t operator()(const Point& p) const {
        return std::hash<long long>()((static_cast<long long>(p.x) << 32) ^ static_cast<unsigned>(p.y));
    }
};

struct ByDistance {
    Point origin;
    mutable long comparisons = 0;
    long d2(const Point& p) const {
        long dx = p.x - origin.x, dy = p.y - origin.y;
        return dx * dx + dy * dy;
    }
    bool operator()(const Point& a, const Point& b) const {
        ++comparisons;
        return d2(a) != d2(b) ? d2(a) < d2(b) : a < b;
    }
};

struct CaseInsensitiveHash {
    std::size_t operator()(const std::string& s) const {
        std::size_t h = 0;
        for (char c : s) h = h * 131 + static_cast<std::size_t>(std::tolower(static_cast<unsigned char>(c)));
        return h;
    }
};
struct CaseInsensitiveEq {
    bool operator()(const std::string& a, const std::string& b) const {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
                return false;
        return true;
    }
};

struct Employee {
    std::string name;
    int salary;
};

int main() {
    std::vector<Point> pts{{3, 4}, {-1, 0}, {0, 5}, {2, 2}, {-3, -4}, {1, 1}, {5, 0}, {0, 0}};
    ByDistance cmp{{0, 0}};
    std::sort(pts.begin(), pts.end(), std::ref(cmp));  // std::ref keeps the counter in cmp
    std::cout << "by distance:";
    for (auto& p : pts) std::cout << " (" << p.x << "," << p.y << ")";
    std::cout << "\ncomparisons made > 0: " << (cmp.comparisons > 0) << "\n";

    std::map<Point, std::string, ByDistance> named(ByDistance{{1, 1}});
    named[{1, 1}] = "center";
    named[{4, 5}] = "far";
    named[{1, 2}] = "near";
    named[{0, 1}] = "near2";
    std::cout << "map by distance from (1,1):";
    for (auto& [p, n] : named) std::cout << " " << n;
    std::cout << "\n";

    std::unordered_map<Point, int, PointHash> grid;
    for (int i = 0; i < 50; ++i) grid[{i % 7, i % 5}] += i;
    std::vector<std::pair<Point, int>> cells(grid.begin(), grid.end());
    std::sort(cells.begin(), cells.end(), [](auto& a, auto& b) { return a.first < b.first; });
    std::cout << "grid cells " << cells.size() << ", first (" << cells[0].first.x << "," << cells[0].first.y
              << ")=" << cells[0].second << ", (6,4)=" << grid.at({6, 4}) << "\n";

    std::unordered_set<std::string, CaseInsensitiveHash, CaseInsensitiveEq> words;
    for (const char* w : {"Hello", "WORLD", "hello", "World", "new"}) words.insert(w);
    std::cout << "case-insensitive distinct words " << words.size() << ", contains HELLO "
              << words.count("HELLO") << "\n";

    std::set<Point> ordered(pts.begin(), pts.end());
    std::cout << "set first (" << ordered.begin()->x << "," << ordered.begin()->y << ") last ("
              << ordered.rbegin()->x << "," << ordered.rbegin()->y << ")\n";

    auto by_salary = [](const Employee& a, const Employee& b) { return a.salary < b.salary; };
    std::priority_queue<Employee, std::vector<Employee>, decltype(by_salary)> pq(by_salary);
    for (auto e : std::vector<Employee>{{"ann", 5000}, {"bob", 7000}, {"cy", 6000}}) pq.push(e);
    std::cout << "highest paid " << pq.top().name << "\n";

    std::vector<Employee> staff{{"a", 100}, {"b", 200}, {"c", 300}, {"d", 400}};
    auto it = std::lower_bound(staff.begin(), staff.end(), 250,
                               [](const Employee& e, int v) { return e.salary < v; });
    std::cout << "first salary >= 250: " << it->name << "\n";
    return (static_cast<int>(grid.size())) == 35 ? 0 : 1;  // self-check: the computed value is 35
}
