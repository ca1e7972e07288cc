//! Native-callable pointers for interpreted functions, without executable
//! memory.
//!
//! The binary contains a pool of tiny stubs, compiled ahead of time (see
//! the per-architecture file). Each stub records its own address and jumps
//! to one common entry, which saves the argument registers and calls
//! [`dispatch`]. A slot table in ordinary memory says which interpreted
//! function each stub currently serves. Stubs are equally spaced, so
//! mapping an address back to its slot is arithmetic: an indirect call in
//! interpreted code through such a pointer stays in the interpreter
//! without any hashing.

#[cfg(target_arch = "x86_64")]
mod x86_64;
#[cfg(target_arch = "x86_64")]
use x86_64 as arch;

use jir_interp::exec::ops::{mask, sext};
use jir_interp::host::AbiType;
use jir_interp::FuncRef;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// Number of stubs in the pool.
pub const POOL_SIZE: usize = 4096;

struct Pool {
    slots: Vec<OnceLock<FuncRef>>,
    /// function identity -> slot
    assigned: Mutex<HashMap<usize, usize>>,
}

fn pool() -> &'static Pool {
    static POOL: OnceLock<Pool> = OnceLock::new();
    POOL.get_or_init(|| Pool {
        slots: (0..POOL_SIZE).map(|_| OnceLock::new()).collect(),
        assigned: Mutex::new(HashMap::new()),
    })
}

/// The native address that runs `func` in the interpreter; the same
/// function always gets the same address.
pub fn pointer_for(func: &FuncRef) -> Result<usize, String> {
    #[cfg(target_arch = "x86_64")]
    {
        let key = std::sync::Arc::as_ptr(func) as usize;
        let p = pool();
        let mut assigned = p.assigned.lock().map_err(|_| "trampoline table poisoned")?;
        if let Some(i) = assigned.get(&key) {
            return Ok(arch::stub_address(*i));
        }
        let i = assigned.len();
        if i >= POOL_SIZE {
            return Err(format!(
                "out of native-callable pointers ({POOL_SIZE} interpreted functions already have one)"
            ));
        }
        let _ = p.slots[i].set(func.clone());
        assigned.insert(key, i);
        Ok(arch::stub_address(i))
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = func;
        Err("native-callable pointers are not implemented on this architecture yet".into())
    }
}

/// The interpreted function served by the stub at `addr`, if any.
pub fn function_at(addr: usize) -> Option<FuncRef> {
    #[cfg(target_arch = "x86_64")]
    {
        let i = arch::stub_index(addr)?;
        pool().slots.get(i)?.get().cloned()
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = addr;
        None
    }
}

/// Registers saved by the common entry, in the layout its assembly uses.
#[repr(C)]
pub struct SavedRegs {
    /// Integer argument registers, in ABI order.
    pub gpr: [u64; 6],
    /// Vector argument registers (low 16 bytes each).
    pub xmm: [[u64; 2]; 8],
    /// Address inside the stub that was called.
    pub stub: u64,
    /// `al` at entry: the number of vector registers a variadic call used.
    pub vector_count: u64,
    /// Return registers, written by `dispatch`.
    pub ret_gpr: [u64; 2],
    pub ret_xmm: [[u64; 2]; 2],
    /// Non-zero when the result is an `x86_fp80` to return in st(0).
    pub ret_x87: u64,
    pub ret_f80: [u64; 2],
    /// Non-zero: a C++ exception (its unwind header) to raise into the
    /// native caller instead of returning.
    pub raise: u64,
}

/// What to do when interpreted code entered from native code traps: it
/// cannot unwind through the native frames, so the process ends.
fn fatal(msg: &str) -> ! {
    eprintln!("jirun: {msg}");
    // SAFETY: flushing C stdio and exiting without running handlers (which
    // could re-enter the failed interpreted code) are always permitted.
    unsafe {
        libc::fflush(std::ptr::null_mut());
        libc::_exit(crate::exit::TRAP);
    }
}

