//! Whole-vector operations on frame slots, with fast paths for the vectors
//! compilers vectorise with: lanes of 8, 16, 32 or 64 bits (`i8`..`i64`,
//! `float`, `double`). A fast path works a 64-bit slot at a time, with the
//! operation chosen once per instruction (not once per lane) and the lane
//! width a constant, so each is a small straight loop. Anything else (bit
//! lanes, odd widths, 16-bit floats) takes the lane-by-lane path of
//! [`super::vector`]. Both compute every lane with the same scalar helpers,
//! so the paths agree bit for bit.
//!
//! Every function takes the whole frame and slot indices; slices are
//! bounds-checked once per operation.

use super::ops::{self, mask};
use super::vector;
use crate::bytecode::{ElemKind, VecOp};
use smallvec::SmallVec;

/// Why a vector operation stopped.
pub enum VecTrap {
    DivideByZero,
    /// An operand's slots do not fit in the frame (malformed bytecode).
    OutOfFrame,
}

/// Runs `f` on a zeroed scratch buffer of `n` words: on the stack for the
/// usual sizes (no allocation, no `memset` call).
#[inline(always)]
fn with_buffer<R>(n: usize, f: impl FnOnce(&mut [u64]) -> R) -> R {
    if n <= 8 {
        let mut b = [0u64; 8];
        f(&mut b[..n])
    } else {
        let mut v: SmallVec<[u64; 16]> = smallvec::smallvec![0; n];
        f(&mut v)
    }
}

/// `dst.copy_from_slice(src)` for short slices without a `memcpy` call.
#[inline(always)]
fn copy_words(dst: &mut [u64], src: &[u64]) {
    macro_rules! fixed {
        ($n:literal) => {{
            let s: &[u64; $n] = src.try_into().unwrap_or(&[0; $n]);
            if let Ok(d) = <&mut [u64; $n]>::try_from(dst) {
                *d = *s;
            }
        }};
    }
    match (dst.len(), src.len()) {
        (1, 1) => fixed!(1),
        (2, 2) => fixed!(2),
        (3, 3) => fixed!(3),
        (4, 4) => fixed!(4),
        (8, 8) => fixed!(8),
        _ => dst.copy_from_slice(src),
    }
}

/// Lane width in bits of the fast-path kinds.
fn fast_bits(kind: ElemKind) -> Option<u32> {
    match kind {
        ElemKind::I8 => Some(8),
        ElemKind::I16 => Some(16),
        ElemKind::I32 | ElemKind::F32 => Some(32),
        ElemKind::I64 | ElemKind::F64 => Some(64),
        _ => None,
    }
}

fn slice(f: &[u64], at: usize, n: usize) -> Result<&[u64], VecTrap> {
    f.get(at..at + n).ok_or(VecTrap::OutOfFrame)
}

fn store(f: &mut [u64], at: usize, words: &[u64]) -> Result<(), VecTrap> {
    copy_words(
        f.get_mut(at..at + words.len()).ok_or(VecTrap::OutOfFrame)?,
        words,
    );
    Ok(())
}

/// Clears the bits past the last lane (vectors are zero-padded).
fn clear_padding(out: &mut [u64], used_bits: usize) {
    let rem = used_bits % 64;
    if rem != 0 {
        if let Some(last) = out.last_mut() {
            *last &= mask(u64::MAX, rem as u32);
        }
    }
}

/// Applies `op` lane-wise to two words of `BITS`-bit lanes.
#[inline(always)]
fn map2<const BITS: u32>(x: &[u64], y: &[u64], out: &mut [u64], op: impl Fn(u64, u64) -> u64) {
    let m = u64::MAX >> (64 - BITS);
    for ((o, &a), &b) in out.iter_mut().zip(x).zip(y) {
        let mut r = 0;
        let mut s = 0;
        while s < 64 {
            r |= (op((a >> s) & m, (b >> s) & m) & m) << s;
            s += BITS;
        }
        *o = r;
    }
}

