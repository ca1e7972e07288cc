// `final` classes and member functions, `override`, hiding versus overriding
// (different signatures), default arguments bound statically, and overloads
// brought in with a using-declaration.
#include <iostream>
#include <string>

struct Codec {
    virtual ~Codec() = default;
    virtual std::string encode(const std::string& s, int shift = 1) const {
        std::string out = s;
        for (char& c : out) c = static_cast<char>(c + shift);
        return out;
    }
    virtual int id() const { return 1; }
    virtual std::string tag(int) const { return "Codec::tag(int)"; }
    virtual std::string tag(double) const { return "Codec::tag(double)"; }
};

struct Caesar : Codec {
    // default argument differs: the default used depends on the static type
    std::string encode(const std::string& s, int shift = 3) const override { return Codec::encode(s, shift); }
    int id() const final { return 2; }  // no further overriding
    using Codec::tag;                   // keep tag(double) visible
    std::string tag(int) const override { return "Caesar::tag(int)"; }
};

struct Rot13 final : Caesar {
    std::string encode(const std::string& s, int = 0) const override {
        std::string out = s;
        for (char& c : out) {
            if (c >= 'a' && c <= 'z') c = static_cast<char>('a' + (c - 'a' + 13) % 26);
            else if (c >= 'A' && c <= 'Z') c = static_cast<char>('A' + (c - 'A' + 13) % 26);
        }
        return out;
    }
};

struct Hider : Codec {
    // hides both Codec::tag overloads; not an override (different signature)
    std::string tag(const char*) const { return "Hider::tag(const char*)"; }
};

int main() {
    Caesar c;
    Rot13 r;
    Hider h;
    const Codec& cb = c;
    const Codec& rb = r;
    std::cout << "Caesar direct: " << c.encode("abc") << "\n";           // default 3
    std::cout << "Caesar via Codec&: " << cb.encode("abc") << "\n";      // default 1, Caesar body
    std::cout << "Rot13 direct: " << r.encode("Hello") << "\n";
    std::cout << "Rot13 via Codec&: " << rb.encode("Hello") << "\n";
    std::cout << "Rot13 twice: " << r.encode(r.encode("Round Trip")) << "\n";
    std::cout << "ids: " << cb.id() << " " << rb.id() << " " << Codec().id() << "\n";
    std::cout << c.tag(1) << " | " << c.tag(1.5) << "\n";
    std::cout << h.tag("x") << " | via base: " << static_cast<const Codec&>(h).tag(2) << "\n";
    std::string enc = cb.encode("zz", 2);
    int sum = 0;
    for (char ch : enc) sum += ch;
    std::cout << "explicit shift: " << enc << " sum " << sum << "\n";
    return (sum % 256) == 248 ? 0 : 1;  // self-check: the computed value is 248
}
