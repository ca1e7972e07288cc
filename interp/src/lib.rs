//! jir-interp: runs LLVM IR by lowering it to register bytecode.
//!
//! The stages, one module each:
//!
//! | stage | module | what it does |
//! |---|---|---|
//! | load | [`load`] | parse bitcode or text IR with `llvm-ir` |
//! | validate | [`validate`] | target/ABI check; every construct supported? |
//! | lay out | [`layout`], [`module`], [`consts`] | data layout, globals in native memory, initialisers |
//! | lower | [`lower`] | one function to bytecode, on its first call |
//! | (all stages) | `parallel` | per-function work spread over the cores |
//! | verify | [`bytecode`] | the instruction set and its verifier |
//! | execute | [`exec`] | the dispatch loop and per-thread stacks |
//!
//! The interpreter reaches the outside world only through [`host::Host`]:
//! symbol resolution, native calls, native-callable pointers.

pub mod abi;
pub mod bytecode;
pub mod code;
pub mod consts;
pub mod error;
pub mod exec;
pub mod host;
pub mod layout;
pub mod load;
pub mod lower;
pub mod module;
mod parallel;
pub mod signature;
pub mod validate;

pub use error::{LoadError, LowerError, Trap, TrapKind};
pub use host::{AbiType, Host, NativeCall, NativeSig, Resolved};
pub use module::{FuncRef, FunctionDef, LoadedModule};
