// dynamic_cast with multiple inheritance: cross-casts between sibling bases,
// dynamic_cast<void*> to the most-derived object, ambiguous bases yielding
// nullptr, and casts from a non-public base failing.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

struct Drawable {
    virtual ~Drawable() = default;
    virtual std::string draw() const = 0;
};
struct Clickable {
    virtual ~Clickable() = default;
    virtual int click(int x) = 0;
};
struct Serializable {
    virtual ~Serializable() = default;
    virtual std::string serialize() const = 0;
};

struct Button : Drawable, Clickable {
    int clicks = 0;
    std::string draw() const override { return "[Button]"; }
    int click(int x) override { return clicks += x; }
};
struct Label : Drawable, Serializable {
    std::string text = "hi";
    std::string draw() const override { return "<" + text + ">"; }
    std::string serialize() const override { return "label:" + text; }
};
struct FancyButton : Button, Serializable {
    std::string draw() const override { return "[*Fancy*]"; }
    std::string serialize() const override { return "fancy:" + std::to_string(clicks); }
};

// ambiguous base: two Node subobjects
struct Node { virtual ~Node() = default; int id = 0; };
struct Left : Node {};
struct Right : Node {};
struct Both : Left, Right {};
// a complete object with two Node subobjects reached from an unrelated base:
// the run-time cast to Node* is ambiguous and yields nullptr
struct BothDrawable : Left, Right, Drawable {
    std::string draw() const override { return "both"; }
};

// private base
struct Secret : private Drawable {
    std::string draw() const override { return "secret"; }
    Drawable* self() { return this; }
};

int main() {
    FancyButton fb;
    Button b;
    Label l;
    std::vector<Drawable*> widgets{&b, &l, &fb};
    int total = 0;
    for (Drawable* d : widgets) {
        std::cout << d->draw();
        if (Clickable* c = dynamic_cast<Clickable*>(d)) {  // cross-cast
            total += c->click(3);
            std::cout << " clickable";
        }
        if (auto* s = dynamic_cast<Serializable*>(d)) std::cout << " serializable(" << s->serialize() << ")";
        // void* gives the start of the complete object
        void* whole = dynamic_cast<void*>(d);
        bool at_start = whole == static_cast<void*>(d);
        std::cout << " void*-at-drawable-subobject=" << at_start;
        std::cout << "\n";
    }
    // from Serializable back across to Clickable
    Serializable* s = &fb;
    Clickable* c = dynamic_cast<Clickable*>(s);
    std::cout << "Serializable->Clickable ok=" << (c != nullptr) << " click=" << (c ? c->click(10) : -1) << "\n";
    std::cout << "void* of Serializable* and Drawable* agree: "
              << (dynamic_cast<void*>(s) == dynamic_cast<void*>(static_cast<Drawable*>(&fb))) << "\n";
    // same for the Label: Serializable subobject is not at offset 0
    Serializable* ls = &l;
    std::cout << "Label Serializable subobject offset nonzero: "
              << (static_cast<void*>(ls) != dynamic_cast<void*>(ls)) << "\n";

    Both both;
    Left* lp = &both;
    Node* via_left = lp;
    std::cout << "Node->Both via Left: " << (dynamic_cast<Both*>(via_left) != nullptr) << "\n";
    std::cout << "Node->Right cross via Both: " << (dynamic_cast<Right*>(via_left) != nullptr) << "\n";
    Right* rp = &both;
    std::cout << "Right->Left cross: " << (dynamic_cast<Left*>(rp) != nullptr) << "\n";

    BothDrawable bd;
    Drawable* bdd = &bd;
    std::cout << "Drawable->Node (ambiguous) is null: " << (dynamic_cast<Node*>(bdd) == nullptr) << "\n";
    std::cout << "Drawable->Left (unambiguous) ok: " << (dynamic_cast<Left*>(bdd) != nullptr) << "\n";

    Secret sec;
    Drawable* sd = sec.self();
    std::cout << "cast to private-derived Secret: " << (dynamic_cast<Secret*>(sd) != nullptr) << "\n";
    std::cout << "Label->Clickable: " << (dynamic_cast<Clickable*>(static_cast<Drawable*>(&l)) != nullptr) << "\n";
    std::printf("total clicks %d, fancy clicks %d\n", total, fb.clicks);
    return (fb.clicks) == 13 ? 0 : 1;  // self-check: the computed value is 13
}
