//! Target ABI facts the interpreter itself needs, in one place: the layout
//! of `va_list` and of the variadic argument area it points to.
//!
//! An interpreted variadic function receives one hidden parameter after
//! its declared ones: the address of a `va_list` *template* describing
//! where its variadic arguments are. `llvm.va_start` copies the template.
//! Callers build it:
//! - an interpreted caller lays the variadic arguments out as a native
//!   caller's registers and stack would hold them (a register save area,
//!   then the stack-passed "overflow" arguments), so `va_arg` finds each
//!   exactly where it would natively;
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

/// Where one variadic argument goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// Byte offset in the register save area (an integer or vector
    /// register's save slot, or two consecutive integer slots).
    Register(u64),
    /// Byte offset in the memory ("overflow") area.
    Memory(u64),
}

/// How a call's variadic arguments are laid out, mirroring the native
/// convention so that `va_arg` reads them exactly as natively: the first
/// ones in a register save area, the rest in memory.
#[derive(Clone, Debug)]
pub struct VariadicLayout {
    /// Integer and vector registers the fixed parameters used.
    pub gp_used: u32,
    pub fp_used: u32,
    pub places: Vec<Place>,
    /// Bytes of the memory area.
    pub memory_size: u64,
}

/// Size of the x86-64 register save area: 6 integer registers, then 8
/// 16-byte vector registers.
pub const REG_SAVE_SIZE: u64 = 176;

/// Register needs of an argument: (integer registers, vector registers);
/// `None` when it always goes in memory.
fn register_needs(a: &AbiType) -> Option<(u32, u32)> {
    match a {
        AbiType::Int { bits, .. } if *bits > 64 => Some((2, 0)),
        AbiType::Int { .. } | AbiType::Ptr => Some((1, 0)),
        AbiType::F32 | AbiType::F64 => Some((0, 1)),
        _ => None,
    }
}

/// Lays out the variadic arguments `var` of a call whose fixed parameters
/// are `fixed` (x86-64 System V).
pub fn variadic_layout(fixed: &[AbiType], var: &[AbiType]) -> VariadicLayout {
    let (mut gp, mut fp) = (0u32, 0u32);
    for a in fixed {
        if let Some((g, f)) = register_needs(a) {
            if gp + g <= 6 && fp + f <= 8 {
                gp += g;
                fp += f;
            }
        }
    }
    let (gp_used, fp_used) = (gp, fp);
    let mut places = Vec::with_capacity(var.len());
    let mut mem = 0u64;
    for a in var {
        match register_needs(a) {
            Some((g, 0)) if gp + g <= 6 => {
                places.push(Place::Register(gp as u64 * 8));
                gp += g;
            }
            Some((0, f)) if fp + f <= 8 => {
                places.push(Place::Register(48 + fp as u64 * 16));
                fp += f;
            }
            _ => {
                let (size, align) = match a {
                    AbiType::ByVal { size, align } | AbiType::Struct { size, align, .. } => {
                        (*size as u64, (*align as u64).max(8))
                    }
                    AbiType::Int { bits, .. } if *bits > 64 => (16, 16),
                    AbiType::F80 => (16, 16),
                    _ => (8, 8),
                };
                mem = crate::layout::align_to(mem, align.min(16));
                places.push(Place::Memory(mem));
                mem += crate::layout::align_to(size, 8);
            }
        }
    }
    VariadicLayout {
        gp_used,
        fp_used,
        places,
        memory_size: crate::layout::align_to(mem, 16),
    }
}
