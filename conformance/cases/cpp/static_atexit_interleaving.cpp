// std::atexit handlers and static destructors run in the reverse order of
// their registration/construction completion, interleaved. A function-local
// static constructed after an atexit registration is destroyed before it runs.
#include <cstdio>
#include <cstdlib>

struct Obj {
    const char* name;
    explicit Obj(const char* n) : name(n) { std::printf("construct %s\n", name); }
    ~Obj() { std::printf("destroy %s\n", name); }
};

static int exit_log[8];
static int exit_n = 0;

static void handler_a() { std::printf("atexit A\n"); exit_log[exit_n++] = 1; }
static void handler_b() { std::printf("atexit B\n"); exit_log[exit_n++] = 2; }
static void handler_c() {
    std::printf("atexit C\n");
    exit_log[exit_n++] = 3;
}

Obj global1("global1");

struct Registrar {
    Registrar() {
        std::atexit(handler_a);  // registered during static initialisation, after global1
        std::printf("registered A during static init\n");
    }
} registrar;

Obj global2("global2");

static Obj& late_local() {
    static Obj o("function-local");
    return o;
}

int main() {
    std::printf("main\n");
    std::atexit(handler_b);
    late_local();
    std::atexit(handler_c);
    std::printf("main returning %d\n", 3);
    return 3;
}
