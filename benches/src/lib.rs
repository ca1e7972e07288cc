//! jir-benches: what the criterion benchmarks and the side-by-side ratio
//! report (`src/bin/ratio.rs`) share: the kernel table, compiling
//! benchmark sources with clang-19 and loading them into a runtime.

pub mod measure;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

/// This crate's directory.
pub fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A CPU-bound kernel in `kernels/`: it takes a size as `argv[1]` (work
/// grows linearly with it) and prints one checksum line.
pub struct Kernel {
    pub name: &'static str,
    /// The size at which the native -O2 build runs for about 0.3 s (the
    /// `DEFAULT_*` of the source).
    pub default_size: u64,
}

/// Every kernel, with the default size of its source.
pub const KERNELS: &[Kernel] = &[
    Kernel {
        name: "alloc_trees",
        default_size: 1600,
    },
    Kernel {
        name: "byte_arrays",
        default_size: 10240,
    },
    Kernel {
        name: "crc_table",
        default_size: 1400,
    },
    Kernel {
        name: "fp_nbody",
        default_size: 28000,
    },
    Kernel {
        name: "hash_rotates",
        default_size: 18000,
    },
    Kernel {
        name: "int_permute",
        default_size: 2600000,
    },
    Kernel {
        name: "list_chase",
        default_size: 200,
    },
    Kernel {
        name: "lz_compress",
        default_size: 240,
    },
    Kernel {
        name: "mandelbrot",
        default_size: 6000,
    },
    Kernel {
        name: "matrix_loops",
        default_size: 3000,
    },
    Kernel {
        name: "recursion_fib",
        default_size: 650,
    },
    Kernel {
        name: "sort_ints",
        default_size: 240,
    },
    Kernel {
        name: "state_machine",
        default_size: 400000,
    },
    Kernel {
        name: "string_records",
        default_size: 2800,
    },
];

impl Kernel {
    pub fn source(&self) -> PathBuf {
        crate_dir().join("kernels").join(format!("{}.c", self.name))
    }
}

/// clang-19 as installed by the setup script.
pub fn clang() -> PathBuf {
    ["/usr/bin/clang-19", "/usr/lib/llvm-19/bin/clang"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_file())
        .expect("clang-19 is installed (run `make bench`, which installs it)")
}

/// Compiles `source` to bitcode at `-O<opt>` into `target/bench-work`.
pub fn bitcode(source: &Path, opt: &str) -> PathBuf {
    bitcode_with(source, opt, false)
}

/// [`bitcode`], with debug line tables when `line_tables` (as `jirc`
/// compiles, so that traps can name source lines).
pub fn bitcode_with(source: &Path, opt: &str, line_tables: bool) -> PathBuf {
    let suffix = if line_tables { ".g" } else { "" };
    let out = work_dir().join(format!("{}.O{opt}{suffix}.bc", stem(source)));
    let cpp = source.extension().is_some_and(|e| e == "cpp");
    let std = if cpp { "-std=c++17" } else { "-std=gnu11" };
    let driver = if cpp { "-xc++" } else { "-xc" };
    let status = Command::new(clang())
        .args(["-c", "-emit-llvm", driver, std, &format!("-O{opt}"), "-w"])
        .args(line_tables.then_some("-gline-tables-only"))
        .arg(source)
        .arg("-o")
        .arg(&out)
        .status()
        .expect("clang-19 runs");
    assert!(status.success(), "clang-19 failed on {}", source.display());
    out
}

/// Compiles `source` to a native executable at `-O<opt>` into
/// `target/bench-work`.
pub fn native(source: &Path, opt: &str) -> PathBuf {
    let out = work_dir().join(format!("{}.O{opt}.native", stem(source)));
    let status = Command::new(clang())
        .args(["-std=gnu11", &format!("-O{opt}"), "-w"])
        .arg(source)
        .arg("-o")
        .arg(&out)
        .arg("-lm")
        .status()
        .expect("clang-19 runs");
    assert!(status.success(), "clang-19 failed on {}", source.display());
    out
}

fn work_dir() -> PathBuf {
    let dir = crate_dir().join("../target/bench-work");
    std::fs::create_dir_all(&dir).expect("bench work dir");
    dir
}

fn stem(source: &Path) -> &str {
    source
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("bench")
}

/// A loaded benchmark module.
pub struct Loaded {
    pub runtime: Arc<jir_runtime::Runtime>,
    pub module: Arc<jir_interp::LoadedModule>,
}

impl Loaded {
    pub fn new(bitcode: &Path) -> Loaded {
        let runtime = jir_runtime::Runtime::new();
        let module = runtime
            .load_file(bitcode.to_str().expect("utf-8 path"))
            .expect("benchmark module loads");
        Loaded { runtime, module }
    }

    /// Runs the module's `main` with `args` (after the program name);
    /// returns its exit status.
    pub fn run_main(&self, args: &[String]) -> i32 {
        let mut argv = vec!["kernel".to_string()];
        argv.extend_from_slice(args);
        self.runtime
            .run_main(&self.module, &argv)
            .expect("benchmark main runs")
    }

    /// Calls `name` with integer arguments; returns the first result slot.
    pub fn call(&self, name: &str, args: &[u64]) -> u64 {
        let f = self
            .module
            .function(name)
            .expect("benchmark function exists");
        let mut ret = [0u64; 1];
        jir_interp::exec::invoke(f, args, &mut ret).expect("benchmark runs");
        ret[0]
    }
}

/// While alive, the process's standard output goes to `/dev/null` (a
/// kernel prints its checksum on every run of a criterion benchmark).
pub struct QuietStdout {
    saved: libc::c_int,
}

impl QuietStdout {
    pub fn new() -> Option<QuietStdout> {
        // SAFETY: plain descriptor calls on descriptors we own or on 1;
        // C's buffered output is flushed first so nothing moves between
        // the two destinations.
        unsafe {
            libc::fflush(std::ptr::null_mut());
            let null = libc::open(c"/dev/null".as_ptr(), libc::O_WRONLY);
            if null < 0 {
                return None;
            }
            let saved = libc::dup(1);
            let ok = saved >= 0 && libc::dup2(null, 1) >= 0;
            libc::close(null);
            ok.then_some(QuietStdout { saved })
        }
    }
}

impl Drop for QuietStdout {
    fn drop(&mut self) {
        // SAFETY: as in `new`; `saved` is the descriptor `new` duplicated.
        unsafe {
            libc::fflush(std::ptr::null_mut());
            libc::dup2(self.saved, 1);
            libc::close(self.saved);
        }
    }
}

/// How long each stage of one load took (see [`load_stages`]).
#[derive(Clone, Copy, Debug)]
pub struct Stages {
    /// Reading the bitcode (the module level only, lazily).
    pub parse: std::time::Duration,
    /// Validation and laying out the globals.
    pub validate: std::time::Duration,
    /// Lowering every function (reading and validating each body first,
    /// lazily).
    pub lower: std::time::Duration,
}

/// Loads the module at `path` into `runtime` the way `jirun` does, then
/// lowers every function; returns each stage's wall time and the module.
/// A function that does not lower is an error.
pub fn load_stages(
    runtime: &jir_runtime::Runtime,
    path: &str,
    mode: jir_interp::load::LoadMode,
) -> Result<(Stages, Arc<jir_interp::LoadedModule>), String> {
    use std::time::Instant;
    let start = Instant::now();
    let parsed = jir_interp::load::parse_file_with(path, mode).map_err(|e| e.to_string())?;
    let read = Instant::now();
    let module = runtime.inspect(parsed).map_err(|e| e.to_string())?;
    let validated = Instant::now();
    if let Some(e) = module.lower_all().first() {
        return Err(e.to_string());
    }
    let lowered = Instant::now();
    let stages = Stages {
        parse: read - start,
        validate: validated - read,
        lower: lowered - validated,
    };
    Ok((stages, module))
}
