//! Stage 2: validation. A module is checked as a whole before anything
//! runs: its target must match this host's ABI, and every instruction,
//! intrinsic and type must be one the lowering supports, so that an
//! unsupported construct is a load-time error naming the function, the
//! block and the instruction. A lazily loaded module has its module level
//! checked at load and each function body when it is first read.

use crate::error::{LoadError, LowerError};
use crate::layout::{DataLayout, HOST_DATA_LAYOUT};
use crate::lower::support;
use llvm_ir::types::Types;
use llvm_ir::HasDebugLoc;

/// This host's architecture, OS and C ABI environment, as triple parts.
pub fn host_target() -> (&'static str, &'static str, &'static str) {
    let arch = if cfg!(target_arch = "x86_64") {
        "x86_64"
    } else if cfg!(target_arch = "aarch64") {
        "aarch64"
    } else {
        std::env::consts::ARCH
    };
    let os = if cfg!(target_os = "linux") {
        "linux"
    } else if cfg!(target_os = "ios") {
        "ios"
    } else if cfg!(target_os = "macos") {
        "macos"
    } else {
        std::env::consts::OS
    };
    let env = if cfg!(target_env = "musl") {
        "musl"
    } else if cfg!(target_env = "gnu") {
        "gnu"
    } else {
        ""
    };
    (arch, os, env)
}

/// The (arch, os, env) of a target triple, normalised.
pub fn parse_triple(triple: &str) -> (String, String, String) {
    let parts: Vec<&str> = triple.split('-').collect();
    let arch = match parts.first().copied().unwrap_or("") {
        "arm64" | "arm64e" => "aarch64".to_string(),
        "amd64" => "x86_64".to_string(),
        a => a.to_string(),
    };
    let rest = &parts[1.min(parts.len())..];
    let os_part = rest
        .iter()
        .find(|p| {
            [
                "linux", "darwin", "macos", "ios", "windows", "freebsd", "android", "wasi", "none",
            ]
            .iter()
            .any(|o| p.starts_with(o))
        })
        .copied()
        .unwrap_or("");
    let os = if os_part.starts_with("darwin") || os_part.starts_with("macos") {
        "macos"
    } else if os_part.starts_with("ios") {
        "ios"
    } else {
        os_part.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.')
    };
    let env = rest
        .iter()
        .skip_while(|p| **p != os_part)
        .nth(1)
        .map(|e| {
            if e.starts_with("gnu") {
                "gnu"
            } else if e.starts_with("musl") {
                "musl"
            } else {
                e
            }
        })
        .unwrap_or("");
    (arch, os.to_string(), env.to_string())
}

fn check_target(ir: &llvm_ir::Module) -> Result<(), LoadError> {
    let Some(triple) = ir.target_triple.as_deref().filter(|t| !t.is_empty()) else {
        return Ok(()); // hand-written IR without a triple: assume this host
    };
    let (arch, os, env) = parse_triple(triple);
    let (h_arch, h_os, h_env) = host_target();
    let env_ok = env == h_env || env.is_empty() || h_env.is_empty();
    if arch != h_arch || os != h_os || !env_ok {
        return Err(LoadError::Target(format!(
            "module is for {triple} ({arch}, {os}{}), but this host is {h_arch}-{h_os}{}: compile it with --target for this host",
            if env.is_empty() { String::new() } else { format!(", {env}") },
            if h_env.is_empty() { String::new() } else { format!("-{h_env}") },
        )));
    }
    Ok(())
}

fn unsupported(
    func: &llvm_ir::Function,
    block: &llvm_ir::Name,
    index: usize,
    opcode: &'static str,
    dbg: &Option<llvm_ir::DebugLoc>,
    what: String,
) -> LoadError {
    LoadError::Unsupported {
        function: Some(func.name.clone()),
        location: Some(Box::new(crate::lower::support::ir_location(
            block, index, opcode, dbg,
        ))),
        what,
    }
}

/// Checks one function; the first unsupported construct is the error.
pub fn validate_function(
    types: &Types,
    layout: &DataLayout,
    func: &llvm_ir::Function,
) -> Result<(), LoadError> {
    for bb in &func.basic_blocks {
        for (i, inst) in bb.instrs.iter().enumerate() {
            support::check_instruction(types, layout, inst).map_err(|what| {
                unsupported(
                    func,
                    &bb.name,
                    i,
                    support::opcode_name(inst),
                    inst.get_debug_loc(),
                    what,
                )
            })?;
        }
        support::check_terminator(types, layout, &bb.term).map_err(|what| {
            unsupported(
                func,
                &bb.name,
                bb.instrs.len(),
                support::terminator_name(&bb.term),
                bb.term.get_debug_loc(),
                what,
            )
        })?;
    }
    Ok(())
}

/// [`validate_function`], with a panic inside `llvm-ir`'s type queries
/// (on IR LLVM's verifier accepted) turned into an error.
fn guarded_validate(
    types: &Types,
    layout: &DataLayout,
    f: &llvm_ir::Function,
) -> Result<(), LoadError> {
    crate::load::quietly(|| validate_function(types, layout, f)).unwrap_or_else(|panic| {
        Err(LoadError::Unsupported {
            function: Some(f.name.clone()),
            location: None,
            what: format!("a construct the IR library cannot describe ({panic})"),
        })
    })
}

/// Every unsupported construct of the module, one error per function (for
/// `jirun --list-unsupported`).
pub fn list_unsupported(ir: &llvm_ir::Module) -> Vec<LoadError> {
    let layout = match module_layout(ir) {
        Ok(l) => l,
        Err(e) => return vec![e],
    };
    ir.functions
        .iter()
        .filter_map(|f| guarded_validate(&ir.types, &layout, f).err())
        .collect()
}

