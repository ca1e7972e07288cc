//! A large module runs as its native build does when its bodies are read
//! on all cores (each worker with its own copies of the module's types and
//! constants: `LazyBodies::with_thread_copies`), read on demand, or read
//! whole and lowered on all cores (`--list-unsupported`). The conformance
//! cases are small modules, read on one thread.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const JIRUN: &str = env!("CARGO_BIN_EXE_jirun");

fn clangxx() -> &'static str {
    ["/usr/bin/clang++-19", "/usr/lib/llvm-19/bin/clang++"]
        .into_iter()
        .find(|c| Path::new(c).exists())
        .expect("clang++-19 is installed (`make test` installs it)")
}

/// `benches/loadtest/stl_mix.cpp` (474 functions, 790 KiB of -O2
/// bitcode) compiled with `args` to `out`.
fn compile(args: &[&str], out: &str) -> PathBuf {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../benches/loadtest/stl_mix.cpp");
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join(out);
    let status = Command::new(clangxx())
        .args(["-O2", "-std=c++17", "-w"])
        .args(args)
        .arg(&source)
        .arg("-o")
        .arg(&out)
        .status()
        .expect("clang++-19 runs");
    assert!(
        status.success(),
        "clang++-19 failed on {}",
        source.display()
    );
    out
}

fn run(program: &Path, args: &[&str]) -> Output {
    Command::new(program).args(args).output().expect("runs")
}

#[test]
fn a_large_module_runs_as_native_however_its_bodies_are_read() {
    let (native, bc) = std::thread::scope(|s| {
        let native = s.spawn(|| compile(&[], "stl_mix.native"));
        let bc = compile(&["-c", "-emit-llvm"], "stl_mix.bc");
        (native.join().expect("compiles"), bc)
    });
    let expected = run(&native, &[]);
    assert!(expected.status.success());
    assert!(!expected.stdout.is_empty());
    let bc = bc.to_str().expect("UTF-8 path");
    for mode in [&[][..], &["--lazy"][..]] {
        let args: Vec<&str> = mode.iter().copied().chain([bc]).collect();
        let out = run(Path::new(JIRUN), &args);
        assert_eq!(out.status.code(), expected.status.code(), "jirun {args:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&expected.stdout),
            "jirun {args:?}"
        );
    }
    let listed = run(Path::new(JIRUN), &["--list-unsupported", bc]);
    assert_eq!(listed.status.code(), Some(0), "{listed:?}");
    assert!(listed.stdout.is_empty(), "{listed:?}");
}
