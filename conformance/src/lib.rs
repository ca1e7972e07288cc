//! jir-conformance: the project's own corpus and the differential runner.
//!
//! Each case under `cases/` is compiled by clang-19 at several levels, as a
//! native executable and as bitcode (through `jirc`); both run with the
//! same arguments and must agree on stdout and exit status. Expected output
//! always comes from the native run at test time, never from checked-in
//! text.
//!
//! | folder | what |
//! |---|---|
//! | `cases/c` | C programs |
//! | `cases/ll` | hand-written LLVM IR modules (each with a `main`) |
//! | `cases/cpp` | C++17 programs |
//!
//! `JIR_CORPUS_DIR` points the runner at another folder of the same shape
//! (e.g. new cases being written).

mod reader;
pub use reader::check_reader;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Arguments every case runs with.
pub const CASE_ARGS: [&str; 3] = ["alpha", "beta", "42"];

/// argv[0] for both runs, so programs printing it agree.
pub const ARGV0: &str = "prog";

/// How long one run may take before it counts as hung.
pub const RUN_TIMEOUT: Duration = Duration::from_secs(120);

/// A conformance case: one source file.
#[derive(Clone, Debug)]
pub struct Case {
    pub path: PathBuf,
    pub name: String,
    pub kind: Kind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    C,
    Ir,
    Cpp,
}

/// An optimisation level the corpus runs at.
#[derive(Clone, Debug)]
pub struct Level {
    pub name: &'static str,
    pub opt: &'static str,
    /// Extra flags for both compilations.
    pub flags: &'static [&'static str],
    /// Also run jirun with `--lazy` (function bodies read on first call)
    /// and compare it too.
    pub also_lazy: bool,
}

/// The levels of the corpus. The auto-vectorising level needs a CPU with
/// AVX2 to run the native executable; without one it is left out, and
/// [`skipped_levels`] says so.
pub fn levels() -> Vec<Level> {
    let mut v = vec![
        Level {
            name: "O0",
            opt: "0",
            flags: &[],
            also_lazy: false,
        },
        Level {
            name: "O2",
            opt: "2",
            flags: &[],
            also_lazy: true,
        },
    ];
    if host_has_avx2() {
        v.push(VECTOR_LEVEL);
    }
    v
}

/// `-O3 -march=x86-64-v3`: auto-vectorised AVX2 code.
const VECTOR_LEVEL: Level = Level {
    name: "O3-v3",
    opt: "3",
    flags: &["-march=x86-64-v3"],
    also_lazy: false,
};

/// Levels left out on this machine, with the reason.
pub fn skipped_levels() -> Vec<(&'static str, &'static str)> {
    if host_has_avx2() {
        vec![]
    } else {
        vec![(
            VECTOR_LEVEL.name,
            "this CPU has no AVX2, so its native executables cannot run",
        )]
    }
}

/// Whether this CPU can run x86-64-v3 code (AVX2, FMA, BMI2...).
pub fn host_has_avx2() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx2")
            && std::arch::is_x86_feature_detected!("fma")
            && std::arch::is_x86_feature_detected!("bmi2")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// The workspace root (this crate's parent).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// All cases, sorted by name.
pub fn discover() -> Vec<Case> {
    let root = std::env::var_os("JIR_CORPUS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("cases"));
    let mut cases = Vec::new();
    for (dir, kind, ext) in [
        ("c", Kind::C, "c"),
        ("ll", Kind::Ir, "ll"),
        ("cpp", Kind::Cpp, "cpp"),
    ] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for e in entries.flatten() {
            let path = e.path();
            if path.extension().and_then(|x| x.to_str()) == Some(ext) {
                let name = format!(
                    "{dir}/{}",
                    path.file_stem().and_then(|s| s.to_str()).unwrap_or("?")
                );
                cases.push(Case { path, name, kind });
            }
        }
    }
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    cases
}

/// The programs the runner drives.
#[derive(Clone, Debug)]
pub struct Tools {
    pub clang: PathBuf,
    pub clangxx: PathBuf,
    pub jirc: PathBuf,
    pub jirun: PathBuf,
}

impl Tools {
    /// Finds the release binaries (`JIR_BIN_DIR`, default
    /// `target/release`) and clang-19.
    pub fn locate() -> Result<Tools, String> {
        let bin_dir = std::env::var_os("JIR_BIN_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| workspace_root().join("target/release"));
        let jirc = bin_dir.join("jirc");
        let jirun = bin_dir.join("jirun");
        for p in [&jirc, &jirun] {
            if !p.is_file() {
                return Err(format!(
                    "{} is missing: build the binaries first (`make test` does, or `cargo build --release --bins`)",
                    p.display()
                ));
            }
        }
        let clang = ["/usr/bin/clang-19", "/usr/lib/llvm-19/bin/clang"]
            .iter()
            .map(PathBuf::from)
            .find(|p| p.is_file())
            .ok_or("clang-19 is not installed (`make test` installs it)")?;
        let clangxx = ["/usr/bin/clang++-19", "/usr/lib/llvm-19/bin/clang++"]
            .iter()
            .map(PathBuf::from)
            .find(|p| p.is_file())
            .ok_or("clang++-19 is not installed (`make test` installs it)")?;
        Ok(Tools {
            clang,
            clangxx,
            jirc,
            jirun,
        })
    }
}

/// What a run produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunResult {
    pub stdout: Vec<u8>,
    pub stderr: String,
    /// Exit code, or `-signal` when killed by a signal, or `None` on timeout.
    pub status: Option<i32>,
}

