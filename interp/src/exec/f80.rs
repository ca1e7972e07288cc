//! `x86_fp80` (C's `long double` on x86-64), computed on the x87 unit so
//! that results match native code bit for bit. A value lives in two
//! slots: the 8-byte significand, then the 2-byte sign and exponent.
//!
//! # Soundness
//! The assembly only reads and writes the 10-byte buffers passed to it
//! and leaves the x87 register stack as it found it (every `fld` is
//! matched by a popping store); the x87 registers are declared clobbered.

/// `F80Bin` op codes.
pub mod op {
    pub const ADD: u8 = 0;
    pub const SUB: u8 = 1;
    pub const MUL: u8 = 2;
    pub const DIV: u8 = 3;
    pub const REM: u8 = 4;
}

/// `F80Conv` codes: conversions to and from `x86_fp80`.
pub mod conv {
    pub const FROM_F32: u8 = 0;
    pub const FROM_F64: u8 = 1;
    pub const TO_F32: u8 = 2;
    pub const TO_F64: u8 = 3;
    pub const FROM_SI: u8 = 4;
    pub const FROM_UI: u8 = 5;
    pub const TO_SI: u8 = 6;
    pub const TO_UI: u8 = 7;
}

pub type F80 = [u8; 10];

/// The value in slots `s` and `s + 1`.
pub fn get(slots: &[u64], s: usize) -> F80 {
    let mut b = [0u8; 10];
    b[..8].copy_from_slice(&slots[s].to_le_bytes());
    b[8..].copy_from_slice(&slots[s + 1].to_le_bytes()[..2]);
    b
}

pub fn put(slots: &mut [u64], s: usize, v: F80) {
    let mut lo = [0u8; 8];
    lo.copy_from_slice(&v[..8]);
    slots[s] = u64::from_le_bytes(lo);
    slots[s + 1] = u16::from_le_bytes([v[8], v[9]]) as u64;
}

#[cfg(target_arch = "x86_64")]
mod x87 {
    use super::F80;
    use std::arch::asm;

    macro_rules! binop {
        ($name:ident, $insn:literal) => {
            pub fn $name(a: &F80, b: &F80) -> F80 {
                let mut out = [0u8; 10];
                // SAFETY: see the module documentation.
                unsafe {
                    asm!(
                        "fld tbyte ptr [{a}]",
                        "fld tbyte ptr [{b}]",
                        $insn,
                        "fstp tbyte ptr [{o}]",
                        a = in(reg) a.as_ptr(),
                        b = in(reg) b.as_ptr(),
                        o = in(reg) out.as_mut_ptr(),
                        out("st(0)") _, out("st(1)") _, out("st(2)") _, out("st(3)") _,
                        out("st(4)") _, out("st(5)") _, out("st(6)") _, out("st(7)") _,
                        options(nostack),
                    );
                }
                out
            }
        };
    }

    // After the two loads st(1) = a, st(0) = b.
    binop!(add, "faddp st(1), st");
    binop!(sub, "fsubp st(1), st");
    binop!(mul, "fmulp st(1), st");
    binop!(div, "fdivp st(1), st");

    /// `fmodl`: partial remainders until complete, as glibc computes it.
    pub fn rem(a: &F80, b: &F80) -> F80 {
        let mut out = [0u8; 10];
        // SAFETY: see the module documentation.
        unsafe {
            asm!(
                "fld tbyte ptr [{b}]",
                "fld tbyte ptr [{a}]",
                "2:",
                "fprem",
                "fnstsw ax",
                "test ah, 4",
                "jnz 2b",
                "fstp tbyte ptr [{o}]",
                "fstp st(0)",
                a = in(reg) a.as_ptr(),
                b = in(reg) b.as_ptr(),
                o = in(reg) out.as_mut_ptr(),
                out("ax") _,
                out("st(0)") _, out("st(1)") _, out("st(2)") _, out("st(3)") _,
                out("st(4)") _, out("st(5)") _, out("st(6)") _, out("st(7)") _,
                options(nostack),
            );
        }
        out
    }

    /// Compares `a` with `b`: (equal, less, greater, unordered).
    pub fn compare(a: &F80, b: &F80) -> (bool, bool, bool, bool) {
        let flags: u64;
        // SAFETY: see the module documentation.
        unsafe {
            asm!(
                "fld tbyte ptr [{b}]",
                "fld tbyte ptr [{a}]",
                "fucomip st, st(1)",
                "fstp st(0)",
                "pushfq",
                "pop {f}",
                a = in(reg) a.as_ptr(),
                b = in(reg) b.as_ptr(),
                f = out(reg) flags,
                out("st(0)") _, out("st(1)") _, out("st(2)") _, out("st(3)") _,
                out("st(4)") _, out("st(5)") _, out("st(6)") _, out("st(7)") _,
            );
        }
        // fucomi: ZF, PF, CF = 1,1,1 unordered; 0,0,0 greater; 0,0,1 less;
        // 1,0,0 equal.
        let (cf, pf, zf) = (flags & 1 != 0, flags & 4 != 0, flags & 0x40 != 0);
        if pf {
            return (false, false, false, true);
        }
        (zf, cf, !zf && !cf, false)
    }

