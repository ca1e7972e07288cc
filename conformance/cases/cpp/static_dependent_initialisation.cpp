// Globals whose initialisers depend on earlier globals in the same file:
// ordered dynamic initialisation, constant initialisation happening before
// any dynamic initialiser, and zero-initialisation observed by an earlier
// initialiser that reads a later (not yet initialised) dynamic global.
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

static int read_later();

constexpr int kBase = 7;                 // constant initialisation
const int kSquared = kBase * kBase;      // constant initialisation
int observed_before = read_later();      // runs before `later` is dynamically initialised
std::vector<int> primes = [] {
    std::vector<int> p;
    for (int n = 2; p.size() < 10; ++n) {
        bool ok = true;
        for (int d : p) if (n % d == 0) { ok = false; break; }
        if (ok) p.push_back(n);
    }
    return p;
}();
int prime_sum = [] { int s = 0; for (int p : primes) s += p; return s; }();  // uses primes
std::map<std::string, int> table{{"base", kBase}, {"sq", kSquared}, {"psum", prime_sum}};
double root = std::sqrt(static_cast<double>(table["psum"]));
int later = static_cast<int>(root * 100);  // dynamic initialiser
std::string summary = "later=" + std::to_string(later) + " observed_before=" + std::to_string(observed_before);

static int read_later() { return later; }  // still zero when first called

int main() {
    std::printf("kSquared=%d\n", kSquared);
    std::printf("primes:");
    for (int p : primes) std::printf(" %d", p);
    std::printf("\nprime_sum=%d root=%.6f\n", prime_sum, root);
    for (auto& kv : table) std::printf("table[%s]=%d\n", kv.first.c_str(), kv.second);
    std::printf("%s\n", summary.c_str());
    std::printf("read_later() now=%d\n", read_later());
    return (later % 256) == 111 ? 0 : 1;  // self-check: the computed value is 111
}
