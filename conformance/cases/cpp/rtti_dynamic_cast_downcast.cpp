// dynamic_cast down the hierarchy: pointer casts return nullptr on failure,
// casts to intermediate classes succeed, and the result is used to call
// derived-only members. Dispatch tables built from dynamic_cast results.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

struct Animal {
    std::string name;
    explicit Animal(std::string n) : name(std::move(n)) {}
    virtual ~Animal() = default;
    virtual std::string sound() const { return "..."; }
};
struct Mammal : Animal {
    int legs;
    Mammal(std::string n, int l) : Animal(std::move(n)), legs(l) {}
};
struct Dog : Mammal {
    explicit Dog(std::string n) : Mammal(std::move(n), 4) {}
    std::string sound() const override { return "woof"; }
    std::string fetch() const { return name + " fetches"; }
};
struct Bat : Mammal {
    explicit Bat(std::string n) : Mammal(std::move(n), 2) {}
    std::string sound() const override { return "squeak"; }
    int wingspan() const { return 30; }
};
struct Bird : Animal {
    explicit Bird(std::string n) : Animal(std::move(n)) {}
    std::string sound() const override { return "tweet"; }
    int wingspan() const { return 20; }
};
struct Puppy final : Dog {
    explicit Puppy(std::string n) : Dog(std::move(n)) {}
    std::string sound() const override { return "yip"; }
};

int main() {
    std::vector<std::unique_ptr<Animal>> zoo;
    zoo.emplace_back(new Dog("rex"));
    zoo.emplace_back(new Bat("bruce"));
    zoo.emplace_back(new Bird("tweety"));
    zoo.emplace_back(new Puppy("bit"));
    zoo.emplace_back(new Animal("thing"));

    int legs = 0, span = 0, dogs = 0;
    for (const auto& a : zoo) {
        std::cout << a->name << " says " << a->sound() << ":";
        if (auto* m = dynamic_cast<Mammal*>(a.get())) {
            legs += m->legs;
            std::cout << " mammal(" << m->legs << " legs)";
        }
        if (auto* d = dynamic_cast<const Dog*>(a.get())) {
            ++dogs;
            std::cout << " dog[" << d->fetch() << "]";
        }
        if (auto* p = dynamic_cast<Puppy*>(a.get())) std::cout << " puppy(" << p->Dog::sound() << " as dog)";
        if (auto* b = dynamic_cast<Bat*>(a.get())) span += b->wingspan();
        else if (auto* b2 = dynamic_cast<Bird*>(a.get())) span += b2->wingspan();
        if (!dynamic_cast<Mammal*>(a.get()) && !dynamic_cast<Bird*>(a.get())) std::cout << " unclassified";
        std::cout << "\n";
    }
    // references: successful casts only here
    Animal& ref = *zoo[3];
    Dog& asdog = dynamic_cast<Dog&>(ref);
    std::cout << "reference cast: " << asdog.fetch() << "\n";
    // null input yields null output
    Animal* none = nullptr;
    std::cout << "cast of nullptr is null: " << (dynamic_cast<Dog*>(none) == nullptr) << "\n";
    // upcast via dynamic_cast is static
    Dog* d = static_cast<Dog*>(zoo[0].get());
    Animal* up = dynamic_cast<Animal*>(d);
    std::cout << "upcast name " << up->name << "\n";
    std::cout << "legs=" << legs << " span=" << span << " dogs=" << dogs << "\n";
    return legs + span + dogs;  // 10 + 50 + 2 = 62
}
