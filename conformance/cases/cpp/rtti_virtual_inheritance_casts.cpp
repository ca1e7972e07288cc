// dynamic_cast through virtual bases (diamond): down-casts from the shared
// virtual base need RTTI; static_cast is not allowed there. Offsets of virtual
// bases differ between complete types, and casts must still find them.
#include <iostream>
#include <string>
#include <vector>

struct Device {
    std::string id;
    explicit Device(std::string i = "dev") : id(std::move(i)) {}
    virtual ~Device() = default;
    virtual std::string kind() const { return "device"; }
};
struct Input : virtual Device {
    int keys = 0;
    std::string kind() const override { return "input"; }
};
struct Output : virtual Device {
    int pixels = 0;
    std::string kind() const override { return "output"; }
};
struct Terminal : Input, Output {
    explicit Terminal(std::string i) : Device(std::move(i)) {
        keys = 104;
        pixels = 80 * 24;
    }
    std::string kind() const override { return "terminal"; }
};
struct TouchScreen : Output, Input {  // bases in the opposite order
    explicit TouchScreen(std::string i) : Device(std::move(i)) {
        keys = 0;
        pixels = 1920 * 1080;
    }
    std::string kind() const override { return "touchscreen"; }
};
struct Keyboard : Input {
    explicit Keyboard(std::string i) : Device(std::move(i)) { keys = 87; }
};

int main() {
    Terminal t("tty0");
    TouchScreen ts("ts1");
    Keyboard kb("kb2");
    Output plain_out;
    std::vector<Device*> devices{&t, &ts, &kb, &plain_out};
    long score = 0;
    for (Device* d : devices) {
        std::cout << d->id << " kind=" << d->kind();
        Input* in = dynamic_cast<Input*>(d);
        Output* out = dynamic_cast<Output*>(d);
        if (in) std::cout << " keys=" << in->keys;
        if (out) std::cout << " pixels=" << out->pixels;
        if (in && out) {
            // cross-cast between the two sides of the diamond
            Output* across = dynamic_cast<Output*>(in);
            std::cout << " cross-ok=" << (across == out);
            // both sides see the same virtual Device subobject
            Device* d1 = in;
            Device* d2 = out;
            std::cout << " shared-base=" << (d1 == d2);
        }
        if (auto* term = dynamic_cast<Terminal*>(d)) std::cout << " terminal!";
        if (dynamic_cast<TouchScreen*>(d)) std::cout << " touch!";
        std::cout << " void*==complete: " << (dynamic_cast<void*>(d) == dynamic_cast<void*>(devices[0]) ? "tty" : "other");
        std::cout << "\n";
        score += (in ? in->keys : 0) + (out ? out->pixels % 1000 : 0);
    }
    // reference cast through the virtual base that fails
    try {
        Device& kref = kb;
        Output& o = dynamic_cast<Output&>(kref);
        std::cout << "unexpected " << o.pixels << "\n";
    } catch (const std::bad_cast& e) {
        std::cout << "Keyboard is not Output: " << e.what() << "\n";
    }
    std::cout << "score " << score << "\n";
    return (static_cast<int>(score % 256)) == 175 ? 0 : 1;  // self-check: the computed value is 175
}
