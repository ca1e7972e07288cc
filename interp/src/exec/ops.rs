//! Scalar semantics of the bytecode ops, as small pure functions: integer
//! widths, signed arithmetic, bit manipulation, floating-point predicates
//! and conversions. The dispatch loop and the vector ops both use them.

use crate::bytecode::{FloatPredicate, MathOp};

/// `v` reduced to its low `bits` bits.
#[inline(always)]
pub fn mask(v: u64, bits: u32) -> u64 {
    if bits >= 64 {
        v
    } else {
        v & ((1u64 << bits) - 1)
    }
}

/// `v` sign-extended from `bits` bits.
#[inline(always)]
pub fn sext(v: u64, bits: u32) -> i64 {
    let shift = 64 - bits.clamp(1, 64);
    ((v << shift) as i64) >> shift
}

/// Signed division; `None` for a zero divisor or `MIN / -1`.
#[inline(always)]
pub fn sdiv(a: u64, b: u64, bits: u32) -> Option<u64> {
    let (x, y) = (sext(a, bits), sext(b, bits));
    if y == 0 || (y == -1 && x == sext(1u64 << (bits - 1), bits)) {
        return None;
    }
    Some(mask(x.wrapping_div(y) as u64, bits))
}

/// Signed remainder; `None` where [`sdiv`] would trap.
#[inline(always)]
pub fn srem(a: u64, b: u64, bits: u32) -> Option<u64> {
    let (x, y) = (sext(a, bits), sext(b, bits));
    if y == 0 || (y == -1 && x == sext(1u64 << (bits - 1), bits)) {
        return None;
    }
    Some(mask(x.wrapping_rem(y) as u64, bits))
}

#[inline(always)]
pub fn shl(a: u64, amount: u64, bits: u32) -> u64 {
    mask(a.wrapping_shl(amount as u32), bits)
}

#[inline(always)]
pub fn ashr(a: u64, amount: u64, bits: u32) -> u64 {
    mask((sext(a, bits) >> (amount.min(63) as u32)) as u64, bits)
}

pub fn ctlz(a: u64, bits: u32) -> u64 {
    (a.leading_zeros() - (64 - bits)) as u64
}

pub fn cttz(a: u64, bits: u32) -> u64 {
    if a == 0 {
        bits as u64
    } else {
        a.trailing_zeros() as u64
    }
}

pub fn bswap(a: u64, bits: u32) -> u64 {
    a.swap_bytes() >> (64 - bits)
}

pub fn bitreverse(a: u64, bits: u32) -> u64 {
    a.reverse_bits() >> (64 - bits)
}

pub fn abs(a: u64, bits: u32) -> u64 {
    mask(sext(a, bits).wrapping_abs() as u64, bits)
}

pub fn smin(a: u64, b: u64, bits: u32) -> u64 {
    if sext(a, bits) <= sext(b, bits) {
        a
    } else {
        b
    }
}

pub fn smax(a: u64, b: u64, bits: u32) -> u64 {
    if sext(a, bits) >= sext(b, bits) {
        a
    } else {
        b
    }
}

/// Funnel shift left: the high half of `(a:b) << (c mod bits)`.
pub fn fshl(a: u64, b: u64, c: u64, bits: u32) -> u64 {
    let s = (c % bits as u64) as u32;
    if s == 0 {
        return a;
    }
    mask((a << s) | (b >> (bits - s)), bits)
}

/// Funnel shift right: the low half of `(a:b) >> (c mod bits)`.
pub fn fshr(a: u64, b: u64, c: u64, bits: u32) -> u64 {
    let s = (c % bits as u64) as u32;
    if s == 0 {
        return b;
    }
    mask((b >> s) | (a << (bits - s)), bits)
}

/// `(result, overflowed)` of op 0 sadd, 1 uadd, 2 ssub, 3 usub, 4 smul,
/// 5 umul on `bits`-wide integers.
pub fn overflow(op: u8, a: u64, b: u64, bits: u32) -> (u64, bool) {
    let (sa, sb) = (sext(a, bits) as i128, sext(b, bits) as i128);
    let (ua, ub) = (a as u128, b as u128);
    let smin = -(1i128 << (bits - 1));
    let smax = (1i128 << (bits - 1)) - 1;
    let umax = (1u128 << bits) - 1;
    match op {
        0 => {
            let r = sa + sb;
            (mask(r as u64, bits), r < smin || r > smax)
        }
        1 => {
            let r = ua + ub;
            (mask(r as u64, bits), r > umax)
        }
        2 => {
            let r = sa - sb;
            (mask(r as u64, bits), r < smin || r > smax)
        }
        3 => (mask(a.wrapping_sub(b), bits), ub > ua),
        4 => {
            let r = sa * sb;
            (mask(r as u64, bits), r < smin || r > smax)
        }
        _ => {
            let r = ua * ub;
            (mask(r as u64, bits), r > umax)
        }
    }
}

