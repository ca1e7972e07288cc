//! `jirc`: the host-side driver. `jirc build` compiles C, C++ or LLVM IR to
//! bitcode with clang-19; `jirc run` builds and runs it with `jirun`.

use clap::{Args, Parser, Subcommand};
use jir_frontend::clang::{self, BuildRequest};
use std::path::PathBuf;
use std::process::{Command, ExitCode};

#[derive(Parser)]
#[command(
    name = "jirc",
    version,
    about = "Compile C, C++ or LLVM IR to bitcode for jir"
)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Compile FILE (.c, .cpp, .ll) to LLVM bitcode.
    Build(BuildArgs),
    /// Compile FILE and run it with jirun on this machine.
    Run {
        #[command(flatten)]
        build: CommonArgs,
        /// Arguments for the program.
        #[arg(last = true)]
        args: Vec<String>,
    },
}

#[derive(Args)]
struct CommonArgs {
    /// Source file: C (.c), C++ (.cc, .cpp, .cxx) or LLVM IR (.ll).
    file: PathBuf,
    /// Optimisation level: 0, 1, 2, 3, s or z (as in -O2).
    #[arg(short = 'O', default_value = "0", value_name = "LEVEL")]
    opt: String,
    /// Target triple (default: this host).
    #[arg(long)]
    target: Option<String>,
    /// Extra clang arguments, e.g. -X-DNDEBUG (repeatable).
    #[arg(short = 'X', value_name = "CLANG_ARG", allow_hyphen_values = true)]
    clang_args: Vec<String>,
}

#[derive(Args)]
struct BuildArgs {
    #[command(flatten)]
    common: CommonArgs,
    /// Output bitcode file (default: FILE with the extension .bc).
    #[arg(short = 'o', value_name = "OUTPUT")]
    output: Option<PathBuf>,
}

const EXIT_USAGE: u8 = 64;
const EXIT_COMPILE: u8 = 1;

fn request(c: &CommonArgs, output: PathBuf) -> BuildRequest {
    BuildRequest {
        input: c.file.clone(),
        output,
        opt_level: c.opt.clone(),
        target: c.target.clone(),
        extra: c.clang_args.clone(),
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_USAGE } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Cmd::Build(b) => {
            let out = b
                .output
                .clone()
                .unwrap_or_else(|| b.common.file.with_extension("bc"));
            match clang::build(&request(&b.common, out)) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("jirc: {e}");
                    ExitCode::from(EXIT_COMPILE)
                }
            }
        }
        Cmd::Run { build, args } => {
            let dir = std::env::temp_dir().join(format!("jirc-{}", std::process::id()));
            let _ = std::fs::create_dir_all(&dir);
            let stem = build
                .file
                .file_stem()
                .map(|s| s.to_os_string())
                .unwrap_or_default();
            let out = dir.join(stem).with_extension("bc");
            if let Err(e) = clang::build(&request(&build, out.clone())) {
                eprintln!("jirc: {e}");
                return ExitCode::from(EXIT_COMPILE);
            }
            let jirun = std::env::current_exe()
                .ok()
                .and_then(|p| p.parent().map(|d| d.join("jirun")))
                .filter(|p| p.exists())
                .unwrap_or_else(|| PathBuf::from("jirun"));
            let status = Command::new(&jirun).arg(&out).args(&args).status();
            let _ = std::fs::remove_dir_all(&dir);
            match status {
                Ok(s) => ExitCode::from(s.code().unwrap_or(128) as u8),
                Err(e) => {
                    eprintln!("jirc: cannot run {}: {e}", jirun.display());
                    ExitCode::from(EXIT_USAGE)
                }
            }
        }
    }
}
