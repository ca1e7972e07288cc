//! Target ABI facts the interpreter itself needs, in one place: the layout
//! of `va_list` and of the variadic argument area it points to.
//!
//! An interpreted variadic function receives one hidden parameter after
//! its declared ones: the address of a `va_list` *template* describing
//! where its variadic arguments are. `llvm.va_start` copies the template.
//! Callers build it:
//! - an interpreted caller lays the variadic arguments out in memory as
//!   the ABI's stack-passed ("overflow") arguments and marks the register
//!   save area as used up, so every `va_arg` reads from memory;
//! - a native caller (through a trampoline) gets a template pointing at
//!   the registers the trampoline saved, exactly as a native prologue
//!   would build it.
//!
//! Because the template is a real `va_list`, interpreted code can pass it
//! to native `vprintf` and friends.

use crate::host::AbiType;

/// x86-64 System V: `{ u32 gp_offset; u32 fp_offset; void *overflow_arg_area;
/// void *reg_save_area; }`.
#[cfg(target_arch = "x86_64")]
pub mod va {
    /// `sizeof(va_list)`.
    pub const LIST_SIZE: u64 = 24;
    /// `gp_offset` when all six integer registers are used up.
    pub const GP_EXHAUSTED: u32 = 48;
    /// `fp_offset` when all eight vector registers are used up.
    pub const FP_EXHAUSTED: u32 = 176;

    /// A template whose arguments are all in memory at `area`.
    pub fn memory_template(area: u64) -> [u8; 24] {
        let mut t = [0u8; 24];
        t[0..4].copy_from_slice(&GP_EXHAUSTED.to_le_bytes());
        t[4..8].copy_from_slice(&FP_EXHAUSTED.to_le_bytes());
        t[8..16].copy_from_slice(&area.to_le_bytes());
        t
    }

    /// The address of the next variadic argument of the `va_list` at
    /// `list`, advancing the list: `class` 0 for an integer register, 1 for
    /// a vector register, 2 for memory only.
    ///
    /// # Safety
    /// `list` must point at a valid `va_list` (the program's obligation,
    /// as for native `va_arg`).
    pub unsafe fn next_arg(list: u64, class: u8, size: u64, align: u64) -> u64 {
        use crate::exec::memory::{load, store};
        match class {
            0 => {
                let gp: u32 = load(list);
                if gp < GP_EXHAUSTED {
                    store(list, gp + 8);
                    return load::<u64>(list + 16) + gp as u64;
                }
            }
            1 => {
                let fp: u32 = load(list + 4);
                if fp < FP_EXHAUSTED {
                    store(list + 4, fp + 16);
                    return load::<u64>(list + 16) + fp as u64;
                }
            }
            _ => {}
        }
        let overflow: u64 = load(list + 8);
        let at = crate::layout::align_to(overflow, align.max(8));
        store(list + 8, at + crate::layout::align_to(size, 8));
        at
    }

    /// A template for arguments still partly in saved registers.
    pub fn register_template(gp_used: u32, fp_used: u32, overflow: u64, reg_save: u64) -> [u8; 24] {
        let mut t = [0u8; 24];
        t[0..4].copy_from_slice(&(gp_used * 8).to_le_bytes());
        t[4..8].copy_from_slice(&(GP_EXHAUSTED + fp_used * 16).to_le_bytes());
        t[8..16].copy_from_slice(&overflow.to_le_bytes());
        t[16..24].copy_from_slice(&reg_save.to_le_bytes());
        t
    }
}

/// Where each variadic argument goes in the memory area, and the area's
/// size: every argument takes a multiple of 8 bytes; 16-byte aligned
/// types (long double, `__int128`) are aligned to 16.
pub fn variadic_area(args: &[AbiType]) -> (Vec<u64>, u64) {
    let mut offsets = Vec::with_capacity(args.len());
    let mut off = 0u64;
    for a in args {
        let (size, align) = match a {
            AbiType::ByVal { size, align } => (*size as u64, (*align as u64).max(8)),
            AbiType::Struct { size, align, .. } => (*size as u64, (*align as u64).max(8)),
            AbiType::Int { bits, .. } if *bits > 64 => (16, 16),
            AbiType::F80 => (16, 16),
            _ => (8, 8),
        };
        off = crate::layout::align_to(off, align.min(16));
        offsets.push(off);
        off += crate::layout::align_to(size, 8);
    }
    (offsets, crate::layout::align_to(off, 16).max(16))
}
