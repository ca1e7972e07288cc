//! Lowering vector operations lane by lane: for element types the generic
//! vector ops cannot hold in a 64-bit lane (`x86_fp80`, 10-byte elements
//! packed as in memory), and for rare vector forms of scalar intrinsics
//! (`*.with.overflow`). Each lane is copied out of the vector's image into
//! a temporary, operated on with the scalar ops, and copied back.

use super::FnLowerer;
use crate::bytecode::{ElemKind, FloatPredicate, Inst, Slot};

/// Bytes of one `x86_fp80` lane in a vector's image.
const F80_LANE: u32 = 10;

/// Slots of a vector of `lanes` `x86_fp80`s.
pub(super) fn f80_vector_slots(lanes: u32) -> u32 {
    (F80_LANE * lanes).div_ceil(8).max(1)
}

/// A temporary holding bytes `[off, off + size)` of the `n`-slot value at
/// `src`.
fn extract(l: &mut FnLowerer, src: Slot, n: u32, off: u32, size: u32) -> Slot {
    let t = l.temp(size.div_ceil(8));
    l.emit(Inst::ExtractBytes { dst: t, src, n });
    l.emit(Inst::TailImm {
        x: off,
        y: size,
        z: 0,
    });
    t
}

/// Overwrites bytes `[off, off + size)` of the `n`-slot value at `dst`.
fn insert(l: &mut FnLowerer, dst: Slot, n: u32, val: Slot, off: u32, size: u32) {
    l.emit(Inst::InsertBytes { dst, src: dst, n });
    l.emit(Inst::TailSlot {
        s: val,
        x: off,
        y: size,
    });
}

pub(super) fn zero(l: &mut FnLowerer, dst: Slot, n: u32) {
    for i in 0..n {
        l.emit(Inst::ConstI32 {
            dst: Slot(dst.0 + i),
            imm: 0,
        });
    }
}

/// Bytes of a lane of `kind` in a vector image (`I1` lanes are bits).
fn lane_bytes(kind: ElemKind) -> u32 {
    if kind == ElemKind::F80 {
        F80_LANE
    } else {
        kind.bytes() as u32
    }
}

/// Reads lane `i` of a vector of `kind` into a temporary.
pub(super) fn read_lane(l: &mut FnLowerer, v: Slot, kind: ElemKind, lanes: u32, i: u32) -> Slot {
    if kind == ElemKind::I1 {
        let idx = l.const_u64(i as u64);
        let t = l.temp(1);
        l.emit(Inst::ExtractElt {
            dst: t,
            a: v,
            idx,
            kind,
        });
        l.emit(Inst::TailImm {
            x: lanes,
            y: 0,
            z: 0,
        });
        return t;
    }
    let size = lane_bytes(kind);
    let n = vector_slots(kind, lanes);
    extract(l, v, n, i * size, size)
}

/// Writes `val` into lane `i` of the vector of `kind` at `dst`.
pub(super) fn write_lane(
    l: &mut FnLowerer,
    dst: Slot,
    kind: ElemKind,
    lanes: u32,
    i: u32,
    val: Slot,
) {
    if kind == ElemKind::I1 {
        let idx = l.const_u64(i as u64);
        l.emit(Inst::InsertElt {
            dst,
            a: dst,
            idx,
            kind,
        });
        l.emit(Inst::TailSlot {
            s: val,
            x: lanes,
            y: 0,
        });
        return;
    }
    let size = lane_bytes(kind);
    let n = vector_slots(kind, lanes);
    insert(l, dst, n, val, i * size, size);
}

pub(super) fn vector_slots(kind: ElemKind, lanes: u32) -> u32 {
    (kind.bits() * lanes).div_ceil(64).max(1)
}

/// `dst = a op b` on vectors of `x86_fp80`.
pub(super) fn f80_binary(l: &mut FnLowerer, dst: Slot, a: Slot, b: Slot, op: u8, lanes: u32) {
    zero(l, dst, f80_vector_slots(lanes));
    for i in 0..lanes {
        let x = read_lane(l, a, ElemKind::F80, lanes, i);
        let y = read_lane(l, b, ElemKind::F80, lanes, i);
        let r = l.temp(2);
        l.emit(Inst::F80Bin {
            dst: r,
            a: x,
            b: y,
            op,
        });
        write_lane(l, dst, ElemKind::F80, lanes, i, r);
    }
}

/// `dst = -a` on a vector of `x86_fp80`.
pub(super) fn f80_negate(l: &mut FnLowerer, dst: Slot, a: Slot, lanes: u32) {
    zero(l, dst, f80_vector_slots(lanes));
    for i in 0..lanes {
        let x = read_lane(l, a, ElemKind::F80, lanes, i);
        let r = l.temp(2);
        super::arith::f80_sign(l, r, x, super::arith::SignOp::Flip);
        write_lane(l, dst, ElemKind::F80, lanes, i, r);
    }
}

