//! The interpreter on its own, behind a mock host: bytecode snapshots of
//! small functions, and execution of pure functions.

mod common;

use common::NoHost;
use jir_interp::LoadedModule;
use std::sync::Arc;

fn load(ir: &str) -> Arc<LoadedModule> {
    let m = jir_interp::load::parse_bytes(ir.as_bytes(), "test.ll").expect("parses");
    LoadedModule::new(m, Arc::new(NoHost)).expect("loads")
}

fn call(m: &LoadedModule, name: &str, args: &[u64]) -> u64 {
    let f = m.function(name).expect("function exists");
    let mut ret = [0u64; 2];
    jir_interp::exec::invoke(f, args, &mut ret).expect("runs");
    ret[0]
}

const FIB: &str = r#"
define i32 @fib(i32 %n) {
entry:
  %small = icmp slt i32 %n, 2
  br i1 %small, label %base, label %rec
base:
  ret i32 %n
rec:
  %a = sub i32 %n, 1
  %fa = call i32 @fib(i32 %a)
  %b = sub i32 %n, 2
  %fb = call i32 @fib(i32 %b)
  %s = add i32 %fa, %fb
  ret i32 %s
}
"#;

/// Fibonacci pairs by a loop whose PHIs swap every iteration.
const SWAP_LOOP: &str = r#"
define i64 @fib_iter(i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %a = phi i64 [ 0, %entry ], [ %b, %loop ]
  %b = phi i64 [ 1, %entry ], [ %ab, %loop ]
  %ab = add i64 %a, %b
  %i1 = add i64 %i, 1
  %more = icmp ult i64 %i1, %n
  br i1 %more, label %loop, label %done
done:
  ret i64 %b
}

define i32 @classify(i32 %x) {
entry:
  switch i32 %x, label %other [ i32 0, label %zero
                                i32 1, label %one
                                i32 7, label %seven ]
zero:
  br label %out
one:
  br label %out
seven:
  br label %out
other:
  br label %out
out:
  %r = phi i32 [ 100, %zero ], [ 101, %one ], [ 107, %seven ], [ -1, %other ]
  ret i32 %r
}

define i8 @narrow(i8 %a, i8 %b) {
  %s = add i8 %a, %b
  %d = sdiv i8 %s, -2
  %r = ashr i8 %d, 1
  ret i8 %r
}

define { i32, i1 } @checked(i32 %a, i32 %b) {
  %r = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %a, i32 %b)
  ret { i32, i1 } %r
}
declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32)

define i32 @sum_vector(<4 x i32> %v) {
  %r = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %v)
  ret i32 %r
}
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>)
"#;

#[test]
fn fib_bytecode_snapshot() {
    let m = load(FIB);
    let code = m.function("fib").unwrap().code().unwrap();
    insta::assert_snapshot!(code.disassemble());
}

#[test]
fn phi_swap_and_switch_snapshot() {
    let m = load(SWAP_LOOP);
    let code = m.function("fib_iter").unwrap().code().unwrap();
    insta::assert_snapshot!("fib_iter", code.disassemble());
    let code = m.function("classify").unwrap().code().unwrap();
    insta::assert_snapshot!("classify", code.disassemble());
}

#[test]
fn runs_without_a_runtime() {
    let m = load(FIB);
    assert_eq!(call(&m, "fib", &[20]), 6765);
    let m = load(SWAP_LOOP);
    assert_eq!(call(&m, "fib_iter", &[1]), 1);
    assert_eq!(call(&m, "fib_iter", &[50]), 12586269025);
    for (x, want) in [(0u64, 100u64), (1, 101), (7, 107), (3, 0xffff_ffff)] {
        assert_eq!(call(&m, "classify", &[x]), want, "classify({x})");
    }
    // (100 + 100) wraps to -56; -56 / -2 = 28; 28 >> 1 = 14
    assert_eq!(call(&m, "narrow", &[100, 100]), 14);
    // (-128 + -128) wraps to 0
    assert_eq!(call(&m, "narrow", &[0x80, 0x80]), 0);
}

#[test]
fn aggregates_and_vectors_in_registers() {
    let m = load(SWAP_LOOP);
    let f = m.function("checked").unwrap();
    let mut ret = [0u64; 1];
    jir_interp::exec::invoke(f, &[0x7fff_ffff, 1], &mut ret).unwrap();
    assert_eq!(ret[0] & 0xffff_ffff, 0x8000_0000);
    assert_eq!((ret[0] >> 32) & 1, 1, "overflow flag");
    // <4 x i32> <1, 2, 3, 4> in two slots
    assert_eq!(call(&m, "sum_vector", &[1 | (2 << 32), 3 | (4 << 32)]), 10);
}

