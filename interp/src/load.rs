//! Stage 1: reading a module (bitcode or text IR) into `llvm-ir` data.
//!
//! LLVM reports malformed input as errors (the vendored `llvm-ir` runs the
//! verifier and never lets LLVM exit the process); a panic inside the
//! conversion to `llvm-ir` data is caught here and reported as an error,
//! without printing a backtrace.

use crate::error::LoadError;
use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

/// A parsed module, as `llvm-ir` represents it.
pub use llvm_ir::Module as IrModule;

/// The two magic numbers of LLVM bitcode: raw, and the wrapper header.
fn is_bitcode(bytes: &[u8]) -> bool {
    bytes.starts_with(b"BC\xC0\xDE") || bytes.starts_with(&[0xDE, 0xC0, 0x17, 0x0B])
}

/// Reads and parses the module at `path`.
pub fn parse_file(path: &str) -> Result<llvm_ir::Module, LoadError> {
    let bytes = std::fs::read(path).map_err(|e| LoadError::Read {
        path: path.to_string(),
        reason: e.to_string(),
    })?;
    parse_bytes(&bytes, path)
}

/// Parses a module held in memory; `name` is used in error messages.
pub fn parse_bytes(bytes: &[u8], name: &str) -> Result<llvm_ir::Module, LoadError> {
    let parse_error = |reason: String| LoadError::Parse {
        path: name.to_string(),
        reason,
    };
    let bitcode = is_bitcode(bytes);
    if !bitcode && (bytes.is_empty() || std::str::from_utf8(bytes).is_err()) {
        return Err(parse_error("neither LLVM bitcode nor textual IR".into()));
    }
    let result = quietly(|| {
        if bitcode {
            llvm_ir::Module::from_bc_bytes(bytes, name)
        } else {
            llvm_ir::Module::from_ir_bytes(bytes, name)
        }
    });
    match result {
        Ok(Ok(mut m)) => {
            if m.name.is_empty() {
                m.name = name.to_string();
            }
            Ok(m)
        }
        Ok(Err(reason)) => {
            let line = first_line(&reason);
            // The IR parser says `NAME:LINE:COL: error: MESSAGE`; keep the
            // position with the name and the message as the reason.
            match line
                .strip_prefix(name)
                .and_then(|rest| rest.split_once(": error: "))
            {
                Some((pos, msg)) => Err(LoadError::Parse {
                    path: format!("{name}{pos}"),
                    reason: msg.to_string(),
                }),
                None => Err(parse_error(line.trim_start_matches("error: ").to_string())),
            }
        }
        Err(panic) => Err(parse_error(format!("cannot convert the module: {panic}"))),
    }
}

fn first_line(s: &str) -> String {
    s.lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or(s)
        .trim()
        .to_string()
}

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f`, turning a panic into an `Err` carrying its message, and
/// keeping the panic hook from printing it.
pub fn quietly<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !QUIET.with(|q| q.get()) {
                previous(info);
            }
        }));
    });
    let was = QUIET.with(|q| q.replace(true));
    let r = panic::catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(was));
    r.map_err(|p| {
        p.downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "unknown panic".into())
    })
}
