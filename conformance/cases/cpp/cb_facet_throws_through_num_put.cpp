// Exceptions thrown by program-defined locale facets travel through native
// libstdc++ code: (1) a numpunct whose do_truename() throws while the native
// locale machinery installs the facet and builds its cache; (2) a num_put
// whose virtual do_put() rejects negative numbers, called from the native
// ostream inserters, which set badbit or rethrow the original exception
// when exceptions(badbit) is enabled.
#include <iostream>
#include <iterator>
#include <locale>
#include <sstream>
#include <stdexcept>
#include <string>

struct FacetRefused : std::logic_error {
    explicit FacetRefused(const std::string& w) : std::logic_error(w) {}
};

static int truename_calls = 0;

// Constructed with refs=1 so that no locale ever deletes it: the failed
// locale construction below does not take ownership.
class GrumpyPunct : public std::numpunct<char> {
public:
    GrumpyPunct() : std::numpunct<char>(1) {}
    ~GrumpyPunct() override = default;
protected:
    std::string do_truename() const override {
        ++truename_calls;
        throw FacetRefused("truename refused");
    }
};

class NoNegatives : public std::num_put<char> {
public:
    mutable int calls = 0;
protected:
    iter_type do_put(iter_type out, std::ios_base& str, char_type fill, long v) const override {
        ++calls;
        if (v < 0) throw FacetRefused("negative value " + std::to_string(v));
        return std::num_put<char>::do_put(out, str, fill, v);
    }
};

int main() {
    int status = 0;
    GrumpyPunct grumpy_facet;
    try {
        std::locale grumpy(std::locale::classic(), &grumpy_facet);
        std::ostringstream os;
        os.imbue(grumpy);
        os << std::boolalpha << true;
        std::cout << "grumpy locale worked: " << os.str() << "\n";
    } catch (const FacetRefused& e) {
        std::cout << "locale construction: caught " << e.what() << " (truename calls " << truename_calls << ")\n";
        status += 1;
    }

    NoNegatives* facet = new NoNegatives;  // owned by the locale (refs = 0)
    std::locale guarded(std::locale::classic(), facet);
    {
        std::ostringstream os;
        os.imbue(guarded);
        os << 12 << ' ' << 345L << ' ';
        os << -6;  // facet throws; stream swallows it and sets badbit
        std::cout << "quiet stream: text='" << os.str() << "' bad=" << os.bad() << "\n";
    }
    {
        std::ostringstream os;
        os.imbue(guarded);
        os.exceptions(std::ios::badbit);
        try {
            os << 1 << ',' << 2 << ',' << -3 << ",never";
        } catch (const FacetRefused& e) {
            std::cout << "rethrown to program: " << e.what() << ", text='" << os.str() << "' bad=" << os.bad()
                      << "\n";
            status += 10;
        }
    }
    {
        // calling the facet directly from program code
        std::ostringstream os;
        std::ostreambuf_iterator<char> it(os);
        try {
            std::use_facet<std::num_put<char>>(guarded).put(it, os, ' ', -99L);
        } catch (const FacetRefused& e) {
            std::cout << "direct put: " << e.what() << "\n";
            status += 100;
        }
    }
    std::cout << "do_put calls " << facet->calls << "\n";
    return status;  // 111
}