/// Applies `op` lane-wise to words of `BITS`-bit lanes.
#[inline(always)]
fn map1<const BITS: u32>(x: &[u64], out: &mut [u64], op: impl Fn(u64) -> u64) {
    let m = u64::MAX >> (64 - BITS);
    for (o, &a) in out.iter_mut().zip(x) {
        let mut r = 0;
        let mut s = 0;
        while s < 64 {
            r |= (op((a >> s) & m) & m) << s;
            s += BITS;
        }
        *o = r;
    }
}

fn f32_of(v: u64) -> f32 {
    f32::from_bits(v as u32)
}

fn bits_of32(v: f32) -> u64 {
    v.to_bits() as u64
}

/// Integer ops of `BITS`-bit lanes; `false` when `op` has no fast path.
#[inline(always)]
fn int_binary<const BITS: u32>(op: VecOp, x: &[u64], y: &[u64], out: &mut [u64]) -> bool {
    match op {
        VecOp::Add => map2::<BITS>(x, y, out, |a, b| a.wrapping_add(b)),
        VecOp::Sub => map2::<BITS>(x, y, out, |a, b| a.wrapping_sub(b)),
        VecOp::Mul => map2::<BITS>(x, y, out, |a, b| a.wrapping_mul(b)),
        VecOp::And => map2::<BITS>(x, y, out, |a, b| a & b),
        VecOp::Or => map2::<BITS>(x, y, out, |a, b| a | b),
        VecOp::Xor => map2::<BITS>(x, y, out, |a, b| a ^ b),
        VecOp::Shl => map2::<BITS>(x, y, out, |a, b| ops::shl(a, b, BITS)),
        VecOp::LShr => map2::<BITS>(x, y, out, |a, b| a.wrapping_shr(b as u32)),
        VecOp::AShr => map2::<BITS>(x, y, out, |a, b| ops::ashr(a, b, BITS)),
        VecOp::SMin => map2::<BITS>(x, y, out, |a, b| ops::smin(a, b, BITS)),
        VecOp::SMax => map2::<BITS>(x, y, out, |a, b| ops::smax(a, b, BITS)),
        VecOp::UMin => map2::<BITS>(x, y, out, |a, b| a.min(b)),
        VecOp::UMax => map2::<BITS>(x, y, out, |a, b| a.max(b)),
        _ => return false,
    }
    true
}

#[inline(always)]
fn f32_binary(op: VecOp, x: &[u64], y: &[u64], out: &mut [u64]) -> bool {
    let f = |g: fn(f32, f32) -> f32| move |a: u64, b: u64| bits_of32(g(f32_of(a), f32_of(b)));
    match op {
        VecOp::FAdd => map2::<32>(x, y, out, f(|a, b| a + b)),
        VecOp::FSub => map2::<32>(x, y, out, f(|a, b| a - b)),
        VecOp::FMul => map2::<32>(x, y, out, f(|a, b| a * b)),
        VecOp::FDiv => map2::<32>(x, y, out, f(|a, b| a / b)),
        VecOp::FMin => map2::<32>(x, y, out, f(f32::min)),
        VecOp::FMax => map2::<32>(x, y, out, f(f32::max)),
        VecOp::FMinimum => map2::<32>(x, y, out, f(ops::fminimum32)),
        VecOp::FMaximum => map2::<32>(x, y, out, f(ops::fmaximum32)),
        _ => return false,
    }
    true
}

#[inline(always)]
fn f64_binary(op: VecOp, x: &[u64], y: &[u64], out: &mut [u64]) -> bool {
    let f = |g: fn(f64, f64) -> f64| {
        move |a: u64, b: u64| g(f64::from_bits(a), f64::from_bits(b)).to_bits()
    };
    match op {
        VecOp::FAdd => map2::<64>(x, y, out, f(|a, b| a + b)),
        VecOp::FSub => map2::<64>(x, y, out, f(|a, b| a - b)),
        VecOp::FMul => map2::<64>(x, y, out, f(|a, b| a * b)),
        VecOp::FDiv => map2::<64>(x, y, out, f(|a, b| a / b)),
        VecOp::FMin => map2::<64>(x, y, out, f(f64::min)),
        VecOp::FMax => map2::<64>(x, y, out, f(f64::max)),
        VecOp::FMinimum => map2::<64>(x, y, out, f(ops::fminimum)),
        VecOp::FMaximum => map2::<64>(x, y, out, f(ops::fmaximum)),
        _ => return false,
    }
    true
}

