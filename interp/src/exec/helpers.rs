//! Rare intrinsics implemented as helper functions ([`crate::code::Helper`])
//! rather than dedicated ops. Each reads its arguments from the listed
//! frame slots; the last argument is the float width (32 or 64).

fn width(frame: &[u64], args: &[u32]) -> Result<u32, String> {
    let w = args.last().ok_or("helper called without arguments")?;
    Ok(frame[*w as usize] as u32)
}

fn arg(frame: &[u64], args: &[u32], i: usize) -> Result<u64, String> {
    let s = args.get(i).ok_or("helper argument missing")?;
    Ok(frame[*s as usize])
}

/// `llvm.copysign`
pub fn copysign(frame: &mut [u64], args: &[u32], dst: u32) -> Result<(), String> {
    let (a, b) = (arg(frame, args, 0)?, arg(frame, args, 1)?);
    frame[dst as usize] = if width(frame, args)? == 32 {
        f32::from_bits(a as u32)
            .copysign(f32::from_bits(b as u32))
            .to_bits() as u64
    } else {
        f64::from_bits(a).copysign(f64::from_bits(b)).to_bits()
    };
    Ok(())
}

/// `llvm.powi`: repeated squaring, as compiler-rt's `__powidf2` computes it.
pub fn powi(frame: &mut [u64], args: &[u32], dst: u32) -> Result<(), String> {
    let (a, e) = (arg(frame, args, 0)?, arg(frame, args, 1)? as u32 as i32);
    frame[dst as usize] = if width(frame, args)? == 32 {
        let mut base = f32::from_bits(a as u32);
        let mut r = 1.0f32;
        let mut n = e;
        loop {
            if n & 1 != 0 {
                r *= base;
            }
            n /= 2;
            if n == 0 {
                break;
            }
            base *= base;
        }
        (if e < 0 { 1.0 / r } else { r }).to_bits() as u64
    } else {
        let mut base = f64::from_bits(a);
        let mut r = 1.0f64;
        let mut n = e;
        loop {
            if n & 1 != 0 {
                r *= base;
            }
            n /= 2;
            if n == 0 {
                break;
            }
            base *= base;
        }
        (if e < 0 { 1.0 / r } else { r }).to_bits()
    };
    Ok(())
}

/// `llvm.is.fpclass`: the test mask bits are, from bit 0: signaling NaN,
/// quiet NaN, -inf, -normal, -subnormal, -0, +0, +subnormal, +normal, +inf.
pub fn is_fpclass(frame: &mut [u64], args: &[u32], dst: u32) -> Result<(), String> {
    let (a, test) = (arg(frame, args, 0)?, arg(frame, args, 1)?);
    let w = width(frame, args)?;
    if w == 80 {
        let s = *args.first().ok_or("helper argument missing")? as usize;
        let hi = *frame.get(s + 1).ok_or("x86_fp80 argument out of frame")?;
        let bit = fp80_class(a, hi);
        frame[dst as usize] = (test >> bit) & 1;
        return Ok(());
    }
    let (class, neg) = if w == 32 {
        let x = f32::from_bits(a as u32);
        let quiet = (a as u32) & 0x0040_0000 != 0;
        (
            classify(x.classify(), x.is_nan() && quiet),
            x.is_sign_negative(),
        )
    } else {
        let x = f64::from_bits(a);
        let quiet = a & 0x0008_0000_0000_0000 != 0;
        (
            classify(x.classify(), x.is_nan() && quiet),
            x.is_sign_negative(),
        )
    };
    use std::num::FpCategory::*;
    let bit = match class {
        (Nan, false) => 0,
        (Nan, true) => 1,
        (Infinite, _) if neg => 2,
        (Normal, _) if neg => 3,
        (Subnormal, _) if neg => 4,
        (Zero, _) if neg => 5,
        (Zero, _) => 6,
        (Subnormal, _) => 7,
        (Normal, _) => 8,
        (Infinite, _) => 9,
    };
    frame[dst as usize] = (test >> bit) & 1;
    Ok(())
}

/// The `is.fpclass` bit of an x86_fp80 given its significand and its
/// sign/exponent word. Encodings the x87 treats as invalid (unnormals,
/// pseudo-NaNs) count as signaling NaNs.
fn fp80_class(significand: u64, sign_exp: u64) -> u32 {
    let neg = sign_exp & 0x8000 != 0;
    let exp = sign_exp & 0x7fff;
    let int_bit = significand >> 63 != 0;
    let fraction = significand << 1;
    let pick = |neg_bit: u32, pos_bit: u32| if neg { neg_bit } else { pos_bit };
    match exp {
        0x7fff if !int_bit => 0,
        0x7fff if fraction == 0 => pick(2, 9),
        0x7fff if significand & (1 << 62) != 0 => 1,
        0x7fff => 0,
        0 if significand == 0 => pick(5, 6),
        0 => pick(4, 7),
        _ if !int_bit => 0,
        _ => pick(3, 8),
    }
}

fn classify(c: std::num::FpCategory, quiet: bool) -> (std::num::FpCategory, bool) {
    (c, quiet)
}
