//! The side-by-side speed report (`make bench`): every kernel of
//! `benches/kernels` timed, in one run, as a native -O2 executable,
//! through `jirun` (bitcode at -O2), through `lli-19` (JIT, for reference)
//! and through `lli-19 -force-interpreter`, with ratios to native and their
//! geometric means; then load + validate + lower speed per MB of bitcode
//! and bytecode size. `--callgrind` counts instructions instead of timing.
//!
//! lli's interpreter cannot run -O2 bitcode (it has no `llvm.smax`,
//! `freeze`, `llvm.fshl`, ...), so it runs the -O0 bitcode, at a smaller
//! size: its ratio to native is per unit of work, and it is also compared
//! with jirun on that very -O0 bitcode at the same size.

use clap::Parser;
use jir_benches::measure::{best_of, run, Measured};
use jir_benches::{bitcode, bitcode_with, native, Kernel, KERNELS};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// The load report times loading in this process: with `jirun`'s heap.
#[global_allocator]
static HEAP: jir_runtime::allocator::Heap = jir_runtime::allocator::Heap;

#[derive(Parser)]
#[command(about = "jir speed report: ratios to native code and to lli")]
struct Options {
    /// Count instructions with valgrind's callgrind (native and jirun only)
    /// instead of timing.
    #[arg(long)]
    callgrind: bool,
    /// Size of each kernel relative to its default (about 0.3 s natively).
    #[arg(long, default_value_t = 0.5)]
    scale: f64,
    /// lli's interpreter runs each kernel at the size divided by this.
    #[arg(long, default_value_t = 200)]
    lli_divisor: u64,
    /// Timed runs of each command; the fastest counts.
    #[arg(long, default_value_t = 3)]
    runs: usize,
    /// Leave out lli (JIT and interpreter).
    #[arg(long)]
    no_lli: bool,
    /// Only the kernels whose names contain one of these (comma-separated).
    #[arg(long, value_delimiter = ',')]
    only: Vec<String>,
    /// Only the load report (no timing of runs).
    #[arg(long)]
    load_only: bool,
}

struct Tools {
    jirun: PathBuf,
    lli: Option<PathBuf>,
}

fn main() {
    let opts = Options::parse();
    let tools = match locate_tools(&opts) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("ratio: {e}");
            std::process::exit(1);
        }
    };
    let kernels: Vec<&Kernel> = KERNELS
        .iter()
        .filter(|k| opts.only.is_empty() || opts.only.iter().any(|o| k.name.contains(o)))
        .collect();
    print_machine();
    let ok = if opts.callgrind {
        callgrind_report(&opts, &tools, &kernels)
    } else if opts.load_only {
        load_report(&kernels);
        true
    } else {
        let timed = timing_report(&opts, &tools, &kernels);
        load_report(&kernels);
        timed
    };
    if !ok {
        std::process::exit(1);
    }
}

fn locate_tools(opts: &Options) -> Result<Tools, String> {
    let dir = std::env::current_exe()
        .map_err(|e| e.to_string())?
        .parent()
        .map(Path::to_path_buf)
        .ok_or("no executable directory")?;
    let jirun = dir.join("jirun");
    if !jirun.is_file() {
        // `cargo run --bin ratio` builds only this binary.
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let built = Command::new(cargo)
            .args(["build", "--release", "-p", "jir-runtime", "--bin", "jirun"])
            .status()
            .map_err(|e| format!("building jirun: {e}"))?;
        if !built.success() || !jirun.is_file() {
            return Err(format!(
                "{} is missing and could not be built",
                jirun.display()
            ));
        }
    }
    let lli = ["/usr/bin/lli-19", "/usr/lib/llvm-19/bin/lli"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_file());
    if lli.is_none() && !opts.no_lli && !opts.callgrind {
        return Err("lli-19 is not installed (run `make bench`, which installs it)".into());
    }
    Ok(Tools { jirun, lli })
}

fn print_machine() {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("machine: {cpu}, {cores} cores");
}

/// One kernel's results; `None` where a tool could not run it.
struct Row {
    name: &'static str,
    size: u64,
    native: Measured,
    jirun: Measured,
    lli_jit: Option<f64>,
    lli_interp: Result<LliInterp, String>,
}

