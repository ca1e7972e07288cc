//! C++ exceptions crossing between interpreted and native code: the Rust
//! side of `cxx/eh.cpp`.
//!
//! Design: an exception never unwinds through the interpreter's Rust
//! frames.
//! - Every native call made by interpreted code goes through
//!   `jir_ffi_call`, a C++ `try`/`catch (...)` around `ffi_call`. What the
//!   callee throws (including `__cxa_throw` and `__cxa_rethrow` called by
//!   interpreted code itself) comes back as the exception's unwind header,
//!   in the state of an exception in flight.
//! - The interpreter plays the personality routine: it walks its own
//!   frames to the first `invoke` whose landing pad catches (asking
//!   [`matches`], i.e. the C++ runtime's type matching) or cleans up.
//! - An exception leaving interpreted code towards a native caller is
//!   raised again with [`raise`] (from the trampoline, after its frame is
//!   gone); one that leaves the outermost interpreted frame with no native
//!   caller ends in `std::terminate`, as natively.

use std::ffi::{c_char, c_void, CStr};

extern "C" {
    /// `ffi_call` inside a `catch (...)`: null, or what the callee threw.
    pub fn jir_ffi_call(
        cif: *mut libffi::low::ffi_cif,
        fun: Option<unsafe extern "C" fn()>,
        rvalue: *mut c_void,
        avalue: *mut *mut c_void,
    ) -> *mut c_void;
    fn jir_eh_matches(exception: *mut c_void, catch_type: *const c_void) -> i32;
    pub fn jir_raise(exception: *mut c_void) -> !;
    fn jir_terminate_uncaught(exception: *mut c_void) -> !;
    fn jir_eh_type_name(exception: *mut c_void) -> *const c_char;
}

/// Whether a handler for `type_info` (0: `catch (...)`) catches the
/// exception whose unwind header is at `exception`.
pub fn matches(exception: u64, type_info: u64) -> bool {
    // SAFETY: `exception` came from `jir_ffi_call` and is kept alive by the
    // reference it returned; `type_info` is a `std::type_info` from the
    // module's catch clause (or null).
    unsafe { jir_eh_matches(exception as *mut c_void, type_info as *const c_void) != 0 }
}

/// Ends the process as an uncaught C++ exception does natively (the
/// terminate handler prints its type and `what()`).
pub fn terminate_uncaught(exception: u64) -> ! {
    // SAFETY: as for `matches`.
    unsafe { jir_terminate_uncaught(exception as *mut c_void) }
}

/// The thrown type's mangled name, for messages.
pub fn type_name(exception: u64) -> Option<String> {
    // SAFETY: as for `matches`; the name is a static string.
    let p = unsafe { jir_eh_type_name(exception as *mut c_void) };
    (!p.is_null()).then(|| unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned())
}