#[test]
fn calling_a_function_the_host_cannot_resolve_traps() {
    let m = load(
        r#"
declare i32 @nowhere(i32)
define i32 @main() {
  %r = call i32 @nowhere(i32 1)
  ret i32 %r
}
"#,
    );
    let f = m.function("main").unwrap();
    let err = jir_interp::exec::invoke(f, &[], &mut [0]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "trap: call to unresolved function @nowhere in function @main, block %0, instruction 0 (call)"
    );
}

/// `p[i] *= k` while summing the products, through a moving pointer: the
/// load and its multiply, and the sum and the store, run as fused pairs.
const SCALE_SUM: &str = r#"
define double @scale_sum(ptr %p, i64 %n, double %k) {
entry:
  br label %loop
loop:
  %q = phi ptr [ %p, %entry ], [ %q1, %loop ]
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi double [ 0.0, %entry ], [ %acc1, %loop ]
  %x = load double, ptr %q
  %m = fmul double %x, %k
  %acc1 = fadd double %acc, %m
  store double %m, ptr %q
  %q1 = getelementptr double, ptr %q, i64 1
  %i1 = add i64 %i, 1
  %more = icmp ne i64 %i1, %n
  br i1 %more, label %loop, label %done
done:
  ret double %acc1
}
"#;

#[test]
fn fused_pairs_run_both_halves() {
    let m = load(SCALE_SUM);
    let listing = m
        .function("scale_sum")
        .unwrap()
        .code()
        .unwrap()
        .disassemble();
    for op in ["LoadThenFMul64", "FAddThenStore64"] {
        assert!(listing.contains(op), "{op} missing from:\n{listing}");
    }
    let mut data = [1.0f64, 2.0, 3.0, 4.5];
    let sum = call(
        &m,
        "scale_sum",
        &[
            data.as_mut_ptr() as u64,
            data.len() as u64,
            2.0f64.to_bits(),
        ],
    );
    assert_eq!(f64::from_bits(sum), 21.0);
    assert_eq!(data, [2.0, 4.0, 6.0, 9.0]);
}

const BYTE_LOOPS: &str = r#"
define i64 @common_prefix(ptr %a, ptr %b, i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %next ]
  %pa = getelementptr i8, ptr %a, i64 %i
  %ca = load i8, ptr %pa
  %pb = getelementptr i8, ptr %b, i64 %i
  %cb = load i8, ptr %pb
  %same = icmp eq i8 %ca, %cb
  br i1 %same, label %next, label %done
next:
  %i1 = add i64 %i, 1
  %more = icmp ne i64 %i1, %n
  br i1 %more, label %loop, label %done
done:
  %r = phi i64 [ %i, %loop ], [ %n, %next ]
  ret i64 %r
}

define i32 @classify_sum(ptr %s, ptr %table) {
entry:
  br label %loop
loop:
  %p = phi ptr [ %s, %entry ], [ %p1, %body ]
  %acc = phi i32 [ 0, %entry ], [ %acc1, %body ]
  %c = load i8, ptr %p
  %ci = zext i8 %c to i64
  %slot = getelementptr i32, ptr %table, i64 %ci
  %class = load i32, ptr %slot
  %end = icmp eq i8 %c, 0
  br i1 %end, label %done, label %body
body:
  %acc1 = add i32 %acc, %class
  %p1 = getelementptr i8, ptr %p, i64 1
  br label %loop
done:
  ret i32 %acc
}

define i64 @append_odd(ptr %out, ptr %in, i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %step ]
  %len = phi i64 [ 0, %entry ], [ %len2, %step ]
  %pi = getelementptr i8, ptr %in, i64 %i
  %c = load i8, ptr %pi
  %odd = trunc i8 %c to i1
  br i1 %odd, label %keep, label %step
keep:
  %len1 = add i64 %len, 1
  %po = getelementptr i8, ptr %out, i64 %len
  store i8 %c, ptr %po
  br label %step
step:
  %len2 = phi i64 [ %len, %loop ], [ %len1, %keep ]
  %i1 = add i64 %i, 1
  %more = icmp ne i64 %i1, %n
  br i1 %more, label %loop, label %done
done:
  ret i64 %len2
}
"#;