struct LliInterp {
    /// lli's interpreter time per unit of work over native's.
    to_native: f64,
    /// lli's interpreter over jirun, both on the -O0 bitcode at one size.
    to_jirun: f64,
}

fn size_of(k: &Kernel, scale: f64) -> u64 {
    ((k.default_size as f64 * scale).round() as u64).max(1)
}

fn jirun_cmd(tools: &Tools, bc: &Path, size: u64) -> Command {
    let mut c = Command::new(&tools.jirun);
    c.arg("--stats").arg(bc).arg(size.to_string());
    c
}

fn timing_report(opts: &Options, tools: &Tools, kernels: &[&Kernel]) -> bool {
    println!(
        "timing: CPU time (user+sys), fastest of {} runs; sizes {}x the kernel defaults",
        opts.runs, opts.scale
    );
    let mut rows = Vec::new();
    let mut ok = true;
    for k in kernels {
        match time_kernel(opts, tools, k) {
            Ok(row) => rows.push(row),
            Err(e) => {
                println!("{}: FAILED: {e}", k.name);
                ok = false;
            }
        }
    }
    print_timing_table(&rows);
    ok
}

fn time_kernel(opts: &Options, tools: &Tools, k: &Kernel) -> Result<Row, String> {
    let src = k.source();
    let exe = native(&src, "2");
    let bc = bitcode(&src, "2");
    let size = size_of(k, opts.scale);
    let native = best_of(opts.runs, || {
        let mut c = Command::new(&exe);
        c.arg(size.to_string());
        c
    })?;
    if !native.succeeded() {
        return Err(format!("the native build failed: {}", native.complaint()));
    }
    let jirun = best_of(opts.runs, || jirun_cmd(tools, &bc, size))?;
    same_output("jirun", &native, &jirun)?;
    let (lli_jit, lli_interp) = match (&tools.lli, opts.no_lli) {
        (Some(lli), false) => (
            time_lli_jit(opts, lli, &bc, size, &native)?,
            time_lli_interp(opts, tools, lli, k, size, &native),
        ),
        _ => (None, Err("not run".into())),
    };
    Ok(Row {
        name: k.name,
        size,
        native,
        jirun,
        lli_jit,
        lli_interp,
    })
}

fn same_output(who: &str, native: &Measured, other: &Measured) -> Result<(), String> {
    if other.stdout != native.stdout || other.status != native.status {
        return Err(format!(
            "{who} printed {:?} (status {:?}), native {:?}: {}",
            other.stdout.trim(),
            other.status,
            native.stdout.trim(),
            other.complaint()
        ));
    }
    Ok(())
}

fn time_lli_jit(
    opts: &Options,
    lli: &Path,
    bc: &Path,
    size: u64,
    native: &Measured,
) -> Result<Option<f64>, String> {
    let m = best_of(opts.runs, || {
        let mut c = Command::new(lli);
        c.arg(bc).arg(size.to_string());
        c
    })?;
    same_output("lli-19", native, &m)?;
    Ok(Some(ratio(m.cpu, native.cpu)))
}

fn time_lli_interp(
    opts: &Options,
    tools: &Tools,
    lli: &Path,
    k: &Kernel,
    size: u64,
    native: &Measured,
) -> Result<LliInterp, String> {
    let src = k.source();
    let bc0 = bitcode(&src, "0");
    let small = (size / opts.lli_divisor).max(1);
    let native_small = run(Command::new(native_path(&src)).arg(small.to_string()))?;
    let m = run(Command::new(lli)
        .arg("-force-interpreter")
        .arg(&bc0)
        .arg(small.to_string()))?;
    if !m.succeeded() {
        return Err(format!("lli cannot run it: {}", m.complaint()));
    }
    same_output("lli-19 -force-interpreter", &native_small, &m)?;
    let jirun0 = best_of(opts.runs, || jirun_cmd(tools, &bc0, small))?;
    same_output("jirun (-O0 bitcode)", &native_small, &jirun0)?;
    let per_unit = |d: Duration, n: u64| d.as_secs_f64() / n as f64;
    Ok(LliInterp {
        to_native: per_unit(m.cpu, small) / per_unit(native.cpu, size),
        to_jirun: ratio(m.cpu, jirun0.cpu),
    })
}

