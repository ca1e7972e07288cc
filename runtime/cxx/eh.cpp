// The native half of C++ exceptions crossing between interpreted and native
// code (see runtime/src/eh.rs for the Rust half and the overall design).
//
// An exception must never unwind through the interpreter's Rust frames, so
// every native call made by interpreted code goes through jir_ffi_call,
// which catches whatever the callee throws and hands it back as a pointer
// to its _Unwind_Exception header, put back in the state of an exception in
// flight (the state a landing pad sees natively). The interpreter then does
// the personality routine's work itself (jir_eh_matches tests a catch
// clause with the C++ runtime's own type_info matching), and an exception
// that leaves interpreted code towards a native caller is raised again with
// jir_raise.

#include <cstdint>
#include <cstring>
#include <exception>
#include <new>
#include <typeinfo>
#include <unwind.h>
#include <cxxabi.h>
#include <ffi.h>

namespace {

// The exception header of the Itanium C++ ABI (section 2.2.1), from the
// thrown type onwards. Both libstdc++ and libc++abi put these fields, in
// this order, immediately before the unwind header (libc++abi adds fields
// before exceptionType, which are not used here).
struct CxaException {
    std::type_info *exceptionType;
    void (*exceptionDestructor)(void *);
    void (*unexpectedHandler)();
    void (*terminateHandler)();
    CxaException *nextException;
    int handlerCount;
    int handlerSwitchValue;
    const unsigned char *actionRecord;
    const unsigned char *languageSpecificData;
    void *catchTemp;
    void *adjustedPtr;
    _Unwind_Exception unwindHeader;
};

struct EhGlobals {
    CxaException *caughtExceptions;
    unsigned int uncaughtExceptions;
};

CxaException *header_of(_Unwind_Exception *ue) {
    return reinterpret_cast<CxaException *>(ue + 1) - 1;
}

// The last byte of a C++ exception's class ("GNUCC++" of libstdc++ or
// "CLNGC++" of libc++abi, then 0 for a primary exception, 1 for a
// dependent one), or -1 for an exception of another language.
int cxx_class_kind(const _Unwind_Exception *ue) {
    uint64_t cls = ue->exception_class;
    char tag[8];
    std::memcpy(tag, &cls, 8);
    // exception_class is stored most significant byte first.
    char name[8];
    for (int i = 0; i < 8; i++) name[i] = tag[7 - i];
    bool cxx = std::memcmp(name, "GNUCC++", 7) == 0 || std::memcmp(name, "CLNGC++", 7) == 0;
    return cxx ? name[7] : -1;
}

// Primary C++ exceptions: what a throw raises.
bool is_primary_cxx(const _Unwind_Exception *ue) { return cxx_class_kind(ue) == 0; }

// Dependent exceptions: what std::rethrow_exception raises, a header of
// their own (the same layout, with the primary object's address where
// exceptionType is) around a shared primary exception.
bool is_dependent_cxx(const _Unwind_Exception *ue) { return cxx_class_kind(ue) == 1; }

} // namespace

