//! Per-thread interpreter stacks: the slot stack holding frames of 8-byte
//! value slots, the memory stack holding `alloca`s (with a guard page
//! below it), and the activation records of interpreted calls.
//!
//! A thread's stacks are created on its first interpreted call and shared
//! by every nested entry on that thread (a native callback re-entering the
//! interpreter starts above the frames of the suspended outer run).

use crate::bytecode::Inst;
use crate::code::Code;
use std::cell::Cell;

/// Limits of one thread's interpreter stacks.
#[derive(Clone, Copy, Debug)]
pub struct StackLimits {
    /// 8-byte slots for frames.
    pub slots: usize,
    /// Bytes for `alloca`s.
    pub memory: usize,
    /// Nested interpreted calls.
    pub depth: usize,
}

impl Default for StackLimits {
    fn default() -> Self {
        StackLimits {
            slots: 4 << 20,
            memory: 8 << 20,
            depth: 200_000,
        }
    }
}

/// The caller's state saved across an interpreted call.
pub(crate) struct Activation {
    pub code: *const Code,
    /// The instruction to resume at, in `code.insts` (a pointer, not an
    /// index: no conversion on calls and returns).
    pub resume: *const Inst,
    /// The caller's frame (in the slot stack).
    pub fp: *mut u64,
    /// Caller slot receiving the callee's result.
    pub dst: u32,
    /// Memory stack pointer and static frame base of the caller.
    pub mem_sp: usize,
    pub mem_base: usize,
}

/// An anonymous mapping with an inaccessible guard page below it.
struct GuardedRegion {
    base: *mut u8,
    len: usize,
    guard: usize,
}

impl GuardedRegion {
    fn new(len: usize) -> Option<Self> {
        let page = page_size();
        let len = len.div_ceil(page) * page;
        // SAFETY: a fresh private anonymous mapping; no existing memory is
        // affected. PROT_EXEC is never requested.
        unsafe {
            let p = libc::mmap(
                std::ptr::null_mut(),
                len + page,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            );
            if p == libc::MAP_FAILED {
                return None;
            }
            // The guard page catches a program that writes below its
            // stack memory; a failure to protect it is not fatal.
            libc::mprotect(p, page, libc::PROT_NONE);
            Some(GuardedRegion {
                base: (p as *mut u8).add(page),
                len,
                guard: page,
            })
        }
    }
}

impl Drop for GuardedRegion {
    fn drop(&mut self) {
        // SAFETY: unmaps exactly the mapping made in `new`.
        unsafe {
            libc::munmap(
                self.base.sub(self.guard) as *mut libc::c_void,
                self.len + self.guard,
            );
        }
    }
}

fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let p = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if p <= 0 {
        4096
    } else {
        p as usize
    }
}

pub(crate) struct ThreadStacks {
    slots: GuardedRegion,
    memory: GuardedRegion,
    /// First free slot (index) for a new entry into the interpreter.
    pub slot_top: usize,
    /// Next free byte of the memory stack (an address).
    pub mem_sp: usize,
    pub activations: Vec<Activation>,
    pub limits: StackLimits,
}

impl ThreadStacks {
    fn new(limits: StackLimits) -> Option<Self> {
        let slots = GuardedRegion::new(limits.slots * 8)?;
        let memory = GuardedRegion::new(limits.memory)?;
        let mem_sp = memory.base as usize;
        Some(ThreadStacks {
            slots,
            memory,
            slot_top: 0,
            mem_sp,
            activations: Vec::with_capacity(1024),
            limits,
        })
    }

    /// Base of the slot stack.
    pub fn slot_base(&self) -> *mut u64 {
        self.slots.base as *mut u64
    }

    /// Number of slots in the slot stack.
    pub fn slot_capacity(&self) -> usize {
        self.slots.len / 8
    }

    /// One past the last usable byte of the memory stack.
    pub fn mem_limit(&self) -> usize {
        self.memory.base as usize + self.memory.len
    }
}

thread_local! {
    // No destructor: the stacks must stay reachable while the C library
    // runs atexit handlers (which may call interpreted code) after the
    // thread's destructors ran. `GUARD` frees them when a thread ends.
    static STACKS: Cell<*mut ThreadStacks> = const { Cell::new(std::ptr::null_mut()) };
    static GUARD: StacksGuard = const { StacksGuard };
}

/// Frees the thread's stacks when the thread ends, unless interpreted code
/// is still suspended on them (a thread ending through `exit` called from
/// interpreted code): then they stay, for handlers that run afterwards.
struct StacksGuard;

impl Drop for StacksGuard {
    fn drop(&mut self) {
        let _ = STACKS.try_with(|cell| {
            let p = cell.get();
            // SAFETY: `p` is null or the Box leaked in `current` for this
            // thread; nothing else frees it.
            if !p.is_null() && unsafe { (*p).activations.is_empty() && (*p).slot_top == 0 } {
                cell.set(std::ptr::null_mut());
                drop(unsafe { Box::from_raw(p) });
            }
        });
    }
}

static LIMITS: std::sync::RwLock<Option<StackLimits>> = std::sync::RwLock::new(None);

/// Sets the limits used for threads that have not yet run interpreted
/// code.
pub fn set_stack_limits(limits: StackLimits) {
    if let Ok(mut l) = LIMITS.write() {
        *l = Some(limits);
    }
}

/// The calling thread's stacks, created on first use. The pointer stays
/// valid until the thread exits; callers never hold a Rust reference to
/// it across a native call (a nested run may use it meanwhile).
pub(crate) fn current() -> Option<*mut ThreadStacks> {
    let p = STACKS.try_with(|cell| cell.get()).ok()?;
    if !p.is_null() {
        return Some(p);
    }
    let limits = LIMITS.read().ok().and_then(|l| *l).unwrap_or_default();
    let p = Box::into_raw(Box::new(ThreadStacks::new(limits)?));
    STACKS.try_with(|cell| cell.set(p)).ok()?;
    // Arrange for cleanup at thread exit; if the thread is already tearing
    // down, the stacks are simply kept until the process ends.
    let _ = GUARD.try_with(|_| ());
    Some(p)
}