fn native_path(src: &Path) -> PathBuf {
    native(src, "2")
}

fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64().max(1e-6)
}

fn geomean(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() {
        return None;
    }
    Some((xs.iter().map(|x| x.ln()).sum::<f64>() / xs.len() as f64).exp())
}

/// jirun's own report of its peak memory (`--stats`): the child's rusage
/// would also count the memory of the process that spawned it.
fn peak_memory(jirun: &Measured) -> String {
    jirun
        .stderr
        .lines()
        .find_map(|l| l.split("peak resident memory ").nth(1))
        .unwrap_or("?")
        .to_string()
}

fn print_timing_table(rows: &[Row]) {
    println!();
    println!(
        "| kernel | size | native s | jirun s | jirun/native | lli JIT/native | lli interp/native | lli interp/jirun (-O0) | jirun peak memory |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    let fmt_opt = |x: Option<f64>| x.map_or("n/a".to_string(), |x| format!("{x:.2}"));
    for r in rows {
        let (li_native, li_jirun) = match &r.lli_interp {
            Ok(l) => (format!("{:.0}", l.to_native), format!("{:.0}", l.to_jirun)),
            Err(e) => (format!("n/a ({e})"), "n/a".into()),
        };
        println!(
            "| {} | {} | {:.3} | {:.3} | {:.2} | {} | {} | {} | {} |",
            r.name,
            r.size,
            r.native.cpu.as_secs_f64(),
            r.jirun.cpu.as_secs_f64(),
            ratio(r.jirun.cpu, r.native.cpu),
            fmt_opt(r.lli_jit),
            li_native,
            li_jirun,
            peak_memory(&r.jirun),
        );
    }
    let jirun: Vec<f64> = rows
        .iter()
        .map(|r| ratio(r.jirun.cpu, r.native.cpu))
        .collect();
    let jit: Vec<f64> = rows.iter().filter_map(|r| r.lli_jit).collect();
    let li_native: Vec<f64> = rows
        .iter()
        .filter_map(|r| r.lli_interp.as_ref().ok().map(|l| l.to_native))
        .collect();
    let li_jirun: Vec<f64> = rows
        .iter()
        .filter_map(|r| r.lli_interp.as_ref().ok().map(|l| l.to_jirun))
        .collect();
    println!(
        "| geometric mean | | | | {} | {} | {} | {} | |",
        fmt_opt(geomean(&jirun)),
        fmt_opt(geomean(&jit)),
        geomean(&li_native).map_or("n/a".into(), |x| format!("{x:.0}")),
        geomean(&li_jirun).map_or("n/a".into(), |x| format!("{x:.0}")),
    );
    if let Some(worst) = rows.iter().max_by(|a, b| {
        ratio(a.jirun.cpu, a.native.cpu).total_cmp(&ratio(b.jirun.cpu, b.native.cpu))
    }) {
        println!(
            "slowest relative to native: {} at {:.2}x",
            worst.name,
            ratio(worst.jirun.cpu, worst.native.cpu)
        );
    }
}

/// Load + validate + lower every function, in this process, for each
/// kernel's -O2 bitcode and the larger modules of `benches/loadtest`:
/// eagerly (the whole module at load, `jirun`'s default) and lazily
/// (`--lazy`: the module level at load, each body on its first call).
/// Rounds of loads of every module: each module's time is its fastest.
/// The modules take turns, so that a busy spell on a shared machine slows
/// one round of all of them rather than every load of one.
const LOAD_ROUNDS: usize = 10;

/// One module of the load report and its fastest times so far.
struct LoadCase {
    name: String,
    bc: PathBuf,
    bytes: usize,
    best: LoadTimes,
    bytecode: usize,
    failed: Option<String>,
}

fn load_report(kernels: &[&Kernel]) {
    let mut sources: Vec<PathBuf> = kernels.iter().map(|k| k.source()).collect();
    sources.extend(loadtest_sources());
    let file_name = |src: &Path| {
        src.file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
    };
    let case = |name: String, bc: PathBuf| LoadCase {
        bytes: std::fs::metadata(&bc).map_or(0, |m| m.len() as usize),
        name,
        bc,
        best: LoadTimes::slowest(),
        bytecode: 0,
        failed: None,
    };
    let mut cases: Vec<LoadCase> = sources
        .iter()
        .map(|src| case(file_name(src), bitcode(src, "2")))
        .collect();
    let plain = cases.len();
    // As `jirc` compiles them: with line tables, which LLVM's reader and
    // the conversion spend most of their time on (not in "all").
    for src in loadtest_sources() {
        let name = format!("{} (-gline-tables-only)", file_name(&src));
        cases.push(case(name, bitcode_with(&src, "2", true)));
    }
    for round in 0..LOAD_ROUNDS {
        // Forwards, then backwards, so that a module does not always
        // follow the same one: the module loaded right after the largest
        // was slowed by the memory that one had just freed (0.35 ms
        // against 0.20 for a 6 KiB module, alloc_trees, always first).
        let mut order: Vec<&mut LoadCase> = cases.iter_mut().collect();
        if round % 2 == 1 {
            order.reverse();
        }
        for c in order.into_iter().filter(|c| c.failed.is_none()) {
            match time_load(&c.bc) {
                Ok((times, bytecode)) => {
                    c.best.keep_fastest(&times);
                    c.bytecode = bytecode;
                }
                Err(e) => c.failed = Some(e),
            }
        }
    }

    println!();
    println!("Loading (fastest of {LOAD_ROUNDS}, the modules taking turns, in order then in reverse order; wall time on all {} cores). Eager (`jirun`): parse = jir's bitcode reader on the module level (into `llvm-ir` data, with the verifier's checks); validate = every body read, verified and validated in one pass per body on all cores, then the globals laid out; lower = every function to bytecode (on all cores), which a run only does for the functions it calls; eager ms = the fastest whole load (not the sum of the fastest stages). Lazy (`jirun --lazy`): open = read and lay out the module level; all = open, then each body read, validated, lowered and dropped in one pass per body on all cores, which a run only does for the functions it calls.", std::thread::available_parallelism().map_or(1, |n| n.get()));
    println!();
    println!(
        "| module (-O2) | bitcode KiB | parse ms | validate ms | lower ms | eager ms | eager ms/MB | lazy open ms | lazy open ms/MB | lazy all ms | lazy all ms/MB | bytecode KiB | bytecode/bitcode |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let row = |name: &str, bytes: usize, t: &LoadTimes, bytecode: usize| {
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        let per_mb = |d: Duration| ms(d) / (bytes as f64 / 1e6);
        println!(
            "| {name} | {:.1} | {:.2} | {:.2} | {:.2} | {:.2} | {:.1} | {:.2} | {:.1} | {:.2} | {:.1} | {:.1} | {:.2} |",
            bytes as f64 / 1024.0,
            ms(t.parse),
            ms(t.validate),
            ms(t.lower),
            ms(t.eager),
            per_mb(t.eager),
            ms(t.lazy_open),
            per_mb(t.lazy_open),
            ms(t.lazy_all),
            per_mb(t.lazy_all),
            bytecode as f64 / 1024.0,
            bytecode as f64 / bytes as f64
        );
    };
    let mut total = LoadTimes::default();
    let (mut total_bytes, mut total_bytecode) = (0, 0);
    for (i, c) in cases.iter().enumerate() {
        if i == plain {
            row("all", total_bytes, &total, total_bytecode);
        }
        if let Some(e) = &c.failed {
            println!("| {} | load failed: {e} |", c.name);
            continue;
        }
        row(&c.name, c.bytes, &c.best, c.bytecode);
        if i < plain {
            total.add(&c.best);
            total_bytes += c.bytes;
            total_bytecode += c.bytecode;
        }
    }
    if cases.len() == plain {
        row("all", total_bytes, &total, total_bytecode);
    }
}

fn loadtest_sources() -> Vec<PathBuf> {
    let dir = jir_benches::crate_dir().join("loadtest");
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|e| e == "c" || e == "cpp"));
    v.sort();
    v
}

