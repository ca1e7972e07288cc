//! Bad input gets a one-line error naming what and where, and a distinct
//! exit status; never a panic, a backtrace or a hang. Each test runs the
//! real `jirun` binary and snapshots its stderr.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const JIRUN: &str = env!("CARGO_BIN_EXE_jirun");

fn inputs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/inputs")
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("errors");
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir.join(name)
}

fn clang() -> &'static str {
    if Path::new("/usr/bin/clang-19").exists() {
        "/usr/bin/clang-19"
    } else {
        "/usr/lib/llvm-19/bin/clang"
    }
}

/// Compiles a C input to bitcode (with line tables, for source locations).
fn bitcode(c_file: &str, opt: &str) -> PathBuf {
    let out = scratch(&format!("{c_file}.{opt}.bc"));
    let status = Command::new(clang())
        .args(["-c", "-emit-llvm", "-gline-tables-only", opt])
        .arg(inputs().join(c_file))
        .arg("-o")
        .arg(&out)
        .status()
        .expect("clang-19 runs");
    assert!(status.success(), "clang-19 failed on {c_file}");
    out
}

fn jirun(args: &[&Path]) -> Output {
    Command::new(JIRUN).args(args).output().expect("jirun runs")
}

/// `jirun --lazy MODULE`.
fn jirun_lazy(module: &Path) -> Output {
    jirun(&[Path::new("--lazy"), module])
}

/// Text IR in `inputs` assembled to bitcode without LLVM's verifier, so
/// that jir's reader is what finds what is wrong with it.
fn assemble_unverified(ll: &str) -> PathBuf {
    let bc = scratch(&ll.replace(".ll", ".bc"));
    let status = Command::new("/usr/lib/llvm-19/bin/llvm-as")
        .arg("-disable-verify")
        .arg(inputs().join(ll))
        .arg("-o")
        .arg(&bc)
        .status()
        .expect("llvm-as runs");
    assert!(status.success());
    bc
}

/// stderr with machine-specific paths replaced, for snapshots.
fn stderr_of(out: &Output) -> String {
    let s = String::from_utf8_lossy(&out.stderr).into_owned();
    s.replace(&inputs().display().to_string(), "<inputs>")
        .replace(env!("CARGO_TARGET_TMPDIR"), "<tmp>")
}

/// The checks every error must pass: the status, one line, no panic.
fn assert_error(out: &Output, status: i32) -> String {
    let err = stderr_of(out);
    assert_eq!(out.status.code(), Some(status), "stderr: {err}");
    assert!(!err.contains("panicked"), "a panic: {err}");
    assert!(!err.contains("backtrace"), "a backtrace: {err}");
    assert_eq!(err.trim_end().lines().count(), 1, "not one line: {err}");
    assert!(err.starts_with("jirun: "), "{err}");
    err
}

#[test]
fn text_that_is_not_ir() {
    let f = scratch("not_ir.txt");
    std::fs::write(&f, "this is not LLVM IR\n").unwrap();
    let err = assert_error(&jirun(&[&f]), 65);
    insta::assert_snapshot!(err, @"jirun: <tmp>/errors/not_ir.txt:1:1: not a valid LLVM module: expected top-level entity");
}

#[test]
fn binary_that_is_not_bitcode() {
    let f = scratch("random.bin");
    let bytes: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    std::fs::write(&f, bytes).unwrap();
    let err = assert_error(&jirun(&[&f]), 65);
    insta::assert_snapshot!(err, @"jirun: <tmp>/errors/random.bin: not a valid LLVM module: neither LLVM bitcode nor textual IR");
}

#[test]
fn truncated_bitcode() {
    let bc = std::fs::read(bitcode("exit_status.c", "-O0")).unwrap();
    for cut in [4, 20, bc.len() / 3, bc.len() / 2, bc.len() - 9] {
        let f = scratch(&format!("truncated_{cut}.bc"));
        std::fs::write(&f, &bc[..cut]).unwrap();
        let err = assert_error(&jirun(&[&f]), 65);
        assert!(err.contains("not a valid LLVM module"), "{err}");
    }
}

#[test]
fn malformed_module_with_debug_info_is_an_error_not_an_abort() {
    let ll = inputs().join("undominated_use_with_debug_info.ll");
    // As text, and as bitcode written without verifying it.
    let bc = assemble_unverified("undominated_use_with_debug_info.ll");
    // Text goes through LLVM's verifier, bitcode through jir's reader.
    let err = assert_error(&jirun(&[&ll]), 65);
    assert!(
        err.ends_with(
            "not a valid LLVM module: invalid module: Instruction does not dominate all uses!\n"
        ),
        "{err}"
    );
    let err = assert_error(&jirun(&[&bc]), 65);
    assert!(
        err.ends_with("not a valid LLVM module: %b does not dominate its use in block %entry in function @main\n"),
        "{err}"
    );
}