#[inline(always)]
fn fast_binary(op: VecOp, kind: ElemKind, x: &[u64], y: &[u64], out: &mut [u64]) -> bool {
    match kind {
        ElemKind::I8 => int_binary::<8>(op, x, y, out),
        ElemKind::I16 => int_binary::<16>(op, x, y, out),
        ElemKind::I32 => int_binary::<32>(op, x, y, out),
        ElemKind::I64 => int_binary::<64>(op, x, y, out),
        ElemKind::F32 => f32_binary(op, x, y, out),
        ElemKind::F64 => f64_binary(op, x, y, out),
        _ => false,
    }
}

/// `op` on `double` lanes held as bits.
#[inline(always)]
pub fn f64s(op: impl Fn(f64, f64) -> f64) -> impl Fn(u64, u64) -> u64 {
    move |x, y| op(f64::from_bits(x), f64::from_bits(y)).to_bits()
}

/// `op` on `float` lanes held as bits.
#[inline(always)]
pub fn f32s(op: impl Fn(f32, f32) -> f32) -> impl Fn(u32, u32) -> u32 {
    move |x, y| op(f32::from_bits(x), f32::from_bits(y)).to_bits()
}

/// `op(a, b)` on 128-bit vectors of 64-bit lanes.
#[inline(always)]
pub fn lanes2x64(x: [u64; 2], y: [u64; 2], op: impl Fn(u64, u64) -> u64) -> [u64; 2] {
    [op(x[0], y[0]), op(x[1], y[1])]
}

/// `op(a, b)` on 128-bit vectors of 32-bit lanes.
#[inline(always)]
pub fn lanes4x32(x: [u64; 2], y: [u64; 2], op: impl Fn(u32, u32) -> u32) -> [u64; 2] {
    lanes2x64(x, y, |x, y| {
        let lo = op(x as u32, y as u32) as u64;
        let hi = op((x >> 32) as u32, (y >> 32) as u32) as u64;
        hi << 32 | lo
    })
}

/// `dst = a op b` on 128-bit vectors of `kind` (8- to 64-bit lanes): the
/// fast paths with the size fixed, so each loop is two words long.
#[inline(always)]
pub fn binary128(
    f: &mut [u64],
    dst: usize,
    a: usize,
    b: usize,
    op: VecOp,
    kind: ElemKind,
) -> Result<(), VecTrap> {
    let word = |at: usize| -> Result<[u64; 2], VecTrap> {
        match f.get(at..at + 2) {
            Some(w) => Ok([w[0], w[1]]),
            None => Err(VecTrap::OutOfFrame),
        }
    };
    let (x, y) = (word(a)?, word(b)?);
    let mut out = [0u64; 2];
    if fast_binary(op, kind, &x, &y, &mut out) {
        return store(f, dst, &out);
    }
    let lanes = 128 / kind.bits() as usize;
    binary(f, dst, a, b, op, kind, lanes)
}

/// `dst = a op b`, lane-wise.
pub fn binary(
    f: &mut [u64],
    dst: usize,
    a: usize,
    b: usize,
    op: VecOp,
    kind: ElemKind,
    lanes: usize,
) -> Result<(), VecTrap> {
    let n = vector::slots_for(kind, lanes);
    with_buffer(n, |out| {
        let (x, y) = (slice(f, a, n)?, slice(f, b, n)?);
        if fast_binary(op, kind, x, y, out) {
            clear_padding(out, kind.bits() as usize * lanes);
        } else {
            for i in 0..lanes {
                let v =
                    vector::binary(op, kind, vector::lane(x, kind, i), vector::lane(y, kind, i))
                        .ok_or(VecTrap::DivideByZero)?;
                vector::set_lane(out, kind, i, v);
            }
        }
        store(f, dst, out)
    })
}