#[test]
fn fused_byte_pairs_run_both_halves() {
    let m = load(BYTE_LOOPS);
    for (func, op) in [
        ("common_prefix", "LoadIdx8ThenLoadIdx8"),
        ("classify_sum", "Load8ThenLoadIdx32"),
        ("append_odd", "AddImmThenStoreIdx8"),
    ] {
        let listing = m.function(func).unwrap().code().unwrap().disassemble();
        assert!(listing.contains(op), "{op} missing from:\n{listing}");
    }
    let (a, b) = (b"interpreter", b"interpolate");
    let n = a.len() as u64;
    assert_eq!(
        call(
            &m,
            "common_prefix",
            &[a.as_ptr() as u64, b.as_ptr() as u64, n]
        ),
        6
    );
    assert_eq!(
        call(
            &m,
            "common_prefix",
            &[a.as_ptr() as u64, a.as_ptr() as u64, n]
        ),
        n
    );

    let mut table = [0u32; 256];
    for (c, v) in table.iter_mut().enumerate() {
        *v = if (c as u8).is_ascii_digit() { 10 } else { 1 };
    }
    let text = b"a1b22\0";
    let sum = call(
        &m,
        "classify_sum",
        &[text.as_ptr() as u64, table.as_ptr() as u64],
    );
    assert_eq!(sum as u32, 2 + 3 * 10);

    let input = [1u8, 2, 3, 4, 5, 7, 8];
    let mut out = [0u8; 8];
    let kept = call(
        &m,
        "append_odd",
        &[
            out.as_mut_ptr() as u64,
            input.as_ptr() as u64,
            input.len() as u64,
        ],
    );
    assert_eq!(kept, 4);
    assert_eq!(&out[..4], &[1, 3, 5, 7]);
}

const ROWS: &str = r#"
define i64 @sum2d(ptr %a, i64 %n) {
entry:
  br label %outer
outer:
  %i = phi i64 [ 0, %entry ], [ %i1, %latch ]
  %acc = phi i64 [ 0, %entry ], [ %acc3, %latch ]
  br label %inner
inner:
  %j = phi i64 [ 0, %outer ], [ %j1, %inner ]
  %acc1 = phi i64 [ %acc, %outer ], [ %acc3, %inner ]
  %p = getelementptr [8 x i64], ptr %a, i64 %i, i64 %j
  %v = load i64, ptr %p
  %acc3 = add i64 %acc1, %v
  %j1 = add i64 %j, 1
  %more_j = icmp ne i64 %j1, 8
  br i1 %more_j, label %inner, label %latch
latch:
  %i1 = add i64 %i, 1
  %more_i = icmp ne i64 %i1, %n
  br i1 %more_i, label %outer, label %done
done:
  ret i64 %acc3
}

; The inner loop's header has two predecessors outside it (no preheader),
; and the row index changes inside the loop for the second GEP: neither
; prefix may be hoisted.
define i64 @diagonal_walk(ptr %a, i64 %n, i1 %skip) {
entry:
  br i1 %skip, label %head, label %pre
pre:
  br label %head
head:
  %k = phi i64 [ 0, %entry ], [ 0, %pre ], [ %k1, %head ]
  %acc = phi i64 [ 0, %entry ], [ 0, %pre ], [ %acc1, %head ]
  %p = getelementptr [8 x i64], ptr %a, i64 %k, i64 %k
  %v = load i64, ptr %p
  %acc1 = add i64 %acc, %v
  %k1 = add i64 %k, 1
  %more = icmp ne i64 %k1, %n
  br i1 %more, label %head, label %done
done:
  ret i64 %acc1
}
"#;

#[test]
fn loop_invariant_row_addresses_are_computed_before_the_loop() {
    let m = load(ROWS);
    let listing = m.function("sum2d").unwrap().code().unwrap().disassemble();
    // The row (`a + i * 64`) once per row, before the inner loop; the
    // element (`row + j * 8`) folded into the load.
    let row = listing
        .lines()
        .position(|l| l.contains("GepShl64 {") && l.contains("shift: 6"))
        .unwrap_or_else(|| panic!("no row address in:\n{listing}"));
    let element = listing
        .lines()
        .position(|l| l.contains("LoadIdx64 {") && l.contains("shift: 3"))
        .unwrap_or_else(|| panic!("no indexed load in:\n{listing}"));
    assert!(row < element, "{listing}");
    assert!(!listing.contains("GepShl64Pair"), "{listing}");

    let a: Vec<u64> = (0..40).map(|x| x * x + 1).collect();
    let rows = (a.len() / 8) as u64;
    assert_eq!(
        call(&m, "sum2d", &[a.as_ptr() as u64, rows]),
        a.iter().sum::<u64>()
    );
    let diagonal: u64 = (0..5).map(|k| a[k * 9]).sum();
    for skip in [0, 1] {
        assert_eq!(
            call(&m, "diagonal_walk", &[a.as_ptr() as u64, 4, skip]),
            diagonal - a[36]
        );
    }
}

