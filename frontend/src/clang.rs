//! Driving clang-19: compile C, C++ or LLVM IR to bitcode for a target
//! triple (the host's by default).

use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Debug, thiserror::Error)]
pub enum CompileError {
    #[error("clang-19 not found (install clang-19, or set JIR_CLANG to its path)")]
    NoClang,
    #[error("cannot run {0}: {1}")]
    Spawn(String, std::io::Error),
    #[error("compilation of {0} failed")]
    Failed(String),
    #[error("{0}: unknown source language (expected .c, .cc/.cpp/.cxx, .ll or .bc)")]
    UnknownLanguage(String),
    #[error("-O{0} is not an optimisation level (0-3, s, z)")]
    BadOptLevel(String),
}

/// The language of a source file, from its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    C,
    Cxx,
    Ir,
    Bitcode,
}

impl Language {
    pub fn of(path: &Path) -> Option<Language> {
        match path.extension()?.to_str()? {
            "c" => Some(Language::C),
            "cc" | "cpp" | "cxx" | "C" | "c++" => Some(Language::Cxx),
            "ll" => Some(Language::Ir),
            "bc" => Some(Language::Bitcode),
            _ => None,
        }
    }
}

/// The clang-19 driver to use: `$JIR_CLANG`, else `clang-19` on the PATH,
/// else Debian's install location.
pub fn find_clang(cxx: bool) -> Result<PathBuf, CompileError> {
    if let Some(p) = std::env::var_os("JIR_CLANG") {
        return Ok(PathBuf::from(p));
    }
    let name = if cxx { "clang++-19" } else { "clang-19" };
    if let Some(p) = search_path(name) {
        return Ok(p);
    }
    let fallback = PathBuf::from(if cxx {
        "/usr/lib/llvm-19/bin/clang++"
    } else {
        "/usr/lib/llvm-19/bin/clang"
    });
    fallback
        .exists()
        .then_some(fallback)
        .ok_or(CompileError::NoClang)
}

fn search_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// What to compile and how.
#[derive(Clone, Debug)]
pub struct BuildRequest {
    pub input: PathBuf,
    pub output: PathBuf,
    /// "0".."3", "s" or "z".
    pub opt_level: String,
    /// Target triple; `None` for the host.
    pub target: Option<String>,
    /// Extra arguments passed to clang unchanged (-I, -D, -std, -march...).
    pub extra: Vec<String>,
}

/// The clang command line for a request (exposed for tests and `--dry-run`).
pub fn command_line(req: &BuildRequest) -> Result<(PathBuf, Vec<String>), CompileError> {
    if !matches!(req.opt_level.as_str(), "0" | "1" | "2" | "3" | "s" | "z") {
        return Err(CompileError::BadOptLevel(req.opt_level.clone()));
    }
    let lang = Language::of(&req.input)
        .ok_or_else(|| CompileError::UnknownLanguage(req.input.display().to_string()))?;
    let clang = find_clang(lang == Language::Cxx)?;
    let mut args = vec![
        "-c".to_string(),
        "-emit-llvm".to_string(),
        format!("-O{}", req.opt_level),
    ];
    if let Some(t) = &req.target {
        args.push(format!("--target={t}"));
    }
    // Debug line info costs nothing at run time and lets traps name the
    // source line.
    if matches!(lang, Language::C | Language::Cxx) {
        args.push("-gline-tables-only".into());
    }
    // The order of each value's use list only lets LLVM's optimiser
    // reproduce itself after a round trip; the device never optimises.
    // Without it bitcode is an eighth smaller and reads that much faster.
    args.extend(["-Xclang".into(), "-no-emit-llvm-uselists".into()]);
    args.extend(req.extra.iter().cloned());
    args.push(req.input.display().to_string());
    args.push("-o".into());
    args.push(req.output.display().to_string());
    Ok((clang, args))
}

/// Compiles `req.input` to bitcode at `req.output`. clang's diagnostics go
/// to this process's stderr.
pub fn build(req: &BuildRequest) -> Result<(), CompileError> {
    let (clang, args) = command_line(req)?;
    let status = Command::new(&clang)
        .args(&args)
        .status()
        .map_err(|e| CompileError::Spawn(clang.display().to_string(), e))?;
    if !status.success() {
        return Err(CompileError::Failed(req.input.display().to_string()));
    }
    Ok(())
}
