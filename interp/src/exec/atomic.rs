//! Atomic operations on native memory (`cmpxchg`, `atomicrmw`, atomic
//! loads and stores, `fence`), all sequentially consistent: at least as
//! strong as any ordering the IR asks for.
//!
//! # Soundness
//! As for [`super::memory`]: addresses come from the program, which must
//! make them valid and suitably aligned for atomic access, as natively.

use super::ops::{mask, sext};
use std::sync::atomic::{AtomicU16, AtomicU32, AtomicU64, AtomicU8, Ordering::SeqCst};

/// `atomicrmw` operations (the `op` of `Inst::AtomicRmw`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum RmwOp {
    Xchg,
    Add,
    Sub,
    And,
    Nand,
    Or,
    Xor,
    Max,
    Min,
    UMax,
    UMin,
    FAdd64,
    FSub64,
    FMax64,
    FMin64,
    FAdd32,
    FSub32,
    FMax32,
    FMin32,
    UIncWrap,
    UDecWrap,
}

impl RmwOp {
    pub fn from_u8(v: u8) -> Option<Self> {
        use RmwOp::*;
        const ALL: [RmwOp; 21] = [
            Xchg, Add, Sub, And, Nand, Or, Xor, Max, Min, UMax, UMin, FAdd64, FSub64, FMax64,
            FMin64, FAdd32, FSub32, FMax32, FMin32, UIncWrap, UDecWrap,
        ];
        ALL.get(v as usize).copied()
    }

    /// The new value stored for old value `old` and operand `v`.
    fn apply(self, old: u64, v: u64, bits: u32) -> u64 {
        use RmwOp::*;
        let f64v = |x: u64| f64::from_bits(x);
        let f32v = |x: u64| f32::from_bits(x as u32);
        match self {
            Xchg => v,
            Add => mask(old.wrapping_add(v), bits),
            Sub => mask(old.wrapping_sub(v), bits),
            And => old & v,
            Nand => mask(!(old & v), bits),
            Or => old | v,
            Xor => old ^ v,
            Max => {
                if sext(old, bits) >= sext(v, bits) {
                    old
                } else {
                    v
                }
            }
            Min => {
                if sext(old, bits) <= sext(v, bits) {
                    old
                } else {
                    v
                }
            }
            UMax => old.max(v),
            UMin => old.min(v),
            FAdd64 => (f64v(old) + f64v(v)).to_bits(),
            FSub64 => (f64v(old) - f64v(v)).to_bits(),
            FMax64 => f64v(old).max(f64v(v)).to_bits(),
            FMin64 => f64v(old).min(f64v(v)).to_bits(),
            FAdd32 => (f32v(old) + f32v(v)).to_bits() as u64,
            FSub32 => (f32v(old) - f32v(v)).to_bits() as u64,
            FMax32 => f32v(old).max(f32v(v)).to_bits() as u64,
            FMin32 => f32v(old).min(f32v(v)).to_bits() as u64,
            UIncWrap => {
                if old >= v {
                    0
                } else {
                    old + 1
                }
            }
            UDecWrap => {
                if old == 0 || old > v {
                    v
                } else {
                    old - 1
                }
            }
        }
    }
}

/// Atomic load of `size` bytes.
///
/// # Safety
/// `addr` must be valid and aligned for an atomic access of `size` bytes.
pub unsafe fn load(addr: u64, size: u8) -> u64 {
    match size {
        1 => AtomicU8::from_ptr(addr as usize as *mut u8).load(SeqCst) as u64,
        2 => AtomicU16::from_ptr(addr as usize as *mut u16).load(SeqCst) as u64,
        4 => AtomicU32::from_ptr(addr as usize as *mut u32).load(SeqCst) as u64,
        _ => AtomicU64::from_ptr(addr as usize as *mut u64).load(SeqCst),
    }
}

/// Atomic store of `size` bytes.
///
/// # Safety
/// As for [`load`].
pub unsafe fn store(addr: u64, size: u8, v: u64) {
    match size {
        1 => AtomicU8::from_ptr(addr as usize as *mut u8).store(v as u8, SeqCst),
        2 => AtomicU16::from_ptr(addr as usize as *mut u16).store(v as u16, SeqCst),
        4 => AtomicU32::from_ptr(addr as usize as *mut u32).store(v as u32, SeqCst),
        _ => AtomicU64::from_ptr(addr as usize as *mut u64).store(v, SeqCst),
    }
}

/// Compare-and-exchange; returns `(old, success)`.
///
/// # Safety
/// As for [`load`].
pub unsafe fn cmpxchg(addr: u64, size: u8, expected: u64, new: u64) -> (u64, bool) {
    macro_rules! cas {
        ($at:ty, $t:ty) => {{
            let a = <$at>::from_ptr(addr as usize as *mut $t);
            match a.compare_exchange(expected as $t, new as $t, SeqCst, SeqCst) {
                Ok(v) => (v as u64, true),
                Err(v) => (v as u64, false),
            }
        }};
    }
    match size {
        1 => cas!(AtomicU8, u8),
        2 => cas!(AtomicU16, u16),
        4 => cas!(AtomicU32, u32),
        _ => cas!(AtomicU64, u64),
    }
}

/// Read-modify-write; returns the old value.
///
/// # Safety
/// As for [`load`].
pub unsafe fn rmw(addr: u64, size: u8, op: RmwOp, v: u64) -> u64 {
    let bits = size as u32 * 8;
    let mut old = load(addr, size);
    loop {
        let new = op.apply(old, v, bits);
        match cmpxchg(addr, size, old, new) {
            (_, true) => return old,
            (cur, false) => old = cur,
        }
    }
}