/// `dst = a pred b` on vectors of `x86_fp80`, a bit-packed `<N x i1>`.
pub(super) fn f80_compare(
    l: &mut FnLowerer,
    dst: Slot,
    a: Slot,
    b: Slot,
    pred: FloatPredicate,
    lanes: u32,
) {
    zero(l, dst, lanes.div_ceil(64).max(1));
    for i in 0..lanes {
        let x = read_lane(l, a, ElemKind::F80, lanes, i);
        let y = read_lane(l, b, ElemKind::F80, lanes, i);
        let r = l.temp(1);
        l.emit(Inst::F80Cmp {
            dst: r,
            a: x,
            b: y,
            pred,
        });
        write_lane(l, dst, ElemKind::I1, lanes, i, r);
    }
}

/// A conversion lane by lane, where one side is a vector of `x86_fp80`:
/// `op` is an `F80Conv` code and `bits` the integer width, if any.
pub(super) fn f80_convert(
    l: &mut FnLowerer,
    dst: Slot,
    a: Slot,
    (from, to): (ElemKind, ElemKind),
    (op, bits): (u8, u32),
    lanes: u32,
) {
    zero(l, dst, vector_slots(to, lanes));
    for i in 0..lanes {
        let x = read_lane(l, a, from, lanes, i);
        let r = l.temp(2);
        l.emit(Inst::F80Conv {
            dst: r,
            a: x,
            op,
            bits: bits as u8,
        });
        write_lane(l, dst, to, lanes, i, r);
    }
}

/// `shufflevector` lane by lane (lanes too wide for the generic op).
pub(super) fn shuffle(
    l: &mut FnLowerer,
    dst: Slot,
    a: Slot,
    b: Slot,
    kind: ElemKind,
    mask: &[i32],
    in_lanes: u32,
) {
    let out_lanes = mask.len() as u32;
    zero(l, dst, vector_slots(kind, out_lanes));
    for (i, m) in mask.iter().enumerate() {
        if *m < 0 {
            continue;
        }
        let m = *m as u32;
        let (src, lane) = if m < in_lanes {
            (a, m)
        } else {
            (b, m - in_lanes)
        };
        let x = read_lane(l, src, kind, in_lanes, lane);
        write_lane(l, dst, kind, out_lanes, i as u32, x);
    }
}

/// Whether vectors of `kind` need the lane-by-lane lowering.
pub(super) fn needs_lanes(kind: ElemKind) -> bool {
    kind == ElemKind::F80 || kind.bits() > 64
}

/// `dst = a op b` on vectors of integers wider than 64 bits (`op` a
/// `WideBin` code).
pub(super) fn wide_binary(
    l: &mut FnLowerer,
    dst: Slot,
    a: Slot,
    b: Slot,
    op: u8,
    kind: ElemKind,
    lanes: u32,
) {
    zero(l, dst, vector_slots(kind, lanes));
    for i in 0..lanes {
        let x = read_lane(l, a, kind, lanes, i);
        let y = read_lane(l, b, kind, lanes, i);
        let r = l.temp(2);
        l.emit(Inst::WideBin {
            dst: r,
            a: x,
            b: y,
            op,
            bits: kind.bits() as u8,
        });
        write_lane(l, dst, kind, lanes, i, r);
    }
}

/// `dst = a pred b` on vectors of integers wider than 64 bits.
pub(super) fn wide_compare(
    l: &mut FnLowerer,
    dst: Slot,
    a: Slot,
    b: Slot,
    pred: crate::bytecode::VecOp,
    kind: ElemKind,
    lanes: u32,
) {
    zero(l, dst, lanes.div_ceil(64).max(1));
    for i in 0..lanes {
        let x = read_lane(l, a, kind, lanes, i);
        let y = read_lane(l, b, kind, lanes, i);
        let r = l.temp(1);
        l.emit(Inst::WideCmp {
            dst: r,
            a: x,
            b: y,
            pred,
            bits: kind.bits() as u8,
        });
        write_lane(l, dst, ElemKind::I1, lanes, i, r);
    }
}

/// `{<N x iK>, <N x i1>} llvm.*.with.overflow(<N x iK>, <N x iK>)`: the
/// scalar `Overflow` op on each lane. `field1` is the byte offset of the
/// flags in the result; `flag` the flag's offset in a scalar `{iK, i1}`.
#[allow(clippy::too_many_arguments)]
pub(super) fn vector_overflow(
    l: &mut FnLowerer,
    dst: Slot,
    result_slots: u32,
    a: Slot,
    b: Slot,
    op: u8,
    kind: ElemKind,
    lanes: u32,
    field1: u32,
    flag: u32,
) {
    let size = kind.bytes() as u32;
    zero(l, dst, result_slots);
    let flags = l.temp(lanes.div_ceil(64).max(1));
    zero(l, flags, lanes.div_ceil(64).max(1));
    for i in 0..lanes {
        let x = read_lane(l, a, kind, lanes, i);
        let y = read_lane(l, b, kind, lanes, i);
        let pair = l.temp(2);
        l.emit(Inst::Overflow {
            dst: pair,
            a: x,
            b: y,
            op,
            bits: kind.bits() as u8,
            flag: flag as u8,
        });
        insert(l, dst, result_slots, pair, i * size, size);
        let f = extract(l, pair, 2, flag, 1);
        write_lane(l, flags, ElemKind::I1, lanes, i, f);
    }
    insert(l, dst, result_slots, flags, field1, lanes.div_ceil(8));
}
