//! Exit statuses of `jirun` for its own failures (the program's own status
//! is passed through unchanged). Documented in the README.

use jir_interp::LoadError;

/// Bad command line.
pub const USAGE: i32 = 64;
/// The input is not a valid LLVM module (not bitcode/IR, truncated,
/// corrupt, or rejected by LLVM's verifier).
pub const INVALID_MODULE: i32 = 65;
/// The input file cannot be read.
pub const NO_INPUT: i32 = 66;
/// The module was compiled for another architecture or ABI.
pub const WRONG_TARGET: i32 = 67;
/// The module uses an instruction, intrinsic or type not supported yet.
pub const UNSUPPORTED: i32 = 68;
/// The module has no `main` (or `main` has an unusable signature).
pub const NO_MAIN: i32 = 69;
/// An internal error of jir.
pub const INTERNAL: i32 = 70;
/// A symbol the module needs at load time cannot be resolved.
pub const UNRESOLVED: i32 = 71;
/// The program trapped at run time (unreachable, division by zero,
/// interpreter stack exhausted, call through a bad pointer...).
pub const TRAP: i32 = 72;

/// The exit status for a load error.
pub fn for_load_error(e: &LoadError) -> i32 {
    match e {
        LoadError::Read { .. } => NO_INPUT,
        LoadError::Parse { .. } => INVALID_MODULE,
        LoadError::Target(_) => WRONG_TARGET,
        LoadError::Unsupported { .. } => UNSUPPORTED,
        LoadError::Unresolved { .. } => UNRESOLVED,
        LoadError::Internal(_) => INTERNAL,
    }
}