extern "C" {
EhGlobals *__cxa_get_globals() noexcept;
void *__cxa_begin_catch(void *) noexcept;

// Calls `fn` through libffi. Returns null when it returns normally;
// otherwise the unwind header of what it threw, in flight again, with one
// reference owned by the caller (which a catching handler's
// __cxa_end_catch releases, as natively).
void *jir_ffi_call(ffi_cif *cif, void (*fn)(), void *rvalue, void **avalue) {
    void *object = nullptr;
    // The handler count this catch gave the exception, when what was
    // caught is the primary exception itself (not a dependent one made by
    // std::rethrow_exception): 0 otherwise.
    int caught_count = 0;
    // For a dependent exception: whether its primary is being handled by
    // an enclosing handler right now.
    bool primary_active = false;
    alignas(std::exception_ptr) unsigned char slot[sizeof(std::exception_ptr)];
    std::exception_ptr *held = nullptr;
    // A dependent exception raised by std::rethrow_exception is handed on
    // as it is, not its primary: the primary may be in a handler on
    // another thread right now, whose header fields must not change.
    CxaException *dependent = nullptr;
    try {
        ffi_call(cif, fn, rvalue, avalue);
        return nullptr;
    } catch (abi::__forced_unwind &) {
        throw; // thread cancellation must run its course
    } catch (...) {
        CxaException *caught = __cxa_get_globals()->caughtExceptions;
        if (caught != nullptr && is_dependent_cxx(&caught->unwindHeader) &&
            caught->handlerCount == 1) {
            // Caught once more, so that leaving this handler does not
            // free it.
            __cxa_begin_catch(&caught->unwindHeader);
            dependent = caught;
            goto done;
        }
        // A reference to the primary exception object, kept by not
        // destroying this exception_ptr (an exception_ptr is one pointer
        // to that object, in libstdc++ and libc++ alike).
        held = new (slot) std::exception_ptr(std::current_exception()); // +1 reference
        std::memcpy(&object, held, sizeof object);
        if (object == nullptr) {
            throw; // not a C++ exception: nothing the interpreter can hold
        }
        if (caught != nullptr && static_cast<void *>(&caught->unwindHeader + 1) == object) {
            caught_count = caught->handlerCount;
        } else {
            for (CxaException *h = caught; h != nullptr; h = h->nextException) {
                if (static_cast<void *>(&h->unwindHeader + 1) == object) {
                    primary_active = true;
                }
            }
        }
    done:;
    }
    if (dependent != nullptr) {
        // Back in flight: off this thread's caught list (still on top, as
        // the handler that took it ended), uncaught, as it was raised.
        EhGlobals *globals = __cxa_get_globals();
        globals->caughtExceptions = dependent->nextException;
        dependent->handlerCount = 0;
        globals->uncaughtExceptions += 1;
        return &dependent->unwindHeader;
    }
    // Leaving the handler ended this catch (its reference is dropped, ours
    // stays). Put the exception back in flight: uncaught again, as the
    // raise counted it, and with the handler count it was raised with:
    // 0 for a new exception, or minus the enclosing handlers' count for
    // one rethrown by __cxa_rethrow (__cxa_begin_catch turned -n into
    // n + 1). __cxa_end_catch does not store a count it brought to zero.
    //
    // What std::rethrow_exception raised was a dependent exception, now
    // gone; the interpreter gets its primary. If an enclosing handler is
    // handling that primary, it keeps it alive and its count is genuine:
    // drop our reference. Otherwise the primary's count is stale (from
    // its last handler) and ours is the in-flight reference.
    auto *ue = static_cast<_Unwind_Exception *>(object) - 1;
    if (caught_count == 1) {
        header_of(ue)->handlerCount = 0;
    } else if (caught_count > 1) {
        header_of(ue)->handlerCount = -(caught_count - 1);
    } else if (primary_active) {
        held->~exception_ptr();
    } else {
        header_of(ue)->handlerCount = 0;
    }
    __cxa_get_globals()->uncaughtExceptions += 1;
    return ue;
}

// Whether the exception `ue` is caught by a handler for `catch_type` (null:
// catch (...)); on a match, records the adjusted object pointer that
// __cxa_begin_catch will return, as the personality routine would.
int jir_eh_matches(void *exception, const std::type_info *catch_type) {
    auto *ue = static_cast<_Unwind_Exception *>(exception);
    if (!is_primary_cxx(ue) && !is_dependent_cxx(ue)) {
        return catch_type == nullptr;
    }
    CxaException *header = header_of(ue);
    // The thrown object and its header: a dependent exception's primary.
    void *thrown = ue + 1;
    CxaException *object_header = header;
    if (is_dependent_cxx(ue)) {
        thrown = *reinterpret_cast<void **>(header);
        object_header = static_cast<CxaException *>(thrown) - 1;
    }
    if (catch_type == nullptr) {
        header->adjustedPtr = thrown;
        return 1;
    }
    const std::type_info *thrown_type = object_header->exceptionType;
    if (thrown_type->__is_pointer_p()) {
        thrown = *static_cast<void **>(thrown);
    }
    if (catch_type->__do_catch(thrown_type, &thrown, 1)) {
        header->adjustedPtr = thrown;
        return 1;
    }
    return 0;
}

// Raises `ue` from here towards native callers; with no handler there,
// terminates as __cxa_throw would.
[[noreturn]] void jir_raise(void *exception) {
    _Unwind_RaiseException(static_cast<_Unwind_Exception *>(exception));
    __cxa_begin_catch(exception);
    std::terminate();
}

// An exception no handler will catch: terminate as __cxa_throw would,
// with the exception current (so the terminate handler can name it).
[[noreturn]] void jir_terminate_uncaught(void *exception) {
    __cxa_begin_catch(exception);
    std::terminate();
}

// The mangled name of the thrown type (for messages), or null.
const char *jir_eh_type_name(void *exception) {
    auto *ue = static_cast<_Unwind_Exception *>(exception);
    if (is_dependent_cxx(ue)) {
        void *object = *reinterpret_cast<void **>(header_of(ue));
        return (static_cast<CxaException *>(object) - 1)->exceptionType->name();
    }
    if (!is_primary_cxx(ue)) {
        return nullptr;
    }
    return header_of(ue)->exceptionType->name();
}
}
