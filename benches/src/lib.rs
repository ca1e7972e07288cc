//! jir-benches: helpers shared by the criterion benchmarks (and, later,
//! the side-by-side ratio report): compiling benchmark sources with
//! clang-19 and loading them into a runtime.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

/// This crate's directory.
pub fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// clang-19 as installed by the setup script.
pub fn clang() -> PathBuf {
    ["/usr/bin/clang-19", "/usr/lib/llvm-19/bin/clang"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_file())
        .expect("clang-19 is installed (run `make bench`, which installs it)")
}

/// Compiles `source` to bitcode at `-O<opt>` into `target/bench-work`.
pub fn bitcode(source: &Path, opt: &str) -> PathBuf {
    let dir = crate_dir().join("../target/bench-work");
    std::fs::create_dir_all(&dir).expect("bench work dir");
    let stem = source
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("bench");
    let out = dir.join(format!("{stem}.O{opt}.bc"));
    let status = Command::new(clang())
        .args(["-c", "-emit-llvm", &format!("-O{opt}"), "-w"])
        .arg(source)
        .arg("-o")
        .arg(&out)
        .status()
        .expect("clang-19 runs");
    assert!(status.success(), "clang-19 failed on {}", source.display());
    out
}

/// A loaded benchmark module.
pub struct Loaded {
    pub runtime: Arc<jir_runtime::Runtime>,
    pub module: Arc<jir_interp::LoadedModule>,
}

impl Loaded {
    pub fn new(bitcode: &Path) -> Loaded {
        let runtime = jir_runtime::Runtime::new();
        let module = runtime
            .load_file(bitcode.to_str().expect("utf-8 path"))
            .expect("benchmark module loads");
        Loaded { runtime, module }
    }

    /// Calls `name` with integer arguments; returns the first result slot.
    pub fn call(&self, name: &str, args: &[u64]) -> u64 {
        let f = self
            .module
            .function(name)
            .expect("benchmark function exists");
        let mut ret = [0u64; 1];
        jir_interp::exec::invoke(f, args, &mut ret).expect("benchmark runs");
        ret[0]
    }
}