/// Called by the common entry with the saved registers and the address of
/// the caller's stack arguments.
///
/// # Safety
/// Only the common entry calls this, with `regs` pointing at its save area
/// and `stack` at the first stack-passed argument of the native caller.
pub(crate) unsafe extern "C" fn dispatch(regs: *mut SavedRegs, stack: *const u64) {
    let regs = &mut *regs;
    let Some(func) =
        arch::stub_of_r11(regs.stub as usize).and_then(|i| pool().slots[i].get().cloned())
    else {
        fatal("native code called an unassigned interpreted-function pointer");
    };
    let sig = &func.sig;
    let mut args = vec![0u64; sig.param_slots as usize];
    let (mut gi, mut xi, mut si) = (0usize, 0usize, 0usize);
    // Takes `words` words of the caller's stack argument area.
    macro_rules! next_stack {
        ($words:expr) => {{
            let p = stack.add(si);
            si += $words;
            p
        }};
    }
    for p in &sig.params {
        let slot = p.slot as usize;
        match &p.abi {
            Some(AbiType::Int { bits, .. }) if *bits > 64 => fatal(&format!(
                "native code called @{} with an i{bits} argument, which cannot be received yet",
                func.name
            )),
            Some(AbiType::Int { bits, .. }) => {
                let v = if gi < 6 {
                    gi += 1;
                    regs.gpr[gi - 1]
                } else {
                    *next_stack!(1)
                };
                args[slot] = mask(v, *bits as u32);
            }
            Some(AbiType::Ptr) => {
                args[slot] = if gi < 6 {
                    gi += 1;
                    regs.gpr[gi - 1]
                } else {
                    *next_stack!(1)
                };
            }
            Some(AbiType::F32) | Some(AbiType::F64) => {
                let v = if xi < 8 {
                    xi += 1;
                    regs.xmm[xi - 1][0]
                } else {
                    *next_stack!(1)
                };
                args[slot] = if matches!(p.abi, Some(AbiType::F32)) {
                    v & 0xffff_ffff
                } else {
                    v
                };
            }
            Some(AbiType::F80) => {
                // Passed in memory, 16-byte aligned.
                si = si.div_ceil(2) * 2;
                let p = next_stack!(2);
                args[slot] = *p;
                args[slot + 1] = *p.add(1) & 0xffff;
            }
            Some(AbiType::ByVal { size, align }) => {
                // In the caller's stack argument area, at its alignment.
                if *align > 8 {
                    si = si.div_ceil(*align as usize / 8) * (*align as usize / 8);
                }
                let p = next_stack!((*size as usize).div_ceil(8));
                args[slot] = p as u64;
            }
            other => fatal(&format!(
                "native code called @{} whose parameter type {other:?} cannot be received yet",
                func.name
            )),
        }
    }
    // A variadic function finds its variadic arguments where a native
    // prologue would: in the saved registers, then on the caller's stack.
    let template;
    if let Some(va) = sig.va_slot {
        template = jir_interp::abi::va::register_template(
            gi as u32,
            xi as u32,
            stack.add(si) as u64,
            regs.gpr.as_ptr() as u64,
        );
        args[va as usize] = template.as_ptr() as u64;
    }
    let mut ret = vec![0u64; (sig.ret_slots as usize).max(1)];
    // Nothing may unwind into the native caller.
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        jir_interp::exec::invoke_from_native(&func, &args, &mut ret)
    }));
    regs.raise = 0;
    match outcome {
        Ok(Ok(())) => {}
        // The exception leaves for the native caller: the common entry
        // raises it once this frame is gone.
        Ok(Err(jir_interp::Trap {
            kind: jir_interp::TrapKind::Exception(ue) | jir_interp::TrapKind::Uncaught(ue),
            ..
        })) => {
            regs.raise = ue;
            return;
        }
        // pthread_exit in a thread's start routine: return its value, as
        // the routine's result is the thread's exit value.
        Ok(Err(jir_interp::Trap {
            kind: jir_interp::TrapKind::ThreadExit(value),
            ..
        })) if jir_interp::exec::nesting() == 0 => ret[0] = value,
        Ok(Err(trap)) if matches!(trap.kind, jir_interp::TrapKind::ThreadExit(_)) => {
            fatal("pthread_exit from interpreted code called back by native code is not supported")
        }
        Ok(Err(trap)) => fatal(&trap.to_string()),
        Err(_) => fatal(&format!(
            "internal error in @{} called from native code",
            func.name
        )),
    }
    regs.ret_gpr = [0; 2];
    regs.ret_xmm = [[0; 2]; 2];
    regs.ret_x87 = 0;
    match &sig.ret {
        Some(AbiType::Void) | None => {}
        Some(AbiType::Int { bits, signed }) => {
            regs.ret_gpr[0] = if *signed {
                sext(ret[0], *bits as u32) as u64
            } else {
                ret[0]
            };
        }
        Some(AbiType::Ptr) => regs.ret_gpr[0] = ret[0],
        Some(AbiType::F32) | Some(AbiType::F64) => regs.ret_xmm[0][0] = ret[0],
        Some(AbiType::F80) => {
            regs.ret_x87 = 1;
            regs.ret_f80 = [ret[0], ret.get(1).copied().unwrap_or(0)];
        }
        Some(AbiType::Struct { size, fields, .. }) if *size <= 16 => {
            // Each eightbyte goes to the next integer or SSE register,
            // depending on whether it holds only floating-point fields.
            let (mut g, mut x) = (0, 0);
            for (w, value) in ret.iter().enumerate().take((*size as usize).div_ceil(8)) {
                let lo = w as u32 * 8;
                let sse = fields
                    .iter()
                    .filter(|(off, _)| *off >= lo && *off < lo + 8)
                    .all(|(_, t)| matches!(t, AbiType::F32 | AbiType::F64));
                if sse {
                    regs.ret_xmm[x][0] = *value;
                    x += 1;
                } else {
                    regs.ret_gpr[g] = *value;
                    g += 1;
                }
            }
        }
        Some(other) => fatal(&format!(
            "@{} returns {other:?}, which native callers cannot receive yet",
            func.name
        )),
    }
    if let Some(i) = sig.sret {
        // The ABI returns the sret pointer in rax.
        regs.ret_gpr[0] = args[sig.params[i].slot as usize];
    }
}