/// Runs `cmd` with a timeout, capturing stdout and stderr.
pub fn run_with_timeout(mut cmd: Command, timeout: Duration) -> Result<RunResult, String> {
    use std::os::unix::process::ExitStatusExt;
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {cmd:?}: {e}"))?;
    let mut out = child.stdout.take().ok_or("no stdout")?;
    let mut err = child.stderr.take().ok_or("no stderr")?;
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out.read_to_end(&mut v);
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Some(s.code().unwrap_or_else(|| -s.signal().unwrap_or(0))),
            Ok(None) if start.elapsed() > timeout => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for {cmd:?}: {e}")),
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    Ok(RunResult {
        stdout,
        stderr,
        status,
    })
}

/// The outcome of one case at one level.
#[derive(Debug)]
pub enum Outcome {
    Pass,
    Fail(String),
}

fn compile(cmd: &mut Command, what: &str) -> Result<(), String> {
    let out = cmd
        .output()
        .map_err(|e| format!("{what}: cannot run: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{what} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(())
}

fn describe(r: &RunResult) -> String {
    match r.status {
        Some(s) if s < 0 => format!("killed by signal {}", -s),
        Some(s) => format!("exit status {s}"),
        None => "timed out".into(),
    }
}

fn first_difference(a: &[u8], b: &[u8]) -> String {
    let a = String::from_utf8_lossy(a);
    let b = String::from_utf8_lossy(b);
    for (i, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            return format!("line {}: native `{x}` vs jirun `{y}`", i + 1);
        }
    }
    format!(
        "native printed {} lines, jirun {} lines",
        a.lines().count(),
        b.lines().count()
    )
}

/// Compiles and runs `case` at `level` natively and through jirun, and
/// compares. Build products go under `work`.
pub fn run_case(tools: &Tools, case: &Case, level: &Level, work: &Path) -> Outcome {
    match try_run_case(tools, case, level, work) {
        Ok(()) => Outcome::Pass,
        Err(e) => Outcome::Fail(e),
    }
}

fn try_run_case(tools: &Tools, case: &Case, level: &Level, work: &Path) -> Result<(), String> {
    let dir = work.join(level.name).join(case.name.replace('/', "_"));
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let exe = dir.join("native");
    let bc = dir.join("module.bc");
    let opt = format!("-O{}", level.opt);

    let std_flag = match case.kind {
        Kind::C => Some("-std=gnu11"),
        Kind::Cpp => Some("-std=c++17"),
        Kind::Ir => None,
    };
    let compiler = if case.kind == Kind::Cpp {
        &tools.clangxx
    } else {
        &tools.clang
    };
    let mut jirc = Command::new(&tools.jirc);
    jirc.arg("build")
        .arg(&case.path)
        .arg(&opt)
        .arg("-o")
        .arg(&bc);
    for f in level.flags {
        jirc.arg(format!("-X{f}"));
    }
    jirc.arg("-X-w");
    if let Some(s) = std_flag {
        jirc.arg(format!("-X{s}"));
    }
    compile(&mut jirc, "jirc build")?;
    check_reader(&bc)?;

    // The native executable is code-generated from the very bitcode jirun
    // runs, so a difference is the interpreter's, never a second front-end
    // run's (and the C++ headers are parsed once instead of twice).
    let mut native = Command::new(compiler);
    native.arg(&opt).args(level.flags).arg("-w");
    native
        .arg(&bc)
        .arg("-o")
        .arg(&exe)
        .args(["-lstdc++", "-lm", "-lpthread"]);
    compile(&mut native, "native compilation")?;

    // Everything in the module must be supported, not just what this run
    // reaches.
    let mut list = Command::new(&tools.jirun);
    list.arg("--list-unsupported").arg(&bc);
    let listed = run_with_timeout(list, RUN_TIMEOUT)?;
    if listed.status != Some(0) {
        return Err(format!(
            "jirun --list-unsupported reports: {}{}",
            String::from_utf8_lossy(&listed.stdout)
                .lines()
                .next()
                .unwrap_or(""),
            listed.stderr.lines().next().unwrap_or("")
        ));
    }

    let mut n = Command::new(&exe);
    std::os::unix::process::CommandExt::arg0(&mut n, ARGV0);
    n.args(CASE_ARGS);
    let expected = run_with_timeout(n, RUN_TIMEOUT)?;
    if expected.status.is_none() {
        return Err("the native executable timed out".into());
    }

    let modes: &[&[&str]] = if level.also_lazy {
        &[&[], &["--lazy"]]
    } else {
        &[&[]]
    };
    for flags in modes {
        let mut j = Command::new(&tools.jirun);
        j.args(*flags)
            .arg("--argv0")
            .arg(ARGV0)
            .arg(&bc)
            .args(CASE_ARGS);
        let actual = run_with_timeout(j, RUN_TIMEOUT)?;
        let how = if flags.is_empty() {
            String::new()
        } else {
            format!(" (jirun {})", flags.join(" "))
        };
        compare(&expected, &actual).map_err(|e| format!("{e}{how}"))?;
    }
    Ok(())
}

/// Whether jirun's run matches the native one: status, then stdout.
fn compare(expected: &RunResult, actual: &RunResult) -> Result<(), String> {
    let stderr = || {
        actual
            .stderr
            .lines()
            .take(5)
            .collect::<Vec<_>>()
            .join("\n  ")
    };
    if expected.status != actual.status {
        return Err(format!(
            "native: {}, jirun: {}\njirun stderr: {}",
            describe(expected),
            describe(actual),
            stderr()
        ));
    }
    if expected.stdout != actual.stdout {
        return Err(format!(
            "stdout differs ({})\njirun stderr: {}",
            first_difference(&expected.stdout, &actual.stdout),
            stderr()
        ));
    }
    Ok(())
}
