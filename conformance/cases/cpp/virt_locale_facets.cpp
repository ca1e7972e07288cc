// Custom locale facets: a std::numpunct subclass (thousands grouping, custom
// decimal point, boolean names) imbued into streams; the native num_put /
// num_get implementations call back into its virtual do_* functions.
#include <iomanip>
#include <iostream>
#include <locale>
#include <sstream>
#include <string>

class EuroPunct : public std::numpunct<char> {
protected:
    char do_decimal_point() const override { return ','; }
    char do_thousands_sep() const override { return '.'; }
    std::string do_grouping() const override { return "\3"; }
    std::string do_truename() const override { return "ja"; }
    std::string do_falsename() const override { return "nein"; }
};

class IndianPunct : public std::numpunct<char> {
protected:
    char do_thousands_sep() const override { return ','; }
    std::string do_grouping() const override { return "\3\2"; }  // 12,34,56,789
};

// A ctype-independent facet of our own, stored in the locale and retrieved
struct UnitFacet : std::locale::facet {
    static std::locale::id id;
    std::string unit;
    explicit UnitFacet(std::string u) : std::locale::facet(0), unit(std::move(u)) {}
};
std::locale::id UnitFacet::id;

int main() {
    std::locale euro(std::locale::classic(), new EuroPunct);
    std::locale indian(std::locale::classic(), new IndianPunct);

    std::ostringstream a;
    a.imbue(euro);
    a << 1234567 << " | " << std::fixed << std::setprecision(2) << 9876543.215 << " | " << std::boolalpha << true
      << " " << false;
    std::cout << "euro:   " << a.str() << "\n";

    std::ostringstream b;
    b.imbue(indian);
    b << 123456789 << " | " << -1000 << " | " << 999;
    std::cout << "indian: " << b.str() << "\n";

    // parsing with grouping
    std::istringstream in("1.234.567 ja 3,5");
    in.imbue(euro);
    long n = 0;
    bool flag = false;
    double d = 0;
    in >> n >> std::boolalpha >> flag >> d;
    std::cout << "parsed: n=" << n << " flag=" << flag << " d=" << d << " ok=" << !in.fail() << "\n";

    std::locale with_unit(euro, new UnitFacet("kg"));
    std::cout << "has UnitFacet: euro=" << std::has_facet<UnitFacet>(euro)
              << " with_unit=" << std::has_facet<UnitFacet>(with_unit) << "\n";
    const UnitFacet& uf = std::use_facet<UnitFacet>(with_unit);
    const auto& np = std::use_facet<std::numpunct<char>>(with_unit);
    std::cout << "unit " << uf.unit << ", decimal point '" << np.decimal_point() << "', truename "
              << np.truename() << "\n";
    return (static_cast<int>(n % 256)) == 135 ? 0 : 1;  // self-check: the computed value is 135
}
