//! Bad bitcode is an error, never a panic: truncated and corrupted copies of
//! a real module, and input that is not bitcode at all.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A real -O2 module, compiled by clang-19 from one of the kernels.
fn kernel_bitcode() -> Vec<u8> {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../benches/kernels/string_records.c");
    let out: PathBuf = Path::new(env!("CARGO_TARGET_TMPDIR")).join("string_records.bc");
    let status = Command::new("clang-19")
        .args(["-O2", "-c", "-emit-llvm", "-o"])
        .arg(&out)
        .arg(&source)
        .status()
        .expect("clang-19 runs");
    assert!(status.success(), "clang-19 failed on {}", source.display());
    std::fs::read(&out).expect("bitcode written")
}

/// A module of 64 functions, so that bodies are read on several threads.
fn many_functions_bitcode() -> Vec<u8> {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let source = dir.join("many_functions.c");
    let mut c = String::from("#include <stdio.h>\n");
    // Bodies long enough together (80 KB) that the reader spreads
    // them over threads (`parallel::for_each` gives a thread at least
    // 32 KB of bodies).
    for i in 0..64 {
        c += &format!("int f{i}(int x) {{ int s = {i}; for (int k = 0; k < x; k++) {{\n");
        for j in 0..100 {
            c += &format!("    s = s * {} + (k ^ {});\n", 2 * j + 3, i + j);
        }
        c += "  }\n  return s; }\n";
    }
    c += "int main(int argc, char **argv) { int s = 0;\n";
    for i in 0..64 {
        c += &format!("  s += f{i}(argc + {i});\n");
    }
    c += "  printf(\"%d\\n\", s); return 0; }\n";
    std::fs::write(&source, c).unwrap();
    let out = dir.join("many_functions.bc");
    let status = Command::new("clang-19")
        .args(["-O1", "-fno-inline", "-c", "-emit-llvm", "-o"])
        .arg(&out)
        .arg(&source)
        .status()
        .expect("clang-19 runs");
    assert!(status.success());
    std::fs::read(&out).unwrap()
}

fn read(bytes: &[u8]) -> Result<llvm_ir::Module, String> {
    std::panic::catch_unwind(|| jir_bitcode::read_module(bytes, "m.bc"))
        .map_err(|_| "panicked".to_string())?
        .map_err(|e| e.to_string())
}

#[test]
fn the_intact_module_reads() {
    let m = read(&kernel_bitcode()).expect("reads");
    assert!(m.functions.iter().any(|f| f.name == "main"));
    assert!(m
        .target_triple
        .as_deref()
        .is_some_and(|t| t.starts_with("x86_64")));
}

#[test]
fn every_truncation_is_an_error() {
    let bytes = kernel_bitcode();
    for len in (0..bytes.len()).step_by(7) {
        match read(&bytes[..len]) {
            Err(e) if e == "panicked" => panic!("panic on a prefix of {len} bytes"),
            Err(_) => {}
            Ok(_) => panic!(
                "a prefix of {len} of {} bytes read as a module",
                bytes.len()
            ),
        }
    }
}

/// Reads `n` copies of `bytes`, each with one bit flipped (chosen by a
/// fixed xorshift sequence from `seed`, past the magic number, which a flip
/// would only make unreadable); panics on a panic, returns how many copies
/// were rejected.
fn rejected_flips(bytes: &[u8], seed: u64, n: usize) -> usize {
    let mut state = seed;
    let mut errors = 0;
    for _ in 0..n {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let bit = 32 + (state % ((bytes.len() as u64 - 4) * 8)) as usize;
        let mut copy = bytes.to_vec();
        copy[bit / 8] ^= 1 << (bit % 8);
        match read(&copy) {
            Err(e) if e == "panicked" => panic!("panic with bit {bit} flipped"),
            Err(_) => errors += 1,
            Ok(_) => {}
        }
    }
    errors
}

#[test]
fn flipped_bits_never_panic() {
    let errors = rejected_flips(&kernel_bitcode(), 0x2545_f491_4f6c_dd1d, 3000);
    // Most flips land in a field that must be consistent.
    assert!(
        errors > 100,
        "only {errors} of 3000 corrupted copies were rejected"
    );
}

#[test]
fn text_is_not_bitcode() {
    let Err(e) = read(b"define i32 @main() {\n  ret i32 0\n}\n") else {
        panic!("text IR read as bitcode");
    };
    assert!(e.contains("not LLVM bitcode"), "{e}");
}

#[test]
fn bodies_read_in_parallel_read_the_same_every_time() {
    let bytes = many_functions_bitcode();
    let m = jir_bitcode::read_module(&bytes, "m.bc").expect("reads");
    assert_eq!(m.functions.len(), 65);
    let first = format!("{:?}", m.functions);
    for _ in 0..5 {
        let again = jir_bitcode::read_module(&bytes, "m.bc").expect("reads");
        assert!(
            format!("{:?}", again.functions) == first,
            "a second read differs"
        );
    }
}

#[test]
fn damage_in_a_parallel_read_is_an_error_not_a_panic() {
    let bytes = many_functions_bitcode();
    let errors = rejected_flips(&bytes, 0x9e37_79b9_7f4a_7c15, 600);
    assert!(
        errors > 20,
        "only {errors} of 600 corrupted copies were rejected"
    );
    for len in (0..bytes.len()).step_by(97) {
        assert!(
            read(&bytes[..len]).is_err(),
            "a prefix of {len} bytes read as a module"
        );
    }
}

/// The bitcode wrapper header (what Darwin toolchains write): magic,
/// version, offset and size of the bitcode, CPU type.
fn wrapped(bitcode: &[u8], size: u32) -> Vec<u8> {
    let mut out = Vec::new();
    for word in [0x0B17_C0DEu32, 0, 20, size, 0x0100_0007] {
        out.extend_from_slice(&word.to_le_bytes());
    }
    out.extend_from_slice(bitcode);
    out
}

#[test]
fn wrapped_bitcode_reads_as_the_bitcode_inside() {
    let bytes = kernel_bitcode();
    let plain = jir_bitcode::read_module(&bytes, "m.bc").expect("reads");
    let inner = jir_bitcode::read_module(&wrapped(&bytes, bytes.len() as u32), "m.bc")
        .expect("wrapped bitcode reads");
    assert_eq!(
        format!("{:?}", plain.functions),
        format!("{:?}", inner.functions)
    );
    // A wrapper that claims more bitcode than the file holds.
    let Err(e) = read(&wrapped(&bytes, bytes.len() as u32 + 1)) else {
        panic!("a wrapper pointing past the end was read");
    };
    assert!(e.contains("past the end"), "{e}");
}
