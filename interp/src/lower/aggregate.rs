//! Lowering of first-class aggregate and vector element instructions:
//! `extractvalue`, `insertvalue`, `extractelement`, `insertelement`,
//! `shufflevector`. Aggregates and vectors live in slots as their memory
//! image, so field access is byte copying at a constant offset.

use super::{FnLowerer, LResult, ValTy};
use crate::bytecode::{ElemKind, Inst, Slot};
use crate::layout::resolve_named;
use llvm_ir::instruction as ins;
use llvm_ir::{Constant, Type, TypeRef};

/// Byte offset and type of the member reached by `indices` from `ty`.
fn member(l: &FnLowerer, ty: &TypeRef, indices: &[u32]) -> LResult<(u64, TypeRef)> {
    let mut off = 0u64;
    let mut cur = ty.clone();
    for &i in indices {
        let resolved = resolve_named(l.types, &cur).clone();
        match resolved.as_ref() {
            Type::StructType { element_types, .. } => {
                let sl = l
                    .layout
                    .struct_layout(l.types, &resolved)
                    .map_err(|e| e.to_string())?;
                off += sl
                    .offsets
                    .get(i as usize)
                    .ok_or("extractvalue index out of range")?;
                cur = element_types[i as usize].clone();
            }
            Type::ArrayType { element_type, .. } => {
                off += i as u64
                    * l.layout
                        .alloc_size(l.types, element_type)
                        .map_err(|e| e.to_string())?;
                cur = element_type.clone();
            }
            other => return Err(format!("aggregate index into {other}")),
        }
    }
    Ok((off, cur))
}

/// `dst = bytes [off, off + size)` of the `n`-slot value at `src`.
fn extract_bytes(l: &mut FnLowerer, dst: Slot, src: Slot, n: u32, off: u64, size: u64) {
    if off.is_multiple_of(8) && size.is_multiple_of(8) {
        l.emit_copy(dst, Slot(src.0 + (off / 8) as u32), (size / 8) as u32);
        return;
    }
    l.emit(Inst::ExtractBytes { dst, src, n });
    l.emit(Inst::TailImm {
        x: off as u32,
        y: size as u32,
        z: 0,
    });
}

/// `dst = src` (`n` slots) with bytes `[off, off + size)` replaced by `val`.
fn insert_bytes(l: &mut FnLowerer, dst: Slot, src: Slot, n: u32, val: Slot, off: u64, size: u64) {
    if off.is_multiple_of(8) && size.is_multiple_of(8) {
        l.emit_copy(dst, src, n);
        l.emit_copy(Slot(dst.0 + (off / 8) as u32), val, (size / 8) as u32);
        return;
    }
    l.emit(Inst::InsertBytes { dst, src, n });
    l.emit(Inst::TailSlot {
        s: val,
        x: off as u32,
        y: size as u32,
    });
}

pub(super) fn extract_value(l: &mut FnLowerer, e: &ins::ExtractValue) -> LResult<()> {
    let agg_ty = l.type_of_operand(&e.aggregate);
    let (off, field) = member(l, &agg_ty, &e.indices)?;
    let size = l
        .layout
        .store_size(l.types, &field)
        .map_err(|e| e.to_string())?;
    let n = l.slots_for(&agg_ty)?;
    let src = l.operand(&e.aggregate)?;
    let dst = l.dest(&e.dest)?;
    extract_bytes(l, dst, src, n, off, size);
    Ok(())
}

pub(super) fn insert_value(l: &mut FnLowerer, i: &ins::InsertValue) -> LResult<()> {
    let agg_ty = l.type_of_operand(&i.aggregate);
    let (off, field) = member(l, &agg_ty, &i.indices)?;
    let size = l
        .layout
        .store_size(l.types, &field)
        .map_err(|e| e.to_string())?;
    let n = l.slots_for(&agg_ty)?;
    let src = l.operand(&i.aggregate)?;
    let val = l.operand(&i.element)?;
    let dst = l.dest(&i.dest)?;
    insert_bytes(l, dst, src, n, val, off, size);
    Ok(())
}

fn vector_shape(l: &FnLowerer, ty: &Type) -> LResult<(ElemKind, u32)> {
    match l.classify(ty)? {
        ValTy::Vector { kind, lanes } => Ok((kind, lanes)),
        other => Err(format!("vector operation on {other:?}")),
    }
}

