//! jir-bitcode: LLVM 19 bitcode read straight into `llvm-ir` data, without
//! LLVM's reader, verifier or C API in between.
//!
//! Why: loading through LLVM builds the whole module as LLVM IR, verifies
//! it, then converts it; for a large module that is most of the load time,
//! and it ties the device binary to LLVM's libraries. This reader produces
//! the same `llvm_ir::Module` as the conversion from LLVM (the conformance
//! run compares the two on every case, eagerly and lazily), so that
//! everything downstream is unchanged. Nothing else checks what it reads:
//! it rejects what breaks the rules of LLVM's verifier that an interpreter
//! relies on (operand types, dominance, PHIs against predecessors, the
//! entry block, landing pads), and any malformed input, with an error,
//! never a panic. (Other rules, such as intrinsic signatures, are left to
//! the interpreter's validation.)
//!
//! [`read_module`] reads everything (bodies on all cores);
//! [`read_module_lazy`] reads the module level and returns [`LazyBodies`],
//! which reads one body on request (from any thread).
//!
//! The stages, one module each:
//!
//! | module | reads |
//! |---|---|
//! | `bitstream` | the container: fields, blocks, abbreviations, records |
//! | `module` | wrapper, string table, module records (globals, functions, comdats) |
//! | `types` | the type table |
//! | `attributes` | attribute groups and lists |
//! | `constants` | constants blocks |
//! | `function` | function bodies |
//! | `metadata` | what debug locations need of metadata |
//! | `verify` | dominance and the CFG rules LLVM's verifier checks |
//!
//! `parallel` spreads per-body work over the cores (the interpreter
//! schedules its own per-function stages with it too).

mod attributes;
mod bitstream;
mod codes;
mod constants;
mod error;
mod function;
mod metadata;
mod module;
pub mod parallel;
mod strings;
mod types;
mod values;
mod verify;

pub use error::{Error, Result};
pub use module::{read_module, read_module_lazy, LazyBodies};
