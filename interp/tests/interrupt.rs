//! `exec::request_interrupt` stops running interpreted code at its next
//! jump. Its own test binary: the flag is process-wide, and would stop the
//! other tests' runs too.

mod common;

use common::NoHost;
use jir_interp::{LoadedModule, TrapKind};
use std::sync::Arc;
use std::time::Duration;

/// Loops that never end on their own: a plain back-edge, a conditional
/// one (the loop's latch fused with its increment), and a conditional
/// branch whose not-taken side loops.
const SPIN: &str = r#"
define void @spin() {
entry:
  br label %loop
loop:
  br label %loop
}

define i64 @count(i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %i1 = add i64 %i, 1
  %more = icmp ne i64 %i1, %n
  br i1 %more, label %loop, label %done
done:
  ret i64 %i1
}

define i64 @wait_for(i64 %x) {
entry:
  br label %loop
loop:
  %v = phi i64 [ %x, %entry ], [ %v1, %loop ]
  %v1 = mul i64 %v, 3
  %found = icmp eq i64 %v1, 0
  br i1 %found, label %done, label %loop
done:
  ret i64 %v1
}
"#;

fn run_interrupted(m: &LoadedModule, name: &str, args: &[u64]) -> TrapKind {
    let stopper = std::thread::spawn(|| {
        std::thread::sleep(Duration::from_millis(50));
        jir_interp::exec::request_interrupt();
    });
    let f = m.function(name).expect("function exists");
    let result = jir_interp::exec::invoke(f, args, &mut [0]);
    stopper.join().unwrap();
    jir_interp::exec::clear_interrupt();
    result
        .expect_err("an endless loop only ends by the interrupt")
        .kind
}

#[test]
fn an_interrupt_stops_endless_loops_and_can_be_cleared() {
    let ir = jir_interp::load::parse_bytes(SPIN.as_bytes(), "spin.ll").expect("parses");
    let m = LoadedModule::new(ir, Arc::new(NoHost)).expect("loads");
    for (name, args) in [("spin", vec![]), ("count", vec![0]), ("wait_for", vec![1])] {
        let kind = run_interrupted(&m, name, &args);
        assert!(
            matches!(kind, TrapKind::Interrupted),
            "@{name} ended with {kind:?}"
        );
    }
    // Cleared: the same code runs to its end again.
    let mut ret = [0u64];
    let f = m.function("count").unwrap();
    jir_interp::exec::invoke(f, &[1000], &mut ret).expect("runs after the flag is cleared");
    assert_eq!(ret[0], 1000);
}