/// Calls whose prototype at the call site disagrees with the definition
/// (C without prototypes, casts between function types): extra arguments
/// are dropped, missing ones are zero, and the callee's result never lands
/// on other values of the caller.
const MISMATCHED_PROTOTYPES: &str = r#"
define i64 @seven(i64 %x) {
  ret i64 7
}
define { i64, i64 } @pair(i64 %a) {
  %p = insertvalue { i64, i64 } undef, i64 %a, 0
  %q = insertvalue { i64, i64 } %p, i64 99, 1
  ret { i64, i64 } %q
}
define i64 @second(i64 %a, i64 %b) {
  ret i64 %b
}

; The result of @seven is dropped: %x must survive the call.
define i64 @void_call(i64 %x) {
  call void @seven(i64 %x)
  ret i64 %x
}

; One slot expected, two returned; the second must not overwrite %keep.
define i64 @narrow_result(i64 %a) {
  %keep = add i64 %a, 1
  %r = call i64 @pair(i64 %a)
  %s = add i64 %r, %keep
  ret i64 %s
}

; Not a tail call after all: @pair returns more than this function.
define i64 @narrow_tail(i64 %a) {
  %r = tail call i64 @pair(i64 %a)
  ret i64 %r
}

define i64 @extra_and_missing(i64 %a) {
  %x = call i64 @second(i64 %a, i64 5, i64 6)
  %y = call i64 @second(i64 %a)
  %s = add i64 %x, %y
  ret i64 %s
}
"#;

#[test]
fn calls_through_mismatched_prototypes() {
    let m = load(MISMATCHED_PROTOTYPES);
    assert_eq!(call(&m, "void_call", &[42]), 42);
    assert_eq!(call(&m, "narrow_result", &[10]), 21);
    assert_eq!(call(&m, "narrow_tail", &[10]), 10);
    assert_eq!(call(&m, "extra_and_missing", &[1]), 5);
}

const CHAINS: &str = r#"
define void @shift_all(ptr %y, i64 %n, double %d) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %p = getelementptr double, ptr %y, i64 %i
  %v = load double, ptr %p
  %w = fsub double %v, %d
  store double %w, ptr %p
  %i1 = add i64 %i, 1
  %more = icmp ne i64 %i1, %n
  br i1 %more, label %loop, label %done
done:
  ret void
}

define i64 @weighted(ptr %p, i64 %n, i64 %k) {
entry:
  br label %loop
loop:
  %q = phi ptr [ %p, %entry ], [ %q1, %loop ]
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi i64 [ 0, %entry ], [ %acc1, %loop ]
  %v = load i64, ptr %q
  %m = mul i64 %v, %k
  %acc1 = add i64 %m, %acc
  %q1 = getelementptr i64, ptr %q, i64 1
  %i1 = add i64 %i, 1
  %more = icmp ne i64 %i1, %n
  br i1 %more, label %loop, label %done
done:
  ret i64 %acc1
}
"#;

#[test]
fn chained_pairs_run_every_link() {
    let m = load(CHAINS);
    let (ops, listing) = ops_of(&m, "shift_all");
    let chain = [
        "GepThenLoad64",
        "LoadThenFSub64",
        "FSubThenStore64",
        "Store64",
    ];
    assert!(
        ops.windows(chain.len()).any(|w| w == chain),
        "no {chain:?} in:\n{listing}"
    );
    let listing = m
        .function("weighted")
        .unwrap()
        .code()
        .unwrap()
        .disassemble();
    assert!(
        listing.contains("LoadThenMul64") && listing.contains("MulThenAdd64"),
        "{listing}"
    );

    let mut y = [1.5f64, 2.5, -4.0];
    call(
        &m,
        "shift_all",
        &[y.as_mut_ptr() as u64, 3, 0.5f64.to_bits()],
    );
    assert_eq!(y, [1.0, 2.0, -4.5]);
    let p = [3u64, 5, 7];
    assert_eq!(call(&m, "weighted", &[p.as_ptr() as u64, 3, 10]), 150);
}

/// A product, then the element it updates: in `add_product` the address
/// comes first, in `sub_product` after the multiply.
const PRODUCT_UPDATES: &str = r#"
define void @add_product(ptr %a, i64 %i, double %x, double %f) {
  %pa = getelementptr double, ptr %a, i64 %i
  %p = fmul double %x, %f
  %va = load double, ptr %pa
  %na = fadd double %va, %p
  store double %na, ptr %pa
  ret void
}

define void @sub_product(ptr %b, i64 %j, double %x, double %f) {
  %q = fmul double %x, %f
  %pb = getelementptr double, ptr %b, i64 %j
  %vb = load double, ptr %pb
  %nb = fsub double %vb, %q
  store double %nb, ptr %pb
  ret void
}
"#;