#[test]
fn a_body_that_does_not_read_is_reported_before_an_unsupported_one() {
    // Bodies are read and validated together, on all cores; the error is
    // still the one reading the module whole and then validating it gives.
    let bc = assemble_unverified("unsupported_then_undominated.ll");
    let err = assert_error(&jirun(&[&bc]), 65);
    assert!(
        err.ends_with("not a valid LLVM module: %b does not dominate its use in block %entry in function @main\n"),
        "{err}"
    );
}

#[test]
fn broken_debug_info_is_dropped_and_the_module_runs() {
    let out = jirun(&[&inputs().join("debug_location_in_wrong_function.ll")]);
    assert_eq!(out.status.code(), Some(7), "{}", stderr_of(&out));
    assert_eq!(stderr_of(&out), "");
}

#[test]
fn corrupt_bitcode() {
    let bc = std::fs::read(bitcode("exit_status.c", "-O0")).unwrap();
    // Overwrite stretches in the middle of the file with garbage.
    for start in [bc.len() / 4, bc.len() / 2, 3 * bc.len() / 4] {
        let mut bad = bc.clone();
        for (i, b) in bad[start..start + 32].iter_mut().enumerate() {
            *b = (i as u8).wrapping_mul(37).wrapping_add(0x5a);
        }
        let f = scratch(&format!("corrupt_{start}.bc"));
        std::fs::write(&f, &bad).unwrap();
        let out = jirun(&[&f]);
        // Either LLVM notices (invalid module) or the damage hit a part
        // that still parses and verifies; it must never crash.
        let code = out.status.code();
        assert!(code.is_some(), "killed by a signal: {}", stderr_of(&out));
        if code != Some(0) && code != Some(42) {
            let err = stderr_of(&out);
            assert!(!err.contains("panicked"), "{err}");
            assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        }
    }
}

#[test]
fn missing_file() {
    let err = assert_error(&jirun(&[Path::new("/nonexistent/module.bc")]), 66);
    insta::assert_snapshot!(err, @"jirun: cannot read /nonexistent/module.bc: No such file or directory (os error 2)");
}

#[test]
fn no_main() {
    let err = assert_error(&jirun(&[&inputs().join("no_main.ll")]), 69);
    insta::assert_snapshot!(err, @"jirun: module `<inputs>/no_main.ll` has no `main` function");
}

#[test]
fn other_architecture() {
    let err = assert_error(&jirun(&[&inputs().join("wrong_arch.ll")]), 67);
    insta::assert_snapshot!(err, @"jirun: module is for aarch64-unknown-linux-gnu (aarch64, linux, gnu), but this host is x86_64-linux-gnu: compile it with --target for this host");
}

#[test]
fn other_byte_order() {
    let err = assert_error(&jirun(&[&inputs().join("big_endian.ll")]), 67);
    insta::assert_snapshot!(err, @"jirun: module data layout `E-m:e-p:64:64-i64:64-n32:64-S128` has 64-bit big-endian pointers; this host uses 64-bit little-endian");
}

#[test]
fn inline_assembly_is_unsupported() {
    let err = assert_error(&jirun(&[&inputs().join("inline_asm.ll")]), 68);
    insta::assert_snapshot!(err, @"jirun: unsupported: inline assembly in function @main, block %entry, instruction 0 (call)");
}

#[test]
fn unknown_intrinsic_is_named() {
    let err = assert_error(&jirun(&[&inputs().join("unknown_intrinsic.ll")]), 68);
    insta::assert_snapshot!(err, @"jirun: unsupported: intrinsic @llvm.x86.sse2.pause in function @spin, block %entry, instruction 0 (call)");
}

#[test]
fn unsupported_type_is_named() {
    let err = assert_error(&jirun(&[&inputs().join("unsupported_type.ll")]), 68);
    insta::assert_snapshot!(err, @"jirun: unsupported: fp128 values in function @main, block %start, instruction 1 (store)");
}

#[test]
fn unresolved_global_in_initialiser() {
    let err = assert_error(&jirun(&[&inputs().join("unresolved_global.ll")]), 71);
    insta::assert_snapshot!(err, @"jirun: unresolved symbol missing (used by the initialiser of global @table)");
}

#[test]
fn unresolved_call_traps_when_reached() {
    let err = assert_error(&jirun(&[&inputs().join("unresolved_call.ll")]), 72);
    insta::assert_snapshot!(err, @"jirun: trap: call to unresolved function @jir_no_such_function in function @main, block %0, instruction 0 (call)");
}

#[test]
fn call_through_a_mismatched_pointer_traps() {
    let err = assert_error(&jirun(&[&inputs().join("indirect_arity.ll")]), 72);
    insta::assert_snapshot!(err, @"jirun: trap: bad call: call through a pointer with a signature that does not match @two in function @main, block %0, instruction 3 (call)");
}