fn fast_unary(op: VecOp, kind: ElemKind, x: &[u64], out: &mut [u64]) -> bool {
    match (kind, op) {
        (ElemKind::F32, VecOp::FNeg) => map1::<32>(x, out, |a| a ^ (1 << 31)),
        (ElemKind::F32, VecOp::FAbs) => map1::<32>(x, out, |a| a & !(1 << 31)),
        (ElemKind::F32, VecOp::Sqrt) => map1::<32>(x, out, |a| bits_of32(f32_of(a).sqrt())),
        (ElemKind::F64, VecOp::FNeg) => map1::<64>(x, out, |a| a ^ (1 << 63)),
        (ElemKind::F64, VecOp::FAbs) => map1::<64>(x, out, |a| a & !(1 << 63)),
        (ElemKind::F64, VecOp::Sqrt) => map1::<64>(x, out, |a| f64::from_bits(a).sqrt().to_bits()),
        (ElemKind::I8, VecOp::Abs) => map1::<8>(x, out, |a| ops::abs(a, 8)),
        (ElemKind::I16, VecOp::Abs) => map1::<16>(x, out, |a| ops::abs(a, 16)),
        (ElemKind::I32, VecOp::Abs) => map1::<32>(x, out, |a| ops::abs(a, 32)),
        (ElemKind::I64, VecOp::Abs) => map1::<64>(x, out, |a| ops::abs(a, 64)),
        _ => return false,
    }
    true
}

/// `dst = op a`, lane-wise.
pub fn unary(
    f: &mut [u64],
    dst: usize,
    a: usize,
    op: VecOp,
    kind: ElemKind,
    lanes: usize,
) -> Result<(), VecTrap> {
    let n = vector::slots_for(kind, lanes);
    with_buffer(n, |out| {
        let x = slice(f, a, n)?;
        if fast_unary(op, kind, x, out) {
            clear_padding(out, kind.bits() as usize * lanes);
        } else {
            for i in 0..lanes {
                vector::set_lane(
                    out,
                    kind,
                    i,
                    vector::unary(op, kind, vector::lane(x, kind, i)),
                );
            }
        }
        store(f, dst, out)
    })
}

/// Lane `i` of `BITS`-bit lanes.
#[inline(always)]
fn get<const BITS: u32>(s: &[u64], i: usize) -> u64 {
    let bit = i * BITS as usize;
    (s[bit / 64] >> (bit % 64)) & (u64::MAX >> (64 - BITS))
}

/// `dst = a pred b`, lane-wise, into a bit-packed `<lanes x i1>`.
pub fn compare(
    f: &mut [u64],
    dst: usize,
    a: usize,
    b: usize,
    op: VecOp,
    kind: ElemKind,
    lanes: usize,
) -> Result<(), VecTrap> {
    let n = vector::slots_for(kind, lanes);
    with_buffer(vector::slots_for(ElemKind::I1, lanes), |out| {
        let (x, y) = (slice(f, a, n)?, slice(f, b, n)?);
        macro_rules! typed {
            ($bits:literal) => {
                for i in 0..lanes {
                    let hit = vector::compare(op, kind, get::<$bits>(x, i), get::<$bits>(y, i));
                    out[i / 64] |= (hit as u64) << (i % 64);
                }
            };
        }
        match fast_bits(kind) {
            Some(8) => typed!(8),
            Some(16) => typed!(16),
            Some(32) => typed!(32),
            Some(64) => typed!(64),
            _ => {
                for i in 0..lanes {
                    let hit = vector::compare(
                        op,
                        kind,
                        vector::lane(x, kind, i),
                        vector::lane(y, kind, i),
                    );
                    out[i / 64] |= (hit as u64) << (i % 64);
                }
            }
        }
        store(f, dst, out)
    })
}

