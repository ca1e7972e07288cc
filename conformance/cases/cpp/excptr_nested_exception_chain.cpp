// std::throw_with_nested builds a chain of exceptions as errors travel up the
// layers; rethrow_if_nested walks it back down for reporting.
#include <exception>
#include <iostream>
#include <stdexcept>
#include <string>

struct DbError : std::runtime_error {
    int code;
    DbError(const std::string& m, int c) : std::runtime_error(m), code(c) {}
};

static void query(int id) {
    if (id > 2) throw DbError("row " + std::to_string(id) + " missing", 404);
}

static void load_user(int id) {
    try {
        query(id);
    } catch (...) {
        std::throw_with_nested(std::runtime_error("load_user(" + std::to_string(id) + ") failed"));
    }
}

static void handle_request(int id) {
    try {
        load_user(id);
    } catch (...) {
        std::throw_with_nested(std::logic_error("request " + std::to_string(id) + " aborted"));
    }
}

static int print_chain(const std::exception& e, int level = 0) {
    std::cout << std::string(level * 2, ' ') << "- " << e.what();
    if (auto* db = dynamic_cast<const DbError*>(&e)) std::cout << " [db code " << db->code << "]";
    std::cout << "\n";
    try {
        std::rethrow_if_nested(e);
    } catch (const std::exception& inner) {
        return 1 + print_chain(inner, level + 1);
    } catch (...) {
        std::cout << std::string(level * 2 + 2, ' ') << "- non-standard exception\n";
        return 1;
    }
    return 1;
}

int main() {
    int total_depth = 0;
    for (int id = 1; id <= 3; ++id) {
        try {
            handle_request(id);
            std::cout << "request " << id << " ok\n";
        } catch (const std::exception& e) {
            int depth = print_chain(e);
            std::cout << "chain depth " << depth << "\n";
            total_depth += depth;
        }
    }

    // throw_with_nested on a non-class type nests an int
    try {
        try {
            throw 99;
        } catch (...) {
            std::throw_with_nested(std::range_error("wrapping an int"));
        }
    } catch (const std::exception& e) {
        total_depth += print_chain(e);
    }

    // the nested_exception base is reachable directly too
    try {
        try {
            throw std::out_of_range("innermost");
        } catch (...) {
            std::throw_with_nested(std::runtime_error("outer"));
        }
    } catch (const std::nested_exception& ne) {
        std::cout << "caught as nested_exception, nested_ptr set: " << (ne.nested_ptr() != nullptr) << "\n";
        try {
            ne.rethrow_nested();
        } catch (const std::out_of_range& e) {
            std::cout << "rethrow_nested gave: " << e.what() << "\n";
        }
    }
    // rethrow_if_nested on a plain exception is a no-op
    std::runtime_error plain("plain");
    std::rethrow_if_nested(plain);
    std::cout << "total depth " << total_depth << "\n";
    return (total_depth) == 4 ? 0 : 1;  // self-check: the computed value is 4
}