#[test]
fn unreachable_traps_with_source_line() {
    let bc = bitcode("unreachable.c", "-O0");
    let out = jirun(&[&bc]);
    let err = assert_error(&out, 72);
    // What the program printed before the trap is not lost.
    assert_eq!(String::from_utf8_lossy(&out.stdout), "before the trap\n");
    insta::assert_snapshot!(err, @"jirun: trap: reached `unreachable` in function @classify, block %7, instruction 0 (unreachable), at tests/inputs/unreachable.c:6:14");
}

#[test]
fn lazy_load_locates_a_trap_in_a_body_it_no_longer_holds() {
    // A lazy module drops each body once lowered; the trap's location
    // (block, instruction, source line) comes from reading it again.
    let bc = bitcode("unreachable.c", "-O0");
    let err = assert_error(&jirun_lazy(&bc), 72);
    insta::assert_snapshot!(err, @"jirun: trap: reached `unreachable` in function @classify, block %7, instruction 0 (unreachable), at tests/inputs/unreachable.c:6:14");
}

#[test]
fn division_by_zero_traps() {
    let bc = bitcode("divide_by_zero.c", "-O0");
    let err = assert_error(&jirun(&[&bc]), 72);
    insta::assert_snapshot!(err, @"jirun: trap: integer division by zero in function @divide, block %2, instruction 6 (sdiv), at tests/inputs/divide_by_zero.c:1:37");
}

#[test]
fn metadata_dropped_at_load_keeps_source_lines() {
    let bc = bitcode("tbaa_divide.c", "-O2");
    // The loads carry type-based alias tags, whose root names itself.
    let bytes = std::fs::read(&bc).expect("bitcode");
    let tag = b"Simple C/C++ TBAA";
    assert!(
        bytes.windows(tag.len()).any(|w| w == tag),
        "no !tbaa at -O2"
    );
    let err = assert_error(&jirun(&[&bc]), 72);
    insta::assert_snapshot!(err, @"jirun: trap: integer division by zero in function @quotient, block %1, instruction 4 (sdiv), at tests/inputs/tbaa_divide.c:4:76");
}

#[test]
fn runaway_recursion_exhausts_the_stack_cleanly() {
    let bc = bitcode("deep_recursion.c", "-O0");
    let err = assert_error(&jirun(&[&bc]), 72);
    assert!(err.contains("interpreter stack exhausted"), "{err}");
    assert!(err.contains("@down"), "{err}");
}

#[test]
fn exit_from_nested_calls_keeps_status_and_output() {
    let bc = bitcode("exit_status.c", "-O2");
    let out = jirun(&[&bc]);
    assert_eq!(out.status.code(), Some(42));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "exiting\n");
    assert!(out.stderr.is_empty());
}

#[test]
fn usage_errors() {
    let out = Command::new(JIRUN).output().unwrap();
    assert_eq!(out.status.code(), Some(64));
    let out = Command::new(JIRUN)
        .arg("--no-such-flag")
        .arg("x.bc")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(64));
}

#[test]
fn lazy_load_reports_an_unsupported_function_when_first_called() {
    let bc = bitcode("unknown_intrinsic.ll", "-O0");
    let err = assert_error(&jirun_lazy(&bc), 68);
    insta::assert_snapshot!(err, @"jirun: unsupported: intrinsic @llvm.x86.sse2.pause in function @spin, block %entry, instruction 0 (call) (called from function @main, block %0, instruction 0 (call))");
}

#[test]
fn lazy_load_runs_a_module_whose_unsupported_function_never_runs() {
    let bc = bitcode("unused_unsupported.ll", "-O0");
    // Eagerly, the whole module is checked at load...
    assert_error(&jirun(&[&bc]), 68);
    // ...lazily, only what runs.
    let out = Command::new(JIRUN)
        .arg("--lazy")
        .arg("--stats")
        .arg(&bc)
        .output()
        .expect("jirun runs");
    assert_eq!(out.status.code(), Some(7), "{}", stderr_of(&out));
    let stats = stderr_of(&out);
    assert!(stats.contains("lowering 1 of 2 functions"), "{stats}");
}

#[test]
fn list_unsupported_reports_each_function() {
    let out = Command::new(JIRUN)
        .arg("--list-unsupported")
        .arg(inputs().join("unknown_intrinsic.ll"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(68));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("intrinsic @llvm.x86.sse2.pause in function @spin"),
        "{text}"
    );
    let ok = Command::new(JIRUN)
        .arg("--list-unsupported")
        .arg(inputs().join("no_main.ll"))
        .output()
        .unwrap();
    assert_eq!(ok.status.code(), Some(0));
    assert!(ok.stdout.is_empty());
}