/// The ops of `func`'s listing, in order.
fn ops_of(m: &LoadedModule, func: &str) -> (Vec<String>, String) {
    let listing = m.function(func).unwrap().code().unwrap().disassemble();
    let ops = listing
        .lines()
        .filter_map(|l| l.split_whitespace().nth(1))
        .map(str::to_owned)
        .collect();
    (ops, listing)
}

#[test]
fn products_chain_into_the_updates_they_feed() {
    let m = load(PRODUCT_UPDATES);
    for (func, chain) in [
        (
            "add_product",
            &[
                "FMulThenLoad64",
                "LoadThenFAdd64",
                "FAddThenStore64",
                "Store64",
            ][..],
        ),
        (
            "sub_product",
            &[
                "FMulThenGep64",
                "GepThenLoad64",
                "LoadThenFSub64",
                "FSubThenStore64",
                "Store64",
            ][..],
        ),
    ] {
        let (ops, listing) = ops_of(&m, func);
        assert!(
            ops.windows(chain.len()).any(|w| w == chain),
            "no {chain:?} in:\n{listing}"
        );
    }
    let mut v = [1.0f64, 2.0, 3.0];
    let (x, f) = (1.5f64.to_bits(), 4.0f64.to_bits());
    call(&m, "add_product", &[v.as_mut_ptr() as u64, 1, x, f]);
    call(&m, "sub_product", &[v.as_mut_ptr() as u64, 2, x, f]);
    assert_eq!(v, [1.0, 8.0, -3.0]);
}

/// `c[j..j+4] += a * b[j..j+4]`, vectorised and interleaved by two as
/// clang does at -O2: each row's loads, arithmetic and store chain.
const ROW_AXPY: &str = r#"
define void @axpy_rows(ptr %c, ptr %b, double %a, i64 %n) {
entry:
  %a0 = insertelement <2 x double> poison, double %a, i64 0
  %av = shufflevector <2 x double> %a0, <2 x double> poison, <2 x i32> zeroinitializer
  br label %loop
loop:
  %j = phi i64 [ 0, %entry ], [ %j1, %loop ]
  %pb = getelementptr double, ptr %b, i64 %j
  %b0 = load <2 x double>, ptr %pb
  %pb1 = getelementptr i8, ptr %pb, i64 16
  %b1 = load <2 x double>, ptr %pb1
  %m0 = fmul <2 x double> %av, %b0
  %m1 = fmul <2 x double> %av, %b1
  %pc = getelementptr double, ptr %c, i64 %j
  %c0 = load <2 x double>, ptr %pc
  %pc1 = getelementptr i8, ptr %pc, i64 16
  %c1 = load <2 x double>, ptr %pc1
  %s0 = fadd <2 x double> %c0, %m0
  %s1 = fadd <2 x double> %c1, %m1
  store <2 x double> %s0, ptr %pc
  store <2 x double> %s1, ptr %pc1
  %j1 = add i64 %j, 4
  %more = icmp ne i64 %j1, %n
  br i1 %more, label %loop, label %done
done:
  ret void
}
"#;

#[test]
fn vector_rows_chain_loads_arithmetic_and_stores() {
    let m = load(ROW_AXPY);
    let (ops, listing) = ops_of(&m, "axpy_rows");
    let row = [
        "GepThenLoad128Pair",
        "Load128Pair",
        "Load128",
        "F64x2MulThenMul",
        "F64x2Mul",
        "GepThenLoad128Pair",
        "Load128Pair",
        "Load128",
        "F64x2AddThenAdd",
        "F64x2Add",
        "Store128Pair",
        "Store128",
    ];
    assert!(
        ops.windows(row.len()).any(|w| w == row),
        "no {row:?} in:\n{listing}"
    );
    let b: Vec<f64> = (0..8).map(|i| i as f64).collect();
    let mut c: Vec<f64> = (0..8).map(|i| 100.0 * i as f64).collect();
    call(
        &m,
        "axpy_rows",
        &[
            c.as_mut_ptr() as u64,
            b.as_ptr() as u64,
            0.5f64.to_bits(),
            8,
        ],
    );
    let want: Vec<f64> = (0..8).map(|i| 100.0 * i as f64 + 0.5 * i as f64).collect();
    assert_eq!(c, want);
}

/// FNV-1a over a byte string: each byte is loaded, xored in and
/// multiplied by the prime in one dispatch.
const FNV1A: &str = r#"
define i32 @fnv1a(ptr %s, i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %h = phi i32 [ 2166136261, %entry ], [ %h1, %loop ]
  %p = getelementptr i8, ptr %s, i64 %i
  %c = load i8, ptr %p
  %c32 = zext i8 %c to i32
  %x = xor i32 %h, %c32
  %h1 = mul i32 %x, 16777619
  %i1 = add i64 %i, 1
  %more = icmp ne i64 %i1, %n
  br i1 %more, label %loop, label %done
done:
  ret i32 %h1
}
"#;