    pub fn from_f64(x: f64) -> F80 {
        let mut out = [0u8; 10];
        // SAFETY: see the module documentation.
        unsafe {
            asm!(
                "fld qword ptr [{x}]",
                "fstp tbyte ptr [{o}]",
                x = in(reg) &x,
                o = in(reg) out.as_mut_ptr(),
                out("st(0)") _, out("st(1)") _, out("st(2)") _, out("st(3)") _,
                out("st(4)") _, out("st(5)") _, out("st(6)") _, out("st(7)") _,
                options(nostack),
            );
        }
        out
    }

    pub fn from_f32(x: f32) -> F80 {
        // Widening is exact either way.
        from_f64(x as f64)
    }

    pub fn to_f64(a: &F80) -> f64 {
        let mut x = 0f64;
        // SAFETY: see the module documentation.
        unsafe {
            asm!(
                "fld tbyte ptr [{a}]",
                "fstp qword ptr [{x}]",
                a = in(reg) a.as_ptr(),
                x = in(reg) &mut x,
                out("st(0)") _, out("st(1)") _, out("st(2)") _, out("st(3)") _,
                out("st(4)") _, out("st(5)") _, out("st(6)") _, out("st(7)") _,
                options(nostack),
            );
        }
        x
    }

    pub fn to_f32(a: &F80) -> f32 {
        let mut x = 0f32;
        // SAFETY: see the module documentation. Rounds once, directly.
        unsafe {
            asm!(
                "fld tbyte ptr [{a}]",
                "fstp dword ptr [{x}]",
                a = in(reg) a.as_ptr(),
                x = in(reg) &mut x,
                out("st(0)") _, out("st(1)") _, out("st(2)") _, out("st(3)") _,
                out("st(4)") _, out("st(5)") _, out("st(6)") _, out("st(7)") _,
                options(nostack),
            );
        }
        x
    }

    pub fn from_i64(v: i64) -> F80 {
        let mut out = [0u8; 10];
        // SAFETY: see the module documentation.
        unsafe {
            asm!(
                "fild qword ptr [{v}]",
                "fstp tbyte ptr [{o}]",
                v = in(reg) &v,
                o = in(reg) out.as_mut_ptr(),
                out("st(0)") _, out("st(1)") _, out("st(2)") _, out("st(3)") _,
                out("st(4)") _, out("st(5)") _, out("st(6)") _, out("st(7)") _,
                options(nostack),
            );
        }
        out
    }

    /// Truncating conversion to i64 (`fisttp`); out of range gives the
    /// x87 "integer indefinite" value, as native code would.
    pub fn to_i64(a: &F80) -> i64 {
        let mut v = 0i64;
        // SAFETY: see the module documentation.
        unsafe {
            asm!(
                "fld tbyte ptr [{a}]",
                "fisttp qword ptr [{v}]",
                a = in(reg) a.as_ptr(),
                v = in(reg) &mut v,
                out("st(0)") _, out("st(1)") _, out("st(2)") _, out("st(3)") _,
                out("st(4)") _, out("st(5)") _, out("st(6)") _, out("st(7)") _,
                options(nostack),
            );
        }
        v
    }
}

#[cfg(target_arch = "x86_64")]
pub use x87::compare;

/// A binary op; `None` for an unknown code.
#[cfg(target_arch = "x86_64")]
pub fn binary(code: u8, a: &F80, b: &F80) -> Option<F80> {
    Some(match code {
        op::ADD => x87::add(a, b),
        op::SUB => x87::sub(a, b),
        op::MUL => x87::mul(a, b),
        op::DIV => x87::div(a, b),
        op::REM => x87::rem(a, b),
        _ => return None,
    })
}

/// 2^e as an x86_fp80 (0 <= e < 16384).
#[cfg(target_arch = "x86_64")]
fn two_pow(e: u16) -> F80 {
    let mut b = [0u8; 10];
    b[7] = 0x80; // explicit integer bit
    b[8..].copy_from_slice(&(16383u16 + e).to_le_bytes());
    b
}

#[cfg(target_arch = "x86_64")]
fn from_u64(v: u64) -> F80 {
    if v >> 63 == 0 {
        x87::from_i64(v as i64)
    } else {
        // Exact: the x87 significand has 64 bits.
        let low = x87::from_i64((v & !(1 << 63)) as i64);
        x87::add(&low, &two_pow(63))
    }
}

/// `v` rounded once to an x86_fp80: `hi * 2^64` and `lo` are exact, the
/// sum rounds.
#[cfg(target_arch = "x86_64")]
fn from_u128(v: u128) -> F80 {
    let hi = x87::mul(&from_u64((v >> 64) as u64), &two_pow(64));
    x87::add(&hi, &from_u64(v as u64))
}

