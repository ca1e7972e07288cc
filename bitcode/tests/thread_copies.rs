//! Bodies read with a thread's own copies of the module's types and
//! values (`LazyBodies::with_thread_copies`, what each worker does when
//! several read one module) are the bodies read without them, value for
//! value, and hold the copies rather than the shared originals.

use std::path::Path;
use std::process::Command;

/// A C++ module with classes, templates, exceptions and virtual calls.
fn cpp_bitcode() -> Vec<u8> {
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../conformance/cases/cpp/lib_variant_visit.cpp");
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("thread_copies.bc");
    let clangxx = ["/usr/bin/clang++-19", "/usr/lib/llvm-19/bin/clang++"]
        .into_iter()
        .find(|c| Path::new(c).exists())
        .expect("clang++-19 is installed (`make test` installs it)");
    let status = Command::new(clangxx)
        .args(["-O2", "-std=c++17", "-c", "-emit-llvm", "-o"])
        .arg(&out)
        .arg(&source)
        .status()
        .expect("clang++-19 runs");
    assert!(
        status.success(),
        "clang++-19 failed on {}",
        source.display()
    );
    std::fs::read(&out).expect("bitcode written")
}

#[test]
fn bodies_read_with_thread_copies_equal_those_read_without() {
    let (module, bodies) = jir_bitcode::read_module_lazy(cpp_bitcode(), "m.bc").expect("reads");
    let defined: Vec<usize> = (0..module.functions.len())
        .filter(|&i| bodies.body_bits(i) > 0)
        .collect();
    assert!(defined.len() > 20, "only {} bodies", defined.len());
    let plain: Vec<_> = defined
        .iter()
        .map(|&i| bodies.function(i, &module.functions[i]).expect("reads"))
        .collect();
    bodies.with_thread_copies(|| {
        for (&i, (plain, shared_types)) in defined.iter().zip(&plain) {
            let (copied, types) = bodies.function(i, &module.functions[i]).expect("reads");
            assert_eq!(format!("{copied:?}"), format!("{plain:?}"), "function #{i}");
            assert!(
                !std::sync::Arc::ptr_eq(&types, shared_types),
                "function #{i} came with the module's shared types"
            );
        }
    });
    // Outside, the shared ones again.
    let (_, types) = bodies
        .function(defined[0], &module.functions[defined[0]])
        .expect("reads");
    assert!(std::sync::Arc::ptr_eq(&types, &plain[0].1));
}