#[test]
fn bytes_hash_in_one_dispatch() {
    let m = load(FNV1A);
    let (ops, listing) = ops_of(&m, "fnv1a");
    let chain = ["LoadIdx8ThenXor", "XorThenMul32", "Mul32"];
    assert!(
        ops.windows(chain.len()).any(|w| w == chain),
        "no {chain:?} in:\n{listing}"
    );
    let text = b"jir runs LLVM IR";
    let want = text
        .iter()
        .fold(2166136261u32, |h, &c| (h ^ c as u32).wrapping_mul(16777619));
    let got = call(&m, "fnv1a", &[text.as_ptr() as u64, text.len() as u64]);
    assert_eq!(got as u32, want);
}

/// A GEP followed by a load from another pointer: not a pair, as the
/// pair hands the GEP's address to its load without reading the slot.
const LOAD_ELSEWHERE: &str = r#"
define i64 @load_elsewhere(ptr %a, ptr %b, i64 %i) {
  %p = getelementptr i64, ptr %a, i64 %i
  %x = load i64, ptr %b
  store i64 %x, ptr %p
  %y = load i64, ptr %p
  %s = add i64 %x, %y
  ret i64 %s
}
"#;

#[test]
fn a_gep_pairs_only_with_a_load_from_its_address() {
    let m = load(LOAD_ELSEWHERE);
    let (ops, listing) = ops_of(&m, "load_elsewhere");
    assert!(!ops.iter().any(|o| o == "GepThenLoad64"), "{listing}");
    let mut a = [0u64, 0, 0];
    let b = [21u64];
    let r = call(
        &m,
        "load_elsewhere",
        &[a.as_mut_ptr() as u64, b.as_ptr() as u64, 2],
    );
    assert_eq!((r, a[2]), (42, 21));
}

/// Loaded values used as the second operand: commutative ops are turned
/// round so the pair hands the value on as their first operand; a
/// subtraction from the loaded value stays two instructions.
const LOADED_SECOND: &str = r#"
define double @add_loaded(ptr %p, double %k) {
  %x = load double, ptr %p
  %s = fadd double %k, %x
  ret double %s
}

define i64 @mul_add_loaded(ptr %p, i64 %c, i64 %d) {
  %v = load i64, ptr %p
  %m = mul i64 %c, %v
  %r = add i64 %d, %m
  ret i64 %r
}

define double @sub_loaded(ptr %p, double %k) {
  %x = load double, ptr %p
  %s = fsub double %k, %x
  ret double %s
}
"#;

#[test]
fn loaded_values_feed_the_arithmetic_after_them() {
    let m = load(LOADED_SECOND);
    for (func, pair) in [
        ("add_loaded", "LoadThenFAdd64"),
        ("mul_add_loaded", "LoadThenMul64"),
    ] {
        let (ops, listing) = ops_of(&m, func);
        assert!(ops.iter().any(|o| o == pair), "no {pair} in:\n{listing}");
    }
    let (ops, listing) = ops_of(&m, "mul_add_loaded");
    assert!(ops.iter().any(|o| o == "MulThenAdd64"), "{listing}");
    let (ops, listing) = ops_of(&m, "sub_loaded");
    assert!(!ops.iter().any(|o| o == "LoadThenFSub64"), "{listing}");

    let x = [2.5f64];
    let p = x.as_ptr() as u64;
    let r = call(&m, "add_loaded", &[p, 10.0f64.to_bits()]);
    assert_eq!(f64::from_bits(r), 12.5);
    let r = call(&m, "sub_loaded", &[p, 10.0f64.to_bits()]);
    assert_eq!(f64::from_bits(r), 7.5);
    let v = [7u64];
    assert_eq!(
        call(&m, "mul_add_loaded", &[v.as_ptr() as u64, 6, 100]),
        142
    );
}

/// A byte tested right after its load, the byte on the right of the
/// compare: the pair turns the branch round and tests the byte it holds.
const FIND_BYTE: &str = r#"
define i64 @find_byte(ptr %s, i64 %n, i8 %x) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %next ]
  %p = getelementptr i8, ptr %s, i64 %i
  %c = load i8, ptr %p
  %hit = icmp eq i8 %x, %c
  br i1 %hit, label %found, label %next
next:
  %i1 = add i64 %i, 1
  %more = icmp ne i64 %i1, %n
  br i1 %more, label %loop, label %none