/// Truncates a non-negative x86_fp80 below 2^64 to an integer.
#[cfg(target_arch = "x86_64")]
fn to_u64(a: &F80) -> u64 {
    let big = two_pow(63);
    let (_, less, _, _) = x87::compare(a, &big);
    if less {
        x87::to_i64(a) as u64
    } else {
        (x87::to_i64(&x87::sub(a, &big)) as u64).wrapping_add(1 << 63)
    }
}

/// Truncates a non-negative x86_fp80 below 2^128 to an integer: the high
/// word by an exact division, the low word from the exact remainder.
#[cfg(target_arch = "x86_64")]
fn to_u128(a: &F80) -> u128 {
    let scale = two_pow(64);
    let hi = to_u64(&x87::div(a, &scale));
    let rest = x87::sub(a, &x87::mul(&from_u64(hi), &scale));
    ((hi as u128) << 64) | to_u64(&rest) as u128
}

/// The sign bit, and the absolute value.
fn split_sign(a: &F80) -> (bool, F80) {
    let mut abs = *a;
    abs[9] &= 0x7f;
    (a[9] & 0x80 != 0, abs)
}

/// A conversion (`conv` code). For integers `bits` is their width (up to
/// 128: two slots). Returns the result's slots and how many there are.
#[cfg(target_arch = "x86_64")]
pub fn convert(code: u8, a_slots: &[u64], bits: u32) -> ([u64; 2], usize) {
    use super::wide;
    let pack = |v: F80| {
        let mut s = [0u64; 2];
        put(&mut s, 0, v);
        (s, 2)
    };
    let int = |v: u128| {
        let v = wide::mask(v, bits);
        ([v as u64, (v >> 64) as u64], if bits > 64 { 2 } else { 1 })
    };
    let a_int = || wide::get(a_slots, 0, bits);
    let a80 = || get(a_slots, 0);
    match code {
        conv::FROM_F32 => pack(x87::from_f32(f32::from_bits(a_slots[0] as u32))),
        conv::FROM_F64 => pack(x87::from_f64(f64::from_bits(a_slots[0]))),
        conv::TO_F32 => ([x87::to_f32(&a80()).to_bits() as u64, 0], 1),
        conv::TO_F64 => ([x87::to_f64(&a80()).to_bits(), 0], 1),
        conv::FROM_SI => {
            let v = wide::sext(a_int(), bits);
            let mag = from_u128(v.unsigned_abs());
            pack(if v < 0 { negate(mag) } else { mag })
        }
        conv::FROM_UI => pack(from_u128(a_int())),
        conv::TO_SI => {
            let (neg, abs) = split_sign(&a80());
            let m = to_u128(&abs) as i128;
            int((if neg { m.wrapping_neg() } else { m }) as u128)
        }
        _ => int(to_u128(&split_sign(&a80()).1)),
    }
}

/// `-a` (flips the sign bit).
fn negate(mut a: F80) -> F80 {
    a[9] ^= 0x80;
    a
}

#[cfg(all(test, target_arch = "x86_64"))]
mod tests {
    use super::*;

    fn f(x: f64) -> F80 {
        x87::from_f64(x)
    }

    #[test]
    fn arithmetic_round_trips() {
        assert_eq!(x87::to_f64(&x87::add(&f(1.5), &f(2.25))), 3.75);
        assert_eq!(x87::to_f64(&x87::div(&f(1.0), &f(4.0))), 0.25);
        assert_eq!(x87::to_f64(&x87::rem(&f(7.5), &f(2.0))), 1.5);
        // 1/3 in extended precision differs from the double 1/3.
        let third = x87::div(&f(1.0), &f(3.0));
        assert_ne!(third, f(1.0 / 3.0));
        assert_eq!(x87::to_f64(&third), 1.0 / 3.0);
    }

    #[test]
    fn comparisons_and_conversions() {
        assert_eq!(compare(&f(1.0), &f(2.0)), (false, true, false, false));
        assert_eq!(compare(&f(2.0), &f(2.0)), (true, false, false, false));
        assert_eq!(compare(&f(f64::NAN), &f(2.0)), (false, false, false, true));
        let ([lo, _], _) = convert(
            conv::TO_SI,
            &{
                let mut s = [0u64; 2];
                put(&mut s, 0, f(-7.9));
                s
            },
            32,
        );
        assert_eq!(lo, (-7i64 as u64) & 0xffff_ffff);
        let (big, _) = convert(conv::FROM_UI, &[u64::MAX, 0], 64);
        assert_eq!(convert(conv::TO_UI, &big, 64).0[0], u64::MAX);
        assert_eq!(convert(conv::TO_UI, &[0, 0], 64).0[0], 0);
        // i128 round trips, both signs, beyond 64 bits.
        for v in [1i128 << 100, -(1i128 << 100) - (1 << 40), 12345, -7] {
            let (f, _) = convert(conv::FROM_SI, &[v as u64, (v >> 64) as u64], 128);
            let (back, n) = convert(conv::TO_SI, &f, 128);
            assert_eq!(n, 2);
            assert_eq!(back[0] as u128 | ((back[1] as u128) << 64), v as u128);
        }
    }
}