/// `dst = mask ? a : b`, lane-wise, with a bit-packed `<lanes x i1>` mask.
#[allow(clippy::too_many_arguments)]
pub fn select(
    f: &mut [u64],
    dst: usize,
    m: usize,
    a: usize,
    b: usize,
    kind: ElemKind,
    lanes: usize,
) -> Result<(), VecTrap> {
    let n = vector::slots_for(kind, lanes);
    with_buffer(n, |out| {
        let bits = slice(f, m, vector::slots_for(ElemKind::I1, lanes))?;
        let (x, y) = (slice(f, a, n)?, slice(f, b, n)?);
        match fast_bits(kind) {
            Some(w) => {
                // Build each word's lane mask from the i1 bits, then blend.
                let per = (64 / w) as usize;
                let lane_mask = mask(u64::MAX, w);
                for (k, o) in out.iter_mut().enumerate() {
                    let mut sel = 0u64;
                    for j in 0..per {
                        let i = k * per + j;
                        if i < lanes && (bits[i / 64] >> (i % 64)) & 1 != 0 {
                            sel |= lane_mask << (j as u32 * w);
                        }
                    }
                    *o = (x[k] & sel) | (y[k] & !sel);
                }
                clear_padding(out, w as usize * lanes);
            }
            None => {
                for i in 0..lanes {
                    let pick = if (bits[i / 64] >> (i % 64)) & 1 != 0 {
                        x
                    } else {
                        y
                    };
                    vector::set_lane(out, kind, i, vector::lane(pick, kind, i));
                }
            }
        }
        store(f, dst, out)
    })
}

/// `dst = <v, v, ...>`.
pub fn splat(
    f: &mut [u64],
    dst: usize,
    v: u64,
    kind: ElemKind,
    lanes: usize,
) -> Result<(), VecTrap> {
    let n = vector::slots_for(kind, lanes);
    with_buffer(n, |out| {
        match fast_bits(kind) {
            Some(w) => {
                let lane = mask(v, w);
                let mut word = 0;
                let mut s = 0;
                while s < 64 {
                    word |= lane << s;
                    s += w;
                }
                out.iter_mut().for_each(|o| *o = word);
                clear_padding(out, w as usize * lanes);
            }
            None => {
                for i in 0..lanes {
                    vector::set_lane(out, kind, i, v);
                }
            }
        }
        store(f, dst, out)
    })
}

/// `dst = shufflevector a, b, mask` (negative mask entries give 0).
#[allow(clippy::too_many_arguments)]
pub fn shuffle(
    f: &mut [u64],
    dst: usize,
    a: usize,
    b: usize,
    kind: ElemKind,
    in_lanes: usize,
    mask_list: &[i32],
) -> Result<(), VecTrap> {
    let n_in = vector::slots_for(kind, in_lanes);
    with_buffer(vector::slots_for(kind, mask_list.len()), |out| {
        let (x, y) = (slice(f, a, n_in)?, slice(f, b, n_in)?);
        let pick = |m: i32, lane: &dyn Fn(&[u64], usize) -> u64| match m {
            m if m < 0 => 0,
            m if (m as usize) < in_lanes => lane(x, m as usize),
            m => lane(y, m as usize - in_lanes),
        };
        match fast_bits(kind) {
            Some(w) => {
                let lane = |s: &[u64], i: usize| match w {
                    8 => get::<8>(s, i),
                    16 => get::<16>(s, i),
                    32 => get::<32>(s, i),
                    _ => get::<64>(s, i),
                };
                for (i, &m) in mask_list.iter().enumerate() {
                    let bit = i * w as usize;
                    out[bit / 64] |= pick(m, &lane) << (bit % 64);
                }
            }
            None => {
                let lane = |s: &[u64], i: usize| vector::lane(s, kind, i);
                for (i, &m) in mask_list.iter().enumerate() {
                    vector::set_lane(out, kind, i, pick(m, &lane));
                }
            }
        }
        store(f, dst, out)
    })
}

