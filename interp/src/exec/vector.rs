//! The generic vector ops: element-wise arithmetic, comparisons,
//! conversions, selects, shuffles and reductions over values held in slots
//! as their memory image. Lanes are read and written one at a time, so a
//! destination may safely alias an input.

use super::ops::{self, mask, sext};
use crate::bytecode::conv;
use crate::bytecode::{ElemKind, VecOp};

/// Lane `i` of a vector starting at `slots[0]`, zero-extended raw bits.
#[inline]
pub fn lane(slots: &[u64], kind: ElemKind, i: usize) -> u64 {
    match kind {
        ElemKind::I1 => (slots[i / 64] >> (i % 64)) & 1,
        ElemKind::Int(w) => {
            // Up to 64 bits at any bit offset: possibly across two words.
            let (w, bit) = (w as usize, i * w as usize);
            let (word, shift) = (bit / 64, bit % 64);
            let lo = slots[word] >> shift;
            let hi = if shift + w > 64 {
                slots[word + 1] << (64 - shift)
            } else {
                0
            };
            mask(lo | hi, w as u32)
        }
        k => {
            let size = k.bytes();
            let off = i * size;
            let bits = (size * 8) as u32;
            mask(slots[off / 8] >> ((off % 8) * 8), bits)
        }
    }
}

#[inline]
pub fn set_lane(slots: &mut [u64], kind: ElemKind, i: usize, v: u64) {
    match kind {
        ElemKind::I1 => {
            let w = &mut slots[i / 64];
            *w = (*w & !(1 << (i % 64))) | ((v & 1) << (i % 64));
        }
        ElemKind::Int(w) => {
            let (w, bit) = (w as usize, i * w as usize);
            let (word, shift) = (bit / 64, bit % 64);
            let m = mask(u64::MAX, w as u32);
            let v = v & m;
            slots[word] = (slots[word] & !(m << shift)) | (v << shift);
            if shift + w > 64 {
                let spill = shift + w - 64;
                let hm = mask(u64::MAX, spill as u32);
                slots[word + 1] = (slots[word + 1] & !hm) | (v >> (64 - shift));
            }
        }
        k => {
            let size = k.bytes();
            let off = i * size;
            let shift = (off % 8) * 8;
            let m = mask(u64::MAX, (size * 8) as u32);
            let w = &mut slots[off / 8];
            *w = (*w & !(m << shift)) | ((v & m) << shift);
        }
    }
}

/// Slots a vector of `lanes` elements of `kind` occupies.
pub fn slots_for(kind: ElemKind, lanes: usize) -> usize {
    (kind.bits() as usize * lanes).div_ceil(64).max(1)
}

fn f(kind: ElemKind, v: u64) -> f64 {
    match kind {
        ElemKind::F32 => f32::from_bits(v as u32) as f64,
        ElemKind::F16 => super::half::to_f64(v as u16, false),
        ElemKind::BF16 => super::half::to_f64(v as u16, true),
        _ => f64::from_bits(v),
    }
}

fn unf(kind: ElemKind, x: f64) -> u64 {
    match kind {
        ElemKind::F32 => (x as f32).to_bits() as u64,
        ElemKind::F16 => super::half::from_f64(x, false) as u64,
        ElemKind::BF16 => super::half::from_f64(x, true) as u64,
        _ => x.to_bits(),
    }
}

/// Whether `kind` is a 16-bit float, computed in f32 and rounded back.
fn is_half(kind: ElemKind) -> bool {
    matches!(kind, ElemKind::F16 | ElemKind::BF16)
}

