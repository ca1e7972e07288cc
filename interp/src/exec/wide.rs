//! Semantics of integers wider than 64 bits (up to 128), held in two slots
//! (low word first) and zero-extended to 128 bits.

use crate::bytecode::VecOp;

/// Wide binary op codes (the `op` of `Inst::WideBin`).
pub mod op {
    pub const ADD: u8 = 0;
    pub const SUB: u8 = 1;
    pub const MUL: u8 = 2;
    pub const UDIV: u8 = 3;
    pub const SDIV: u8 = 4;
    pub const UREM: u8 = 5;
    pub const SREM: u8 = 6;
    pub const AND: u8 = 7;
    pub const OR: u8 = 8;
    pub const XOR: u8 = 9;
    pub const SHL: u8 = 10;
    pub const LSHR: u8 = 11;
    pub const ASHR: u8 = 12;
    pub const SMIN: u8 = 13;
    pub const SMAX: u8 = 14;
    pub const UMIN: u8 = 15;
    pub const UMAX: u8 = 16;
    pub const UADD_SAT: u8 = 17;
    pub const SADD_SAT: u8 = 18;
    pub const USUB_SAT: u8 = 19;
    pub const SSUB_SAT: u8 = 20;
    pub const USHL_SAT: u8 = 21;
    pub const SSHL_SAT: u8 = 22;
}

/// Wide/float conversion codes (the `op` of `Inst::WideFloat`).
pub mod fconv {
    pub const SI_TO_F64: u8 = 0;
    pub const UI_TO_F64: u8 = 1;
    pub const SI_TO_F32: u8 = 2;
    pub const UI_TO_F32: u8 = 3;
    pub const F64_TO_SI: u8 = 4;
    pub const F64_TO_UI: u8 = 5;
    pub const F32_TO_SI: u8 = 6;
    pub const F32_TO_UI: u8 = 7;
}

pub fn mask(v: u128, bits: u32) -> u128 {
    if bits >= 128 {
        v
    } else {
        v & ((1u128 << bits) - 1)
    }
}

pub fn sext(v: u128, bits: u32) -> i128 {
    let shift = 128 - bits.clamp(1, 128);
    ((v << shift) as i128) >> shift
}

pub fn get(slots: &[u64], at: usize, bits: u32) -> u128 {
    if bits <= 64 {
        slots[at] as u128
    } else {
        slots[at] as u128 | ((slots[at + 1] as u128) << 64)
    }
}

pub fn put(slots: &mut [u64], at: usize, bits: u32, v: u128) {
    slots[at] = v as u64;
    if bits > 64 {
        slots[at + 1] = (v >> 64) as u64;
    }
}

/// A binary op; `None` for division by zero or signed overflow.
pub fn binary(code: u8, a: u128, b: u128, bits: u32) -> Option<u128> {
    let min = sext(1u128 << (bits - 1), bits);
    Some(mask(
        match code {
            op::ADD => a.wrapping_add(b),
            op::SUB => a.wrapping_sub(b),
            op::MUL => a.wrapping_mul(b),
            op::UDIV => a.checked_div(b)?,
            op::UREM => a.checked_rem(b)?,
            op::SDIV | op::SREM => {
                let (x, y) = (sext(a, bits), sext(b, bits));
                if y == 0 || (y == -1 && x == min) {
                    return None;
                }
                (if code == op::SDIV {
                    x.wrapping_div(y)
                } else {
                    x.wrapping_rem(y)
                }) as u128
            }
            op::AND => a & b,
            op::OR => a | b,
            op::XOR => a ^ b,
            op::SHL => a.wrapping_shl(b as u32),
            op::LSHR => a.wrapping_shr(b as u32),
            op::ASHR => (sext(a, bits) >> (b.min(127) as u32)) as u128,
            op::SMIN => {
                if sext(a, bits) <= sext(b, bits) {
                    a
                } else {
                    b
                }
            }
            op::SMAX => {
                if sext(a, bits) >= sext(b, bits) {
                    a
                } else {
                    b
                }
            }
            op::UMIN => a.min(b),
            op::UMAX => a.max(b),
            op::UADD_SAT => match a.checked_add(b) {
                Some(v) if v <= mask(u128::MAX, bits) => v,
                _ => mask(u128::MAX, bits),
            },
            op::USUB_SAT => a.saturating_sub(b),
            op::USHL_SAT => {
                let s = b.min(127) as u32;
                if (a << s) >> s == a && (a << s) <= mask(u128::MAX, bits) {
                    a << s
                } else {
                    mask(u128::MAX, bits)
                }
            }
            op::SSHL_SAT => {
                let (x, s) = (sext(a, bits), b.min(127) as u32);
                let smax = (mask(u128::MAX, bits) >> 1) as i128;
                match x.checked_shl(s).filter(|v| v >> s == x) {
                    Some(v) if (min..=smax).contains(&v) => v as u128,
                    _ if x < 0 => min as u128,
                    _ => smax as u128,
                }
            }
            _ => {
                let (x, y) = (sext(a, bits), sext(b, bits));
                let smax = (mask(u128::MAX, bits) >> 1) as i128;
                let r = if code == op::SADD_SAT {
                    x.checked_add(y)
                } else {
                    x.checked_sub(y)
                };
                match r {
                    Some(v) if (min..=smax).contains(&v) => v as u128,
                    _ if (code == op::SADD_SAT) == (y < 0) => min as u128,
                    _ => smax as u128,
                }
            }
        },
        bits,
    ))
}

