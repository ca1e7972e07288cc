//! Native symbol resolution: the table an embedding application registers
//! (release builds are stripped, so `dlsym` may know nothing), symbols the
//! runtime itself provides, then `dlsym`.

use hashbrown::HashMap;
use std::ffi::CString;
use std::sync::{Once, RwLock};

/// Names the embedder registered, with their addresses.
#[derive(Default)]
pub struct SymbolTable {
    entries: RwLock<HashMap<String, usize>>,
}

impl SymbolTable {
    pub fn register(&self, name: &str, addr: usize) {
        if let Ok(mut e) = self.entries.write() {
            e.insert(name.to_string(), addr);
        }
    }

    pub fn get(&self, name: &str) -> Option<usize> {
        self.entries.read().ok()?.get(name).copied()
    }
}

/// Stands in for the linker-defined `__dso_handle` that C++ static
/// destructors register against.
static DSO_HANDLE: u8 = 0;

/// glibc's `atexit` is not exported by libc.so (it lives in the static
/// libc_nonshared.a), so `dlsym` cannot find it; this one is linked in.
extern "C" fn atexit(f: extern "C" fn()) -> libc::c_int {
    // SAFETY: forwards to the C library.
    unsafe { libc::atexit(f) }
}

/// Symbols the runtime defines for interpreted modules.
pub fn builtin(name: &str) -> Option<usize> {
    match name {
        "__dso_handle" => Some(&DSO_HANDLE as *const u8 as usize),
        "atexit" => Some(atexit as *const () as usize),
        _ => None,
    }
}

/// Makes the C math library's symbols visible to `dlsym` even if nothing
/// in this binary uses them.
fn preload_libraries() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        for lib in ["libm.so.6"] {
            if let Ok(c) = CString::new(lib) {
                // SAFETY: dlopen of a system library by name; the handle is
                // kept for the life of the process.
                unsafe {
                    libc::dlopen(c.as_ptr(), libc::RTLD_NOW | libc::RTLD_GLOBAL);
                }
            }
        }
    });
}

/// The address of a symbol in the process, if the dynamic linker knows it.
pub fn dlsym(name: &str) -> Option<usize> {
    preload_libraries();
    let c = CString::new(name).ok()?;
    // SAFETY: dlsym with RTLD_DEFAULT and a NUL-terminated name.
    let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, c.as_ptr()) };
    (!p.is_null()).then_some(p as usize)
}