found:
  %q = ptrtoint ptr %p to i64
  %b = ptrtoint ptr %s to i64
  %d = sub i64 %q, %b
  ret i64 %d
none:
  ret i64 -1
}
"#;

#[test]
fn a_loaded_byte_goes_to_its_branch() {
    let m = load(FIND_BYTE);
    let (ops, listing) = ops_of(&m, "find_byte");
    let at = ops
        .windows(3)
        .position(|w| w[0] == "GepThenLoad8" && w[1] == "Load8" && w[2].starts_with("Br"));
    assert!(at.is_some(), "{listing}");
    let text = b"jir interp";
    let find = |x: u8| call(&m, "find_byte", &[text.as_ptr() as u64, 10, x as u64]) as i64;
    assert_eq!(find(b'i'), 1);
    assert_eq!(find(b'p'), 9);
    assert_eq!(find(b'z'), -1);
}

const SIBLINGS: &str = r#"
%pt = type { i32, i32, i64 }

define i64 @row_ends(ptr %m, i64 %j) {
  %first = getelementptr [8 x [10 x i32]], ptr %m, i64 0, i64 %j, i64 0
  %last = getelementptr [8 x [10 x i32]], ptr %m, i64 0, i64 %j, i64 9
  %a = load i32, ptr %first
  %b = load i32, ptr %last
  %c = add i32 %a, %b
  %r = zext i32 %c to i64
  ret i64 %r
}

define i64 @fields(ptr %ps, i64 %i) {
  %px = getelementptr %pt, ptr %ps, i64 %i, i32 0
  %x = load i32, ptr %px
  %pz = getelementptr %pt, ptr %ps, i64 %i, i32 2
  %z = load i64, ptr %pz
  %x64 = sext i32 %x to i64
  %s = add i64 %x64, %z
  ret i64 %s
}
"#;

#[test]
fn sibling_addresses_share_one_computation() {
    let m = load(SIBLINGS);
    for (func, far) in [("row_ends", "off: 36"), ("fields", "off: 8")] {
        let listing = m.function(func).unwrap().code().unwrap().disassemble();
        let address_ops = listing
            .lines()
            .filter(|l| l.contains("Gep") || l.contains("LoadIdx"))
            .count();
        assert_eq!(address_ops, 1, "{listing}");
        assert!(listing.contains(far), "{listing}");
    }
    let mut grid = [[0i32; 10]; 8];
    grid[3][0] = 40;
    grid[3][9] = 2;
    assert_eq!(call(&m, "row_ends", &[grid.as_ptr() as u64, 3]), 42);
    #[repr(C)]
    struct Pt {
        x: i32,
        y: i32,
        z: i64,
    }
    let ps = [
        Pt { x: 1, y: 0, z: 2 },
        Pt {
            x: -5,
            y: 7,
            z: 100,
        },
    ];
    assert_eq!(ps[1].y, 7);
    assert_eq!(call(&m, "fields", &[ps.as_ptr() as u64, 1]), 95);
}

/// A function with more values than one 64-bit word of the allocator's
/// live sets holds: `live` values used after a loop, `temps` values used
/// only inside it (live around its back edge), and in its body a value per
/// each of those, all live until a chain of short-lived sums adds them up.
fn many_values_ir(live: usize, temps: usize) -> String {
    let mut ir =
        String::from("define i64 @many(i64 %n, i64 %x) {\nentry:\n  %c0 = mul i64 %x, 3\n");
    for k in 1..live {
        ir += &format!("  %c{k} = add i64 %c{}, {}\n", k - 1, k * 7 + 1);
    }
    for k in 0..temps {
        ir += &format!("  %d{k} = add i64 %x, {}\n", k * 13 + 5);
    }
    let last = temps - 1;
    ir += "  br label %loop\nloop:\n  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]\n";
    ir += &format!("  %acc = phi i64 [ 0, %entry ], [ %u{last}, %loop ]\n  %i7 = mul i64 %i, 7\n");
    for k in 0..temps {
        ir += &format!("  %t{k} = xor i64 %i7, %d{k}\n");
    }
    ir += "  %u0 = add i64 %acc, %t0\n";
    for k in 1..temps {
        ir += &format!("  %u{k} = add i64 %u{}, %t{k}\n", k - 1);
    }
    ir += "  %i1 = add i64 %i, 1\n  %more = icmp ult i64 %i1, %n\n";
    ir +=
        &format!("  br i1 %more, label %loop, label %done\ndone:\n  %s0 = add i64 %u{last}, %c0\n");
    for k in 1..live {
        ir += &format!("  %s{k} = add i64 %s{}, %c{k}\n", k - 1);
    }
    ir += &format!("  ret i64 %s{}\n}}\n", live - 1);
    ir
}