/// Saturating op 0 uadd, 1 sadd, 2 usub, 3 ssub, 4 ushl, 5 sshl on
/// `bits`-wide integers (shift amounts are below `bits`).
pub fn saturate(op: u8, a: u64, b: u64, bits: u32) -> u64 {
    let (sa, sb) = (sext(a, bits) as i128, sext(b, bits) as i128);
    let smin = -(1i128 << (bits - 1));
    let smax = (1i128 << (bits - 1)) - 1;
    let umax = (1u128 << bits) - 1;
    match op {
        0 => (a as u128 + b as u128).min(umax) as u64,
        1 => mask((sa + sb).clamp(smin, smax) as u64, bits),
        2 => a.saturating_sub(b),
        3 => mask((sa - sb).clamp(smin, smax) as u64, bits),
        4 => ((a as u128) << b.min(127)).min(umax) as u64,
        _ => {
            let shifted = sa
                .checked_shl(b.min(127) as u32)
                .filter(|v| v >> b.min(127) == sa);
            let v = match shifted {
                Some(v) if (smin..=smax).contains(&v) => v,
                _ if sa < 0 => smin,
                _ => smax,
            };
            mask(v as u64, bits)
        }
    }
}

/// LLVM `fcmp` on two doubles (floats are widened exactly). The negated
/// comparisons are deliberate: they are true when either side is NaN.
#[inline(always)]
#[allow(clippy::neg_cmp_op_on_partial_ord, clippy::double_comparisons)]
pub fn fcmp(pred: FloatPredicate, a: f64, b: f64) -> bool {
    use FloatPredicate as P;
    let uno = a.is_nan() || b.is_nan();
    match pred {
        P::False => false,
        P::Oeq => a == b,
        P::Ogt => a > b,
        P::Oge => a >= b,
        P::Olt => a < b,
        P::Ole => a <= b,
        P::One => a < b || a > b,
        P::Ord => !uno,
        P::Uno => uno,
        P::Ueq => uno || a == b,
        P::Ugt => !(a <= b),
        P::Uge => !(a < b),
        P::Ult => !(a >= b),
        P::Ule => !(a > b),
        P::Une => a != b,
        P::True => true,
    }
}

/// `fcmp` from the outcome of a comparison (exactly one of the four flags
/// is set).
pub fn fcmp_flags(pred: FloatPredicate, eq: bool, lt: bool, gt: bool, uno: bool) -> bool {
    use FloatPredicate as P;
    match pred {
        P::False => false,
        P::Oeq => eq,
        P::Ogt => gt,
        P::Oge => gt || eq,
        P::Olt => lt,
        P::Ole => lt || eq,
        P::One => lt || gt,
        P::Ord => !uno,
        P::Uno => uno,
        P::Ueq => uno || eq,
        P::Ugt => uno || gt,
        P::Uge => uno || gt || eq,
        P::Ult => uno || lt,
        P::Ule => uno || lt || eq,
        P::Une => !eq,
        P::True => true,
    }
}

pub fn math64(op: MathOp, x: f64) -> f64 {
    match op {
        MathOp::Sqrt => x.sqrt(),
        MathOp::Fabs => x.abs(),
        MathOp::Floor => x.floor(),
        MathOp::Ceil => x.ceil(),
        MathOp::Trunc => x.trunc(),
        MathOp::Round => x.round(),
        // The interpreter always runs in the default rounding mode, where
        // rint/nearbyint round half to even.
        MathOp::RoundEven | MathOp::Rint => x.round_ties_even(),
        MathOp::Canonicalize => x * 1.0,
    }
}

pub fn math32(op: MathOp, x: f32) -> f32 {
    match op {
        MathOp::Sqrt => x.sqrt(),
        MathOp::Fabs => x.abs(),
        MathOp::Floor => x.floor(),
        MathOp::Ceil => x.ceil(),
        MathOp::Trunc => x.trunc(),
        MathOp::Round => x.round(),
        MathOp::RoundEven | MathOp::Rint => x.round_ties_even(),
        MathOp::Canonicalize => x * 1.0,
    }
}

/// `fptosi` to a `bits`-wide integer, saturating (which also gives
/// `llvm.fptosi.sat` its exact semantics).
#[inline(always)]
pub fn f64_to_si(x: f64, bits: u32) -> u64 {
    let v = x as i64;
    let (lo, hi) = (
        sext(1u64 << (bits - 1), bits),
        (mask(u64::MAX, bits) >> 1) as i64,
    );
    mask(v.clamp(lo, hi) as u64, bits)
}