pub fn compare(pred: VecOp, a: u128, b: u128, bits: u32) -> bool {
    let (x, y) = (sext(a, bits), sext(b, bits));
    match pred {
        VecOp::Eq => a == b,
        VecOp::Ne => a != b,
        VecOp::Ult => a < b,
        VecOp::Ule => a <= b,
        VecOp::Ugt => a > b,
        VecOp::Uge => a >= b,
        VecOp::Slt => x < y,
        VecOp::Sle => x <= y,
        VecOp::Sgt => x > y,
        _ => x >= y,
    }
}

pub fn unary(op: VecOp, a: u128, bits: u32) -> u128 {
    match op {
        VecOp::Ctpop => a.count_ones() as u128,
        VecOp::Ctlz => (a.leading_zeros() - (128 - bits)) as u128,
        VecOp::Cttz => {
            if a == 0 {
                bits as u128
            } else {
                a.trailing_zeros() as u128
            }
        }
        VecOp::Bswap => a.swap_bytes() >> (128 - bits),
        VecOp::Abs => mask(sext(a, bits).wrapping_abs() as u128, bits),
        _ => a.reverse_bits() >> (128 - bits),
    }
}

/// `(result, overflowed)` for op 0 sadd, 1 uadd, 2 ssub, 3 usub, 4 smul,
/// 5 umul.
pub fn overflow(code: u8, a: u128, b: u128, bits: u32) -> (u128, bool) {
    let (x, y) = (sext(a, bits), sext(b, bits));
    let smin = sext(1u128 << (bits - 1), bits);
    let smax = (mask(u128::MAX, bits) >> 1) as i128;
    let umax = mask(u128::MAX, bits);
    let signed = |r: Option<i128>| match r {
        Some(v) => (mask(v as u128, bits), v < smin || v > smax),
        None => (0, true),
    };
    match code {
        0 => match x.checked_add(y) {
            Some(v) => signed(Some(v)),
            None => (mask(x.wrapping_add(y) as u128, bits), true),
        },
        1 => match a.checked_add(b) {
            Some(v) => (mask(v, bits), v > umax),
            None => (mask(a.wrapping_add(b), bits), true),
        },
        2 => match x.checked_sub(y) {
            Some(v) => signed(Some(v)),
            None => (mask(x.wrapping_sub(y) as u128, bits), true),
        },
        3 => (mask(a.wrapping_sub(b), bits), b > a),
        4 => match x.checked_mul(y) {
            Some(v) => signed(Some(v)),
            None => (mask(x.wrapping_mul(y) as u128, bits), true),
        },
        _ => match a.checked_mul(b) {
            Some(v) => (mask(v, bits), v > umax),
            None => (mask(a.wrapping_mul(b), bits), true),
        },
    }
}

/// Conversions between wide integers and floating point.
pub fn float(code: u8, a: u128, bits: u32) -> u128 {
    use fconv::*;
    let as_f64 = f64::from_bits(a as u64);
    let as_f32 = f32::from_bits(a as u32);
    let sat_si = |v: i128| {
        let lo = sext(1u128 << (bits - 1), bits);
        let hi = (mask(u128::MAX, bits) >> 1) as i128;
        mask(v.clamp(lo, hi) as u128, bits)
    };
    match code {
        SI_TO_F64 => (sext(a, bits) as f64).to_bits() as u128,
        UI_TO_F64 => (a as f64).to_bits() as u128,
        SI_TO_F32 => (sext(a, bits) as f32).to_bits() as u128,
        UI_TO_F32 => (a as f32).to_bits() as u128,
        F64_TO_SI => sat_si(as_f64 as i128),
        F64_TO_UI => (as_f64 as u128).min(mask(u128::MAX, bits)),
        F32_TO_SI => sat_si(as_f32 as i128),
        _ => (as_f32 as u128).min(mask(u128::MAX, bits)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_arithmetic() {
        let m65 = mask(u128::MAX, 65);
        assert_eq!(binary(op::ADD, m65, 1, 65), Some(0));
        assert_eq!(sext(mask((-5i128) as u128, 65), 65), -5);
        assert_eq!(
            overflow(0, mask((-5i128) as u128, 65), 3, 65),
            (mask((-2i128) as u128, 65), false)
        );
        assert!(overflow(4, 1 << 64, 1 << 64, 128).1);
        assert_eq!(binary(op::SDIV, 7, 0, 128), None);
        assert!(compare(VecOp::Slt, mask(u128::MAX, 100), 0, 100));
        assert_eq!(unary(VecOp::Ctlz, 1, 128), 127);
    }
}