/// What `many_values_ir` computes, in Rust.
fn many_values_expected(live: usize, temps: usize, n: u64, x: u64) -> u64 {
    let mut c = vec![x.wrapping_mul(3)];
    for k in 1..live {
        c.push(c[k - 1].wrapping_add(k as u64 * 7 + 1));
    }
    let mut acc = 0u64;
    for i in 0..n.max(1) {
        for k in 0..temps {
            acc = acc.wrapping_add(i.wrapping_mul(7) ^ x.wrapping_add(k as u64 * 13 + 5));
        }
    }
    c.iter().fold(acc, |s, v| s.wrapping_add(*v))
}

#[test]
fn values_live_together_never_share_a_slot_and_short_ones_do() {
    let (live, temps) = (150, 140);
    let m = load(&many_values_ir(live, temps));
    for (n, x) in [(1, 5), (3, 1 << 40), (17, u64::MAX)] {
        assert_eq!(
            call(&m, "many", &[n, x]),
            many_values_expected(live, temps, n, x),
            "many({n}, {x})"
        );
    }
    // Every value of the loop body is live at its first sum, and every
    // value before the loop is live across it; the sums reuse slots.
    let code = m.function("many").unwrap().code().unwrap();
    let value_slots = code.const_base() as usize;
    let together = live + 2 * temps;
    assert!(
        value_slots >= together && value_slots < together + temps / 2,
        "{value_slots} value slots for {together} values live together and {temps} sums"
    );
}

/// A straight chain of `blocks` blocks, four values each, every value dead
/// by the end of the next block, and `live` more values defined before
/// the chain and all used after it; returns the last of the chain plus
/// the `live` values.
fn chain_ir(blocks: usize, live: usize) -> String {
    let mut ir = String::from("define i64 @chain(i64 %x) {\nb0:\n  %v0 = add i64 %x, 0\n");
    for k in 0..live {
        ir += &format!("  %k{k} = mul i64 %x, {}\n", k + 3);
    }
    ir += "  br label %b1\n";
    for i in 1..blocks {
        ir += &format!(
            "b{i}:\n  %a{i} = add i64 %v{p}, {i}\n  %m{i} = mul i64 %a{i}, 3\n  %c{i} = xor i64 %m{i}, %a{i}\n  %v{i} = add i64 %c{i}, 1\n",
            p = i - 1
        );
        if i + 1 < blocks {
            ir += &format!("  br label %b{}\n", i + 1);
        }
    }
    let mut sum = format!("%v{}", blocks - 1);
    for k in 0..live {
        ir += &format!("  %r{k} = add i64 {sum}, %k{k}\n");
        sum = format!("%r{k}");
    }
    ir += &format!("  ret i64 {sum}\n}}\n");
    ir
}

fn chain_expected(blocks: usize, live: usize, x: u64) -> u64 {
    let chain = (1..blocks as u64).fold(x, |v, i| {
        let a = v.wrapping_add(i);
        (a.wrapping_mul(3) ^ a).wrapping_add(1)
    });
    (0..live as u64).fold(chain, |s, k| s.wrapping_add(x.wrapping_mul(k + 3)))
}

/// `MAX_LIVE_ENTRIES` in slots.rs: the most live-in entries (a value live
/// into a block) a function may have before its values get a slot each.
const MAX_LIVE_ENTRIES: usize = 1 << 22;

#[test]
fn a_function_with_too_large_live_sets_gets_a_slot_per_value() {
    // A chain of 2049 blocks has its `live` values and one chain value
    // live into each of its last 2048 blocks: (live + 1) * 2048 entries,
    // exactly the bound with 2047, one value past it with 2048. Sparse
    // liveness does not care how many blocks there are: the same chain
    // with nothing live across it shares slots however long it is.
    for (blocks, live, shared) in [(4500, 0, true), (2049, 2047, true), (2049, 2048, false)] {
        let m = load(&chain_ir(blocks, live));
        assert_eq!(
            call(&m, "chain", &[7]),
            chain_expected(blocks, live, 7),
            "{blocks} blocks, {live} live"
        );
        let entries = (live + 1) * (blocks - 1);
        assert_eq!(entries <= MAX_LIVE_ENTRIES, shared, "{entries} entries");
        let values = 4 * (blocks - 1) + 1 + 2 * live;
        let slots = m.function("chain").unwrap().code().unwrap().const_base() as usize;
        if shared {
            assert!(
                slots < live + 8,
                "{slots} slots for a chain of {blocks} blocks with {live} values across it"
            );
        } else {
            assert!(slots > values, "{slots} slots for {values} values");
        }
    }
}
