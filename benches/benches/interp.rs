//! Criterion benchmarks of the interpreter (`cargo bench -p jir-benches`):
//! every kernel of `kernels/` at a small size, and the baseline functions.
//! Absolute times on shared machines mean little; compare runs on the same
//! machine, and use the ratio report (`make bench`) for ratios to native
//! code.

use criterion::{black_box, criterion_group, criterion_main, BatchSize, Criterion};
use jir_benches::{bitcode, crate_dir, Loaded, QuietStdout, KERNELS};
use std::time::Duration;

/// Each kernel at 1/100 of its default size (a few milliseconds natively),
/// in a freshly loaded module each run: kernels keep state in globals.
fn kernels(c: &mut Criterion) {
    let mut group = c.benchmark_group("kernels");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    for k in KERNELS {
        let bc = bitcode(&k.source(), "2");
        let size = (k.default_size / 100).max(1).to_string();
        let args = [size];
        group.bench_function(k.name, |b| {
            b.iter_batched(
                || Loaded::new(&bc),
                |m| {
                    let _quiet = QuietStdout::new();
                    assert_eq!(m.run_main(&args), 0, "{} exits with 0", k.name);
                },
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

fn baseline(c: &mut Criterion) {
    let bc = bitcode(&crate_dir().join("baseline/baseline.c"), "2");
    let m = Loaded::new(&bc);
    assert_eq!(m.call("fib", &[20]), 6765, "fib is computed correctly");
    c.bench_function("fib(25)", |b| b.iter(|| m.call("fib", &[black_box(25)])));
    c.bench_function("loop_nest(20)", |b| {
        b.iter(|| m.call("loop_nest", &[black_box(20)]))
    });
}

fn load_and_lower(c: &mut Criterion) {
    let bc = bitcode(&crate_dir().join("baseline/baseline.c"), "2");
    c.bench_function("load+lower baseline.bc", |b| {
        b.iter(|| {
            let m = Loaded::new(&bc);
            assert!(m.module.lower_all().is_empty());
        })
    });
}

criterion_group!(benches, kernels, baseline, load_and_lower);
criterion_main!(benches);