/// Where loading a module spends its time.
#[derive(Default, Clone, Copy)]
struct LoadTimes {
    parse: Duration,
    validate: Duration,
    lower: Duration,
    /// The whole eager load.
    eager: Duration,
    lazy_open: Duration,
    lazy_all: Duration,
}

impl LoadTimes {
    fn slowest() -> LoadTimes {
        LoadTimes {
            parse: Duration::MAX,
            validate: Duration::MAX,
            lower: Duration::MAX,
            eager: Duration::MAX,
            lazy_open: Duration::MAX,
            lazy_all: Duration::MAX,
        }
    }

    /// Each time the fastest of its own and `other`'s.
    fn keep_fastest(&mut self, other: &LoadTimes) {
        self.parse = self.parse.min(other.parse);
        self.validate = self.validate.min(other.validate);
        self.lower = self.lower.min(other.lower);
        self.eager = self.eager.min(other.eager);
        self.lazy_open = self.lazy_open.min(other.lazy_open);
        self.lazy_all = self.lazy_all.min(other.lazy_all);
    }

    fn add(&mut self, other: &LoadTimes) {
        self.parse += other.parse;
        self.validate += other.validate;
        self.lower += other.lower;
        self.eager += other.eager;
        self.lazy_open += other.lazy_open;
        self.lazy_all += other.lazy_all;
    }
}