/// `fptoui` to a `bits`-wide integer, saturating.
#[inline(always)]
pub fn f64_to_ui(x: f64, bits: u32) -> u64 {
    (x as u64).min(mask(u64::MAX, bits))
}

pub fn f32_to_si(x: f32, bits: u32) -> u64 {
    if bits == 64 {
        return x as i64 as u64;
    }
    f64_to_si(x as f64, bits)
}

pub fn f32_to_ui(x: f32, bits: u32) -> u64 {
    if bits == 64 {
        return x as u64;
    }
    f64_to_ui(x as f64, bits)
}

/// IEEE `minimum`/`maximum`: NaN-propagating, -0 < +0.
pub fn fminimum(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        return f64::NAN;
    }
    if a == b {
        return if a.is_sign_negative() { a } else { b };
    }
    a.min(b)
}

pub fn fmaximum(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        return f64::NAN;
    }
    if a == b {
        return if a.is_sign_positive() { a } else { b };
    }
    a.max(b)
}

pub fn fminimum32(a: f32, b: f32) -> f32 {
    if a.is_nan() || b.is_nan() {
        return f32::NAN;
    }
    if a == b {
        return if a.is_sign_negative() { a } else { b };
    }
    a.min(b)
}

pub fn fmaximum32(a: f32, b: f32) -> f32 {
    if a.is_nan() || b.is_nan() {
        return f32::NAN;
    }
    if a == b {
        return if a.is_sign_positive() { a } else { b };
    }
    a.max(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths() {
        assert_eq!(mask(0x1_0000_0001, 32), 1);
        assert_eq!(sext(0xff, 8), -1);
        assert_eq!(sext(0x7f, 8), 127);
        assert_eq!(sext(1, 1), -1);
        assert_eq!(ashr(0x80, 7, 8), 0xff);
        assert_eq!(shl(0x81, 1, 8), 0x02);
    }

    #[test]
    fn signed_division_traps_where_native_faults() {
        assert_eq!(sdiv(0x8000_0000, 0xffff_ffff, 32), None);
        assert_eq!(sdiv(7, 0, 32), None);
        assert_eq!(
            sdiv(mask(-7i64 as u64, 32), 2, 32),
            Some(mask(-3i64 as u64, 32))
        );
        assert_eq!(
            srem(mask(-7i64 as u64, 32), 2, 32),
            Some(mask(-1i64 as u64, 32))
        );
    }

    #[test]
    fn bits() {
        assert_eq!(ctlz(1, 32), 31);
        assert_eq!(cttz(0, 16), 16);
        assert_eq!(bswap(0x1234, 16), 0x3412);
        assert_eq!(bitreverse(1, 8), 0x80);
        assert_eq!(fshl(0x12, 0x34, 4, 8), 0x23);
        assert_eq!(fshr(0x12, 0x34, 4, 8), 0x23);
        assert_eq!(fshl(0xAB, 0, 8, 8), 0xAB);
    }

    #[test]
    fn overflow_flags() {
        assert_eq!(overflow(0, 0x7fff_ffff, 1, 32), (0x8000_0000, true));
        assert_eq!(overflow(1, 0xffff_ffff, 1, 32), (0, true));
        assert_eq!(overflow(3, 0, 1, 8), (0xff, true));
        assert_eq!(overflow(5, 1 << 32, 1 << 32, 64), (0, true));
        assert_eq!(saturate(1, 0x7f, 1, 8), 0x7f);
        assert_eq!(saturate(3, 0x80, 1, 8), 0x80);
    }

    #[test]
    fn conversions_saturate() {
        assert_eq!(f64_to_si(1e20, 32), 0x7fff_ffff);
        assert_eq!(f64_to_si(-1e20, 32), 0x8000_0000);
        assert_eq!(f64_to_si(f64::NAN, 32), 0);
        assert_eq!(f64_to_ui(-5.0, 8), 0);
        assert_eq!(f64_to_ui(300.0, 8), 255);
    }

    #[test]
    fn float_predicates() {
        let nan = f64::NAN;
        assert!(fcmp(FloatPredicate::Une, nan, nan));
        assert!(!fcmp(FloatPredicate::Oeq, nan, 1.0));
        assert!(fcmp(FloatPredicate::Ult, nan, 1.0));
        assert!(!fcmp(FloatPredicate::One, nan, 1.0));
        assert!(fcmp(FloatPredicate::One, 2.0, 1.0));
    }
}
