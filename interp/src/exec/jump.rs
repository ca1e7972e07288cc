//! `setjmp`/`longjmp` for interpreted code. Native `setjmp` cannot return
//! twice into the interpreter's Rust frame, so the interpreter implements
//! them: `setjmp` writes a record of the interpreted frame into the
//! program's `jmp_buf`, and `longjmp` unwinds the interpreter's own
//! activation records back to it.
//!
//! The record uses the first 64 bytes of the `jmp_buf` (glibc's
//! `__jmpbuf`); `sigsetjmp` stores the signal mask where glibc does
//! (`__mask_was_saved` at 64, `__saved_mask` at 72).
//!
//! # Soundness
//! `jmp_buf` addresses come from the program, which must pass a buffer
//! large enough for the platform's `jmp_buf`, as natively.

use super::memory::{load, store};

/// Marks a record as ours; mixed with the thread's stacks address so a
/// buffer filled on another thread is rejected.
const MAGIC: u64 = 0x4a49_525f_4a4d_5031; // "JIR_JMP1"

/// Where to resume: the state of the interpreted frame that called setjmp.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct JumpRecord {
    pub depth: u32,
    pub dst: u32,
    pub resume: u32,
    pub base: u64,
    pub code: u64,
    pub mem_sp: u64,
    pub mem_base: u64,
}

/// Writes `rec` into the `jmp_buf` at `buf`; saves the signal mask when
/// asked.
///
/// # Safety
/// `buf` must point at a writable `jmp_buf`.
pub(crate) unsafe fn save(buf: u64, thread: u64, rec: &JumpRecord, save_mask: bool) {
    store(buf, MAGIC ^ thread);
    store(buf + 8, rec.depth as u64 | ((rec.dst as u64) << 32));
    store(buf + 16, rec.resume as u64);
    store(buf + 24, rec.base);
    store(buf + 32, rec.code);
    store(buf + 48, rec.mem_sp);
    store(buf + 56, rec.mem_base);
    store::<i32>(buf + 64, save_mask as i32);
    if save_mask {
        libc::sigprocmask(
            libc::SIG_BLOCK,
            std::ptr::null(),
            (buf + 72) as usize as *mut libc::sigset_t,
        );
    }
}

/// Reads the record in `buf`, if it is one written on this thread; restores
/// the signal mask it saved.
///
/// # Safety
/// `buf` must point at a readable `jmp_buf`.
pub(crate) unsafe fn load_record(buf: u64, thread: u64) -> Option<JumpRecord> {
    if load::<u64>(buf) != MAGIC ^ thread {
        return None;
    }
    let w1: u64 = load(buf + 8);
    let rec = JumpRecord {
        depth: w1 as u32,
        dst: (w1 >> 32) as u32,
        resume: load::<u64>(buf + 16) as u32,
        base: load(buf + 24),
        code: load(buf + 32),
        mem_sp: load(buf + 48),
        mem_base: load(buf + 56),
    };
    if load::<i32>(buf + 64) != 0 {
        libc::sigprocmask(
            libc::SIG_SETMASK,
            (buf + 72) as usize as *const libc::sigset_t,
            std::ptr::null_mut(),
        );
    }
    Some(rec)
}
