//! Loads each bitcode file given the way `jirun` does (read, validate,
//! lower every function) and prints how long each stage took; for
//! profiling the load path alone, e.g. under
//! `taskset -c 0 valgrind --tool=callgrind` (one core: one thread, so
//! inclusive costs add up).
//! `cargo run --release -p jir-benches --example load -- [--lazy] FILE.bc...`

use jir_interp::load::{parse_file_with, LoadMode};
use std::time::Instant;

/// `jirun`'s heap.
#[global_allocator]
static HEAP: jir_runtime::allocator::Heap = jir_runtime::allocator::Heap;

fn main() {
    let mut mode = LoadMode::Eager;
    for arg in std::env::args().skip(1) {
        if arg == "--lazy" {
            mode = LoadMode::Lazy;
            continue;
        }
        let runtime = jir_runtime::Runtime::new();
        let start = Instant::now();
        let parsed = match parse_file_with(&arg, mode) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("{arg}: {e}");
                continue;
            }
        };
        let read = Instant::now();
        let module = match runtime.inspect(parsed) {
            Ok(m) => m,
            Err(e) => {
                eprintln!("{arg}: {e}");
                continue;
            }
        };
        let validated = Instant::now();
        let errors = module.lower_all();
        let lowered = Instant::now();
        println!(
            "{arg}: read {:.2?}, validate {:.2?}, lower {:.2?}, {} errors, {} KiB bytecode",
            read - start,
            validated - read,
            lowered - validated,
            errors.len(),
            module.bytecode_bytes() / 1024
        );
    }
}
