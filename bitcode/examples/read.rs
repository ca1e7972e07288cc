//! Reads each bitcode file given and prints what it holds and how long
//! reading took: `cargo run --release -p jir-bitcode --example read -- FILE.bc...`

fn main() {
    for path in std::env::args().skip(1) {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let start = std::time::Instant::now();
        match jir_bitcode::read_module(&bytes, &path) {
            Ok(m) => {
                let took = start.elapsed();
                let instructions: usize = m
                    .functions
                    .iter()
                    .flat_map(|f| &f.basic_blocks)
                    .map(|b| b.instrs.len() + 1)
                    .sum();
                println!(
                    "{path}: {} KiB, {} functions, {instructions} instructions, read in {took:.1?}",
                    bytes.len() / 1024,
                    m.functions.len()
                );
            }
            Err(e) => println!("{path}: {e}"),
        }
    }
}
