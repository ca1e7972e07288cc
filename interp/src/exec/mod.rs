//! Execution: running lowered bytecode on the calling thread.
//!
//! | file | owns |
//! |---|---|
//! | `interp.rs` | the dispatch loop |
//! | `stack.rs` | per-thread slot stack, memory stack, activation records |
//! | `ops.rs` | scalar semantics of the ops |
//! | `vector.rs` | the generic vector ops |
//! | `wide.rs` | integers of 65 to 128 bits |
//! | `f80.rs` | `x86_fp80` on the x87 unit |
//! | `half.rs` | `half` and `bfloat` conversions |
//! | `memory.rs` | native memory access (unsafe, fenced) |
//! | `atomic.rs` | atomics on native memory (unsafe, fenced) |
//! | `helpers.rs` | rare intrinsics as helper functions |
//! | `jump.rs` | `setjmp`/`longjmp` records |
//! | `eh.rs` | the personality routine for C++ exceptions |
//! | `tls.rs` | per-thread copies of thread-local globals |

pub mod atomic;
mod eh;
pub mod f80;
pub mod half;
pub mod helpers;
mod interp;
mod jump;
pub(crate) mod memory;
pub mod ops;
mod simd;
mod stack;
pub mod tls;
pub mod vector;
pub mod wide;

pub use stack::{set_stack_limits, StackLimits};

use crate::error::Trap;
use crate::module::FunctionDef;
use std::sync::atomic::{AtomicBool, Ordering};

/// Raised to stop every running interpreted computation at its next call
/// or loop back-edge (a REPL's ctrl-C).
static INTERRUPT: AtomicBool = AtomicBool::new(false);

/// Asks running interpreted code to stop with [`crate::TrapKind::Interrupted`].
pub fn request_interrupt() {
    INTERRUPT.store(true, Ordering::SeqCst);
}

/// Clears a previous [`request_interrupt`].
pub fn clear_interrupt() {
    INTERRUPT.store(false, Ordering::SeqCst);
}

/// How many interpreter runs are active on this thread (0 outside the
/// interpreter; more than 1 inside native code called back into it).
pub fn nesting() -> usize {
    interp::NESTING.with(|n| n.get())
}

/// Runs `func` on the calling thread. `args` holds the parameter slots
/// (see [`crate::signature::FnSig`]); the result's slots are written to
/// `ret` (as many as fit). No native code is assumed to be waiting to
/// catch a C++ exception: one that no interpreted handler catches is
/// reported as [`crate::TrapKind::Uncaught`] before any cleanup runs.
pub fn invoke(func: &FunctionDef, args: &[u64], ret: &mut [u64]) -> Result<(), Trap> {
    interp::run(func, args, ret, false)
}

/// As [`invoke`], for calls coming from native code, which may catch a C++
/// exception: one that leaves the interpreted frames (after their
/// cleanups) is reported as [`crate::TrapKind::Exception`], for the caller
/// to raise natively.
pub fn invoke_from_native(func: &FunctionDef, args: &[u64], ret: &mut [u64]) -> Result<(), Trap> {
    interp::run(func, args, ret, true)
}