/// One lane of a binary op. `None`: integer division by zero/overflow.
pub fn binary(op: VecOp, kind: ElemKind, a: u64, b: u64) -> Option<u64> {
    let bits = kind.bits();
    if is_half(kind) {
        let r = binary(
            op,
            ElemKind::F32,
            unf(ElemKind::F32, f(kind, a)),
            unf(ElemKind::F32, f(kind, b)),
        )?;
        return Some(unf(kind, f(ElemKind::F32, r)));
    }
    if kind.is_float() {
        if kind == ElemKind::F32 {
            // Compute in single precision so rounding matches native code.
            let (x, y) = (f32::from_bits(a as u32), f32::from_bits(b as u32));
            let r = match op {
                VecOp::FAdd => x + y,
                VecOp::FSub => x - y,
                VecOp::FMul => x * y,
                VecOp::FDiv => x / y,
                VecOp::FRem => x % y,
                VecOp::FMin => x.min(y),
                VecOp::FMax => x.max(y),
                VecOp::FMinimum => ops::fminimum32(x, y),
                VecOp::FMaximum => ops::fmaximum32(x, y),
                _ => return None,
            };
            return Some(r.to_bits() as u64);
        }
        let (x, y) = (f(kind, a), f(kind, b));
        let r = match op {
            VecOp::FAdd => x + y,
            VecOp::FSub => x - y,
            VecOp::FMul => x * y,
            VecOp::FDiv => x / y,
            VecOp::FRem => x % y,
            VecOp::FMin => x.min(y),
            VecOp::FMax => x.max(y),
            VecOp::FMinimum => ops::fminimum(x, y),
            VecOp::FMaximum => ops::fmaximum(x, y),
            _ => return None,
        };
        return Some(unf(kind, r));
    }
    Some(match op {
        VecOp::Add => mask(a.wrapping_add(b), bits),
        VecOp::Sub => mask(a.wrapping_sub(b), bits),
        VecOp::Mul => mask(a.wrapping_mul(b), bits),
        VecOp::UDiv => a.checked_div(b)?,
        VecOp::URem => a.checked_rem(b)?,
        VecOp::SDiv => ops::sdiv(a, b, bits)?,
        VecOp::SRem => ops::srem(a, b, bits)?,
        VecOp::And => a & b,
        VecOp::Or => a | b,
        VecOp::Xor => a ^ b,
        VecOp::Shl => ops::shl(a, b, bits),
        VecOp::LShr => a.wrapping_shr(b as u32),
        VecOp::AShr => ops::ashr(a, b, bits),
        VecOp::SMin => ops::smin(a, b, bits),
        VecOp::SMax => ops::smax(a, b, bits),
        VecOp::UMin => a.min(b),
        VecOp::UMax => a.max(b),
        VecOp::UAddSat => ops::saturate(0, a, b, bits),
        VecOp::SAddSat => ops::saturate(1, a, b, bits),
        VecOp::USubSat => ops::saturate(2, a, b, bits),
        VecOp::SSubSat => ops::saturate(3, a, b, bits),
        VecOp::UShlSat => ops::saturate(4, a, b, bits),
        VecOp::SShlSat => ops::saturate(5, a, b, bits),
        _ => return None,
    })
}

/// One lane of a unary op.
pub fn unary(op: VecOp, kind: ElemKind, a: u64) -> u64 {
    let bits = kind.bits();
    if is_half(kind) {
        let sign = 1u64 << 15;
        return match op {
            // Sign operations are exact on the bits (NaNs included).
            VecOp::FNeg => a ^ sign,
            VecOp::FAbs => a & !sign,
            _ => unf(
                kind,
                f(
                    ElemKind::F32,
                    unary(op, ElemKind::F32, unf(ElemKind::F32, f(kind, a))),
                ),
            ),
        };
    }
    if kind == ElemKind::F32 {
        let x = f32::from_bits(a as u32);
        let r = match op {
            VecOp::FNeg => -x,
            VecOp::FAbs => x.abs(),
            VecOp::Sqrt => x.sqrt(),
            VecOp::Floor => x.floor(),
            VecOp::Ceil => x.ceil(),
            VecOp::Trunc => x.trunc(),
            VecOp::Round => x.round(),
            VecOp::RoundEven | VecOp::Rint => x.round_ties_even(),
            _ => x,
        };
        return r.to_bits() as u64;
    }
    if kind == ElemKind::F64 {
        let x = f64::from_bits(a);
        let r = match op {
            VecOp::FNeg => -x,
            VecOp::FAbs => x.abs(),
            VecOp::Sqrt => x.sqrt(),
            VecOp::Floor => x.floor(),
            VecOp::Ceil => x.ceil(),
            VecOp::Trunc => x.trunc(),
            VecOp::Round => x.round(),
            VecOp::RoundEven | VecOp::Rint => x.round_ties_even(),
            _ => x,
        };
        return r.to_bits();
    }
    match op {
        VecOp::Ctpop => a.count_ones() as u64,
        VecOp::Ctlz => ops::ctlz(a, bits),
        VecOp::Cttz => ops::cttz(a, bits),
        VecOp::Bswap => ops::bswap(a, bits),
        VecOp::Abs => ops::abs(a, bits),
        VecOp::Bitreverse => ops::bitreverse(a, bits),
        _ => a,
    }
}

