//! jir-bitcode: LLVM 19 bitcode read straight into `llvm-ir` data, without
//! LLVM's reader, verifier or C API in between.
//!
//! Why: loading through LLVM builds the whole module as LLVM IR, verifies
//! it, then converts it; for a large module that is most of the load time,
//! and it ties the device binary to LLVM's libraries. This reader produces
//! the same `llvm_ir::Module` as the conversion from LLVM (the tests compare
//! the two on every conformance case), so that everything downstream is
//! unchanged.
//!
//! The stages, one module each:
//!
//! | module | reads |
//! |---|---|
//! | [`bitstream`] | the container: fields, blocks, abbreviations, records |
//! | [`module`] | wrapper, string table, module records (globals, functions, comdats) |
//! | [`types`] | the type table |
//! | [`attributes`] | attribute groups and lists |
//! | [`constants`] | constants blocks |
//! | [`function`] | function bodies |
//! | [`metadata`] | what debug locations need of metadata |
//! | [`verify`] | dominance and the CFG rules LLVM's verifier checks |

mod attributes;
mod bitstream;
mod codes;
mod constants;
mod error;
mod function;
mod metadata;
mod module;
mod strings;
mod types;
mod values;
mod verify;

pub use error::{Error, Result};
pub use module::read_module;