/// A lane-wise conversion (`conv` is a `bytecode::conv` code).
#[allow(clippy::too_many_arguments)]
pub fn convert(
    f: &mut [u64],
    dst: usize,
    a: usize,
    conv: u32,
    from: ElemKind,
    to: ElemKind,
    lanes: usize,
) -> Result<(), VecTrap> {
    with_buffer(vector::slots_for(to, lanes), |out| {
        let x = slice(f, a, vector::slots_for(from, lanes))?;
        match (fast_bits(from), fast_bits(to)) {
            (Some(fw), Some(tw)) => {
                for i in 0..lanes {
                    let v = match fw {
                        8 => get::<8>(x, i),
                        16 => get::<16>(x, i),
                        32 => get::<32>(x, i),
                        _ => get::<64>(x, i),
                    };
                    let r = mask(vector::convert(conv, from, to, v), tw);
                    let bit = i * tw as usize;
                    out[bit / 64] |= r << (bit % 64);
                }
            }
            _ => {
                for i in 0..lanes {
                    let v = vector::convert(conv, from, to, vector::lane(x, from, i));
                    vector::set_lane(out, to, i, v);
                }
            }
        }
        store(f, dst, out)
    })
}

/// Horizontal reduction of `lanes` lanes of `a` with `op`.
pub fn reduce(
    f: &[u64],
    a: usize,
    op: VecOp,
    kind: ElemKind,
    lanes: usize,
) -> Result<u64, VecTrap> {
    let x = slice(f, a, vector::slots_for(kind, lanes))?;
    macro_rules! fold {
        ($bits:literal, $op:expr) => {{
            let mut acc = get::<$bits>(x, 0);
            for i in 1..lanes {
                acc = $op(acc, get::<$bits>(x, i));
            }
            mask(acc, $bits)
        }};
    }
    macro_rules! ints {
        ($bits:literal) => {
            match op {
                VecOp::Add => Some(fold!($bits, |a: u64, b: u64| a.wrapping_add(b))),
                VecOp::Mul => Some(fold!($bits, |a: u64, b: u64| a.wrapping_mul(b))),
                VecOp::And => Some(fold!($bits, |a: u64, b: u64| a & b)),
                VecOp::Or => Some(fold!($bits, |a: u64, b: u64| a | b)),
                VecOp::Xor => Some(fold!($bits, |a: u64, b: u64| a ^ b)),
                VecOp::UMin => Some(fold!($bits, |a: u64, b: u64| a.min(b))),
                VecOp::UMax => Some(fold!($bits, |a: u64, b: u64| a.max(b))),
                VecOp::SMin => Some(fold!($bits, |a: u64, b: u64| ops::smin(a, b, $bits))),
                VecOp::SMax => Some(fold!($bits, |a: u64, b: u64| ops::smax(a, b, $bits))),
                _ => None,
            }
        };
    }
    let fast = match kind {
        ElemKind::I8 => ints!(8),
        ElemKind::I16 => ints!(16),
        ElemKind::I32 => ints!(32),
        ElemKind::I64 => ints!(64),
        _ => None,
    };
    match fast {
        Some(v) if lanes > 0 => Ok(v),
        _ => Ok(vector::reduce(op, kind, x, lanes)),
    }
}

/// `a[i]` when `i` is in range (else 0).
pub fn extract(f: &[u64], a: usize, i: u64, kind: ElemKind, lanes: usize) -> Result<u64, VecTrap> {
    let x = slice(f, a, vector::slots_for(kind, lanes))?;
    if i >= lanes as u64 {
        return Ok(0);
    }
    Ok(vector::lane(x, kind, i as usize))
}

/// `dst = a` with lane `i` replaced by `v` (when `i` is in range).
pub fn insert(
    f: &mut [u64],
    dst: usize,
    a: usize,
    i: u64,
    v: u64,
    kind: ElemKind,
    lanes: usize,
) -> Result<(), VecTrap> {
    let n = vector::slots_for(kind, lanes);
    with_buffer(n, |out| {
        copy_words(out, slice(f, a, n)?);
        if i < lanes as u64 {
            vector::set_lane(out, kind, i as usize, v);
        }
        store(f, dst, out)
    })
}
