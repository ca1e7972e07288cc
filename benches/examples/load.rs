//! Loads each bitcode file given the way `jirun` does (read, validate,
//! lower every function) and prints how long each stage took; for
//! profiling the load path alone, e.g. under
//! `taskset -c 0 valgrind --tool=callgrind` (one core: one thread, so
//! inclusive costs add up).
//! `cargo run --release -p jir-benches --example load -- [--lazy] FILE.bc...`

use jir_interp::load::LoadMode;

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
        match jir_benches::load_stages(&runtime, &arg, mode) {
            Ok((t, module)) => println!(
                "{arg}: read {:.2?}, validate {:.2?}, lower {:.2?}, {} KiB bytecode",
                t.parse,
                t.validate,
                t.lower,
                module.bytecode_bytes() / 1024
            ),
            Err(e) => eprintln!("{arg}: {e}"),
        }
    }
}
