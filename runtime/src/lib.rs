//! jir-runtime: the device side of jir.
//!
//! | module | owns |
//! |---|---|
//! | [`session`] | the [`Runtime`]: modules loaded one after another, symbol resolution, static constructors/destructors, running `main` |
//! | [`symbols`] | the embedder's symbol table, runtime-provided symbols, `dlsym` |
//! | [`ffi`] | calls into native code through libffi |
//! | [`eh`] | C++ exceptions across the native boundary (with `cxx/eh.cpp`) |
//! | [`trampoline`] | native-callable pointers for interpreted functions (no executable memory) |
//! | [`exit`] | `jirun`'s exit statuses |
//! | [`allocator`] | the heap of jir's binaries (mimalloc) |

pub mod allocator;
pub mod eh;
pub mod exit;
pub mod ffi;
pub mod session;
pub mod symbols;
pub mod trampoline;

pub use session::{RunError, Runtime};
