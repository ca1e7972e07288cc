//! Modules LLVM's verifier rejects are errors for this reader too. Each is
//! assembled with `llvm-as -disable-verify` (LLVM's own reader would reject
//! it), next to a corrected version that must read.

use std::io::Write;
use std::process::{Command, Stdio};

fn assemble(ir: &str) -> Vec<u8> {
    let mut child = Command::new("llvm-as-19")
        .args(["-disable-verify", "-o", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("llvm-as-19 runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(ir.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "llvm-as-19 rejected:\n{ir}");
    out.stdout
}

fn read(ir: &str) -> Result<(), String> {
    jir_bitcode::read_module(&assemble(ir), "m.bc")
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// `bad` must fail with a message containing `expect`; `good` must read.
fn rejects(bad: &str, expect: &str, good: &str) {
    match read(bad) {
        Ok(()) => panic!("accepted:\n{bad}"),
        Err(e) => assert!(e.contains(expect), "error `{e}` does not say `{expect}`"),
    }
    read(good).unwrap_or_else(|e| panic!("rejected the corrected module ({e}):\n{good}"));
}

#[test]
fn a_use_before_its_definition() {
    rejects(
        "define i32 @f() {\n  %a = add i32 %b, 1\n  %b = add i32 1, 1\n  ret i32 %a\n}\n",
        "does not dominate its use",
        "define i32 @f() {\n  %b = add i32 1, 1\n  %a = add i32 %b, 1\n  ret i32 %a\n}\n",
    );
}

#[test]
fn a_use_on_a_path_that_skips_the_definition() {
    let body = |def_block: &str| {
        "define i32 @f(i1 %c) {\nentry:\n  br i1 %c, label %then, label %join\nthen:\n  br label %join\njoin:\n  ret i32 %x\n}\n"
            .replace(&format!("{def_block}:\n"), &format!("{def_block}:\n  %x = add i32 1, 2\n"))
    };
    rejects(
        &body("then"),
        "%x does not dominate its use in block %join",
        &body("entry"),
    );
}

#[test]
fn a_phi_missing_a_predecessor() {
    let phi = |incoming: &str| {
        format!(
            "define i32 @f(i1 %c) {{\nentry:\n  br i1 %c, label %a, label %b\na:\n  br label %join\nb:\n  br label %join\njoin:\n  %p = phi i32 {incoming}\n  ret i32 %p\n}}\n"
        )
    };
    rejects(
        &phi("[ 1, %a ]"),
        "does not have one entry per predecessor",
        &phi("[ 1, %a ], [ 2, %b ]"),
    );
}

#[test]
fn a_branch_back_to_the_entry_block() {
    rejects(
        "define void @f() {\nentry:\n  br label %entry\n}\n",
        "entry block",
        "define void @f() {\nentry:\n  br label %loop\nloop:\n  br label %loop\n}\n",
    );
}

#[test]
fn a_phi_after_other_instructions() {
    let join = |body: &str| {
        format!(
            "define i32 @f(i1 %c) {{\nentry:\n  br i1 %c, label %a, label %join\na:\n  br label %join\njoin:\n{body}  ret i32 %p\n}}\n"
        )
    };
    rejects(
        &join("  %q = add i32 1, 1\n  %p = phi i32 [ 1, %entry ], [ 2, %a ]\n"),
        "PHI after other instructions",
        &join("  %p = phi i32 [ 1, %entry ], [ 2, %a ]\n  %q = add i32 1, 1\n"),
    );
}

#[test]
fn an_unwind_destination_without_a_landingpad() {
    let module = |pad: &str| {
        format!(
            "declare void @g()\ndeclare i32 @__gxx_personality_v0(...)\ndefine void @f() personality ptr @__gxx_personality_v0 {{\nentry:\n  invoke void @g() to label %ok unwind label %lp\nok:\n  ret void\nlp:\n{pad}  ret void\n}}\n"
        )
    };
    rejects(
        &module(""),
        "unwind destination without a landingpad",
        &module("  %x = landingpad { ptr, i32 } cleanup\n"),
    );
}

#[test]
fn uses_in_unreachable_blocks_are_not_checked() {
    // As in LLVM: a block the entry cannot reach may use anything.
    read("define i32 @f() {\nentry:\n  ret i32 0\ndead:\n  %y = add i32 %z, 1\n  %z = add i32 %y, 1\n  br label %dead\n}\n")
        .expect("reads");
}

#[test]
fn negative_zero_is_not_a_null_element() {
    // `-0.0 == 0.0` as floats, but an array holding -0.0 is not all zeros.
    let bc = assemble("@a = global [2 x double] [double 0.0, double -0.0]\n@z = global [2 x double] [double 0.0, double 0.0]\n");
    let m = jir_bitcode::read_module(&bc, "m.bc").expect("reads");
    let init = |name: &str| {
        let g = m
            .global_vars
            .iter()
            .find(|g| g.name == llvm_ir::Name::from(name))
            .unwrap();
        format!("{:?}", g.initializer.as_ref().unwrap())
    };
    assert!(init("a").contains("Double(-0.0)"), "{}", init("a"));
    assert!(init("z").contains("AggregateZero"), "{}", init("z"));
}
