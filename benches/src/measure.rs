//! Running one benchmark process and measuring it: CPU time (user +
//! system, from the child's own `rusage`, which other load on a shared
//! machine disturbs less than wall time), exit status and output.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::Duration;

/// What one run of a benchmark process produced.
#[derive(Clone, Debug)]
pub struct Measured {
    pub cpu: Duration,
    pub stdout: String,
    pub stderr: String,
    /// The exit status, or `None` if a signal ended the process.
    pub status: Option<i32>,
}

impl Measured {
    pub fn succeeded(&self) -> bool {
        self.status == Some(0)
    }

    /// The first line of stderr, for reporting why a run failed.
    pub fn complaint(&self) -> String {
        self.stderr
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("no message")
            .to_string()
    }
}

/// Runs `cmd` to completion and measures it.
pub fn run(cmd: &mut Command) -> Result<Measured, String> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{cmd:?}: {e}"))?;
    let pid = child.id() as libc::pid_t;
    let mut stderr_pipe = child.stderr.take();
    let stderr_reader = std::thread::spawn(move || {
        let mut s = String::new();
        if let Some(p) = stderr_pipe.as_mut() {
            let _ = p.read_to_string(&mut s);
        }
        s
    });
    let mut stdout = String::new();
    if let Some(mut p) = child.stdout.take() {
        let _ = p.read_to_string(&mut stdout);
    }
    let (status, usage) = wait_with_usage(pid)?;
    let stderr = stderr_reader.join().unwrap_or_default();
    Ok(Measured {
        cpu: cpu_time(&usage),
        stdout,
        stderr,
        status,
    })
}

/// Runs `cmd` `runs` times and keeps the fastest run; every run must print
/// the same thing.
pub fn best_of(runs: usize, mut cmd: impl FnMut() -> Command) -> Result<Measured, String> {
    let mut best: Option<Measured> = None;
    for _ in 0..runs.max(1) {
        let m = run(&mut cmd())?;
        if let Some(b) = &best {
            if b.stdout != m.stdout || b.status != m.status {
                return Err("two runs of the same command printed different results".into());
            }
        }
        if best.as_ref().is_none_or(|b| m.cpu < b.cpu) {
            best = Some(m);
        }
    }
    best.ok_or_else(|| "no run".into())
}

fn wait_with_usage(pid: libc::pid_t) -> Result<(Option<i32>, libc::rusage), String> {
    let mut status: libc::c_int = 0;
    // SAFETY: `rusage` is plain old data that wait4 fills in; `pid` is our
    // own child, which std has not reaped (we never call `Child::wait`).
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    if r != pid {
        return Err(format!("wait4: {}", std::io::Error::last_os_error()));
    }
    let code = if libc::WIFEXITED(status) {
        Some(libc::WEXITSTATUS(status))
    } else {
        None
    };
    Ok((code, usage))
}

fn cpu_time(u: &libc::rusage) -> Duration {
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    tv(u.ru_utime) + tv(u.ru_stime)
}
