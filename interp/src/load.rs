//! Stage 1: reading a module (bitcode or text IR) into `llvm-ir` data.
//!
//! Bitcode is read by jir's own reader (`jir-bitcode`), eagerly or lazily,
//! which checks the rules of LLVM's verifier the interpreter relies on
//! (operand types, dominance, the CFG rules) as it reads. Text IR goes
//! through LLVM: the vendored `llvm-ir` runs LLVM's verifier and never lets
//! LLVM exit the process. Either way malformed input is an error, and a
//! panic while reading is caught here and reported as one, without
//! printing a backtrace.

use crate::error::LoadError;
use std::borrow::Cow;
use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

/// A parsed module, as `llvm-ir` represents it.
pub use llvm_ir::Module as IrModule;

/// When function bodies are read, converted and validated.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LoadMode {
    /// The whole module at load: an unsupported construct anywhere is a
    /// load error (what `jirun` does by default).
    #[default]
    Eager,
    /// The module level at load, each function body on its first call
    /// (bitcode only; text IR is always read whole). Loading costs a
    /// fraction of the eager load, and functions that never run cost
    /// nothing; an unsupported construct is an error when its function
    /// is first called.
    Lazy,
}

/// A parsed module and, when it was read lazily, its unread bodies.
pub struct Parsed {
    pub ir: IrModule,
    pub bodies: Bodies,
}

/// Where the function bodies of a parsed module are.
pub enum Bodies {
    /// In the module (text IR, or a module read whole).
    InModule,
    /// In the bitcode, all to be read at load: each body is validated as
    /// soon as it is read, on the thread that read it, while it is still
    /// in that core's cache ([`LoadMode::Eager`] on bitcode).
    ReadAtLoad(jir_bitcode::LazyBodies),
    /// In the bitcode, each read on its function's first call
    /// ([`LoadMode::Lazy`]).
    Lazy(jir_bitcode::LazyBodies),
}

impl From<IrModule> for Parsed {
    fn from(ir: IrModule) -> Self {
        Parsed {
            ir,
            bodies: Bodies::InModule,
        }
    }
}

/// How much of a module `parse` reads.
#[derive(Clone, Copy)]
enum Reading {
    /// Everything, bodies in the module.
    Whole,
    /// In `mode`: the module level, bodies left in the bitcode.
    For(LoadMode),
}

/// The two magic numbers of LLVM bitcode: raw, and the wrapper header.
fn is_bitcode(bytes: &[u8]) -> bool {
    bytes.starts_with(b"BC\xC0\xDE") || bytes.starts_with(&[0xDE, 0xC0, 0x17, 0x0B])
}

/// Reads and parses the module at `path`.
pub fn parse_file(path: &str) -> Result<llvm_ir::Module, LoadError> {
    parse(Cow::Owned(read_file(path)?), path, Reading::Whole).map(|p| p.ir)
}

/// Parses a module held in memory; `name` is used in error messages.
pub fn parse_bytes(bytes: &[u8], name: &str) -> Result<llvm_ir::Module, LoadError> {
    parse(Cow::Borrowed(bytes), name, Reading::Whole).map(|p| p.ir)
}

/// Reads and parses the module at `path` in `mode`.
pub fn parse_file_with(path: &str, mode: LoadMode) -> Result<Parsed, LoadError> {
    parse(Cow::Owned(read_file(path)?), path, Reading::For(mode))
}

fn read_file(path: &str) -> Result<Vec<u8>, LoadError> {
    std::fs::read(path).map_err(|e| LoadError::Read {
        path: path.to_string(),
        reason: e.to_string(),
    })
}

/// Parses a module held in memory in `mode`; `name` is used in error
/// messages.
pub fn parse_bytes_with(bytes: &[u8], name: &str, mode: LoadMode) -> Result<Parsed, LoadError> {
    parse(Cow::Borrowed(bytes), name, Reading::For(mode))
}

/// A module whose bodies stay in the bitcode keeps the bitcode: read from
/// a file, the bytes are moved into it rather than copied.
fn parse(bytes: Cow<'_, [u8]>, name: &str, reading: Reading) -> Result<Parsed, LoadError> {
    let parse_error = |reason: String| LoadError::Parse {
        path: name.to_string(),
        reason,
    };
    let bitcode = is_bitcode(&bytes);
    if !bitcode && (bytes.is_empty() || std::str::from_utf8(&bytes).is_err()) {
        return Err(parse_error("neither LLVM bitcode nor textual IR".into()));
    }
    let result = quietly(move || match (bitcode, reading) {
        // jir's own reader: no LLVM IR in memory, no conversion.
        (true, Reading::Whole) => jir_bitcode::read_module(&bytes, name)
            .map(|ir| (ir, Bodies::InModule))
            .map_err(|e| e.to_string()),
        (true, Reading::For(mode)) => jir_bitcode::read_module_lazy(bytes.into_owned(), name)
            .map(|(ir, bodies)| {
                let bodies = match mode {
                    LoadMode::Eager => Bodies::ReadAtLoad(bodies),
                    LoadMode::Lazy => Bodies::Lazy(bodies),
                };
                (ir, bodies)
            })
            .map_err(|e| e.to_string()),
        (false, _) => llvm_ir::Module::from_ir_bytes(&bytes, name).map(|ir| (ir, Bodies::InModule)),
    });
    match result {
        Ok(Ok((mut ir, bodies))) => {
            if ir.name.is_empty() {
                ir.name = name.to_string();
            }
            Ok(Parsed { ir, bodies })
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
                None => Err(reader_error(name, &line)),
            }
        }
        Err(panic) => Err(parse_error(format!("cannot convert the module: {panic}"))),
    }
}

/// Reads body `index` of a module opened lazily (`header` is its function
/// without blocks), with the module's types; a panic in the reader is an
/// error too.
pub(crate) fn read_body(
    bodies: &jir_bitcode::LazyBodies,
    index: usize,
    header: &llvm_ir::Function,
) -> Result<(llvm_ir::Function, std::sync::Arc<llvm_ir::types::Types>), String> {
    quietly(|| bodies.function(index, header))
        .map_err(|panic| format!("cannot read the body ({panic})"))
        .and_then(|r| r.map_err(|e| e.to_string()))
}

/// A reader's error message (its first line) as a parse error of `name`.
pub(crate) fn reader_error(name: &str, reason: &str) -> LoadError {
    LoadError::Parse {
        path: name.to_string(),
        reason: first_line(reason).trim_start_matches("error: ").to_string(),
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
