//! Criterion benchmarks of the interpreter on its baseline kernels
//! (`cargo bench -p jir-benches`). Absolute times on shared machines mean
//! little; compare runs on the same machine.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use jir_benches::{bitcode, crate_dir, Loaded};

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

criterion_group!(benches, baseline, load_and_lower);
criterion_main!(benches);
