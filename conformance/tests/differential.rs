//! The differential conformance test: every case, every level, native vs
//! jirun. Runs the cases on all cores and reports every failure at the end.
//!
//! `JIR_CASES=substring` restricts the run to matching cases;
//! `JIR_LEVELS=O0,O2` to some levels.

use jir_conformance::{discover, levels, run_case, workspace_root, Kind, Outcome, Tools};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Minimum corpus sizes; a smaller corpus means cases went missing.
const MIN_C_CASES: usize = 200;
const MIN_IR_CASES: usize = 40;
const MIN_CPP_CASES: usize = 60;

fn main() {
    let tools = match Tools::locate() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("differential: {e}");
            std::process::exit(1);
        }
    };
    let filter = std::env::var("JIR_CASES").ok();
    let level_filter = std::env::var("JIR_LEVELS").ok();
    let all = discover();
    let count = |k: Kind| all.iter().filter(|c| c.kind == k).count();
    let in_default_corpus = filter.is_none() && std::env::var_os("JIR_CORPUS_DIR").is_none();
    if in_default_corpus
        && (count(Kind::C) < MIN_C_CASES
            || count(Kind::Ir) < MIN_IR_CASES
            || count(Kind::Cpp) < MIN_CPP_CASES)
    {
        eprintln!(
            "differential: {} C, {} IR and {} C++ cases found, expected at least {MIN_C_CASES}, {MIN_IR_CASES} and {MIN_CPP_CASES}",
            count(Kind::C),
            count(Kind::Ir),
            count(Kind::Cpp)
        );
        std::process::exit(1);
    }
    let cases: Vec<_> = all
        .into_iter()
        .filter(|c| filter.as_deref().is_none_or(|f| c.name.contains(f)))
        .collect();
    let levels: Vec<_> = levels()
        .into_iter()
        .filter(|l| {
            level_filter
                .as_deref()
                .is_none_or(|f| f.split(',').any(|x| x == l.name))
        })
        .collect();
    for (level, why) in jir_conformance::skipped_levels() {
        println!("differential: skipping level {level}: {why}");
    }
    let jobs: Vec<_> = cases
        .iter()
        .flat_map(|c| levels.iter().map(move |l| (c, l)))
        .collect();
    if jobs.is_empty() {
        eprintln!("differential: nothing to run");
        std::process::exit(1);
    }
    let work = workspace_root().join("target/conformance");
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2);
    let start = std::time::Instant::now();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some((case, level)) = jobs.get(i) else {
                    break;
                };
                if let Outcome::Fail(why) = run_case(&tools, case, level, &work) {
                    eprintln!(
                        "FAIL {} [{}]: {}",
                        case.name,
                        level.name,
                        why.lines().next().unwrap_or("")
                    );
                    if let Ok(mut f) = failures.lock() {
                        f.push(format!("{} [{}]: {why}", case.name, level.name));
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap_or_default();
    println!(
        "differential: {} cases x {} levels = {} runs, {} passed, {} failed ({:.0}s)",
        cases.len(),
        levels.len(),
        jobs.len(),
        jobs.len() - failures.len(),
        failures.len(),
        start.elapsed().as_secs_f64()
    );
    if !failures.is_empty() {
        let mut sorted = failures;
        sorted.sort();
        for f in &sorted {
            println!("\n--- {f}");
        }
        std::process::exit(1);
    }
}