/// One load of `bc` each way (a fresh runtime each time, the eager
/// module dropped before the lazy load), and the bytecode size.
fn time_load(bc: &Path) -> Result<(LoadTimes, usize), String> {
    use jir_benches::load_stages;
    use jir_interp::load::LoadMode;
    let path = bc.to_str().ok_or("non-UTF-8 path")?;
    let (eager, bytecode) = {
        let runtime = jir_runtime::Runtime::new();
        let (eager, module) = load_stages(&runtime, path, LoadMode::Eager)?;
        (eager, module.bytecode_bytes())
    };
    let runtime = jir_runtime::Runtime::new();
    let (lazy, _) = load_stages(&runtime, path, LoadMode::Lazy)?;
    let opened = lazy.parse + lazy.validate;
    let times = LoadTimes {
        parse: eager.parse,
        validate: eager.validate,
        lower: eager.lower,
        eager: eager.parse + eager.validate + eager.lower,
        lazy_open: opened,
        lazy_all: opened + lazy.lower,
    };
    Ok((times, bytecode))
}

fn callgrind_report(opts: &Options, tools: &Tools, kernels: &[&Kernel]) -> bool {
    println!(
        "callgrind: instructions executed (Ir) at {}x / {} of the default sizes",
        opts.scale, opts.lli_divisor
    );
    println!();
    println!("| kernel | size | native Ir | jirun Ir | jirun/native |");
    println!("|---|---:|---:|---:|---:|");
    let mut ratios = Vec::new();
    let mut ok = true;
    for k in kernels {
        let size = (size_of(k, opts.scale) / opts.lli_divisor).max(1);
        match callgrind_kernel(tools, k, size) {
            Ok((n, j)) => {
                let r = j as f64 / n as f64;
                ratios.push(r);
                println!("| {} | {size} | {n} | {j} | {r:.2} |", k.name);
            }
            Err(e) => {
                println!("| {} | {size} | FAILED: {e} | | |", k.name);
                ok = false;
            }
        }
    }
    if let Some(g) = geomean(&ratios) {
        println!("| geometric mean | | | | {g:.2} |");
    }
    ok
}

fn callgrind_kernel(tools: &Tools, k: &Kernel, size: u64) -> Result<(u64, u64), String> {
    let src = k.source();
    let exe = native(&src, "2");
    let bc = bitcode(&src, "2");
    let n = callgrind(&exe, &[size.to_string()])?;
    let j = callgrind(
        &tools.jirun,
        &[bc.to_string_lossy().into_owned(), size.to_string()],
    )?;
    Ok((n, j))
}

/// Instructions executed by `program args`, as callgrind counts them.
fn callgrind(program: &Path, args: &[String]) -> Result<u64, String> {
    let m = run(Command::new("valgrind")
        .args(["--tool=callgrind", "--callgrind-out-file=/dev/null"])
        .arg(program)
        .args(args))?;
    if !m.succeeded() {
        return Err(format!("{}: {}", program.display(), m.complaint()));
    }
    m.stderr
        .lines()
        .find_map(|l| l.split("Collected :").nth(1))
        .and_then(|n| n.trim().parse().ok())
        .ok_or_else(|| "no instruction count in callgrind's output".into())
}