pub(super) fn extract_element(l: &mut FnLowerer, e: &ins::ExtractElement) -> LResult<()> {
    let vty = l.type_of_operand(&e.vector);
    let (kind, lanes) = vector_shape(l, &vty)?;
    let n = l.slots_for(&vty)?;
    let src = l.operand(&e.vector)?;
    let dst = l.dest(&e.dest)?;
    match l.const_int(&e.index) {
        Some(i) if kind.bytes() != 0 && i < lanes as u64 => {
            let size = kind.bytes() as u64;
            extract_bytes(l, dst, src, n, i * size, size);
        }
        _ if super::lanes::needs_lanes(kind) => {
            return Err(format!(
                "extractelement from a vector of {kind:?} at a variable index"
            ))
        }
        _ => {
            let idx = l.operand(&e.index)?;
            l.emit(Inst::ExtractElt {
                dst,
                a: src,
                idx,
                kind,
            });
            l.emit(Inst::TailImm {
                x: lanes,
                y: 0,
                z: 0,
            });
        }
    }
    Ok(())
}

pub(super) fn insert_element(l: &mut FnLowerer, i: &ins::InsertElement) -> LResult<()> {
    let vty = l.type_of_operand(&i.vector);
    let (kind, lanes) = vector_shape(l, &vty)?;
    let n = l.slots_for(&vty)?;
    let src = l.operand(&i.vector)?;
    let val = l.operand(&i.element)?;
    let dst = l.dest(&i.dest)?;
    match l.const_int(&i.index) {
        Some(k) if kind.bytes() != 0 && k < lanes as u64 => {
            let size = kind.bytes() as u64;
            insert_bytes(l, dst, src, n, val, k * size, size);
        }
        _ if super::lanes::needs_lanes(kind) => {
            return Err(format!(
                "insertelement into a vector of {kind:?} at a variable index"
            ))
        }
        _ => {
            let idx = l.operand(&i.index)?;
            l.emit(Inst::InsertElt {
                dst,
                a: src,
                idx,
                kind,
            });
            l.emit(Inst::TailSlot {
                s: val,
                x: lanes,
                y: 0,
            });
        }
    }
    Ok(())
}

/// The lanes selected by a shuffle mask; -1 for undefined lanes.
fn shuffle_mask(mask: &Constant, lanes: usize) -> LResult<Vec<i32>> {
    Ok(match mask {
        Constant::Vector(elems) => elems
            .iter()
            .map(|e| match e.as_ref() {
                Constant::Int { value, .. } => *value as i32,
                _ => -1,
            })
            .collect(),
        Constant::AggregateZero(_) | Constant::Null(_) => vec![0; lanes],
        Constant::Undef(_) | Constant::Poison(_) => vec![-1; lanes],
        other => return Err(format!("shufflevector mask `{other}`")),
    })
}

pub(super) fn shuffle(l: &mut FnLowerer, s: &ins::ShuffleVector) -> LResult<()> {
    let in_ty = l.type_of_operand(&s.operand0);
    let (kind, in_lanes) = vector_shape(l, &in_ty)?;
    let dst = l.dest(&s.dest)?;
    let result_lanes = match l.classify(&llvm_ir::types::Typed::get_type(&s.mask, l.types))? {
        ValTy::Vector { lanes, .. } => lanes,
        _ => return Err("shufflevector mask is not a vector".into()),
    };
    let mask = shuffle_mask(&s.mask, result_lanes as usize)?;
    let a = l.operand(&s.operand0)?;
    let b = l.operand(&s.operand1)?;
    if super::lanes::needs_lanes(kind) {
        super::lanes::shuffle(l, dst, a, b, kind, &mask, in_lanes);
        return Ok(());
    }
    if kind.bytes() == 8 && !kind.bit_packed() && in_lanes == 2 && mask.len() == 2 {
        let lane = |m: i32| if (0..4).contains(&m) { m as u8 } else { 4 };
        l.emit(Inst::Shuffle2x64 {
            dst,
            a,
            b,
            m0: lane(mask[0]),
            m1: lane(mask[1]),
        });
        return Ok(());
    }
    l.shuffle_masks.push(mask.into_boxed_slice());
    let idx = (l.shuffle_masks.len() - 1) as u32;
    l.emit(Inst::Shuffle { dst, a, b, kind });
    l.emit(Inst::TailImm {
        x: idx,
        y: in_lanes,
        z: 0,
    });
    Ok(())
}
