//! Reads bitcode files with jir's own reader and through LLVM (`llvm-ir`)
//! and reports every file they read differently: the check the
//! conformance run makes on each case, for any bitcode at hand.
//!
//! `cargo run --release -p jir-conformance --example compare_readers -- FILE.bc...`
//!
//! With `--time`, also prints how long each reader takes on each file
//! (fastest of three).

use std::time::{Duration, Instant};

fn fastest(mut f: impl FnMut()) -> Duration {
    (0..3)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    let mut time = false;
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--time" => time = true,
            _ => files.push(arg),
        }
    }
    let mut differ = 0;
    for path in &files {
        if let Err(e) = jir_conformance::check_reader(std::path::Path::new(path)) {
            differ += 1;
            println!("{path}: {e}");
        }
        if time {
            let Ok(bytes) = std::fs::read(path) else {
                continue;
            };
            let ours = fastest(|| drop(jir_bitcode::read_module(&bytes, path)));
            let llvm = fastest(|| drop(llvm_ir::Module::from_bc_bytes(&bytes, path)));
            println!(
                "{path}: {} KiB, jir-bitcode {ours:.1?}, through LLVM {llvm:.1?}",
                bytes.len() / 1024
            );
        }
    }
    println!("{} files, {differ} read differently", files.len());
    if differ > 0 {
        std::process::exit(1);
    }
}
