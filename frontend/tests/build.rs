//! `jirc build` end to end: what the bitcode it writes holds.

use jir_frontend::clang::{build, BuildRequest};
use std::path::{Path, PathBuf};
use std::process::Command;

/// How many use-list blocks LLVM's bitcode analyser finds in `bc`.
fn use_list_blocks(bc: &Path) -> usize {
    let out = Command::new("/usr/lib/llvm-19/bin/llvm-bcanalyzer")
        .arg("-dump")
        .arg(bc)
        .output()
        .expect("llvm-bcanalyzer-19 runs");
    assert!(
        out.status.success(),
        "llvm-bcanalyzer failed on {}",
        bc.display()
    );
    String::from_utf8_lossy(&out.stdout)
        .matches("<USELIST_BLOCK")
        .count()
}

fn compile(source: &Path, name: &str, extra: &[&str]) -> PathBuf {
    let output = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    build(&BuildRequest {
        input: source.to_path_buf(),
        output: output.clone(),
        opt_level: "2".into(),
        target: None,
        extra: extra.iter().map(|s| s.to_string()).collect(),
    })
    .expect("builds");
    output
}

#[test]
fn bitcode_leaves_out_use_list_order() {
    // A kernel whose -O2 bitcode has use lists out of LLVM's default order.
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../benches/kernels/alloc_trees.c");
    let lean = compile(&source, "alloc_trees.bc", &[]);
    assert_eq!(use_list_blocks(&lean), 0);
    // The check can fail: asked for them, clang writes them.
    let full = compile(
        &source,
        "alloc_trees.uselists.bc",
        &["-Xclang", "-emit-llvm-uselists"],
    );
    assert!(use_list_blocks(&full) > 0);
    let size = |p: &Path| std::fs::metadata(p).unwrap().len();
    assert!(size(&lean) < size(&full));
}
