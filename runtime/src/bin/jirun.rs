//! `jirun`: run an LLVM module (bitcode or text IR) in the interpreter.

use clap::Parser;
use jir_interp::load::LoadMode;
use jir_runtime::{exit, RunError, Runtime};
use std::process::ExitCode;

/// See `jir_runtime::allocator`.
#[global_allocator]
static HEAP: jir_runtime::allocator::Heap = jir_runtime::allocator::Heap;

/// Runs an LLVM bitcode or IR module: calls its `main` with the given
/// arguments and exits with main's return value.
#[derive(Parser)]
#[command(name = "jirun", version, about)]
struct Cli {
    /// Report every construct the interpreter does not support yet, one
    /// line per function, and exit (0 when there is none).
    #[arg(long)]
    list_unsupported: bool,

    /// Print the bytecode of FUNCTION (lowering it) and exit.
    #[arg(long, value_name = "FUNCTION")]
    disassemble: Option<String>,

    /// Bytes of interpreter memory stack (for allocas) per thread.
    #[arg(long, value_name = "BYTES", default_value_t = 8 << 20)]
    stack_size: usize,

    /// At exit, print to stderr how long loading took and the process's
    /// peak resident memory.
    #[arg(long)]
    stats: bool,

    /// Read, validate and lower each function on its first call instead of
    /// the whole module at load (faster start; an unsupported construct is
    /// reported when its function first runs, with the same exit status).
    #[arg(long)]
    lazy: bool,

    /// The program name passed as argv[0] (default: the module path).
    #[arg(long, value_name = "NAME")]
    argv0: Option<String>,

    /// The module to run.
    module: String,

    /// Arguments passed to the program (argv[1..]).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

fn fail(msg: impl std::fmt::Display, status: i32) -> ExitCode {
    eprintln!("jirun: {msg}");
    ExitCode::from(status as u8)
}

fn main() -> ExitCode {
    // A bug in jir must not end in a backtrace: report it as one line.
    match jir_interp::load::quietly(run) {
        Ok(code) => code,
        Err(panic) => fail(format!("internal error: {panic}"), exit::INTERNAL),
    }
}

fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { exit::USAGE } else { 0 };
            let _ = e.print();
            return ExitCode::from(code as u8);
        }
    };
    jir_interp::exec::set_stack_limits(jir_interp::exec::StackLimits {
        memory: cli.stack_size,
        ..Default::default()
    });

    if cli.list_unsupported {
        return list_unsupported(&cli.module);
    }

    let runtime = Runtime::new();
    let load_start = std::time::Instant::now();
    let mode = if cli.lazy {
        LoadMode::Lazy
    } else {
        LoadMode::Eager
    };
    let module = match runtime.load_file_with(&cli.module, mode) {
        Ok(m) => m,
        Err(e) => return fail(&e, e.exit_status()),
    };
    if cli.stats {
        stats::report_at_exit(load_start.elapsed(), &module);
    }
    if let Some(name) = &cli.disassemble {
        return match module.function(name) {
            Some(f) => match f.code() {
                Ok(code) => {
                    print!("{}", code.disassemble());
                    ExitCode::SUCCESS
                }
                Err(e) => fail(e, exit::UNSUPPORTED),
            },
            None => fail(format!("no function @{name} in the module"), exit::USAGE),
        };
    }
    let mut argv = vec![cli.argv0.clone().unwrap_or_else(|| cli.module.clone())];
    argv.extend(cli.args);
    match runtime.run_main(&module, &argv) {
        // exit() runs the C library's atexit handlers and flushes stdio,
        // as returning from a native main would.
        Ok(status) => std::process::exit(status),
        Err(e @ RunError::Trap(_)) => {
            // Flush what the program printed before reporting.
            // SAFETY: fflush(NULL) flushes all C streams.
            unsafe { libc::fflush(std::ptr::null_mut()) };
            fail(&e, e.exit_status())
        }
        Err(e) => fail(&e, e.exit_status()),
    }
}

/// Validates every function and, when the module as a whole is valid,
/// lowers every function too, reporting each problem once.
fn list_unsupported(path: &str) -> ExitCode {
    let ir = match jir_interp::load::parse_file(path) {
        Ok(ir) => ir,
        Err(e) => return fail(&e, exit::for_load_error(&e)),
    };
    let mut problems: Vec<String> = jir_interp::validate::list_unsupported(&ir)
        .iter()
        .map(|e| e.to_string())
        .collect();
    if problems.is_empty() {
        let runtime = Runtime::new();
        match runtime.inspect(ir) {
            Ok(module) => problems.extend(module.lower_all().iter().map(|e| e.to_string())),
            Err(e) => problems.push(e.to_string()),
        }
    }
    for p in &problems {
        println!("{p}");
    }
    if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(exit::UNSUPPORTED as u8)
    }
}

/// `--stats`: a line on stderr when the process exits, however it exits
/// (return from main, `exit()` in the program).
mod stats {
    use jir_interp::LoadedModule;
    use std::io::Write;
    use std::sync::{Arc, OnceLock};
    use std::time::Duration;

    static LOAD_TIME: OnceLock<Duration> = OnceLock::new();
    static MODULE: OnceLock<Arc<LoadedModule>> = OnceLock::new();

    pub fn report_at_exit(load: Duration, module: &Arc<LoadedModule>) {
        let _ = MODULE.set(module.clone());
        if LOAD_TIME.set(load).is_ok() {
            // SAFETY: `print` is a plain function that may run at exit.
            unsafe { libc::atexit(print) };
        }
    }

    extern "C" fn print() {
        let peak = std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| {
                s.lines()
                    .find_map(|l| l.strip_prefix("VmHWM:"))
                    .map(|v| v.trim().to_string())
            })
            .unwrap_or_else(|| "unknown".into());
        let load = LOAD_TIME.get().copied().unwrap_or_default();
        let (lowered, total, lowering) = MODULE.get().map_or((0, 0, Duration::ZERO), |m| {
            let (lowered, time) = m.lowering_stats();
            (lowered, m.functions.len(), time)
        });
        // Not eprintln!: a closed stderr must not panic inside atexit.
        let _ = writeln!(
            std::io::stderr(),
            "jirun: load {:.2} ms, then {:.2} ms lowering {lowered} of {total} functions, peak resident memory {peak}",
            load.as_secs_f64() * 1e3,
            lowering.as_secs_f64() * 1e3
        );
    }
}