/// One lane of a three-operand op.
pub fn ternary(op: VecOp, kind: ElemKind, a: u64, b: u64, c: u64) -> u64 {
    let bits = kind.bits();
    match (op, kind) {
        (VecOp::Fshl, _) => ops::fshl(a, b, c, bits),
        (VecOp::Fshr, _) => ops::fshr(a, b, c, bits),
        (_, ElemKind::F32) => {
            let r = f32::from_bits(a as u32)
                .mul_add(f32::from_bits(b as u32), f32::from_bits(c as u32));
            r.to_bits() as u64
        }
        _ => f64::from_bits(a)
            .mul_add(f64::from_bits(b), f64::from_bits(c))
            .to_bits(),
    }
}

/// Reads one element of `kind` from memory.
///
/// # Safety
/// `addr` must be valid for reading the element (the program's obligation).
pub unsafe fn load_lane(addr: u64, kind: ElemKind) -> u64 {
    use super::memory::load;
    match kind.bytes() {
        1 => load::<u8>(addr) as u64,
        2 => load::<u16>(addr) as u64,
        4 => load::<u32>(addr) as u64,
        _ => load::<u64>(addr),
    }
}

/// Writes one element of `kind` to memory.
///
/// # Safety
/// `addr` must be valid for writing the element.
pub unsafe fn store_lane(addr: u64, kind: ElemKind, v: u64) {
    use super::memory::store;
    match kind.bytes() {
        1 => store(addr, v as u8),
        2 => store(addr, v as u16),
        4 => store(addr, v as u32),
        _ => store(addr, v),
    }
}

/// One lane of a comparison.
pub fn compare(op: VecOp, kind: ElemKind, a: u64, b: u64) -> bool {
    let bits = kind.bits();
    match op {
        VecOp::Eq => a == b,
        VecOp::Ne => a != b,
        VecOp::Ult => a < b,
        VecOp::Ule => a <= b,
        VecOp::Ugt => a > b,
        VecOp::Uge => a >= b,
        VecOp::Slt => sext(a, bits) < sext(b, bits),
        VecOp::Sle => sext(a, bits) <= sext(b, bits),
        VecOp::Sgt => sext(a, bits) > sext(b, bits),
        VecOp::Sge => sext(a, bits) >= sext(b, bits),
        VecOp::FCmp(p) => ops::fcmp(p, f(kind, a), f(kind, b)),
        _ => false,
    }
}

/// One lane of a conversion (`conv` is a `lower::arith::conv` code).
pub fn convert(conv_kind: u32, from: ElemKind, to: ElemKind, a: u64) -> u64 {
    let (fb, tb) = (from.bits(), to.bits());
    match conv_kind {
        conv::TRUNC => mask(a, tb),
        conv::ZEXT => a,
        conv::SEXT => mask(sext(a, fb) as u64, tb),
        conv::FPTRUNC | conv::FPEXT => unf(to, f(from, a)),
        conv::FPTOSI => ops::f64_to_si(f(from, a), tb),
        conv::FPTOUI => ops::f64_to_ui(f(from, a), tb),
        // Integers convert directly to f32/f64 (one rounding); 16-bit
        // floats go through f64, exact for integers below 2^53.
        conv::SITOFP => match to {
            ElemKind::F32 => (sext(a, fb) as f32).to_bits() as u64,
            ElemKind::F64 => (sext(a, fb) as f64).to_bits(),
            k => unf(k, sext(a, fb) as f64),
        },
        _ => match to {
            ElemKind::F32 => (a as f32).to_bits() as u64,
            ElemKind::F64 => (a as f64).to_bits(),
            k => unf(k, a as f64),
        },
    }
}

/// Horizontal reduction of `lanes` lanes.
pub fn reduce(op: VecOp, kind: ElemKind, v: &[u64], lanes: usize) -> u64 {
    let mut acc = lane(v, kind, 0);
    for i in 1..lanes {
        acc = binary(op, kind, acc, lane(v, kind, i)).unwrap_or(acc);
    }
    acc
}