fn module_layout(ir: &llvm_ir::Module) -> Result<DataLayout, LoadError> {
    let s = ir.data_layout.layout_str.as_str();
    let s = if s.is_empty() { HOST_DATA_LAYOUT } else { s };
    let layout = DataLayout::parse(s)
        .map_err(|e| LoadError::Target(format!("data layout `{s}`: {e}")))?
        .with_named_structs(&ir.types);
    let host =
        DataLayout::parse(HOST_DATA_LAYOUT).map_err(|e| LoadError::Internal(e.to_string()))?;
    if layout.pointer_bits != host.pointer_bits || layout.little_endian != host.little_endian {
        return Err(LoadError::Target(format!(
            "module data layout `{s}` has {}-bit {} pointers; this host uses {}-bit {}",
            layout.pointer_bits,
            if layout.little_endian {
                "little-endian"
            } else {
                "big-endian"
            },
            host.pointer_bits,
            if host.little_endian {
                "little-endian"
            } else {
                "big-endian"
            },
        )));
    }
    Ok(layout)
}

/// Validates `ir` as a whole; returns its data layout.
pub fn validate_module(ir: &llvm_ir::Module) -> Result<DataLayout, LoadError> {
    let layout = validate_module_level(ir)?;
    // On all cores; the error reported is the first in module order.
    let errors: Vec<std::sync::OnceLock<LoadError>> = ir
        .functions
        .iter()
        .map(|_| std::sync::OnceLock::new())
        .collect();
    let sizes: Vec<usize> = ir
        .functions
        .iter()
        .map(crate::parallel::instructions)
        .collect();
    crate::parallel::for_each(&sizes, crate::module::MIN_INSTRUCTIONS_PER_THREAD, |i| {
        if let Err(e) = guarded_validate(&ir.types, &layout, &ir.functions[i]) {
            let _ = errors[i].set(e);
        }
    });
    match errors.into_iter().find_map(|e| e.into_inner()) {
        Some(e) => Err(e),
        None => Ok(layout),
    }
}

/// Reads every body of `ir` (opened lazily: its functions have no blocks)
/// from `bodies` and validates each as soon as it is read, on all cores;
/// `ir` then holds the bodies. Returns its data layout. The error is what
/// reading the module whole and then validating it would report: a body
/// that does not read first, then the module level, then the first
/// function in module order that does not validate.
pub(crate) fn read_and_validate(
    ir: &mut llvm_ir::Module,
    bodies: &jir_bitcode::LazyBodies,
) -> Result<DataLayout, LoadError> {
    use crate::module::{BITS_PER_INSTRUCTION, MIN_INSTRUCTIONS_PER_THREAD};
    use std::sync::OnceLock;
    let level = validate_module_level(ir);
    let count = ir.functions.len();
    let read: Vec<OnceLock<Result<llvm_ir::Function, String>>> =
        (0..count).map(|_| OnceLock::new()).collect();
    let invalid: Vec<OnceLock<LoadError>> = (0..count).map(|_| OnceLock::new()).collect();
    let sizes: Vec<usize> = (0..count)
        .map(|i| bodies.body_bits(i) / BITS_PER_INSTRUCTION)
        .collect();
    let headers = &ir.functions;
    let around = |work: &mut dyn FnMut()| bodies.with_thread_copies(work);
    crate::parallel::for_each_around(&sizes, MIN_INSTRUCTIONS_PER_THREAD, around, |i| {
        let body = crate::load::read_body(bodies, i, &headers[i]);
        if let (Ok((func, types)), Ok(layout)) = (&body, &level) {
            if let Err(e) = guarded_validate(types, layout, func) {
                let _ = invalid[i].set(e);
            }
        }
        let _ = read[i].set(body.map(|(func, _)| func));
    });
    let mut functions = Vec::with_capacity(count);
    for body in read {
        match body.into_inner() {
            Some(Ok(func)) => functions.push(func),
            Some(Err(e)) => return Err(crate::load::reader_error(&ir.name, &e)),
            None => return Err(LoadError::Internal("a function body was not read".into())),
        }
    }
    let layout = level?;
    if let Some(e) = invalid.into_iter().find_map(|e| e.into_inner()) {
        return Err(e);
    }
    ir.functions = functions;
    Ok(layout)
}

/// Validates what `ir` has besides function bodies: target and data
/// layout. Returns the data layout.
pub fn validate_module_level(ir: &llvm_ir::Module) -> Result<DataLayout, LoadError> {
    check_target(ir)?;
    module_layout(ir)
}

/// Validates a function body read lazily, as [`validate_module`] does
/// each body of an eagerly loaded module.
pub(crate) fn validate_lazy_body(
    types: &Types,
    layout: &DataLayout,
    func: &llvm_ir::Function,
) -> Result<(), LowerError> {
    guarded_validate(types, layout, func).map_err(|e| match e {
        LoadError::Unsupported { location, what, .. } => LowerError {
            function: func.name.clone(),
            location,
            what,
        },
        other => LowerError::new(&func.name, other.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triples_normalise() {
        assert_eq!(
            parse_triple("x86_64-pc-linux-gnu"),
            ("x86_64".into(), "linux".into(), "gnu".into())
        );
        assert_eq!(
            parse_triple("x86_64-unknown-linux-gnu"),
            ("x86_64".into(), "linux".into(), "gnu".into())
        );
        assert_eq!(
            parse_triple("arm64-apple-ios17.0.0"),
            ("aarch64".into(), "ios".into(), "".into())
        );
        assert_eq!(
            parse_triple("aarch64-apple-macosx14.0.0"),
            ("aarch64".into(), "macos".into(), "".into())
        );
        assert_eq!(parse_triple("x86_64-unknown-linux-musl").2, "musl");
    }
}
